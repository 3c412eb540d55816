"""bitext: translation-aligned bilingual corpora.

Ingest plain text into TEI P5 documents with stable sentence ids, align two documents sentence
by sentence, validate, and export for CAT tools and MT training.

>>> import bitext
>>> bitext.__version__ == bitext._version.__version__
True
"""

from bitext._version import __version__
from bitext.errors import (
    AlignmentError,
    BitextError,
    FormatError,
    InvalidTextError,
    OutputError,
    ParseError,
    UnsupportedLanguageError,
    ValidationError,
)
from bitext.model import (
    Alignment,
    Author,
    Block,
    Division,
    Document,
    Header,
    Identifier,
    Link,
    LinkStatus,
    Problem,
    RelatedItem,
    Responsibility,
    Sentence,
)
from bitext.tei import read_alignment, read_document, write_alignment, write_document
from bitext.text import IngestOptions, ingest_file, ingest_text
from bitext.validate import validate

__all__ = [
    "Alignment",
    "AlignmentError",
    "Author",
    "BitextError",
    "Block",
    "Division",
    "Document",
    "FormatError",
    "Header",
    "Identifier",
    "IngestOptions",
    "InvalidTextError",
    "Link",
    "LinkStatus",
    "OutputError",
    "ParseError",
    "Problem",
    "RelatedItem",
    "Responsibility",
    "Sentence",
    "UnsupportedLanguageError",
    "ValidationError",
    "__version__",
    "ingest_file",
    "ingest_text",
    "read_alignment",
    "read_document",
    "validate",
    "write_alignment",
    "write_document",
]

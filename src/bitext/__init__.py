"""bitext: translation-aligned bilingual corpora.

Ingest plain text into TEI P5 documents with stable sentence ids, align two documents sentence
by sentence, validate, and export for CAT tools and MT training.

>>> import bitext
>>> bitext.__version__ == bitext._version.__version__
True
"""

import importlib
from typing import TYPE_CHECKING, Any

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

# (bitext.validate is both a subpackage and its function: imported now, so that the name is
# the function however the subpackage is imported later; the package itself is light, its
# checking machinery imported on first use.)
from bitext.validate import validate

if TYPE_CHECKING:
    from bitext.model import (
        Alignment,
        Author,
        Block,
        Division,
        Document,
        Header,
        Identifier,
        Link,
        LinkNote,
        LinkStatus,
        NoteKind,
        Problem,
        RelatedItem,
        Responsibility,
        Sentence,
    )
    from bitext.tei import read_alignment, read_document, write_alignment, write_document
    from bitext.text import IngestOptions, ingest_file, ingest_text

# Imported when first used, so that ``import bitext.align`` (or any one part) does not load
# the document model and the XML, ingest and validation layers too.
_LAZY = {
    "Alignment": "bitext.model",
    "Author": "bitext.model",
    "Block": "bitext.model",
    "Division": "bitext.model",
    "Document": "bitext.model",
    "Header": "bitext.model",
    "Identifier": "bitext.model",
    "Link": "bitext.model",
    "LinkNote": "bitext.model",
    "LinkStatus": "bitext.model",
    "NoteKind": "bitext.model",
    "Problem": "bitext.model",
    "RelatedItem": "bitext.model",
    "Responsibility": "bitext.model",
    "Sentence": "bitext.model",
    "read_alignment": "bitext.tei",
    "read_document": "bitext.tei",
    "write_alignment": "bitext.tei",
    "write_document": "bitext.tei",
    "IngestOptions": "bitext.text",
    "ingest_file": "bitext.text",
    "ingest_text": "bitext.text",
}


def __getattr__(name: str) -> Any:
    """The document model and the layers above it, imported on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bitext' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, those imported on first use included."""
    return sorted({*globals(), *_LAZY})


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
    "LinkNote",
    "LinkStatus",
    "NoteKind",
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

"""TEI P5 reading and writing for documents and alignments (the only lxml user of the core)."""

from bitext.tei.alignment import (
    alignment_to_bytes,
    read_alignment,
    read_tei,
    write_alignment,
    write_alignment_to,
)
from bitext.tei.reader import document_from_bytes, read_document
from bitext.tei.streamwriter import write_document_to
from bitext.tei.writer import document_to_bytes, write_document

__all__ = [
    "alignment_to_bytes",
    "document_from_bytes",
    "document_to_bytes",
    "read_alignment",
    "read_document",
    "read_tei",
    "write_alignment",
    "write_alignment_to",
    "write_document",
    "write_document_to",
]

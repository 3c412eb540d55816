"""Plain text: decoded (UTF-8, UTF-16/32 with BOM, a language's legacy encoding) and laid
out by ingest's rules (blank lines between paragraphs, page breaks repaired)."""

from __future__ import annotations

from pathlib import Path

from bitext.readers.base import ReadHints, SourceText
from bitext.text.decode import decode_bytes

NAME = "text"
DESCRIPTION = "Plain text file"
PARAGRAPHS = (
    "Paragraphs are the blank-line separated blocks of the plain text (page breaks inside "
    "sentences repaired)"
)


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """Decode ``data``; the text is laid out later, with the language's rules."""
    decoded = decode_bytes(data, path, hints.lang, hints.encoding or None)
    return SourceText(NAME, text=decoded.text, encoding=decoded.encoding)

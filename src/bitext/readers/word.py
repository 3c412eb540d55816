"""DOCX (Word, LibreOffice, Google Docs) with python-docx: the body's paragraphs and table
cells in document order; Title and Subtitle styles are front matter, Heading styles headings.
Page headers, footers, footnotes and comments are not part of the text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from bitext.errors import ParseError
from bitext.readers.base import (
    FRONT,
    HEADING,
    PARAGRAPH,
    ReadHints,
    SourceText,
    TextBlock,
    open_package,
)

NAME = "docx"
DESCRIPTION = "Word document (DOCX)"
PARAGRAPHS = "Paragraphs and headings are the DOCX document's own (by paragraph style)"

_FRONT_STYLES = ("title", "subtitle")
_HEADING_STYLES = ("heading", "제목")


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The paragraphs of a DOCX file as marked blocks, with its title and author."""
    open_package(data, path)  # refuses a damaged or oversized package with a clear line
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise ParseError(f"cannot be read as DOCX ({exc}); save the document again", path) from None
    blocks = tuple(
        TextBlock((text,), kind, number)
        for number, (text, kind) in enumerate(_paragraphs(document), 1)
    )
    properties = document.core_properties
    return SourceText(
        NAME,
        blocks=blocks,
        title=(properties.title or "").strip(),
        author=(properties.author or "").strip(),
        place="paragraph",
    )


def _paragraphs(document: Any) -> Iterator[tuple[str, str]]:
    """(text, kind) for each non-empty paragraph of the body, table cells included."""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            yield from _table_paragraphs(item)
        else:
            text = _clean(item.text)
            if text:
                yield text, _kind(item)


def _table_paragraphs(table: Table) -> Iterator[tuple[str, str]]:
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per spanned column
                continue
            seen.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                text = _clean(paragraph.text)
                if text:
                    yield text, PARAGRAPH
            for inner in cell.tables:
                yield from _table_paragraphs(inner)


def _kind(paragraph: Paragraph) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    name = style.lower()
    if name.startswith(_FRONT_STYLES):
        return FRONT
    if name.startswith(_HEADING_STYLES):
        return HEADING
    return PARAGRAPH


def _clean(text: str) -> str:
    """Line breaks and tabs inside a paragraph become spaces; runs of spaces become one."""
    return " ".join(text.split())

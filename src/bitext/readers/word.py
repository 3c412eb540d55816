"""DOCX (Word, LibreOffice, Google Docs) with python-docx: the body's paragraphs and table
cells in document order; Title and Subtitle styles are front matter, Heading styles headings
(a Heading 1 that only front matter precedes is the title).

A paragraph's text is what the document shows: tracked insertions in, tracked deletions,
text moved away and hidden runs (formatted ``vanish``, as translators' notes often are) out;
the text of hyperlinks, fields and content controls (also those around whole paragraphs) in;
a text box's paragraphs follow the paragraph that anchors it. Page headers, footers,
comments and a table of contents (the headings again, with page numbers) are not part of the
text; footnotes and endnotes are the back matter (kept, never aligned)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph
from lxml import etree

from bitext.errors import ParseError
from bitext.readers.base import (
    BACK,
    FRONT,
    HEADING,
    PARAGRAPH,
    TOP_HEADING,
    ReadHints,
    SourceText,
    TextBlock,
    open_package,
    titled,
)

NAME = "docx"
DESCRIPTION = "Word document (DOCX)"
PARAGRAPHS = "Paragraphs and headings are the DOCX document's own (by paragraph style)"

_FRONT_STYLES = ("title", "subtitle")
_HEADING_STYLES = ("heading", "제목")
_CONTENTS_STYLE = re.compile(r"(?i)toc (\d|heading)")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _TBL, _TR, _TC, _T, _R = (f"{{{_W}}}{name}" for name in ("p", "tbl", "tr", "tc", "t", "r"))
_VANISH = f"{{{_W}}}rPr/{{{_W}}}vanish"
_OFF = ("0", "false", "off")
_SPACE = {f"{{{_W}}}{name}" for name in ("tab", "br", "cr", "ptab")}
_HYPHEN = f"{{{_W}}}noBreakHyphen"
_TEXT_BOX = f"{{{_W}}}txbxContent"
# Not the text the document shows: deleted or moved-away runs, field codes, properties, and
# a drawing's fallback (the same text box again, for older readers).
_NOT_SHOWN = {f"{{{_W}}}{name}" for name in ("del", "moveFrom", "instrText", "pPr", "rPr")} | {
    f"{{{_MC}}}Fallback"
}
# Notes of these types are the separators between the text and the notes.
_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The paragraphs of a DOCX file as marked blocks, with its title and author."""
    open_package(data, path)  # refuses a damaged or oversized package with a clear line
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise ParseError(f"cannot be read as DOCX ({exc}); save the document again", path) from None
    found = titled(_blocks(document.element.body, document))
    for kind in ("footnotes", "endnotes"):
        for rel in document.part.rels.values():
            if rel.reltype.endswith(f"/{kind}") and not rel.is_external:
                notes = _notes(rel.target_part, document, path)
                found += [(text, BACK) for text in notes]
    blocks = tuple(TextBlock((text,), kind, number) for number, (text, kind) in enumerate(found, 1))
    properties = document.core_properties
    return SourceText(
        NAME,
        blocks=blocks,
        title=(properties.title or "").strip(),
        author=(properties.author or "").strip(),
        place="paragraph",
    )


def _blocks(container: Any, document: Any) -> Iterator[tuple[str, str]]:
    """(text, kind) for each non-empty paragraph in ``container`` (the body, a table cell, a
    content control), tables and content controls walked in document order."""
    for child in container.iterchildren():
        if child.tag == _P:
            boxes: list[Any] = []
            text = _clean(_shown_text(child, boxes))
            paragraph = Paragraph(child, document)
            if text and not _is_contents(paragraph):
                yield text, _kind(paragraph)
            for box in boxes:
                yield from _blocks(box, document)
        elif child.tag == _TBL:
            for row in child.iterchildren(_TR):
                for cell in row.iterchildren(_TC):
                    yield from ((text, PARAGRAPH) for text, _ in _blocks(cell, document))
        elif _is_contents_control(child):
            continue  # a table of contents: the headings again, with page numbers
        elif isinstance(child.tag, str) and child.tag not in _NOT_SHOWN:
            # a content control (sdt, sdtContent), custom XML, a tracked insertion of whole
            # paragraphs: what it holds
            yield from _blocks(child, document)


def _shown_text(element: Any, boxes: list[Any]) -> str:
    """The text a paragraph shows (see the module docstring); its text boxes go to
    ``boxes``."""
    parts: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _R and _is_hidden(child):
            continue
        elif tag in _SPACE:
            parts.append(" ")
        elif tag == _HYPHEN:
            parts.append("-")
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif isinstance(tag, str) and tag not in _NOT_SHOWN:
            parts.append(_shown_text(child, boxes))
    return "".join(parts)


def _is_hidden(run: Any) -> bool:
    """Whether a run is hidden text (its own formatting says ``vanish``): Word shows it only
    where hidden text is asked for, so it is not the document's text."""
    vanish = run.find(_VANISH)
    return vanish is not None and vanish.get(f"{{{_W}}}val", "true").lower() not in _OFF


def _notes(part: Any, document: Any, path: str | Path) -> list[str]:
    """The text of each footnote or endnote of a notes part, in order (the separators left
    out), its paragraphs read as the body's are; a damaged part is refused."""
    try:
        # python-docx's own parser (entities unresolved), as for the body: its paragraph
        # elements are the ones python-docx reads styles from.
        root = parse_xml(part.blob)
    except etree.XMLSyntaxError as exc:
        raise ParseError(
            f"{part.partname} in the package cannot be read ({exc.msg}); save the document again",
            path,
        ) from None
    texts = (
        " ".join(text for text, _ in _blocks(note, document))
        for note in root
        if note.get(f"{{{_W}}}type") not in _SEPARATORS
    )
    return [text for text in texts if text]


def _is_contents(paragraph: Paragraph) -> bool:
    """Whether a paragraph is an entry (or the title) of a table of contents (Word's TOC
    styles): the headings again, with page numbers."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    return bool(_CONTENTS_STYLE.match(style))


def _is_contents_control(element: Any) -> bool:
    """Whether an element is the content control Word puts a table of contents in."""
    gallery = element.find(f"{{{_W}}}sdtPr/{{{_W}}}docPartObj/{{{_W}}}docPartGallery")
    return gallery is not None and gallery.get(f"{{{_W}}}val", "").startswith("Table of Contents")


def _kind(paragraph: Paragraph) -> str:
    """FRONT (Title, Subtitle), the top heading level (:data:`TOP_HEADING`: decided by its
    place in :func:`read`), HEADING or PARAGRAPH, by the paragraph's style."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    name = style.lower()
    if name.startswith(_FRONT_STYLES):
        return FRONT
    if name.startswith(_HEADING_STYLES):
        return TOP_HEADING if name.rstrip().endswith(" 1") else HEADING
    return PARAGRAPH


def _clean(text: str) -> str:
    """Line breaks and tabs inside a paragraph become spaces; runs of spaces become one."""
    return " ".join(text.split())

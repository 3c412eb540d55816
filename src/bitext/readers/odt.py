"""OpenDocument text (ODT: LibreOffice, OpenOffice, Google Docs' export), read with lxml.

``content.xml``'s body in document order: headings (``text:h``) are headings (a first-level
one before any paragraph the title), paragraphs (``text:p``) paragraphs, those in the Title
and Subtitle styles (or an automatic style derived from them) front matter; list items,
table cells, sections and the text boxes of frames are walked where they stand. Footnotes
and endnotes (``text:note``, inside the paragraph they annotate) become the back matter,
kept and never aligned. What the document does not show is left out: tracked deletions
(kept apart, in ``text:tracked-changes``), a table of contents and other indexes (the
headings again, with page numbers), hidden paragraphs and hidden text. ``meta.xml`` gives
the title and author.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

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
    package_xml,
    titled,
)

NAME = "odt"
DESCRIPTION = "OpenDocument text (ODT)"
PARAGRAPHS = "Paragraphs and headings are the ODT document's own (text:p, text:h)"

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


_P, _H, _NOTE, _NOTE_BODY, _SPACE = _t("p"), _t("h"), _t("note"), _t("note-body"), _t("s")
# Text the document does not show, or shows again: left out with everything inside.
_NOT_SHOWN = {
    _t(name)
    for name in (
        "tracked-changes", "table-of-content", "illustration-index", "table-index",
        "object-index", "user-index", "alphabetical-index", "bibliography", "note-citation",
        "hidden-paragraph", "hidden-text", "sequence-decls", "variable-decls",
        "user-field-decls", "index-title",
    )
}  # fmt: skip
_TAB_OR_BREAK = {_t("tab"), _t("line-break")}
_FRONT_STYLES = ("title", "subtitle")


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The headings and paragraphs of an ODT document as marked blocks, with its title and
    author."""
    package = open_package(data, path)
    content = package_xml(package, "content.xml", path)
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise ParseError("content.xml has no office:text; give a text document", path)
    front = _front_styles(content)
    found: list[tuple[str, str]] = []
    notes: list[str] = []
    for element in _blocks(body):
        text = " ".join(_shown_text(element, notes).split())
        if text:
            found.append((text, _kind(element, front)))
    found = [*titled(found), *((note, BACK) for note in notes)]
    if not found:
        raise ParseError("holds no paragraph of text; give a document with text", path)
    blocks = tuple(TextBlock((text,), kind, n) for n, (text, kind) in enumerate(found, 1))
    title, author = _metadata(package, path)
    return SourceText(NAME, blocks=blocks, title=title, author=author, place="paragraph")


def _blocks(container: etree._Element) -> Iterator[etree._Element]:
    """Every heading and paragraph in document order, lists, tables, sections and frames
    walked where they stand; a paragraph's text boxes follow it. Notes are not blocks."""
    for child in container.iterchildren():
        if not isinstance(child.tag, str) or child.tag in _NOT_SHOWN:
            continue
        if child.tag in (_P, _H):
            yield child
            for box in child.iter(f"{{{_DRAW}}}text-box"):
                if not any(a.tag == _NOTE for a in box.iterancestors()):
                    yield from _blocks(box)
        else:  # a list, list item, table, row, cell, section ...: what it holds
            yield from _blocks(child)


def _shown_text(element: etree._Element, notes: list[str]) -> str:
    """A paragraph's or heading's own text: spaces (``text:s``) and tabs as spaces; a note's
    paragraphs go to ``notes``; a frame's text boxes are blocks of their own."""
    parts = [element.text or ""]
    for child in element.iterchildren():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _NOTE:
            body = child.find(_NOTE_BODY)
            if body is not None:
                notes += [
                    t for t in (" ".join(_shown_text(p, notes).split()) for p in _blocks(body)) if t
                ]
        elif tag == _SPACE:
            parts.append(" " * int(child.get(_t("c"), "1") or 1))
        elif tag in _TAB_OR_BREAK:
            parts.append(" ")
        elif tag and tag not in _NOT_SHOWN and tag != f"{{{_DRAW}}}frame":
            parts.append(_shown_text(child, notes))
        parts.append(child.tail or "")
    return "".join(parts)


def _kind(element: etree._Element, front: set[str]) -> str:
    """FRONT for the title and subtitle styles, TOP_HEADING for a first-level heading (its
    place decides), HEADING or PARAGRAPH."""
    if element.get(_t("style-name"), "") in front:
        return FRONT
    if element.tag != _H:
        return PARAGRAPH
    return TOP_HEADING if element.get(_t("outline-level"), "1") == "1" else HEADING


def _front_styles(content: etree._Element) -> set[str]:
    """The paragraph styles of the title and subtitle: Title, Subtitle, and the automatic
    styles of content.xml derived from them."""
    names = {"Title", "Subtitle"}
    for style in content.iter(f"{{{_STYLE}}}style"):
        parent = style.get(f"{{{_STYLE}}}parent-style-name", "")
        if parent.lower() in _FRONT_STYLES:
            names.add(style.get(f"{{{_STYLE}}}name", ""))
    return names


def _metadata(package: zipfile.ZipFile, path: str | Path) -> tuple[str, str]:
    """The title and author meta.xml gives (empty where it gives none)."""
    if "meta.xml" not in package.namelist():
        return "", ""
    meta = package_xml(package, "meta.xml", path)
    title = " ".join((meta.findtext(f".//{{{_DC}}}title") or "").split())
    author = meta.findtext(f".//{{{_META}}}initial-creator") or meta.findtext(
        f".//{{{_DC}}}creator"
    )
    return title, " ".join((author or "").split())

"""EPUB (e-books, EPUB 2 and 3): the text of its chapters in reading order.

The package's ``META-INF/container.xml`` names the package document (OPF), whose spine
lists the chapters in reading order; each chapter (XHTML) is read as a web page is
(:mod:`bitext.readers.html`: headings, paragraphs, list items, table cells; asides such as
EPUB 3 footnotes dropped). The navigation document and chapters the spine marks
``linear="no"`` (pop-ups, answer keys) are not the running text and are left out. Only the
first chapter with text (often a title page) holds front matter: a later chapter's opening
heading is a heading. Every chapter's notes come after the text, as the back matter; the
OPF's ``dc:title`` and ``dc:creator`` give the header's title and author. A fixed-layout
page whose text is set in SVG (a comic or picture book converted from print: ``<text>``
inside the XHTML page, or an SVG page in the spine) gives each ``<text>`` element as a
paragraph, its lines (``<tspan>``) joined.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from bitext.errors import ParseError
from bitext.readers import html
from bitext.readers.base import (
    BACK,
    FRONT,
    HEADING,
    PARAGRAPH,
    ReadHints,
    SourceText,
    TextBlock,
    open_package,
    package_xml,
    read_member,
)

NAME = "epub"
DESCRIPTION = "E-book (EPUB)"
PARAGRAPHS = "Paragraphs and headings are the e-book's own block elements, chapter by chapter"

_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
_OPF = "http://www.idpf.org/2007/opf"
_DC = "http://purl.org/dc/elements/1.1/"
_XHTML_TYPES = ("application/xhtml+xml", "text/html")
_SVG_TYPE = "image/svg+xml"
_SVG_TEXT = "{http://www.w3.org/2000/svg}text"


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The headings and paragraphs of every chapter in reading order, with the book's title
    and author."""
    package = open_package(data, path)
    opf_name = _package_document(package, path)
    opf = package_xml(package, opf_name, path)
    blocks: list[TextBlock] = []
    notes: list[TextBlock] = []
    for chapter, media_type in _spine(opf, opf_name, package, path):
        page: tuple[TextBlock, ...] = ()
        if media_type in _XHTML_TYPES:
            page = html.read(read_member(package, chapter, path), path, hints).blocks
        if not page and media_type in (_XHTML_TYPES[0], _SVG_TYPE):
            page = _svg_text(package, chapter, path)  # a fixed-layout page
        first = not blocks  # the first chapter with text: where a title can be
        for block in page:
            kind = HEADING if block.kind == FRONT and not first else block.kind
            (notes if kind == BACK else blocks).append(TextBlock(block.lines, kind))
    if not blocks and not notes:
        raise ParseError("holds no chapter with text; give an e-book with text", path)
    numbered = tuple(TextBlock(b.lines, b.kind, n) for n, b in enumerate([*blocks, *notes], 1))
    title = " ".join((opf.findtext(f".//{{{_DC}}}title") or "").split())
    author = " ".join((opf.findtext(f".//{{{_DC}}}creator") or "").split())
    return SourceText(NAME, blocks=numbered, title=title, author=author, place="block")


def _package_document(package: zipfile.ZipFile, path: str | Path) -> str:
    """The OPF file the container names."""
    container = package_xml(package, "META-INF/container.xml", path)
    for rootfile in container.iter(f"{{{_CONTAINER}}}rootfile", "rootfile"):
        full = rootfile.get("full-path", "")
        if full:
            return full
    raise ParseError(
        "META-INF/container.xml names no package document; save the e-book again", path
    )


def _spine(
    opf: etree._Element, opf_name: str, package: zipfile.ZipFile, path: str | Path
) -> list[tuple[str, str]]:
    """The chapters in reading order, each with its media type: the spine's XHTML and SVG
    items, less the navigation document and items marked non-linear (paths inside the
    package)."""
    base = posixpath.dirname(opf_name)
    items = {item.get("id", ""): item for item in opf.iter(f"{{{_OPF}}}item", "item")}
    chapters = []
    names = set(package.namelist())
    for ref in opf.iter(f"{{{_OPF}}}itemref", "itemref"):
        item = items.get(ref.get("idref", ""))
        if item is None or ref.get("linear", "yes") == "no":
            continue
        if "nav" in (item.get("properties") or "").split():
            continue
        media_type = item.get("media-type", "")
        if media_type not in (*_XHTML_TYPES, _SVG_TYPE):
            continue
        name = posixpath.normpath(posixpath.join(base, unquote(item.get("href", ""))))
        if name not in names:
            raise ParseError(
                f"its spine names {name}, which the package lacks; save the e-book again", path
            )
        chapters.append((name, media_type))
    return chapters


def _svg_text(package: zipfile.ZipFile, name: str, path: str | Path) -> tuple[TextBlock, ...]:
    """The text a page sets in SVG: each ``<text>`` element a paragraph (see
    :func:`_svg_lines`); none where the page has none."""
    root = package_xml(package, name, path)
    found = (" ".join(_svg_lines(text).split()) for text in root.iter(_SVG_TEXT))
    return tuple(TextBlock((line,), PARAGRAPH) for line in found if line)


def _svg_lines(text: etree._Element) -> str:
    """A ``<text>`` element's words: its ``<tspan>`` pieces joined as written on one line
    (a converter may cut a word in two there: "av", "ec"), and with a space where a piece
    starts a new line (another ``y``) unless the line before ends in a space or a hyphen."""
    parts, line = [text.text or ""], text.get("y")
    for piece in text:
        y = piece.get("y")
        written = "".join(parts)
        if y is not None and y != line and written and not written.endswith((" ", "-")):
            parts.append(" ")
        line = y if y is not None else line
        parts += ["".join(piece.itertext()), piece.tail or ""]
    return "".join(parts)

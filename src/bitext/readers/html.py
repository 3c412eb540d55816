"""HTML: the article's text, not the page around it.

Scripts, styles, navigation, page headers and footers, asides and forms are dropped, and so
are ruby annotations (the reading of 漢字 in ``rt``: the base text stays) and footnote
reference marks (a ``sup`` that is only a link within the page: ``[1]``; a link marked as a
note reference or a note's way back). Footnotes and endnotes marked as such (EPUB 3's
``epub:type``, DPUB-ARIA roles, a ``footnotes`` class) are the back matter; the
article (``<article>``, else ``<main>``, else the body) is read as blocks: ``h1`` to ``h6`` are
headings (the first ``h1`` the title), ``p``, list items, table cells, quotations and the
like are paragraphs, and text loose in a container is a paragraph of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import lxml.html
import regex
from lxml import etree

from bitext._chars import XML_FORBIDDEN
from bitext.errors import ParseError
from bitext.readers.base import (
    BACK,
    HEADING,
    PARAGRAPH,
    TOP_HEADING,
    ReadHints,
    SourceText,
    TextBlock,
    titled,
)
from bitext.text.decode import check_codec, decode_bytes

NAME = "html"
DESCRIPTION = "Web page (HTML)"
PARAGRAPHS = (
    "Paragraphs and headings are the web page's own block elements (navigation, headers and "
    "footers dropped)"
)

_DROPPED = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "svg", "canvas", "iframe", "object", "menu", "dialog", "rt", "rp",
}  # fmt: skip
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu"}
# What marks a page's footnotes or endnotes (EPUB 3's epub:type, DPUB-ARIA's roles).
_NOTE_TYPES = {"footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes"}
_NOTE_ROLES = {"doc-footnote", "doc-endnotes", "doc-endnote"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _HEADINGS | {
    "p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "caption", "figcaption", "div",
    "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr", "tbody", "thead",
    "tfoot", "figure", "address", "hr", "br",
}  # fmt: skip
# Where two <br> in a row stood: U+2029 PARAGRAPH SEPARATOR, which says the same in text.
_PARAGRAPH_BREAK = "\u2029"
_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", regex.I)
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The article's headings and paragraphs as marked blocks, and the page's title."""
    text = XML_FORBIDDEN.sub("", _decode(data, path))  # controls carry no text
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot be read as HTML ({exc})", path) from None
    page_title = " ".join(root.findtext(".//title", default="").split())
    content = _content_root(root)
    notes = [text for note in _take_notes(root) for text, _ in _blocks(note)]
    found = [*titled(_blocks(content)), *((note, BACK) for note in notes)]
    blocks = [TextBlock((line,), kind, number) for number, (line, kind) in enumerate(found, 1)]
    return SourceText(NAME, blocks=tuple(blocks), title=page_title, place="block")


def _take_notes(root: etree._Element) -> list[etree._Element]:
    """The page's footnotes and endnotes (EPUB 3 ``epub:type``, DPUB-ARIA roles, pandoc's
    and many generators' ``footnotes`` class), taken out of the text to be its back matter
    (outermost ones only)."""
    found = [e for e in root.iter() if _is_notes(e)]
    outermost = [e for e in found if not any(_is_notes(a) for a in e.iterancestors())]
    for note in outermost:
        parent = note.getparent()
        if parent is not None:
            _drop_keeping_tail(note, parent)
    return outermost


def _is_notes(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return False
    types = set((element.get("epub:type") or "").split())
    classes = set((element.get("class") or "").split())
    return (
        bool(types & _NOTE_TYPES)
        or element.get("role", "") in _NOTE_ROLES
        or bool(classes & {"footnotes", "endnotes"})
    )


def _decode(data: bytes, path: str | Path) -> str:
    """The page's declared charset (meta), else bitext's plain-text decoding."""
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        codec = check_codec(declared.group(1).decode("ascii"), path)
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # a wrong declaration: decode as plain text does, which reports a bad byte
    return decode_bytes(data, path).text


def _content_root(root: etree._Element) -> etree._Element:
    for br in root.iter("br"):
        # Two line breaks in a row end a paragraph (pages that set their text in one
        # element, paragraphs apart by <br><br>); one is a space.
        following = br.getnext()
        doubled = following is not None and following.tag == "br" and not (br.tail or "").strip()
        br.tail = (_PARAGRAPH_BREAK if doubled else " ") + (br.tail or "")
    for element in list(root.iter()):
        if _is_dropped(element):
            parent = element.getparent()
            if parent is not None:
                _drop_keeping_tail(element, parent)
    for tag in ("article", "main"):
        found = root.find(f".//{tag}")
        if found is not None:
            return found
    role_main = root.find(".//*[@role='main']")
    if role_main is not None:
        return role_main
    body = root.find(".//body")
    return body if body is not None else root


def _is_dropped(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments, processing instructions
    if _is_notes(element):
        return False  # notes (an EPUB 3 footnote is an aside) are the back matter
    return (
        element.tag.lower() in _DROPPED
        or element.get("role", "") in _DROPPED_ROLES
        or (element.get("hidden") is not None or element.get("aria-hidden") == "true")
        or _is_note_mark(element)
    )


def _is_note_mark(element: etree._Element) -> bool:
    """A footnote reference mark or a note's link back to it: a ``sup`` whose only content
    is a link within the page, or a link within the page marked as one (``epub:type``
    ``noteref``/``backlink``, DPUB-ARIA roles, the ``footnote-ref`` and ``footnote-back``
    classes pandoc and others write)."""
    if _is_marked_note_link(element):
        return True
    if str(element.tag).lower() != "sup" or (element.text or "").strip() or len(element) != 1:
        return False
    link = element[0]
    return (
        isinstance(link.tag, str)
        and link.tag.lower() == "a"
        and link.get("href", "").startswith("#")
        and not (link.tail or "").strip()
    )


def _is_marked_note_link(element: etree._Element) -> bool:
    if str(element.tag).lower() != "a" or not element.get("href", "").startswith("#"):
        return False
    types = set((element.get("epub:type") or "").split())
    classes = set((element.get("class") or "").split())
    return bool(
        types & {"noteref", "backlink"}
        or element.get("role", "") in ("doc-noteref", "doc-backlink")
        or classes & {"footnote-ref", "footnote-back", "footnote-backref", "noteref"}
    )


def _drop_keeping_tail(element: etree._Element, parent: etree._Element) -> None:
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _blocks(element: etree._Element) -> Iterator[tuple[str, str]]:
    """(text, kind) for each block under ``element``, in document order; a first-level
    heading's kind is ``TOP_HEADING``, so the caller can tell the title."""
    pending: list[str] = []
    for text, kind in _walk(element):
        if kind is None:
            pending.append(text)
            continue
        yield from _paragraphs(" ".join(pending), PARAGRAPH)
        pending = []
        yield from _paragraphs(text, kind)
    yield from _paragraphs(" ".join(pending), PARAGRAPH)


def _paragraphs(text: str, kind: str) -> Iterator[tuple[str, str]]:
    """The non-empty paragraphs of a block's text (apart where it had two line breaks),
    white space made single spaces."""
    for piece in text.split(_PARAGRAPH_BREAK):
        paragraph = " ".join(piece.split())
        if paragraph:
            yield paragraph, kind


def _walk(element: etree._Element) -> Iterator[tuple[str, str | None]]:
    """Inline text as (text, None); a block that holds no other block as (text, kind); an
    empty ("", PARAGRAPH) at block boundaries, to end loose text."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _BLOCKS and not _holds_blocks(element):
        text = "".join(element.itertext())
        if tag in _HEADINGS:
            yield text, (TOP_HEADING if tag == "h1" else HEADING)
        else:
            yield text, PARAGRAPH
        return
    if tag in _BLOCKS:
        yield "", PARAGRAPH
    if element.text:
        yield element.text, None
    for child in element:
        yield from _walk(child)
        if child.tail:
            yield child.tail, None
    if tag in _BLOCKS:
        yield "", PARAGRAPH


def _holds_blocks(element: etree._Element) -> bool:
    return any(
        isinstance(d.tag, str) and d.tag.lower() in _BLOCKS and d.tag.lower() != "br"
        for d in element.iterdescendants()
    )

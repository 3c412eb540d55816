"""TEI P5 documents that bitext did not make (a corpus's files, an edition's), read as text.

The text's own structure is kept: each heading (``head``), paragraph (``p``, ``ab``), list
item, table cell, verse group (``lg``, or verse lines loose in a quotation: a line of text a
verse) and the like is a block, in document order; ``front`` is the front matter and
``back`` the back matter (kept, never aligned). What is not running text stays out of it: a
note's text becomes a paragraph of the back matter (nothing is lost), forme work (``fw``:
running heads, page numbers), deletions and figure descriptions are left out, page and line
breaks are spaces (a line break marked ``break="no"`` joins a word), and of a ``choice`` the
regularised, corrected or expanded reading is taken. Sentences are found anew by bitext (the
document's own ``s`` elements, where it has them, only separate text). The title, author and
language come from the document's header and ``xml:lang``. A parallel edition (a ``group``
of texts in several languages) is read for one language: the one asked for.

A TEI document that bitext made (``text`` with an id ``LANG.text``) or an alignment is
refused: it is given to align or export as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from bitext.errors import ParseError, UnsupportedLanguageError
from bitext.lang import check_language_tag, primary_subtag
from bitext.model import LICENCE_STATUSES, Licence
from bitext.readers.base import (
    BACK,
    FRONT,
    HEADING,
    PARAGRAPH,
    ReadHints,
    SourceText,
    TextBlock,
)
from bitext.tei.codes import CODES_TYPE
from bitext.tei.xml import TEI_NS, XML_ID, XML_LANG, is_alignment, parse_xml, tei

NAME = "tei"
DESCRIPTION = "TEI P5 document"
PARAGRAPHS = (
    "Paragraphs and headings are the TEI document's own (head, p, ab, list items, table "
    "cells, verse groups; front and back as marked, notes in the back matter); sentences found "
    "anew"
)

# Elements whose whole text is one block: inline elements inside them are text; a list, a
# table or a quotation of paragraphs inside one becomes blocks of its own after it.
_LEAVES = {
    "p", "ab", "head", "l", "label", "byline", "dateline", "salute", "signed", "trailer",
    "titlePart", "docAuthor", "docDate", "docImprint", "docEdition", "speaker", "stage",
    "bibl", "castItem", "roleDesc",
}  # fmt: skip
# Elements of the text's structure: one that has blocks among its children holds blocks
# (its own loose text, if any, is a paragraph too); one that has none is a block itself.
_STRUCTURE = {
    "text", "front", "back", "body", "group", "div", "div1", "div2", "div3", "div4", "div5",
    "div6", "div7", "list", "item", "table", "row", "cell", "sp", "spGrp", "lg",
    "floatingText", "titlePage", "docTitle", "opener", "closer", "epigraph", "argument",
    "figure", "listBibl", "castList", "castGroup", "quote", "cit", "postscript",
}  # fmt: skip
_CHUNKS = _LEAVES | _STRUCTURE
# Elements left out of the text (their tails stay).
_LEFT_OUT = {"fw", "del", "figDesc", "gap", "surplus", "graphic"}
# Of a choice, the reading taken as the text (``sic``, ``orig`` and ``abbr`` outside one are
# the text).
_CHOSEN = ("reg", "corr", "expan")
# Tokens of a tokenised text: two of them with nothing between are still two.
_TOKENS = {"s", "w", "pc", "seg"}
_BREAKS = {"lb", "pb", "cb", "milestone", "gb"}


def made_by_bitext(root: etree._Element) -> bool:
    """Whether a parsed TEI file is bitext's own: an alignment (``standOff``, no ``text``),
    or a document whose ``text`` has bitext's kind of id (``en.text``; one whose language was
    since changed by hand stays bitext's, for validation to report)."""
    if is_alignment(root):
        return True
    text = root.find(tei("text"))
    return text is not None and _bitext_text_id(text.get(XML_ID) or "")


def _bitext_text_id(identifier: str) -> bool:
    return identifier.endswith(".text") and len(identifier) > len(".text")


def file_made_by_bitext(path: str | Path) -> bool:
    """:func:`made_by_bitext` of the file at ``path``, read only as far as its ``text`` or
    ``standOff`` begins. A file that is no well-formed XML counts as bitext's: reading it as
    a TEI document then says what is wrong with it."""
    try:
        for _, element in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True, load_dtd=False
        ):
            if element.tag == tei("standOff") and element.get("type") != CODES_TYPE:
                return True
            if element.tag == tei("text"):
                return _bitext_text_id(element.get(XML_ID) or "")
    except (etree.XMLSyntaxError, OSError):
        return True
    return True


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The blocks of a TEI P5 document's text (see the module docstring)."""
    root = parse_xml(data, path)
    if root.tag != tei("TEI"):
        raise ParseError("is XML in the TEI namespace but its root is not <TEI>", path)
    if made_by_bitext(root):
        raise ParseError("is already a bitext TEI document; give it to align or export", path)
    text = root.find(tei("text"))
    if text is None:
        raise ParseError("has no <text>; give a TEI document with its text", path)
    text = _text_in(text, hints.lang, path)
    walk = _Walk()
    walk.visit(text, "")
    blocks = walk.blocks + [TextBlock((note,), BACK, 0) for note in walk.notes]
    if not blocks:
        raise ParseError("holds no paragraph of text; give a document with text", path)
    numbered = tuple(
        TextBlock(block.lines, block.kind, number) for number, block in enumerate(blocks, 1)
    )
    return SourceText(
        NAME,
        blocks=numbered,
        title=_header_text(root, "teiHeader/fileDesc/titleStmt/title"),
        author=_header_text(root, "teiHeader/fileDesc/titleStmt/author"),
        place="block",
        catalogued=True,
        layout_marked=True,
        licence=_licence(root),
        lang=_declared_language(root, text, path),  # of the text read
    )


def _text_in(text: etree._Element, lang: str, path: str | Path) -> etree._Element:
    """The text to read: ``text`` itself, or, in a document whose ``group`` holds texts in
    several languages (a parallel edition), its text in ``lang``."""
    inner = [t for t in text.iter(tei("text")) if t is not text and t.get(XML_LANG)]
    languages = list(dict.fromkeys(t.get(XML_LANG, "") for t in inner))
    if len({primary_subtag(code) for code in languages}) < 2:
        return text
    chosen = [
        t for t in inner if lang and primary_subtag(t.get(XML_LANG, "")) == primary_subtag(lang)
    ]
    if len(chosen) != 1:
        raise ParseError(
            f"holds texts in {', '.join(languages)} (a parallel edition); give the language "
            "of the one to read with --lang (or --source-lang / --target-lang)",
            path,
        )
    return chosen[0]


def _declared_language(root: etree._Element, text: etree._Element, path: str | Path) -> str:
    """The language of the text read (its ``xml:lang``, else ``TEI``'s), checked as BCP 47."""
    declared = (text.get(XML_LANG) or root.get(XML_LANG) or "").strip()
    if declared:
        try:
            check_language_tag(declared)
        except UnsupportedLanguageError:
            raise ParseError(
                f"declares xml:lang={declared!r}, not a BCP 47 language tag; correct it "
                "(e.g. 'en') or give the language with --lang",
                path,
            ) from None
    return declared


def _licence(root: etree._Element) -> Licence | None:
    """The header's ``availability``: its status, its terms (a ``licence``'s text, or its
    paragraphs) and the address of the licence's full text."""
    found = root.find(f"{tei('teiHeader')}/{tei('fileDesc')}/{tei('publicationStmt')}")
    availability = found.find(tei("availability")) if found is not None else None
    if availability is None:
        return None
    status = availability.get("status", "unknown")
    licence = availability.find(tei("licence"))
    target = licence.get("target", "") if licence is not None else ""
    terms = " ".join("".join(availability.itertext()).split())
    if not terms and not target:
        return None
    return Licence(
        status if status in LICENCE_STATUSES else "unknown",
        terms or f"The licence at {target}.",
        target,
    )


def _header_text(root: etree._Element, steps: str) -> str:
    path = "/".join(f"{{{TEI_NS}}}{step}" for step in steps.split("/"))
    found = root.find(path)
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


class _Walk:
    """The blocks and notes of a text, gathered element by element."""

    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []
        self.notes: list[str] = []

    def visit(self, element: etree._Element, part: str) -> None:
        """Gather the blocks of a container: its loose text, then each child's blocks; a run
        of verse lines (``l``, in a ``lg`` or not) is one block, a line of text a verse.
        ``part`` is :data:`FRONT` or :data:`BACK` inside ``front`` or ``back``, else empty."""
        part = {"front": FRONT, "back": BACK}.get(_local(element), part)
        children = list(_elements(element))
        loose = (element.text or "") + "".join(
            child.tail or "" for child in children if _local(child) != "l"
        )
        self._add([loose], PARAGRAPH, part)
        verses: list[etree._Element] = []
        for child in children:
            name = _local(child)
            if name == "l":
                verses.append(child)
                continue
            self._leaf(verses, PARAGRAPH, part, tails=True)
            verses = []
            if name == "note":
                self._note(child)
            elif name in _LEFT_OUT or name in _BREAKS:
                continue
            elif name not in _LEAVES and _holds_chunks(child):
                self.visit(child, part)
            else:  # a paragraph, a heading, or an element of text where blocks stand
                self._leaf([child], HEADING if name == "head" else PARAGRAPH, part)
        self._leaf(verses, PARAGRAPH, part, tails=True)

    def _leaf(
        self, elements: list[etree._Element], kind: str, part: str, tails: bool = False
    ) -> None:
        """One block of the elements' texts, a line each (with the text after each, for
        verse lines: ``tongue</l>,``); blocks inside them (a list in a paragraph) follow."""
        inside: list[etree._Element] = []
        lines = [
            self._text(element, inside) + ((element.tail or "") if tails else "")
            for element in elements
        ]
        self._add(lines, kind, part)
        for block in inside:
            self.visit(block, part)

    def _add(self, lines: list[str], kind: str, part: str) -> None:
        kept = tuple(text for text in (" ".join(line.split()) for line in lines) if text)
        if kept:
            self.blocks.append(TextBlock(kept, part or kind))

    def _text(self, element: etree._Element, inside: list[etree._Element]) -> str:
        """The running text of ``element``; notes are gathered, blocks inside it put in
        ``inside``."""
        parts = [element.text or ""]
        for child in _elements(element):
            parts.append(self._inline(child, inside))
            parts.append(child.tail or "")
            following = child.getnext()
            if (
                _local(child) in _TOKENS
                and not child.tail
                and following is not None
                and isinstance(following.tag, str)
                and _local(following) in {"s", "w"}
            ):
                parts.append(" ")
        return "".join(parts)

    def _inline(self, child: etree._Element, inside: list[etree._Element]) -> str:
        name = _local(child)
        if name in _BREAKS:
            return "" if child.get("break") == "no" else " "
        if name == "note":
            self._note(child)
            return " "
        if name in _LEFT_OUT:
            return ""
        if name == "choice":
            chosen = next((c for c in _elements(child) if _local(c) in _CHOSEN), child)
            return self._text(chosen, inside)
        if _holds_chunks(child):
            inside.append(child)
            return " "
        return self._text(child, inside)

    def _note(self, note: etree._Element) -> None:
        """A note's text, kept as a paragraph after the text (paragraphs in it joined)."""
        text = " ".join("".join(self._note_text(note)).split())
        if text:
            self.notes.append(text)

    def _note_text(self, element: etree._Element) -> Iterator[str]:
        yield element.text or ""
        for child in _elements(element):
            name = _local(child)
            if name in _BREAKS or name in _CHUNKS:
                yield " "
            if name == "choice":
                chosen = next((c for c in _elements(child) if _local(c) in _CHOSEN), child)
                yield from self._note_text(chosen)
            elif name not in _LEFT_OUT:
                yield from self._note_text(child)
            yield child.tail or ""


def _holds_chunks(element: etree._Element) -> bool:
    """Whether an element has paragraphs, headings or other blocks as children."""
    return any(_local(child) in _CHUNKS for child in _elements(element))


def _elements(element: etree._Element, name: str = "") -> Iterator[etree._Element]:
    """The element children of ``element`` (comments and processing instructions left out),
    or those named ``name``."""
    for child in element:
        if isinstance(child.tag, str) and (not name or _local(child) == name):
            yield child


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname

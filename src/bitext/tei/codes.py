"""Inline codes in TEI: the markup a CAT tool's placeholders stand for, kept as standoff.

A sentence imported from a TMX or XLIFF keeps its inline codes (formatting tags,
placeholders) as placeholders in its text (``{1}`` opens a span, ``{/1}`` closes it, ``{1/}``
stands alone), so that its ``<s>`` stays plain text for every reader. What each placeholder
stands for is recorded before the text, in a ``standOff`` of type ``inline-codes``: one
``item`` a code, pointing at its sentence (``corresp``), naming its placeholder (``n``), and
holding the code's markup as the file that had it wrote it, as text::

    <standOff type="inline-codes">
      <list type="inline-codes">
        <item corresp="#en.p1.s1" n="{1}">&lt;bpt i="1"&gt;{}&lt;/bpt&gt;</item>
      </list>
    </standOff>

It comes before ``<text>`` so that a reader streaming the document has the codes before the
sentences. An export to TMX or XLIFF writes the codes back as that format's inline elements.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree

from bitext.errors import InvalidTextError, ParseError
from bitext.model import Division, Document, InlineCode, Sentence
from bitext.tei.stream import iter_elements
from bitext.tei.xml import sub, tei

CODES_TYPE = "inline-codes"
_ITEM = tei("item")
_TEXT = tei("text")

Codes = dict[str, tuple[InlineCode, ...]]


def write_inline_codes(root: etree._Element, document: Document) -> None:
    """Append the standoff of ``document``'s inline codes to ``root`` (nothing if it has
    none); call it after the header and before the text."""
    coded = [s for s in _all_sentences(document) if s.codes]
    if not coded:
        return
    stand_off = sub(root, "standOff", type=CODES_TYPE)
    listing = sub(stand_off, "list", type=CODES_TYPE)
    for sentence in coded:
        for code in sentence.codes:
            sub(listing, "item", code.markup, corresp=f"#{sentence.id}", n=code.placeholder)


def _all_sentences(document: Document) -> Iterator[Sentence]:
    divisions: Iterable[Division] = (*document.front, *document.body, *document.back)
    for division in divisions:
        for block in division.blocks():
            yield from block.sentences


def read_inline_codes(root: etree._Element, path: str | Path) -> Codes:
    """The inline codes of a parsed TEI document, by sentence id."""
    found: dict[str, list[InlineCode]] = {}
    for stand_off in root.iterfind(tei("standOff")):
        if stand_off.get("type") != CODES_TYPE:
            continue
        for item in stand_off.iter(_ITEM):
            _add(
                found,
                item.get("corresp", ""),
                item.get("n", ""),
                item.text or "",
                path,
                item.sourceline,
            )
    return {identifier: tuple(codes) for identifier, codes in found.items()}


def stream_inline_codes(path: str | Path) -> Codes:
    """The inline codes of the TEI document at ``path``, by sentence id, read as a stream up
    to its text (where they come)."""
    found: dict[str, list[InlineCode]] = {}
    for element in iter_elements(path, (_ITEM,), (_ITEM,), stop_at=_TEXT):
        if element.tag == _ITEM:
            attributes = element.attributes
            _add(
                found,
                attributes.get("corresp", ""),
                attributes.get("n", ""),
                element.text,
                path,
                element.line,
            )
    return {identifier: tuple(codes) for identifier, codes in found.items()}


def _add(
    found: dict[str, list[InlineCode]],
    corresp: str,
    placeholder: str,
    markup: str,
    path: str | Path,
    line: int | None,
) -> None:
    if not corresp.startswith("#"):
        raise ParseError(
            f'an inline code\'s item points at {corresp!r}; give corresp="#SENTENCE-ID"', path, line
        )
    try:
        code = InlineCode(placeholder, markup)
    except InvalidTextError as exc:
        raise ParseError(str(exc), path, line) from None
    found.setdefault(corresp[1:], []).append(code)


__all__ = [
    "CODES_TYPE",
    "read_inline_codes",
    "stream_inline_codes",
    "write_inline_codes",
]

"""A TMX ``tu``'s other ``tuv`` elements: a second translation into the same language (a
variant, which TMX allows and some tools write) or a language besides the pair imported
(a multilingual memory read with ``--target-lang``). Each is kept as a property of its
link, ``tmx:tuv LANG``, holding its segment's content as TMX writes it (text, or the markup
of its inline codes), and written back by the TMX export as a ``tuv`` after the pair's."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from bitext.formats.rebuild import FoundNote
from bitext.model import LinkNote, NoteKind
from bitext.tei import xmltext as esc
from bitext.tei.xml import safe_parser

PREFIX = "tmx:tuv "


def variant_notes(tuvs: Iterable[etree._Element], language_of: dict[int, str]) -> list[FoundNote]:
    """The property of each ``tuv`` in ``tuvs`` (``language_of``: its language, by the
    element's id): its language in the name, its ``seg``'s content as the text."""
    found: list[FoundNote] = []
    for tuv in tuvs:
        seg = tuv.find("seg")
        content = "" if seg is None else _content(seg)
        found.append((NoteKind.PROPERTY, content, PREFIX + language_of[id(tuv)]))
    return found


def _content(seg: etree._Element) -> str:
    """What a ``seg`` holds, as TMX writes it: its text escaped, its codes as markup."""
    codes = "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in seg)
    return esc.text(seg.text or "") + codes


def split_variants(notes: tuple[LinkNote, ...]) -> tuple[list[LinkNote], tuple[LinkNote, ...]]:
    """A link's kept ``tuv`` elements, and its other notes."""
    variants = [n for n in notes if n.kind is NoteKind.PROPERTY and n.name.startswith(PREFIX)]
    if not variants:
        return [], notes
    return variants, tuple(n for n in notes if n not in variants)


def variant_tuvs(variants: list[LinkNote], indent: str) -> list[str]:
    """The ``tuv`` elements of a link's kept variants. A content that is no well-formed
    markup (a hand-edited TEI) is written as text, so the TMX stays well formed."""
    return [
        f'{indent}<tuv xml:lang="{esc.attribute(note.name.removeprefix(PREFIX))}">'
        f"<seg>{_checked(note.text)}</seg></tuv>"
        for note in variants
    ]


def _checked(content: str) -> str:
    try:
        etree.fromstring(f"<seg>{content}</seg>", safe_parser())
    except etree.XMLSyntaxError:
        return esc.text(content)
    return content

"""How XLIFF 1.2 writes a unit side's text with its inline codes.

A code that holds its native code is written as XLIFF 1.2's ``bpt`` and ``ept`` around a span
(``it`` where the other end is elsewhere) and ``ph`` alone, holding the native code. A code
that came from XLIFF 1.2's own codes that hold none is written back as itself: a ``g``
around its span's text (``bx`` or ``ex`` for an end whose other end is elsewhere), an ``x``
alone, so that a file read from Trados, Okapi or Translate Toolkit comes back with the
elements it had; and an annotation (``mrk``: protected text, a term) around its text
again, unless other codes are inside it (OmegaT shows those as text). Each keeps what its
element said of itself (``ctype``, ``crc``, ``equiv-text``, ``clone``, ``mtype``,
``comment``). An ``x`` or ``g`` keeps its ``id``: a program looks its placeholders up by it
(Angular's ``INTERPOLATION``, ``START_TAG_SPAN``), and Trados its tag definitions; the other
codes are numbered afresh (avoiding the ids kept), and ``rid``, ``xid`` and ``mid`` are not
kept (they point at numbers or places of the file the unit came from).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence

from bitext.formats.annotations import annotation_kind, is_annotation, mtype12
from bitext.formats.codes import XLIFF1, CodePiece, HeldCodes, OpenElements
from bitext.formats.inline import InlineCode, Side, code_pieces, with_codes
from bitext.tei import xmltext as esc

__all__ = ["content12"]

# What an XLIFF 1.2 code's element has besides its numbering and pairing (id, rid) and its
# pointer into another unit (xid) is written back (the strict schema's attributes).
_TEXT_CONTENT = {"crc": "crc", "equiv-text": "equiv-text"}
_HELD_CARRIED = {
    "bpt": {"ctype": "ctype", **_TEXT_CONTENT},
    "ept": _TEXT_CONTENT,
    "ph": {"ctype": "ctype", "assoc": "assoc", **_TEXT_CONTENT},
    "it": {"ctype": "ctype", **_TEXT_CONTENT},
}
_SHOWN = {"ctype": "ctype", "clone": "clone", "equiv-text": "equiv-text"}
_OWN_CARRIED = {
    "g": _SHOWN,
    "x": _SHOWN,
    "bx": _SHOWN,
    "ex": {"equiv-text": "equiv-text"},
    "mrk": {"mtype": "mtype", "comment": "comment"},
}
# XLIFF 1.2's code elements that hold native code: all numbered by id; an isolated end's
# pos open/close. A code of XLIFF's own written so carries none of its attributes.
_HELD = HeldCodes(
    "id", "id", "open", "close", XLIFF1, _HELD_CARRIED, frozenset({"datatype", "ctype"})
)
_EMPTY = frozenset({"x", "bx", "ex"})
_WRAPPING = frozenset({"g", "mrk"})
# XLIFF 1.2's own codes whose id is written back as the file had it.
_KEPT_IDS = frozenset({"x", "g"})


def content12(
    sentences: Sequence[str],
    codes: Sequence[Sequence[InlineCode]],
    separator: str,
    partner: Side | None = None,
) -> str:
    """A source's or target's content in XLIFF 1.2 (see the module's description); a
    target's codes numbered as the source codes they stand for (``partner``), so that their
    ids pair them. Should the spans of ``g`` codes not nest as XML elements must (a text
    edited by hand), every code is written as one that holds its native code."""
    if not codes:
        return esc.text(separator.join(sentences))
    pieces = code_pieces(sentences, codes, separator, partner)
    partner_ids = written_ids(code_pieces(*partner, separator)) if partner else {}
    writer = _OwnCodes(_around_codes(pieces), written_ids(pieces, partner_ids))
    own = with_codes(sentences, codes, separator, esc.text, writer.write, partner)
    if writer.elements.well_formed:
        return own
    return with_codes(sentences, codes, separator, esc.text, _HELD.write, partner)


def written_ids(
    pieces: Sequence[str | CodePiece], partner: Mapping[int, str] | None = None
) -> dict[int, str]:
    """The id each code of a unit side is written with, by its number: an ``x``'s or a
    ``g``'s own (a ``g`` id once a side: it pairs the span with the other side's), else the
    id of the ``partner`` code it stands for (the source's, for a target), else its number,
    or a number no kept id is, where one is."""
    partner = partner or {}
    firsts: dict[int, CodePiece] = {}
    for piece in pieces:
        if isinstance(piece, CodePiece):
            firsts.setdefault(piece.number, piece)  # a span's start (its end has no id)
    kept: dict[int, str] = {}
    spans: set[str] = set()
    for number, first in firsts.items():
        own = _own_id(first)
        if own is not None and own not in spans:
            kept[number] = own
            if _own_name(first) == "g":
                spans.add(own)
        elif number in partner:
            kept[number] = partner[number]
    taken = {*kept.values(), *partner.values()}
    fresh = _fresh_ids(taken)
    ids: dict[int, str] = {}
    for number in firsts:
        found = kept.get(number)
        if found is None:
            found = str(number) if str(number) not in taken else next(fresh)
            taken.add(found)
        ids[number] = found
    return ids


def _fresh_ids(taken: set[str]) -> Iterator[str]:
    """Numbers, as ids, that are not ``taken`` (looked at as each is asked for)."""
    return (str(n) for n in itertools.count(1) if str(n) not in taken)


def _own_id(piece: CodePiece) -> str | None:
    """The id of an ``x`` or ``g`` (not an isolated end: a ``bx``) an XLIFF 1.2 file gave
    this code, if any."""
    if _own_name(piece) not in _KEPT_IDS or piece.element is None:
        return None
    return dict(piece.element.attributes).get("id") or None


class _OwnCodes:
    """Writes the codes of one side: XLIFF's own as themselves, the others as held codes;
    the spans it opened as a ``g`` or ``mrk`` are its ``elements``."""

    def __init__(self, around_codes: set[int], ids: Mapping[int, str]) -> None:
        self.elements = OpenElements()
        self.around_codes = around_codes  # spans with other codes inside
        self.ids = ids  # each code's id, by its number (written_ids)

    def write(self, piece: CodePiece) -> str:
        """The element for ``piece``."""
        end = self.elements.close(piece.number) if piece.kind == "close" else None
        if end is not None:
            return end
        name = _own_name(piece)
        identifier = self.ids[piece.number]
        if name is None or (name == "mrk" and piece.number in self.around_codes):
            return _HELD.write(piece, identifier)  # OmegaT shows codes inside an mrk as text
        kept = piece.carried(XLIFF1, _OWN_CARRIED)
        if name == "mrk" and piece.element and piece.element.namespace not in XLIFF1:
            kept = mtype12(annotation_kind(piece.element))  # a TMX hi, an XLIFF 2.0 mrk
        written = f' id="{esc.attribute(identifier)}"'
        if name in _WRAPPING:
            self.elements.open(piece.number, name)
            return f"<{name}{'' if name == 'mrk' else written}{kept}>"
        return f"<{name}{written}{kept}/>"


def _around_codes(pieces: Sequence[str | CodePiece]) -> set[int]:
    """The numbers of the spans that hold another code."""
    found: set[int] = set()
    open_spans: list[int] = []
    for piece in pieces:
        if not isinstance(piece, CodePiece):
            continue
        if piece.kind == "close" and piece.number in open_spans:
            open_spans.remove(piece.number)
            continue
        found.update(open_spans)
        if piece.kind == "open" and not piece.isolated:
            open_spans.append(piece.number)
    return found


def _own_name(piece: CodePiece) -> str | None:
    """The XLIFF 1.2 element a code is written back as, if it came from one that holds no
    native code: ``g`` for a span whose end is in the text, ``bx`` for one whose end is not;
    an ``mrk`` around a span whose end is in the text for an annotation (protected text, a
    term: an XLIFF ``mrk``, a TMX ``hi``); ``x``, ``bx`` and ``ex`` as they were."""
    element = piece.element
    if is_annotation(element):  # it has no empty form (a tracked deletion's mark is held)
        return None if piece.isolated or piece.kind == "alone" else "mrk"
    if element is None or element.namespace not in XLIFF1:
        return None
    if element.name == "g":
        return "bx" if piece.isolated else "g"
    return element.name if element.name in _EMPTY else None

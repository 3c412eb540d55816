"""The text of a segment in an exchange file, with its inline codes kept as placeholders.

CAT tools mark formatting and placeholders inside segments: TMX ``bpt``/``ept``/``ph``/``it``/
``ut``, XLIFF 1.2 ``g``/``x``/``bx``/``ex``/``ph``/``bpt``/``ept``/``it``, XLIFF 2.0
``ph``/``pc``/``sc``/``ec``. Their content is markup (``&lt;b&gt;``), never text. Each code
becomes a placeholder in the text (``{1}``, ``{/1}``, ``{2/}``); the code itself (its element,
serialized) is kept beside the text, so a writer can put it back. Wrapping elements that hold
translatable text (``g``, ``pc``, ``hi``, ``mrk``) keep that text between an opening and a
closing placeholder; a tracked deletion's mark (SDLXLIFF) is a code whose content is not
text. Notes, ``alt-trans`` and other alternatives are not part of a segment.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from lxml import etree

from bitext._chars import nfc
from bitext.formats.codes import CodePiece, imported_code
from bitext.model import PLACEHOLDER, InlineCode

__all__ = [
    "InlineCode",
    "SegmentText",
    "Side",
    "code_pieces",
    "find_language",
    "joined_segments",
    "renumbered_texts",
    "same_language",
    "segment_text",
    "with_codes",
    "written_lengths",
]

# Codes that open or close a span of formatting: {1} and {/1}; every other code is {1/}.
_OPENING = {"bpt", "bx", "sc"}
_CLOSING = {"ept", "ex", "ec"}
# Codes that wrap translatable text: an opening and a closing placeholder around it.
_WRAPPING = {"g", "pc", "hi", "mrk"}
# XLIFF 1.2 ``mrk`` types whose content is no longer the segment's text: a tracked deletion
# (SDL Trados's SDLXLIFF: a reviser's, or one of quality feedback). Such a mark is one code,
# its content kept in its markup, so the text is the segment as its tracked changes leave it
# (an addition's mark wraps its text).
_NOT_TEXT_MARKS = {"x-sdl-deleted", "x-sdl-feedback-deleted"}


@dataclass(frozen=True, slots=True)
class SegmentText:
    """A segment's text with placeholders, and the codes they stand for, in order."""

    text: str
    codes: tuple[InlineCode, ...] = ()


def segment_text(element: etree._Element | None) -> SegmentText:
    """The text of ``element`` (a ``seg``, ``source`` or ``target``) with its inline codes
    as placeholders."""
    if element is None:
        return SegmentText("")
    walk = _Walk(_numbers_written(_own_text(element)))
    walk.parts.append(element.text or "")
    for child in element:
        walk.visit(child)
    return SegmentText("".join(walk.parts), tuple(walk.codes))


class _Walk:
    """The text and codes of a segment, gathered element by element."""

    def __init__(self, taken: set[int]) -> None:
        self.parts: list[str] = []
        self.codes: list[InlineCode] = []
        self.numbers = 0
        self.taken = taken  # numbers the text writes as words ("{1}"): no code gets them
        self.open: dict[str, int] = {}  # the number of an opening code, by its pairing key

    def visit(self, element: etree._Element) -> None:
        if isinstance(element.tag, str):  # not a comment or processing instruction
            self._code(element, etree.QName(element).localname)
        self.parts.append(element.tail or "")

    def _code(self, element: etree._Element, name: str) -> None:
        if name in _WRAPPING and element.get("mtype") not in _NOT_TEXT_MARKS:
            number = self._number()
            start, end = _tags(element)
            self.codes.append(InlineCode(f"{{{number}}}", nfc(start)))
            self.parts.append(f"{{{number}}}" + (element.text or ""))
            for child in element:
                self.visit(child)
            self.codes.append(InlineCode(f"{{/{number}}}", nfc(end)))
            self.parts.append(f"{{/{number}}}")
            return
        markup = etree.tostring(element, with_tail=False, encoding="unicode")
        isolated = name == "it" or element.get("isolated") == "yes"
        if name == "it":  # an isolated span end: TMX pos begin/end, XLIFF 1.2 open/close
            name = "bpt" if element.get("pos") in ("begin", "open") else "ept"
        if name in _OPENING:
            number = self._number()
            if not isolated:
                self.open[_pairing_key(element)] = number
            placeholder = f"{{{number}}}"
        elif name in _CLOSING:
            paired = 0 if isolated else self.open.pop(_pairing_key(element), 0)
            placeholder = f"{{/{paired or self._number()}}}"
        else:  # every other element (known codes and unknown ones) stands for markup
            placeholder = f"{{{self._number()}/}}"
        self.codes.append(InlineCode(placeholder, nfc(markup)))
        self.parts.append(placeholder)

    def _number(self) -> int:
        self.numbers += 1
        while self.numbers in self.taken:
            self.numbers += 1
        return self.numbers


def joined_segments(parts: Iterable[SegmentText]) -> SegmentText:
    """Segments of one unit (XLIFF 2.0's ``segment`` elements) as one text: each part's codes
    renumbered after those before it, clear of every placeholder any part writes as words
    (which stay as they are)."""
    parts = list(parts)
    written: set[int] = set()
    for part in parts:
        written |= _numbers_written(_literal_placeholders(part.text, part.codes))
    used = 0  # the highest number the codes of the parts before use
    texts: list[str] = []
    codes: list[InlineCode] = []
    for part in parts:
        numbers = _numbers_written(" ".join(c.placeholder for c in part.codes))
        offset = used
        while any(n + offset in written for n in numbers):
            offset += 1
        texts.append(_shifted_codes(part, offset))
        codes += [InlineCode(_shifted(c.placeholder, offset), c.markup) for c in part.codes]
        used = max(used, offset + max(numbers, default=0))
    return SegmentText("".join(texts), tuple(codes))


def _shifted_codes(part: SegmentText, offset: int) -> str:
    """A part's text with the placeholders of its codes (not those written as words) raised
    by ``offset``."""
    own = {code.placeholder for code in part.codes}
    return PLACEHOLDER.sub(
        lambda m: _shifted(m.group(), offset) if m.group() in own else m.group(), part.text
    )


def _shifted(placeholder: str, offset: int) -> str:
    """A placeholder with its number raised by ``offset`` (``{2}`` by 3: ``{5}``)."""
    kind, number = _kind_of(placeholder)
    n = int(number) + offset
    return {"open": f"{{{n}}}", "close": f"{{/{n}}}", "alone": f"{{{n}/}}"}[kind]


def _own_text(element: etree._Element) -> str:
    """A segment's text outside its codes (the text inside codes that wrap text included)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname in _WRAPPING:
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _numbers_written(text: str) -> set[int]:
    """The numbers of the placeholders a text has as words (``{1}``, ``{/2}``, ``{3/}``)."""
    return {int(match.group().strip("{}/")) for match in PLACEHOLDER.finditer(text)}


def _tags(element: etree._Element) -> tuple[str, str]:
    """The start and end tags of an element that wraps text, as its file wrote them (its
    namespaces declared on the start tag)."""
    shell = etree.Element(element.tag, dict(element.attrib), nsmap=element.nsmap)
    shell.text = _MARK
    start, end = etree.tostring(shell, encoding="unicode").split(_MARK)
    return start, end


# Stands for a wrapping element's content while its tags are written (a private-use
# character: no markup has one).
_MARK = "\ue000"


def _pairing_key(element: etree._Element) -> str:
    """What pairs an opening code with its closing one: TMX @i, XLIFF 1.2 @rid (else @id on
    both), XLIFF 2.0 @startRef of ``ec`` = @id of ``sc``."""
    for name in ("i", "rid", "startRef", "id"):
        if element.get(name):
            return str(element.get(name))
    return ""


def same_language(tag: str, other: str) -> bool:
    """BCP 47 tags compare case-insensitively (``EN-US`` is ``en-US``)."""
    return tag.strip().lower() == other.strip().lower()


def find_language(wanted: str, present: list[str]) -> str | None:
    """The tag among ``present`` that ``wanted`` names: the same tag, or, where only one has
    the same primary subtag, that one (``en`` finds ``en-US``); None if none or ambiguous."""
    exact = [tag for tag in present if same_language(tag, wanted)]
    if exact:
        return exact[0]
    primary = wanted.split("-")[0].lower()
    close = {tag for tag in present if tag.split("-")[0].lower() == primary}
    return close.pop() if len(close) == 1 else None


# One side of a unit: its sentences and each one's inline codes.
Side = tuple[Sequence[str], Sequence[Sequence[InlineCode]]]


def code_pieces(
    texts: Sequence[str],
    codes: Sequence[Sequence[InlineCode]],
    separator: str,
    partner: Side | None = None,
) -> list[str | CodePiece]:
    """The sentences of one side of a unit, joined by ``separator``, as text and inline
    codes in order (see :func:`_numbered`; ``partner``: the unit's source, when this is its
    target); a span end whose other end is not in the unit is marked isolated."""
    pieces: list[str | CodePiece] = []
    for index, sentence in enumerate(_numbered(texts, codes, partner)):
        if index:
            pieces.append(separator)
        pieces += sentence
    return _mark_isolated([p for p in pieces if p != ""])


def with_codes(
    texts: Sequence[str],
    codes: Sequence[Sequence[InlineCode]],
    separator: str,
    escape: Callable[[str], str],
    code: Callable[[CodePiece], str],
    partner: Side | None = None,
) -> str:
    """A unit side's content as a writer puts it: the sentences joined by ``separator``,
    their text through ``escape``, each inline code (:func:`code_pieces`) as ``code`` writes
    it in the format. For a unit's target, ``partner`` is its source: a target code takes the
    number of the source code it stands for, so that the file pairs them (XLIFF's ids)."""
    if not codes:
        return escape(separator.join(texts))
    return "".join(
        escape(piece) if isinstance(piece, str) else code(piece)
        for piece in code_pieces(texts, codes, separator, partner)
    )


def renumbered_texts(texts: Sequence[str], codes: Sequence[Sequence[InlineCode]]) -> list[str]:
    """Each sentence's text with its codes' placeholders numbered as a reader of the written
    unit numbers them, in order of appearance (what it finds: its ``lengths``)."""
    return [
        "".join(p if isinstance(p, str) else p.placeholder for p in sentence)
        for sentence in _numbered(texts, codes)
    ]


def written_lengths(texts: Sequence[str], codes: Sequence[Sequence[InlineCode]]) -> str:
    """The lengths of a unit's sentences as a TMX or XLIFF writer writes them (``12,30``):
    with their codes numbered as a reader finds them (:func:`renumbered_texts`)."""
    written = renumbered_texts(texts, codes) if codes else texts
    return ",".join(str(len(text)) for text in written)


class _Source(NamedTuple):
    """A source code a target code may stand for (see :class:`_Counterparts`)."""

    kind: str
    native: str
    identity: str | None
    number: int
    shape: str


class _Counterparts:
    """The codes of a unit's source as written, whose numbers its target's codes take: a
    target code takes the number of the first source code not yet taken of the same kind
    and native code (of the same identity, :attr:`CodeElement.identity`, first); failing
    that, of the same kind and the file's own pairing (TMX's ``x``, XLIFF's ``id``: the
    translation may have changed the native code); failing that, of the same kind and
    shape (:attr:`CodePiece.shape`: the native code but for the text of its subs, an
    image's alt text translated)."""

    def __init__(self, sentences: list[list[str | CodePiece]]) -> None:
        self.free: list[_Source] = []
        for sentence in sentences:
            opened: set[int] = set()
            for piece in sentence:
                if isinstance(piece, CodePiece) and piece.number not in opened:
                    opened.add(piece.number)
                    identity = piece.element.identity if piece.element else None
                    self.free.append(
                        _Source(piece.kind, piece.native, identity, piece.number, piece.shape)
                    )
        self.numbers = {c.number for c in self.free}

    def take(self, piece: CodePiece) -> int | None:
        """The number of the source code a target code stands for; None if none is left."""
        kind, identity = piece.kind, piece.element.identity if piece.element else None
        alike = [c for c in self.free if c.kind == kind and c.native == piece.native]
        same = [c for c in alike if identity is not None and c.identity == identity]
        if not alike and identity is not None and not identity.startswith("i="):
            same = [c for c in self.free if c.kind == kind and c.identity == identity]
        if not alike and not same and piece.held:
            alike = [c for c in self.free if c.kind == kind and c.shape == piece.shape]
            same = [c for c in alike if identity is not None and c.identity == identity]
        for found in same or alike[:1]:
            self.free.remove(found)
            return found.number
        return None


def _numbered(
    texts: Sequence[str], codes: Sequence[Sequence[InlineCode]], partner: Side | None = None
) -> list[list[str | CodePiece]]:
    """Each sentence as text and codes. The codes are numbered afresh across the unit in
    order of appearance, as a reader numbers them again, skipping the numbers of
    placeholders the text writes as words: codes of different sentences never share a
    number. A placeholder without a code stays text. With ``partner`` (the unit's source,
    when this is its target), a code that stands for a source code takes its number
    (:class:`_Counterparts`), and the others numbers no source code has."""
    own = [codes[i] if i < len(codes) else () for i in range(len(texts))]
    written = _numbers_written(
        " ".join(_literal_placeholders(text, own[i]) for i, text in enumerate(texts))
    )
    counterparts = _Counterparts(_numbered(*partner)) if partner else None
    theirs = counterparts.numbers if counterparts else set()
    numbers = (n for n in itertools.count(1) if n not in written and n not in theirs)
    sentences: list[list[str | CodePiece]] = []
    for index, text in enumerate(texts):
        by_placeholder = {code.placeholder: code for code in own[index]}
        renumbered: dict[str, int] = {}
        pieces: list[str | CodePiece] = []
        at = 0
        for match in PLACEHOLDER.finditer(text):
            code = by_placeholder.get(match.group())
            if code is None:
                continue
            pieces.append(text[at : match.start()])
            at = match.end()
            kind, old = _kind_of(match.group())
            native, element, held = imported_code(code.markup)
            piece = CodePiece(kind, 0, native, element=element, held=held)
            if kind == "close" and old in renumbered:
                number = renumbered[old]
            else:
                taken = counterparts.take(piece) if counterparts else None
                number = taken if taken is not None and taken not in written else next(numbers)
                renumbered[old] = number
            pieces.append(dataclasses.replace(piece, number=number))
        pieces.append(text[at:])
        sentences.append(pieces)
    return sentences


def _literal_placeholders(text: str, codes: Sequence[InlineCode]) -> str:
    """The placeholders a sentence has as words (no code of its own stands behind them)."""
    own = {code.placeholder for code in codes}
    return " ".join(m.group() for m in PLACEHOLDER.finditer(text) if m.group() not in own)


def _kind_of(placeholder: str) -> tuple[str, str]:
    """A placeholder's kind and number: ``{1}`` opens, ``{/1}`` closes, ``{1/}`` is alone."""
    if placeholder.startswith("{/"):
        return "close", placeholder[2:-1]
    if placeholder.endswith("/}"):
        return "alone", placeholder[1:-2]
    return "open", placeholder[1:-1]


def _mark_isolated(pieces: list[str | CodePiece]) -> list[str | CodePiece]:
    """The pieces with each span end whose other end is missing marked isolated."""
    codes = [p for p in pieces if isinstance(p, CodePiece)]
    ends = {kind: {p.number for p in codes if p.kind == kind} for kind in ("open", "close")}
    other = {"open": "close", "close": "open"}
    return [
        p.as_isolated()
        if isinstance(p, CodePiece) and p.kind in other and p.number not in ends[other[p.kind]]
        else p
        for p in pieces
    ]

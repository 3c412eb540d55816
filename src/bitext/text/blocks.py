"""Finding the blocks of a plain text: front matter, headings, paragraphs, back matter.

Blocks are separated by blank lines. Leading short lines that end no sentence are front matter;
the first block that matches a language's back marker starts the back matter, if it is near
the end (at most 12 blocks or a tenth of the text follow it). In the body,
a paragraph break that falls inside a sentence (a PDF page break) is repaired by joining the two
blocks, also across what a page prints around the break (its number, a running header seen
before), which then follows the repaired paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from bitext._chars import unspaced_between
from bitext.lang import LanguageRules
from bitext.readers.base import FRONT, HEADING, UNKNOWN
from bitext.segment import split_sentences

_NUMBERED_HEADING = regex.compile(r"^(\d+|[IVXLC]+|[A-Z])[.)]\s+\S")
_HEADING_MAX_CHARS = 200
_HEADING_MAX_WORDS = 25
# What a heading never ends with: a clause's or a broken-off sentence's marks.
_BROKEN_OFF = ",;:—–"
_FRONT_LINE_MAX_CHARS = 150
# Front matter is looked for in the first blocks only.
_FRONT_LOOKAHEAD = 64
# Back matter (notes on the original, a biography) is short: at most this many blocks, or a
# tenth of the document, whichever is more.
_BACK_MAX_BLOCKS = 12
# In a text without blank lines, the share of lines that must end a sentence for each line
# to be read as a paragraph.
_PARAGRAPH_LINES_SHARE = 0.6
# A page's number as a line of its own ("2", "- 2 -", "2 / 10"), in any language.
_PAGE_NUMBER = regex.compile(r"^[-–—\s]*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$")
# The most short lines remembered to tell a running header (a line every page repeats).
_REMEMBERED_LINES = 10_000


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block of the input: its lines (stripped) and the 1-based line where it starts.

    ``kind`` is what the input's markup says the block is (``front``, ``heading``,
    ``paragraph``: see :mod:`bitext.readers`); empty for plain text, where the layout rules
    decide.
    """

    lines: tuple[str, ...]
    line: int
    kind: str = UNKNOWN

    @property
    def text(self) -> str:
        """The block's lines joined into one paragraph text."""
        return join_lines(self.lines)


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """A block of the body: its text, whether it is a heading, and whether it is numbered."""

    text: str
    line: int
    heading: bool
    numbered: bool
    joins: int = 0  # how many page-break splits were repaired into it


@dataclass(frozen=True, slots=True)
class Layout:
    """A text split into front matter lines, body blocks and back matter blocks."""

    front: tuple[RawBlock, ...]
    body: tuple[BodyBlock, ...]
    back: tuple[RawBlock, ...]
    repaired: int


def join_lines(lines: tuple[str, ...]) -> str:
    """Join wrapped lines with spaces; a line ending in a hyphen joins without one, and so
    does a break where Chinese or Japanese characters meet (text wrapped mid-sentence: the
    break carries no space, as CSS Text 3's segment break rules read it; Hangul, which
    Korean writes with spaces, keeps one: :func:`bitext._chars.unspaced_between`)."""
    text = ""
    for line in lines:
        if text and not text.endswith("-") and not unspaced_between(text[-1], line[0]):
            text += " "
        text += line
    return text


def split_blocks(text: str) -> list[RawBlock]:
    """Split ``text`` at blank lines into blocks of stripped lines."""
    return list(iter_blocks(text.split("\n")))


def iter_blocks(lines: Iterable[str]) -> Iterator[RawBlock]:
    """The blocks of a text given line by line (a stream): runs of non-blank lines."""
    current: list[str] = []
    start = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line:
            if not current:
                start = number
            current.append(line)
        elif current:
            yield RawBlock(tuple(current), start)
            current = []
    if current:
        yield RawBlock(tuple(current), start)


def lines_as_paragraphs(blocks: list[RawBlock], rules: LanguageRules) -> list[RawBlock]:
    """A text with no blank line whose lines mostly end a sentence has a paragraph a line
    (as word processors and web pages save it), not one paragraph of wrapped lines."""
    if len(blocks) != 1 or len(blocks[0].lines) < 3:
        return blocks
    lines = blocks[0].lines
    ending = sum(1 for line in lines if rules.ends_sentence(line))
    if ending < _PARAGRAPH_LINES_SHARE * len(lines):
        return blocks
    return [RawBlock((line,), blocks[0].line + k) for k, line in enumerate(lines)]


def is_heading(text: str, rules: LanguageRules) -> bool:
    """Tell whether a one-line block reads as a heading: short, ending no sentence and not
    broken off (a comma, a colon, a dash before its closing quotes: `If you please — ´)."""
    if "\n" in text or len(text) > _HEADING_MAX_CHARS or rules.ends_sentence(text):
        return False
    if text.rstrip().rstrip(rules.closers).rstrip()[-1:] in _BROKEN_OFF:
        return False
    if rules.cased and text[:1].islower():
        return False
    return bool(_NUMBERED_HEADING.match(text)) or len(text.split()) <= _HEADING_MAX_WORDS


@dataclass(frozen=True, slots=True)
class LayoutPlan:
    """Where a text's parts are, found in one pass over its blocks (so a stream can be read
    twice instead of kept): ``front`` blocks first, the back matter from block ``back_from``
    on (``total`` when there is none), ``total`` blocks in all."""

    front: int
    back_from: int
    total: int


def plan_layout(
    blocks: Iterable[RawBlock],
    rules: LanguageRules,
    front_blocks: int | None = None,
    back_blocks: int | None = None,
) -> LayoutPlan:
    """Plan front, body and back in one pass; counts given override the detection."""
    first: list[RawBlock] = []
    markers: list[int] = []
    total = 0
    for index, block in enumerate(blocks):
        total += 1
        if len(first) < _FRONT_LOOKAHEAD:
            first.append(block)
        if rules.is_back_marker(block.text):
            markers.append(index)
    front = _count_front(first, rules, total) if front_blocks is None else front_blocks
    front = min(front, total)
    if back_blocks is not None:
        return LayoutPlan(front, max(front, total - back_blocks), total)
    return LayoutPlan(front, _back_from(markers, front, total), total)


def iter_layout(
    blocks: Iterable[RawBlock], plan: LayoutPlan, rules: LanguageRules
) -> Iterator[tuple[str, RawBlock | BodyBlock]]:
    """The blocks as ("front", RawBlock), ("body", BodyBlock) and ("back", RawBlock), the
    body's page-break splits repaired (:class:`_BodyRepair`: a block or two held back at a
    time)."""
    body = _BodyRepair(rules)
    for index, block in enumerate(blocks):
        if index < plan.front:
            body.remember(block)
            yield "front", block
        elif index >= plan.back_from:
            yield from (("body", ready) for ready in body.flush())
            yield "back", block
        else:
            yield from (("body", ready) for ready in body.take(block))
    yield from (("body", ready) for ready in body.flush())


class _BodyRepair:
    """The body's blocks with the page breaks inside sentences repaired: the last paragraph
    is held back until the next block tells whether it goes on, and while it ends no
    sentence, the page furniture that follows it (:func:`_is_page_furniture`) is held
    too, to follow it once repaired."""

    def __init__(self, rules: LanguageRules) -> None:
        self.rules = rules
        self.pending: BodyBlock | None = None
        self.held: list[BodyBlock] = []  # page furniture after a paragraph ending no sentence
        self.seen: set[str] = set()  # one-line blocks met so far (a running header repeats)

    def remember(self, block: RawBlock) -> None:
        """Note a one-line block's text (a running header is such a line, met again)."""
        if len(block.lines) == 1 and len(self.seen) < _REMEMBERED_LINES:
            self.seen.add(block.text)

    def take(self, block: RawBlock) -> list[BodyBlock]:
        """Take the next body block; the blocks now settled, in order."""
        text = block.text
        heading = block.kind == HEADING or (
            block.kind == UNKNOWN and len(block.lines) == 1 and is_heading(text, self.rules)
        )
        marked = block.kind != UNKNOWN  # markup's paragraphs are never page-break pieces
        pending = self.pending
        if pending is not None and not marked and heading and self._is_held(pending, text):
            self.held.append(BodyBlock(text, block.line, True, False))
            return []
        self.remember(block)
        if (
            pending is not None
            and not heading
            and not marked
            and _breaks_inside_sentence(pending, text, self.rules)
        ):
            joined = pending.text + " " + text
            self.pending = BodyBlock(joined, pending.line, False, False, pending.joins + 1)
            return []
        ready = self.flush()
        numbered = heading and bool(_NUMBERED_HEADING.match(text))
        self.pending = BodyBlock(text, block.line, heading, numbered)
        return ready

    def flush(self) -> list[BodyBlock]:
        """The blocks held back, the paragraph first: nothing more goes on with them."""
        ready = ([self.pending] if self.pending is not None else []) + self.held
        self.pending, self.held = None, []
        return ready

    def _is_held(self, pending: BodyBlock, text: str) -> bool:
        """Whether a one-line block is page furniture after a paragraph that ends no
        sentence (which the next block may go on with)."""
        return (
            not pending.heading
            and _is_page_furniture(text, self.seen)
            and not self.rules.ends_sentence(pending.text)
        )


def _is_page_furniture(text: str, seen: set[str]) -> bool:
    """Whether a one-line block is what a page prints around its text: its number, or a
    running header or footer (a line met before)."""
    return bool(_PAGE_NUMBER.match(text)) or text in seen


def find_layout(
    blocks: list[RawBlock],
    rules: LanguageRules,
    front_blocks: int | None = None,
    back_blocks: int | None = None,
) -> Layout:
    """Divide ``blocks`` into front, body and back; counts given override the detection."""
    plan = plan_layout(blocks, rules, front_blocks, back_blocks)
    parts: dict[str, list[Any]] = {"front": [], "body": [], "back": []}
    for part, block in iter_layout(blocks, plan, rules):
        parts[part].append(block)
    repaired = sum(block.joins for block in parts["body"])
    return Layout(tuple(parts["front"]), tuple(parts["body"]), tuple(parts["back"]), repaired)


def _count_front(blocks: list[RawBlock], rules: LanguageRules, total: int) -> int:
    count = 0
    for block in blocks:
        if block.kind == FRONT:
            count += 1
            continue
        if block.kind == HEADING:
            break
        if _NUMBERED_HEADING.match(block.lines[0]) or not all(
            _is_front_line(line, rules) for line in block.lines
        ):
            break
        count += 1
    return count if count < total else 0


def _is_front_line(line: str, rules: LanguageRules) -> bool:
    """A title, byline or date line: short, one sentence at most, ending none."""
    return (
        len(line) <= _FRONT_LINE_MAX_CHARS
        and not rules.ends_sentence(line)
        and len(split_sentences(line, rules.code)) <= 1
    )


def _back_from(markers: list[int], front: int, total: int) -> int:
    """Where the back matter starts: at the first block after the body's first that matches
    a back marker, if what follows it is short (the end of a document, not its body)."""
    rest = total - front
    longest = max(_BACK_MAX_BLOCKS, rest // 10)
    for index in markers:
        if index > front and total - index <= longest:
            return index
    return total


def _breaks_inside_sentence(previous: BodyBlock, text: str, rules: LanguageRules) -> bool:
    if previous.heading or rules.ends_sentence(previous.text):
        return False
    if rules.cased:
        return text[:1].islower()
    return True

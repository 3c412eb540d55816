"""Finding the blocks of a plain text: front matter, headings, paragraphs, back matter.

Blocks are separated by blank lines. Leading short lines that end no sentence are front matter;
the first block that matches a language's back marker starts the back matter, if it is near
the end (at most 12 blocks or a tenth of the text follow it). In the body,
a paragraph break that falls inside a sentence (a PDF page break) is repaired by joining the two
blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from bitext.lang import LanguageRules
from bitext.segment import split_sentences

_NUMBERED_HEADING = regex.compile(r"^(\d+|[IVXLC]+|[A-Z])[.)]\s+\S")
_HEADING_MAX_CHARS = 200
_HEADING_MAX_WORDS = 25
_FRONT_LINE_MAX_CHARS = 150
# Back matter (notes on the original, a biography) is short: at most this many blocks, or a
# tenth of the document, whichever is more.
_BACK_MAX_BLOCKS = 12
# In a text without blank lines, the share of lines that must end a sentence for each line
# to be read as a paragraph.
_PARAGRAPH_LINES_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block of the input: its lines (stripped) and the 1-based line where it starts."""

    lines: tuple[str, ...]
    line: int

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


@dataclass(frozen=True, slots=True)
class Layout:
    """A text split into front matter lines, body blocks and back matter blocks."""

    front: tuple[RawBlock, ...]
    body: tuple[BodyBlock, ...]
    back: tuple[RawBlock, ...]
    repaired: int


def join_lines(lines: tuple[str, ...]) -> str:
    """Join wrapped lines with spaces; a line ending in a hyphen joins without one."""
    text = ""
    for line in lines:
        if text and not text.endswith("-"):
            text += " "
        text += line
    return text


def split_blocks(text: str) -> list[RawBlock]:
    """Split ``text`` at blank lines into blocks of stripped lines."""
    blocks: list[RawBlock] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if line:
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(RawBlock(tuple(current), start))
            current = []
    if current:
        blocks.append(RawBlock(tuple(current), start))
    return blocks


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
    """Tell whether a one-line block reads as a heading: short and ending no sentence."""
    if "\n" in text or len(text) > _HEADING_MAX_CHARS or rules.ends_sentence(text):
        return False
    if text.rstrip()[-1:] in ",;:" or (rules.cased and text[:1].islower()):
        return False
    return bool(_NUMBERED_HEADING.match(text)) or len(text.split()) <= _HEADING_MAX_WORDS


def find_layout(
    blocks: list[RawBlock],
    rules: LanguageRules,
    front_blocks: int | None = None,
    back_blocks: int | None = None,
) -> Layout:
    """Divide ``blocks`` into front, body and back; counts given override the detection."""
    n_front = _count_front(blocks, rules) if front_blocks is None else front_blocks
    rest = blocks[n_front:]
    n_back = _count_back(rest, rules) if back_blocks is None else back_blocks
    body_raw = rest[: len(rest) - n_back]
    back = rest[len(rest) - n_back :]
    body, repaired = _repair_breaks(body_raw, rules)
    return Layout(tuple(blocks[:n_front]), tuple(body), tuple(back), repaired)


def _count_front(blocks: list[RawBlock], rules: LanguageRules) -> int:
    count = 0
    for block in blocks:
        if _NUMBERED_HEADING.match(block.lines[0]) or not all(
            _is_front_line(line, rules) for line in block.lines
        ):
            break
        count += 1
    return count if count < len(blocks) else 0


def _is_front_line(line: str, rules: LanguageRules) -> bool:
    """A title, byline or date line: short, one sentence at most, ending none."""
    return (
        len(line) <= _FRONT_LINE_MAX_CHARS
        and not rules.ends_sentence(line)
        and len(split_sentences(line, rules.code)) <= 1
    )


def _count_back(blocks: list[RawBlock], rules: LanguageRules) -> int:
    """How many blocks at the end are back matter: from the first block that matches a back
    marker, if what follows it is short (the end of a document, not its body)."""
    longest = max(_BACK_MAX_BLOCKS, len(blocks) // 10)
    for index, block in enumerate(blocks):
        if index > 0 and len(blocks) - index <= longest and rules.is_back_marker(block.text):
            return len(blocks) - index
    return 0


def _repair_breaks(blocks: list[RawBlock], rules: LanguageRules) -> tuple[list[BodyBlock], int]:
    out: list[BodyBlock] = []
    repaired = 0
    for block in blocks:
        text = block.text
        heading = len(block.lines) == 1 and is_heading(text, rules)
        previous = out[-1] if out else None
        if previous and not heading and _breaks_inside_sentence(previous, text, rules):
            out[-1] = BodyBlock(previous.text + " " + text, previous.line, False, False)
            repaired += 1
            continue
        numbered = heading and bool(_NUMBERED_HEADING.match(text))
        out.append(BodyBlock(text, block.line, heading, numbered))
    return out, repaired


def _breaks_inside_sentence(previous: BodyBlock, text: str, rules: LanguageRules) -> bool:
    if previous.heading or rules.ends_sentence(previous.text):
        return False
    if rules.cased:
        return text[:1].islower()
    return True

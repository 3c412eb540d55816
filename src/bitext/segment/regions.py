"""Spans of text inside matched quotes and brackets, where no sentence ends."""

from __future__ import annotations

import bisect
import re

import regex


class Marks:
    """Compiled quote and bracket marks: ``pairs`` is "()[]..." and ``symmetric`` is '"'."""

    def __init__(self, pairs: str, symmetric: str) -> None:
        self.openers = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}
        self.closers = {close: open_ for open_, close in self.openers.items()}
        self.symmetric = symmetric
        # (the standard library's re: a plain character class, scanned faster than by regex;
        # with no marks at all, a pattern that never matches)
        marks = pairs + symmetric
        self.pattern = re.compile("[" + re.escape(marks) + "]" if marks else "(?!)")


# A quotation or bracket longer than this (characters from mark to mark) is no single
# sentence's: a speech or a letter quoted whole, sentence after sentence (»Ich danke Ihnen,
# Miß Waller! ...«, 3,096 characters in one paragraph of a novel), whose sentences end inside
# it. The longest quoted sentence of the dev texts is far shorter.
LONGEST_QUOTE = 600


class Regions:
    """The outermost matched quote and bracket pairs of a text, for fast membership tests.

    Unmatched marks are ignored, so a stray quote never swallows the rest of a paragraph;
    a pair longer than :data:`LONGEST_QUOTE` is no region (its sentences end inside it).
    """

    @classmethod
    def empty(cls) -> Regions:
        """Regions that cover nothing (a text without quote or bracket marks)."""
        return cls("", Marks("", ""))

    def __init__(self, text: str, marks: Marks) -> None:
        spans = _matched_pairs(text, marks)
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:
                continue  # nested inside the previous outermost pair
            if end - start > LONGEST_QUOTE:
                continue  # a whole speech: the pairs inside it are the regions
            self._starts.append(start)
            self._ends.append(end)

    def covers(self, position: int) -> bool:
        """Tell whether a gap starting at ``position`` lies strictly inside a matched pair:
        after its opening mark, at most at its closing one (a gap right before an opening
        mark, as an unspaced language's gap before “ is, lies outside)."""
        index = bisect.bisect_left(self._starts, position) - 1
        return index >= 0 and position <= self._ends[index]


def _matched_pairs(text: str, marks: Marks) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    open_symmetric: dict[str, int] = {}
    for match in marks.pattern.finditer(text):
        char, at = match.group(), match.start()
        if char in marks.symmetric and _between_letters(text, at):
            continue  # an apostrophe inside a word ("one's", "don't"), not a quotation mark
        if char in marks.symmetric:
            if char in open_symmetric:
                pairs.append((open_symmetric.pop(char), at))
            else:
                open_symmetric[char] = at
        elif char in marks.closers and stack and stack[-1][0] == marks.closers[char]:
            pairs.append((stack.pop()[1], at))  # “ closes „ (German) before it opens ”
        elif char in marks.openers:
            stack.append((char, at))
        elif not stack or char == "’":
            continue  # a stray closer, or an apostrophe (Japan’s)
        else:
            _close_deeper(stack, marks.closers[char], at, pairs)
    return pairs


_LATIN = regex.compile(r"\p{Latin}")


def _between_letters(text: str, at: int) -> bool:
    """Between two Latin letters ("one's") or two Hebrew letters (the gershayim and geresh
    of an abbreviation or a borrowed sound, written as " and ': צה"ל, חז"ל, ג'אז); in Korean
    a quotation mark is followed by its particle ('동맹'이), so only these words have marks
    inside them here."""
    if not 0 < at < len(text) - 1:
        return False
    before, after = text[at - 1], text[at + 1]
    return (_is_latin(before) and _is_latin(after)) or (_is_hebrew(before) and _is_hebrew(after))


def _is_hebrew(char: str) -> bool:
    """A Hebrew letter (U+05D0-U+05EA)."""
    return "\u05d0" <= char <= "\u05ea"


def _is_latin(char: str) -> bool:
    """A Latin letter (an ASCII one told without a pattern)."""
    if char.isascii():
        return char.isalpha()
    return char.isalpha() and _LATIN.match(char) is not None


def _close_deeper(
    stack: list[tuple[str, int]], opener: str, at: int, pairs: list[tuple[int, int]]
) -> None:
    """A closer whose opener is deeper in the stack closes it; the openers above were stray."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == opener:
            pairs.append((stack[depth][1], at))
            del stack[depth:]
            return

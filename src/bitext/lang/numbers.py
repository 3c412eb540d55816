"""Reading the numbers of a text: digits in every common written form, number words and units.

One reader for every language, driven by the language's data (``data/<lang>/numbers.txt`` for
words and units, ``data/<lang>/number_format.txt`` for separators):

- digits with group and decimal separators: ``7,683.13``, ``1,234.5``, ``5.300,25``, ``4,5``,
  ``1 234`` (a thin or no-break space groups too, a plain space does not). When the
  language does not say which mark is decimal and the text does not show it (``1.234``),
  both readings are returned;
- number words (``ninety-nine``, ``twenty one``), multipliers (``two hundred``) and scales
  (``3 billion``, ``1억1천만``), with digits or words before them;
- ordinal words (``second``) only where they cannot be the noun (not after ``a``/``an``);
- money units (``m``, ``k``) only glued to an amount with a currency sign: ``£5m``,
  ``$500k`` (elsewhere ``5m`` is five metres).

Nothing here raises on any input: what cannot be read is skipped.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

from bitext._chars import composed_offsets, is_nfc
from bitext.lang.rules import available_languages, data_language
from bitext.lang.words import data_lines

# The largest magnitude worth reading (beyond it a "number" is an identifier or noise).
_LIMIT = 1e18
# How much of the text before a number is read for the word before it (an ordinal after
# "a" is a noun, "a second"): enough for any word, and a sentence of a whole unsegmented
# document is not copied and searched again for each of its numbers (quadratic: 4 s for
# one sentence of 400,000 characters).
_BEFORE = 200
_MAX_DIGITS = 24
_GROUP_SPACES = "\u00a0\u202f\u2009"
_DIGITS = regex.compile(r"\d+")  # the runs of digits between a date's dots
# The key of a trie node's own ending in _alternatives (never a character of a unit).
_END = ""
_ANY_DIGIT = regex.compile(r"\d")
_DIGIT_RUN = r"(?<![\d.,])\d+(?:(?:[.,]|[\u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*"


@dataclass(frozen=True, slots=True)
class NumberWord:
    """A number word or unit: its value and kind (``plain``, ``scale``, ``bound``,
    ``multiplier``, ``ordinal``, ``money``; see ``data/en/numbers.txt``)."""

    word: str
    value: float
    kind: str = "plain"


class _Piece(NamedTuple):
    """One part of a number expression (:meth:`NumberReader._pieces`): its digits (or
    ``""``) and its word, where it starts and ends in the expression, and whether it is a
    number by itself."""

    digits: str
    word: NumberWord | None
    start: int
    end: int
    alone: bool = False


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """How a language writes digits: its decimal mark (``""`` when unknown), its group
    marks, the words after which an ordinal is a noun (``a second``), and the prefixes that
    make digits an ordinal, whose unit is then no number (Korean 제9조 is Article 9)."""

    decimal: str = ""
    groups: str = ""
    not_after: frozenset[str] = frozenset()
    ordinal_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in a text: where it is and its possible values (usually one)."""

    start: int
    end: int
    values: tuple[float, ...]


class NumberReader:
    """Finds the numbers of a text in one language (see the module docstring)."""

    def __init__(self, words: tuple[NumberWord, ...], number_format: NumberFormat) -> None:
        self._words = {w.word.lower(): w for w in words}
        self._format = number_format
        every = sorted(self._words, key=len, reverse=True)
        units = [u for u in every if self._words[u].kind != "money"]
        # After digits, a unit of one character (Korean 억) may run on into the next word
        # (3억권, 1천만원); any other unit, and any unit without digits, is a whole word.
        attached = _alternatives(units, lambda u: "" if len(u) == 1 else r"(?![\p{L}])")
        whole = _alternatives(units, lambda u: r"(?![\p{L}])")
        word_first = rf"(?<![\p{{L}}])(?:{whole})"
        first = rf"(?:{_DIGIT_RUN}(?:[ \-]?(?:{attached}))?|{word_first})"
        # After a unit, digits written on (27만5000) still belong to the number.
        following = (
            rf"(?:[ \-]?{_DIGIT_RUN}[ \-]?(?:{attached})|(?:{attached})|[ \-](?:{whole})"
            rf"|(?<=\p{{L}}){_DIGIT_RUN})"
        )
        self._pattern = regex.compile(rf"{first}{following}*", regex.IGNORECASE)
        # Every match of the pattern begins with a digit or with word_first (a unit after no
        # letter): where neither is found, the pattern cannot match (_may_hold_number).
        self._word_first = regex.compile(word_first, regex.IGNORECASE)
        every_unit = _alternatives(every, lambda u: "" if len(u) == 1 else r"(?![\p{L}])")
        self._parts = regex.compile(rf"({_DIGIT_RUN})?[ \-]?({every_unit})?", regex.IGNORECASE)
        self._before = regex.compile(r"([\p{L}]+)\s*$")
        self._digits = regex.compile(_DIGIT_RUN)
        # A money unit is a scale only glued to an amount with a currency sign (£5m, $500k):
        # looked for after such amounts only (a pattern that tried it everywhere was slower).
        money = [u for u in every if u not in units]
        self._money = (
            regex.compile(_alternatives(money, lambda u: r"(?![\p{L}])"), regex.IGNORECASE)
            if money
            else None
        )

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The pattern of a number expression (to take numbers out of a text's words)."""
        return self._pattern

    def find(self, text: str) -> list[NumberMatch]:
        """Every number in ``text``, in order, with its possible values. A text in another
        normalization than NFC is read as its NFC form (the language's number words are
        NFC: decomposed 3억 is 300000000, not 3), each number where it is in ``text``."""
        found = None if is_nfc(text) else composed_offsets(text)
        if found is None:
            return self.scan(text)[0]
        composed, starts, ends = found
        return [
            NumberMatch(starts[m.start], ends[m.end - 1], m.values) for m in self.scan(composed)[0]
        ]

    def scan(self, text: str) -> tuple[list[NumberMatch], str]:
        """:meth:`find` and, from the same pass over the text, the text with every number
        expression replaced by a space (what is left for words); ``text`` NFC, as inside
        bitext (the aligner's sentences are)."""
        if not self._may_hold_number(text):
            return [], text
        found = []
        rest, last = [], 0
        for match in self._pattern.finditer(text):
            rest += [text[last : match.start()], " "]
            start, last, expression = match.start(), match.end(), match.group()
            unit = self._money_unit(text, start, last)
            if unit:
                expression, last = expression + unit, last + len(unit)
            if self._format.ordinal_prefixes and text.endswith(
                self._format.ordinal_prefixes, 0, start
            ):
                digits = self._digits.match(expression)
                expression = digits.group() if digits else ""
            before = text[max(0, start - _BEFORE) : start]
            for begin, end, values in self._numbers(expression, before):
                found.append(NumberMatch(start + begin, start + end, values))
        return found, "".join([*rest, text[last:]]) if rest else text

    def _may_hold_number(self, text: str) -> bool:
        """Whether the number pattern may match in ``text``: every match begins with a digit
        or with a unit after no letter (the pattern's first part), each found by a simpler
        search than the whole pattern tried at every position (English news: half the time;
        most sentences hold no number)."""
        return bool(_ANY_DIGIT.search(text) or self._word_first.search(text))

    def _money_unit(self, text: str, start: int, end: int) -> str:
        """The money unit glued to digits ``text[start:end]`` that follow a currency sign
        (``m`` of ``£5m``), or ``""``."""
        if self._money is None or start == 0 or unicodedata.category(text[start - 1]) != "Sc":
            return ""
        unit = self._money.match(text, end)
        return unit.group() if unit and self._digits.fullmatch(text, start, end) else ""

    def _numbers(self, expression: str, before: str) -> list[tuple[int, int, tuple[float, ...]]]:
        """The numbers of one expression, each (start, end, its possible values): usually
        one, but number words run on in ascending order or after an ordinal, a plain word
        after digits that it does not multiply, and the parts of a date written with dots
        are numbers of their own (:meth:`_starts_anew`, :meth:`_pieces`: "seven thirty" is
        7 and 30, not 37; "1,000 five-star" 1000 and 5, not 5000; 2024.8.7 is 2024, 8 and
        7; Korean 3천 is 3000)."""
        pieces = self._pieces(expression)
        if len(pieces) == 1:  # most numbers: digits, a word, or digits and their unit
            only = pieces[0]
            values = self._values([(only.digits, only.word)], before + expression[: only.start])
            return [(only.start, only.end, values)] if values else []
        numbers = []
        begin, end, parts = 0, 0, list[tuple[str, NumberWord | None]]()
        apart = False  # whether the last piece is a number by itself
        for digits, word, start, stop, alone in pieces:
            if parts and (alone or apart or (not digits and self._starts_anew(parts, word))):
                numbers.append((begin, end, self._values(parts, before + expression[:begin])))
                parts = []
            if not parts:
                begin = start
            parts.append((digits, word))
            end, apart = stop, alone
        if parts:
            numbers.append((begin, end, self._values(parts, before + expression[:begin])))
        return [number for number in numbers if number[2]]

    def _pieces(self, expression: str) -> list[_Piece]:
        """The parts of an expression (digits and/or a word, where each starts and ends,
        and whether it is a number by itself): a plain or ordinal word after digits apart
        from them unless it is a power of ten that multiplies them (3천, 5 hundred); the
        runs of digits of a date written with dots (2024.8.7, 28.07.2024: digits that read
        as no number) each by itself."""
        pieces: list[_Piece] = []
        for part in self._parts.finditer(expression):
            digits, unit = part.group(1) or "", part.group(2)
            word = self._words.get(unit.lower()) if unit else None
            if not digits and word is None:
                continue
            if word is None and _marks(digits) > 1 and not read_digits(digits, self._format):
                at = part.start(1)
                pieces += [
                    _Piece(run.group(), None, at + run.start(), at + run.end(), alone=True)
                    for run in _DIGITS.finditer(digits)
                ]
            elif digits and word is not None and _adds(word):
                pieces.append(_Piece(digits, None, part.start(1), part.end(1)))
                pieces.append(_Piece("", word, part.start(2), part.end()))
            else:
                start = part.start(1) if digits else part.start(2)
                pieces.append(_Piece(digits, word, start, part.end()))
        return pieces

    def _starts_anew(
        self, parts: list[tuple[str, NumberWord | None]], word: NumberWord | None
    ) -> bool:
        """Whether a number word without digits after ``parts`` begins another number: after
        an ordinal ("first three", "second half"), and where a plain or ordinal word does not
        fit below the lowest place the number so far fills, after a multiplier ("two hundred
        five") or a multiple of that place ("twenty one", "one hundred twenty five",
        "twenty-first"; not "ten eight", "seven thirty", "eighteen eight", "nineteen
        eighty", "one-third", "1,000 five")."""
        if word is None or word.kind not in ("plain", "ordinal"):
            return False
        last = parts[-1][1]
        if last is None or last.kind == "ordinal":  # after digits, or an ordinal
            return True
        group = self._group_so_far(parts)
        if group <= 0:
            return False
        place = _lowest_place(group)
        return not (word.value < place and (last.kind == "multiplier" or group > place))

    def _group_so_far(self, parts: list[tuple[str, NumberWord | None]]) -> float:
        """The value a plain word would add to after ``parts`` (their first reading's group
        since the last scale): 7 after "seven", 0 after "two thousand", 120 after "one
        hundred twenty"."""
        folded = self._folded(parts)
        return folded[0][0] if folded else 0.0

    def _values(self, parts: list[tuple[str, NumberWord | None]], before: str) -> tuple[float, ...]:
        """The possible values of one number from its parts (digits and/or a word each);
        none where digits cannot be read, an ordinal word follows a word after which it is a
        noun ("a second": ``before`` is the end of the text before the number, its last
        :data:`_BEFORE` characters), or the number is a
        bound scale alone ("Millionen Menschen": no number before it)."""
        if all(not d and w is not None and w.kind == "bound" for d, w in parts):
            return ()
        ordinal = any(w is not None and w.kind == "ordinal" and not d for d, w in parts)
        if ordinal:
            previous = self._before.search(before)
            if previous and previous.group(1).lower() in self._format.not_after:
                return ()
        folded = self._folded(parts)
        if folded is None:
            return ()
        readings, total = folded
        values = tuple(dict.fromkeys(t + r for t, r in zip(total, readings, strict=True)))
        return tuple(v for v in values if math.isfinite(v) and abs(v) < _LIMIT)

    def _folded(
        self, parts: list[tuple[str, NumberWord | None]]
    ) -> tuple[list[float], list[float]] | None:
        """The readings of ``parts`` folded left to right (:func:`_combine`): each reading's
        open group and its closed total; None where digits cannot be read."""
        readings, total = [0.0], [0.0]
        for digits, word in parts:
            options = read_digits(digits, self._format) if digits else ()
            if digits and not options:
                return None
            readings, total = _combine(readings, total, options, word)
        return readings, total


def _marks(digits: str) -> int:
    """How many decimal or group marks (``.`` ``,``) a run of digits has."""
    return digits.count(".") + digits.count(",")


def _adds(word: NumberWord) -> bool:
    """Whether a word after digits is a number of its own rather than their unit: a plain
    or ordinal word that is no power of ten (five, first; not Korean 천, Chinese 十)."""
    return word.kind in ("plain", "ordinal") and not (
        word.value >= 10 and _lowest_place(word.value) == word.value
    )


def _lowest_place(value: float) -> float:
    """The lowest decimal place a whole number fills (20 -> 10, 120 -> 10, 100 -> 100,
    18 -> 1); 0 for a fraction, which no word adds to, and for 0."""
    if value <= 0 or not value.is_integer():
        return 0.0
    place, whole = 1, int(value)
    while whole % (place * 10) == 0:
        place *= 10
    return float(place)


def _alternatives(units: list[str], after: Callable[[str], str]) -> str:
    """A pattern of any of ``units`` (each followed by ``after(unit)``); one that never
    matches for none. The units are written as a trie of their characters, so that a
    shared beginning is tried once (the regex engine tries alternatives one by one: English
    number scanning took about a sixth longer with a plain list), a unit's longer
    continuations before its end (the longest unit first, as a list sorted by length would)."""
    if not units:
        return "(?!)"
    root: dict[str, Any] = {}
    for unit in units:
        node = root
        for character in unit:
            node = node.setdefault(character, {})
        node[_END] = after(unit)
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, Any]) -> str:
    """The pattern of one trie node: its continuations, then its own ending."""
    branches = [regex.escape(c) + _trie_pattern(child) for c, child in node.items() if c != _END]
    if _END in node:
        branches.append(node[_END])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _combine(
    groups: list[float], totals: list[float], options: tuple[float, ...], word: NumberWord | None
) -> tuple[list[float], list[float]]:
    """Fold one part (digits and/or a unit) into each reading so far."""
    numbers: tuple[float | None, ...] = options or (None,)
    new_groups, new_totals = [], []
    for group, total in zip(groups, totals, strict=True):
        for number in numbers:
            if word is None:
                new_groups.append(group + (number or 0.0))
                new_totals.append(total)
            elif word.kind in ("scale", "bound", "money"):
                factor = group + number if number is not None else group
                new_groups.append(0.0)
                new_totals.append(total + (factor or 1.0) * word.value)
            elif word.kind == "multiplier":
                base = group + number if number is not None else group
                new_groups.append((base or 1.0) * word.value)
                new_totals.append(total)
            else:
                new_groups.append(group + (number if number is not None else 1.0) * word.value)
                new_totals.append(total)
    return new_groups[:4], new_totals[:4]


def read_digits(digits: str, number_format: NumberFormat = NumberFormat()) -> tuple[float, ...]:
    """The possible values of a run of digits with separators; ``()`` if it is not a number.

    >>> read_digits("7,683.13"), read_digits("5.300,25"), read_digits("4,5")
    ((7683.13,), (5300.25,), (4.5,))
    >>> read_digits("1.234"), read_digits("1.234", NumberFormat(decimal="."))
    ((1234.0, 1.234), (1.234,))
    """
    compact = digits
    for space in _GROUP_SPACES:  # a thin or no-break space only ever groups thousands
        compact = compact.replace(space, "")
    if sum(c.isdigit() for c in compact) > _MAX_DIGITS:
        return ()
    marks = [c for c in compact if c in ".,"]
    if not marks:
        return _finite(compact)
    last = marks[-1]
    head, _, tail = compact.rpartition(last)
    if len(set(marks)) == 2:  # both marks: the last one is the decimal mark
        other = "," if last == "." else "."
        if last in marks[:-1] or not _grouped(head, other):
            return ()
        return _finite(head.replace(other, "") + "." + tail)
    if len(marks) > 1:  # one mark, several times: it groups thousands
        return _finite(compact.replace(last, "")) if _grouped(compact, last) else ()
    if len(tail) != 3 or head == "0":  # 4,5 / 3.14 / 0,125: a decimal mark
        return _finite(head + "." + tail)
    grouped, decimal = _finite(head + tail), _finite(head + "." + tail)
    if number_format.decimal == last:
        return decimal
    if number_format.decimal or last in number_format.groups:
        return grouped
    return grouped + decimal


def _grouped(text: str, mark: str) -> bool:
    """1,000 or 12,345,678: the mark separates groups of three digits after the first."""
    first, *rest = text.split(mark)
    return 1 <= len(first) <= 3 and all(len(part) == 3 for part in rest)


def _finite(text: str) -> tuple[float, ...]:
    try:
        value = float(text)
    except ValueError:
        return ()
    return (value,) if math.isfinite(value) and value < _LIMIT else ()


@functools.lru_cache(maxsize=64)
def get_number_reader(code: str) -> NumberReader:
    """The number reader of language ``code`` (language-neutral for unknown languages)."""
    lang = data_language(code) if code != "default" else code
    if lang not in available_languages():
        lang = "default"
    return NumberReader(number_words(lang), number_format(lang))


def number_words(lang: str) -> tuple[NumberWord, ...]:
    """The number words and units of ``lang`` from its ``numbers.txt``."""
    words = []
    for line in data_lines(lang, "numbers.txt"):
        word, value, *kind = line.split()
        words.append(NumberWord(word, float(value), kind[0] if kind else "plain"))
    return tuple(words)


def number_format(lang: str) -> NumberFormat:
    """The separators of ``lang`` from its ``number_format.txt`` (``key = value`` lines)."""
    settings = {}
    for line in data_lines(lang, "number_format.txt"):
        key, _, value = line.partition("=")
        settings[key.strip()] = value.strip()
    return NumberFormat(
        decimal=settings.get("decimal", ""),
        groups=settings.get("groups", "").replace("\\s", " "),
        not_after=frozenset(settings.get("ordinal_not_after", "").split()),
        ordinal_prefixes=tuple(settings.get("ordinal_prefixes", "").split()),
    )

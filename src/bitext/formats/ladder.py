"""The ladder format of vecalign and bertalign: one bead a line, ``[0]:[0, 1]``.

Indexes are 0-based sentence positions, source first; an empty side is ``[]``. A third field
(``:score``) is accepted when reading and written when asked.

hunalign's ladder is read too (found from the first line): one *rung* a line, ``n<TAB>m``
and a confidence, meaning that the first ``n`` source sentences correspond to the first
``m`` target sentences; the first rung is (0, 0), the last the two texts' sentence counts,
and each bead lies between two rungs, with the confidence of the rung it starts at (as
hunalign's README describes its output; its hand-made ladders have no third column and may
separate the columns by spaces).
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Sequence
from pathlib import Path

from bitext._chars import split_lines
from bitext.errors import FormatError

LadderBead = tuple[tuple[int, ...], tuple[int, ...]]
# Indexes of at most 12 digits: a sentence position, not a number of any size.
_INDEX_LIST = r"((?:\s*\d{1,12}\s*(?:,\s*\d{1,12}\s*)*)?)"
_LINE = re.compile(rf"^\[{_INDEX_LIST}\]:\[{_INDEX_LIST}\](?::\s*(-?[\d.eE+-]{{1,40}}))?\s*$")
# A rung of hunalign's ladder: two sentence counts and an optional confidence.
_RUNG = re.compile(r"^(\d{1,12})[ \t]+(\d{1,12})(?:[ \t]+(-?[\d.eE+-]{1,40}))?\s*$")
# A rung stands for all the sentences before it, written nowhere else: a count past this
# (five times the sentences of a gigabyte of text) is refused rather than read into beads.
MAX_RUNG_SENTENCES = 1_000_000


def parse_ladder(text: str, path: str | Path = "<ladder>") -> list[LadderBead]:
    """Parse ladder lines; raise FormatError naming the line that is not ``[..]:[..]``."""
    return [bead for bead, _ in parse_scored_ladder(text, path)]


def parse_scored_ladder(
    text: str, path: str | Path = "<ladder>"
) -> list[tuple[LadderBead, float | None]]:
    """Parse ladder lines with their ``:score`` fields (``None`` where a line has none);
    hunalign's rungs where the first line is one (:func:`parse_rungs`)."""
    first = next((line.strip() for line in split_lines(text) if line.strip()), "")
    if _RUNG.match(first):
        return parse_rungs(text, path)
    beads = []
    for number, line in enumerate(split_lines(text), 1):
        if not line.strip():
            continue
        match, score = _scored_line(
            _LINE, line, f"{path}:{number}", "a ladder line", "[0]:[0, 1] or [0]:[0, 1]:0.93"
        )
        beads.append(((_indexes(match.group(1)), _indexes(match.group(2))), score))
    return beads


def _scored_line(
    pattern: re.Pattern[str], line: str, place: str, what: str, expected: str
) -> tuple[re.Match[str], float | None]:
    """A line's match of ``pattern`` and its score field (group 3; None where it has none);
    FormatError naming the place where the line does not match or its score is no finite
    number."""
    match = pattern.match(line.strip())
    score = _score(match.group(3)) if match and match.group(3) else None
    if not match or (match.group(3) and score is None):
        raise FormatError(f"{place}: not {what} {line.strip()[:40]!r}; expected {expected}")
    return match, score


def parse_rungs(text: str, path: str | Path = "<ladder>") -> list[tuple[LadderBead, float | None]]:
    """The beads between hunalign's rungs (``n<TAB>m<TAB>confidence`` lines), each with the
    confidence of the rung it starts at (``None`` where that rung has none); the sentences
    between two rungs that advance on one side only are each a bead of their own. A ladder that
    does not begin at (0, 0) is read as if it did; a rung that goes back on either side, or a
    line that is no rung, raises FormatError naming it."""
    beads: list[tuple[LadderBead, float | None]] = []
    at, score = (0, 0), None
    for number, line in enumerate(split_lines(text), 1):
        if not line.strip():
            continue
        match, confidence = _scored_line(
            _RUNG,
            line,
            f"{path}:{number}",
            "a hunalign rung",
            "two sentence counts and a confidence, 3<TAB>2<TAB>0.42 (the file's first line is one)",
        )
        rung = _checked_rung(int(match.group(1)), int(match.group(2)), at, f"{path}:{number}")
        beads += _segment(at, rung, score)
        at, score = rung, confidence
    return beads


def _checked_rung(source: int, target: int, after: tuple[int, int], place: str) -> tuple[int, int]:
    """The rung (source, target) that follows ``after``; FormatError naming the place where
    it goes back on either side or counts more than :data:`MAX_RUNG_SENTENCES`."""
    if source < after[0] or target < after[1]:
        raise FormatError(
            f"{place}: rung {source} {target} goes back from {after[0]} {after[1]}; "
            "rungs must not decrease on either side"
        )
    if max(source, target) > MAX_RUNG_SENTENCES:
        raise FormatError(
            f"{place}: rung {source} {target} counts more than {MAX_RUNG_SENTENCES:,} "
            "sentences; split the texts into smaller documents"
        )
    return source, target


def _segment(
    start: tuple[int, int], end: tuple[int, int], score: float | None
) -> list[tuple[LadderBead, float | None]]:
    """The bead between two rungs; where one side is empty, each sentence of the other as a
    bead of its own (sentences without counterpart, as a gold ladder writes them)."""
    source, target = tuple(range(start[0], end[0])), tuple(range(start[1], end[1]))
    if source and target:
        return [((source, target), score)]
    return [(((i,), ()), score) for i in source] + [(((), (j,)), score) for j in target]


def read_ladder(path: str | Path) -> list[LadderBead]:
    """Read a ladder file."""
    return [bead for bead, _ in read_scored_ladder(path)]


def read_scored_ladder(path: str | Path) -> list[tuple[LadderBead, float | None]]:
    """Read a ladder file with its scores (see :func:`parse_scored_ladder`)."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: cannot read: {exc}") from exc
    return parse_scored_ladder(text, path)


def format_ladder(
    beads: Iterable[tuple[Sequence[Hashable], Sequence[Hashable]]],
    scores: Iterable[float | None] | None = None,
) -> str:
    """Ladder text for ``beads`` (with ``:score`` fields when ``scores`` is given); beads of
    sentence ids rather than positions are written alike (``[en.s1]:[ko.s1]``, for messages)."""
    lines = []
    score_list = list(scores) if scores is not None else None
    for index, (source, target) in enumerate(beads):
        line = f"[{', '.join(map(str, source))}]:[{', '.join(map(str, target))}]"
        if score_list is not None and score_list[index] is not None:
            line += f":{score_list[index]:.4f}"
        lines.append(line)
    return "".join(line + "\n" for line in lines)


def _score(field: str) -> float | None:
    """A score field's number (None if it is no finite number, such as ``1e999`` or ``-``)."""
    try:
        value = float(field)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _indexes(field: str) -> tuple[int, ...]:
    return tuple(int(part) for part in field.replace(" ", "").split(",") if part)

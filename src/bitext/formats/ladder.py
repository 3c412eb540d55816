"""The ladder format of vecalign and bertalign: one bead a line, ``[0]:[0, 1]``.

Indexes are 0-based sentence positions, source first; an empty side is ``[]``. A third field
(``:score``) is accepted when reading and written when asked.
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


def parse_ladder(text: str, path: str | Path = "<ladder>") -> list[LadderBead]:
    """Parse ladder lines; raise FormatError naming the line that is not ``[..]:[..]``."""
    return [bead for bead, _ in parse_scored_ladder(text, path)]


def parse_scored_ladder(
    text: str, path: str | Path = "<ladder>"
) -> list[tuple[LadderBead, float | None]]:
    """Parse ladder lines with their ``:score`` fields (``None`` where a line has none)."""
    beads = []
    for number, line in enumerate(split_lines(text), 1):
        if not line.strip():
            continue
        match = _LINE.match(line.strip())
        score = _score(match.group(3)) if match and match.group(3) else None
        if not match or (match.group(3) and score is None):
            raise FormatError(
                f"{path}:{number}: not a ladder line {line.strip()[:40]!r}; expected [0]:[0, 1]"
                " or [0]:[0, 1]:0.93"
            )
        beads.append(((_indexes(match.group(1)), _indexes(match.group(2))), score))
    return beads


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

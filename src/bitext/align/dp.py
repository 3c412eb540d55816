"""The alignment search: a pure dynamic program over a band of cells.

Cell ``(i, j)`` means the first ``i`` source and ``j`` target sentences are aligned. A bead
``(a, b)`` moves from ``(i - a, j - b)`` to ``(i, j)``. ``rows[i] = (lo, hi)`` is the band:
the columns allowed in row ``i``, so time and memory grow with the band, not with n * m.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

Step = tuple[int, int, int, int]  # i0, i1, j0, j1
INFINITY = float("inf")


# How often the search reports the row it has reached.
TICK_ROWS = 128


def best_path(
    n: int,
    m: int,
    rows: Sequence[tuple[int, int]],
    beads: Sequence[tuple[int, int]],
    cost: Callable[[int, int, int, int], float],
    fixed: Mapping[tuple[int, int], float] | None = None,
    tick: Callable[[int], None] | None = None,
) -> list[Step]:
    """The cheapest sequence of beads from (0, 0) to (n, m) within the band ``rows``.

    ``cost(i0, i1, j0, j1)`` prices the bead joining source [i0, i1) to target [j0, j1);
    beads in ``fixed`` (such as 1-0 and 0-1) have a constant cost instead. ``tick`` is told
    the row reached, every :data:`TICK_ROWS` rows (for progress).
    ``rows`` must allow (0, 0) and (n, m); raises ValueError if the band has no path.

    >>> best_path(1, 1, [(0, 1), (0, 1)], [(1, 1), (1, 0), (0, 1)],
    ...           lambda i0, i1, j0, j1: 1.0 if i1 - i0 and j1 - j0 else 5.0)
    [(0, 1, 0, 1)]
    """
    table: list[list[float]] = [[INFINITY] * (hi - lo + 1) for lo, hi in rows]
    back: list[list[int]] = [[-1] * (hi - lo + 1) for lo, hi in rows]
    table[0][0 - rows[0][0]] = 0.0
    constant = [fixed.get(bead) if fixed else None for bead in beads]
    for i in range(n + 1):
        if tick is not None and i % TICK_ROWS == 0:
            tick(i)
        lo, hi = rows[i]
        for j in range(max(lo, 0), hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = INFINITY, -1
            for index, (a, b) in enumerate(beads):
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                plo, phi = rows[pi]
                if pj < plo or pj > phi:
                    continue
                previous = table[pi][pj - plo]
                if previous == INFINITY:
                    continue
                price = constant[index]
                total = previous + (price if price is not None else cost(pi, i, pj, j))
                if total < best:
                    best, arg = total, index
            table[i][j - lo] = best
            back[i][j - lo] = arg
    return trace(n, m, rows, beads, back)


def trace(
    n: int,
    m: int,
    rows: Sequence[tuple[int, int]],
    beads: Sequence[tuple[int, int]],
    back: Sequence[Any],
) -> list[Step]:
    """The beads of the best path, read back from (n, m) through the back-pointers
    (``back[i][j - rows[i][0]]`` is the index of the bead that reached cell (i, j); a row
    is any sequence of integers, a list or an array)."""
    steps: list[Step] = []
    i, j = n, m
    while (i, j) != (0, 0):
        index = int(back[i][j - rows[i][0]])
        if index < 0:
            raise ValueError(f"no path through the band at cell ({i}, {j})")
        a, b = beads[index]
        steps.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    steps.reverse()
    return steps

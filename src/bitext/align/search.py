"""The alignment search over a band of cells, with NumPy: the cheapest path (Viterbi) and
every bead's posterior probability (forward-backward), for any costs.

Cell ``(i, j)`` means the first ``i`` source and ``j`` target sentences are aligned; a bead
``(a, b)`` moves from ``(i - a, j - b)`` to ``(i, j)``. Bead costs do not depend on the path,
so each bead type is priced for every cell of the band at once (one vector a type); the rows
then only combine vectors. :mod:`bitext.align.dp` is the same search in plain Python, kept
as the oracle the tests compare this one with.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bitext.align.dp import INFINITY, TICK_ROWS, Step, trace

Vector = npt.NDArray[np.float64]
Indexes = npt.NDArray[np.int64]
BeadType = tuple[int, int]
# Prices the beads of one type ending in the given cells: (a, b, rows, columns) -> costs.
Pricer = Callable[[int, int, Indexes, Indexes], Vector]
# Cells priced at once: large enough for NumPy to pay off, small enough to bound memory.
_CHUNK_CELLS = 1 << 16


@dataclass(frozen=True)
class Band:
    """The cells searched: row ``i`` holds the columns ``lo[i] .. hi[i]``."""

    lo: Indexes
    hi: Indexes
    offsets: Indexes  # where each row's cells start in a flat array (and the total)

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[int, int]]) -> Band:
        """A band from ``(lo, hi)`` per row (as :func:`~bitext.align.band.band_rows` gives)."""
        lo = np.asarray([lo for lo, _ in rows], dtype=np.int64)
        hi = np.asarray([hi for _, hi in rows], dtype=np.int64)
        return cls(lo, hi, np.concatenate(([0], np.cumsum(hi - lo + 1))))

    @property
    def n(self) -> int:
        """The number of source sentences (rows - 1)."""
        return len(self.lo) - 1

    @property
    def m(self) -> int:
        """The number of target sentences."""
        return int(self.hi[-1])

    def rows(self) -> list[tuple[int, int]]:
        """``(lo, hi)`` per row, as plain integers."""
        return list(zip(self.lo.tolist(), self.hi.tolist(), strict=True))


@dataclass(frozen=True)
class Priced:
    """The cost of every bead type ending in every cell of a band (flat, infinite where the
    bead would start outside the band), and the constant in-row cost of a 0-1 bead."""

    band: Band
    beads: tuple[BeadType, ...]
    costs: Mapping[BeadType, Vector]
    insert_cost: float


def price(
    band: Band,
    beads: Sequence[BeadType],
    pricer: Pricer,
    fixed: Mapping[BeadType, float],
    tick: Callable[[int], None] | None = None,
) -> Priced:
    """Price every bead type over the band; beads in ``fixed`` (1-0, 0-1) cost a constant.
    ``tick`` is told the row reached, every :data:`TICK_ROWS` rows."""
    offsets = band.offsets
    total = int(offsets[-1])
    costs = {bead: np.full(total, INFINITY) for bead in beads if bead != (0, 1)}
    first = 0
    while first < band.n + 1:
        end = _chunk_end(offsets, first)
        if tick is not None:
            tick(first)
        rows, columns = _cells(band, offsets, first, end)
        where = slice(int(offsets[first]), int(offsets[end]))
        for bead, out in costs.items():
            inside = _fits(band, bead, rows, columns)
            if inside.any():
                constant = fixed.get(bead)
                chunk = out[where]
                chunk[inside] = (
                    constant
                    if constant is not None
                    else pricer(bead[0], bead[1], rows[inside], columns[inside])
                )
        first = end
    return Priced(band, tuple(beads), costs, fixed[(0, 1)])


def _chunk_end(offsets: Indexes, first: int) -> int:
    """The end of the run of rows from ``first`` whose cells fit in one pricing chunk."""
    limit = int(offsets[first]) + _CHUNK_CELLS
    end = int(np.searchsorted(offsets, limit, side="right")) - 1
    return min(len(offsets) - 1, max(first + 1, end))


def _cells(band: Band, offsets: Indexes, first: int, end: int) -> tuple[Indexes, Indexes]:
    """The (row, column) of every cell of rows ``first .. end - 1``."""
    widths = (band.hi - band.lo + 1)[first:end]
    rows = np.repeat(np.arange(first, end, dtype=np.int64), widths)
    columns = (
        np.arange(offsets[first], offsets[end], dtype=np.int64) - offsets[rows] + band.lo[rows]
    )
    return rows, columns


def _fits(band: Band, bead: BeadType, rows: Indexes, columns: Indexes) -> npt.NDArray[np.bool_]:
    """Which cells a bead of this type can end in: its start lies in the band."""
    a, b = bead
    start_row, start_column = rows - a, columns - b
    safe = np.maximum(start_row, 0)
    return (
        (start_row >= 0)
        & (start_column >= 0)
        & (start_column >= band.lo[safe])
        & (start_column <= band.hi[safe])
    )


def best_path(priced: Priced, tick: Callable[[int], None] | None = None) -> list[Step]:
    """The cheapest bead sequence from (0, 0) to (n, m) (see ``dp.best_path``, the oracle)."""
    band, beads = priced.band, priced.beads
    offsets, longest = band.offsets, max(a for a, _ in beads)
    stay = beads.index((0, 1))
    table: dict[int, Vector] = {}
    back: list[npt.NDArray[np.int8]] = []
    for i in range(band.n + 1):
        if tick is not None and i % TICK_ROWS == 0:
            tick(i)
        cells = slice(int(offsets[i]), int(offsets[i + 1]))
        lo = int(band.lo[i])
        columns = np.arange(lo, int(band.hi[i]) + 1)
        best = np.full(len(columns), INFINITY)
        arg = np.full(len(columns), -1, dtype=np.int8)
        if i == 0:
            best[0 - lo] = 0.0
        for index, bead in enumerate(beads):
            if bead == (0, 1) or i - bead[0] < 0:
                continue
            candidate = _from_row(table[i - bead[0]], band, i - bead[0], columns - bead[1])
            candidate += priced.costs[bead][cells]
            better = candidate < best
            best[better] = candidate[better]
            arg[better] = index
        step = np.arange(len(columns)) * priced.insert_cost
        scanned = np.minimum.accumulate(best - step) + step
        moved = scanned < best - 1e-9  # (x - o) + o may round below x
        best[moved] = scanned[moved]
        arg[moved] = stay
        table[i] = best
        table.pop(i - longest, None)
        back.append(arg)
    return trace(band.n, band.m, band.rows(), beads, back)


def _from_row(values: Vector, band: Band, row: int, columns: Indexes) -> Vector:
    """``values`` (one row of a table) at ``columns``; infinite outside the row."""
    lo, hi = int(band.lo[row]), int(band.hi[row])
    inside = (columns >= lo) & (columns <= hi)
    out = np.full(len(columns), INFINITY)
    out[inside] = values[columns[inside] - lo]
    return out


def posteriors(priced: Priced, steps: Sequence[Step], temperature: float = 1.0) -> list[float]:
    """The posterior probability of each bead of ``steps`` among all paths through the band,
    each path weighted by ``exp(-cost / temperature)`` (forward-backward).

    A bead that every likely path takes scores near 1; one with close rivals (a 1-1 where a
    2-1 costs almost as much) scores lower: sorting links by it puts doubtful ones first.
    """
    forward = _sweep(priced, temperature, backward=False)
    backward = _sweep(priced, temperature, backward=True)
    band, offsets = priced.band, priced.band.offsets
    total = forward[int(offsets[band.n]) + band.m - int(band.lo[band.n])]
    out = []
    for i0, i1, j0, j1 in steps:
        bead = (i1 - i0, j1 - j0)
        start = int(offsets[i0]) + j0 - int(band.lo[i0])
        end = int(offsets[i1]) + j1 - int(band.lo[i1])
        cost = priced.insert_cost if bead == (0, 1) else float(priced.costs[bead][end])
        log_p = forward[start] - cost / temperature + backward[end] - total
        out.append(float(np.exp(min(0.0, log_p))))
    return out


def _sweep(priced: Priced, temperature: float, backward: bool) -> Vector:
    """Log-sum of the weights of all partial paths from (0, 0) to each cell (forward) or from
    each cell to (n, m) (backward), flat over the band."""
    band, offsets = priced.band, priced.band.offsets
    out = np.full(int(offsets[-1]), -np.inf)
    weights = {bead: -cost / temperature for bead, cost in priced.costs.items()}
    step = priced.insert_cost / temperature
    for i in range(band.n, -1, -1) if backward else range(band.n + 1):
        lo = int(band.lo[i])
        columns = np.arange(lo, int(band.hi[i]) + 1)
        row = np.full(len(columns), -np.inf)
        if i == (band.n if backward else 0):
            row[(band.m if backward else 0) - lo] = 0.0
        for (a, b), weight in weights.items():
            other = i + a if backward else i - a
            if other < 0 or other > band.n:
                continue
            if backward:  # a bead from (i, j) to (i + a, j + b), then the rest of the path
                at = _flat(band, offsets, other, columns + b)
                incoming = np.where(at >= 0, out[at] + weight[at], -np.inf)
            else:  # the paths to (i - a, j - b), then a bead to (i, j)
                at = _flat(band, offsets, other, columns - b)
                cells = weight[int(offsets[i]) : int(offsets[i + 1])]
                incoming = np.where(at >= 0, out[at] + cells, -np.inf)
            row = np.logaddexp(row, incoming)
        index = np.arange(len(columns)) * step
        if backward:
            row = np.logaddexp.accumulate((row - index)[::-1])[::-1] + index
        else:
            row = np.logaddexp.accumulate(row + index) - index
        out[int(offsets[i]) : int(offsets[i + 1])] = row
    return out


def _flat(band: Band, offsets: Indexes, row: int, columns: Indexes) -> Indexes:
    """The flat index of each (row, column) cell; -1 where the column is outside the row."""
    lo, hi = int(band.lo[row]), int(band.hi[row])
    return np.where((columns >= lo) & (columns <= hi), int(offsets[row]) + columns - lo, -1)

"""The banded dynamic program of :mod:`bitext.align.dp`, row by row with NumPy, for the
built-in overlap scorer (whose similarity is made of per-sentence-pair counts).

It finds the same path as ``dp.best_path`` with the same costs, up to ties, tens of times
faster: each row's candidates for one bead type are priced as one vector.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bitext.align.dp import INFINITY, TICK_ROWS, Step, trace
from bitext.align.scoring import PreparedOverlap

Vector = npt.NDArray[np.float64]
Columns = npt.NDArray[np.int64]
_erfc = np.frompyfunc(math.erfc, 1, 1)
# Cells priced at once: large enough for NumPy to pay off, small enough to bound memory.
_CHUNK_CELLS = 1 << 18


@dataclass
class OverlapCosts:
    """Everything needed to price beads of one gap as vectors (indexes are gap-local).

    Pair counts are kept in banded arrays: row ``k`` holds the columns from ``start[k]``
    that the beads ending in rows ``k + 1 .. k + 3`` can reach.
    """

    overlap: PreparedOverlap
    i0: int
    j0: int
    rows: Sequence[tuple[int, int]]
    ratio: float
    variance: float
    priors: Mapping[tuple[int, int], float]
    similarity_weight: float
    boundary_penalty: float
    source_ends: Sequence[int]  # prefix sums of sentence lengths (global)
    target_ends: Sequence[int]
    source_blocks: Sequence[int] | None
    target_blocks: Sequence[int] | None
    tick: Callable[[int], None] | None = None  # told the row reached while pricing

    def __post_init__(self) -> None:
        n, m = len(self.rows) - 1, self.rows[-1][1]
        i0, j0 = self.i0, self.j0
        self._source_ends = np.asarray(self.source_ends[i0 : i0 + n + 1], dtype=np.float64)
        self._target_ends = np.asarray(self.target_ends[j0 : j0 + m + 1], dtype=np.float64)
        source_weight = [self.overlap.source[i0 + k].weight for k in range(n)]
        target_weight = [self.overlap.target[j0 + j].weight for j in range(m)]
        self._source_weight = np.asarray([*source_weight, 0.0], dtype=np.float64)
        self._target_weight = np.asarray([*target_weight, 0.0], dtype=np.float64)
        self._source_weight_ends = np.concatenate(([0.0], np.cumsum(source_weight)))
        self._target_weight_ends = np.concatenate(([0.0], np.cumsum(target_weight)))
        self._source_blocks = _blocks(self.source_blocks, i0, n)
        self._target_blocks = _blocks(self.target_blocks, j0, m)
        self._pairs(n)

    def _pairs(self, n: int) -> None:
        starts = [max(0, self.rows[min(k + 1, n)][0] - 3) for k in range(n)]
        ends = [self.rows[min(n, k + 3)][1] for k in range(n)]
        width = max([e - s for s, e in zip(starts, ends, strict=True)], default=0) + 1
        self._start = np.asarray([*starts, 0], dtype=np.int64)
        # Sums of a few feature weights (halves and wholes): exact in 32 bits, half the memory.
        self._matched_ends = np.zeros((n + 1, width + 1), dtype=np.float32)
        self._matched_target = np.zeros((n + 1, width), dtype=np.float32)
        for k in range(n):
            if self.tick is not None and k % TICK_ROWS == 0:
                self.tick(k)
            counts = [
                self.overlap.count_pair(self.i0 + k, self.j0 + j) for j in range(starts[k], ends[k])
            ]
            if counts:
                self._matched_ends[k, 1 : len(counts) + 1] = np.cumsum([c[0] for c in counts])
                self._matched_ends[k, len(counts) + 1 :] = self._matched_ends[k, len(counts)]
                self._matched_target[k, : len(counts)] = [c[1] for c in counts]

    def costs(self, a: int, b: int, rows: Columns, columns: Columns) -> Vector:
        """Costs of the beads joining source [i - a, i) to target [j - b, j) for the cells
        (i, j) given as two vectors."""
        source_length = self._source_ends[rows] - self._source_ends[rows - a] + a - 1
        target_length = self._target_ends[columns] - self._target_ends[columns - b] + b - 1
        mean = np.maximum(1.0, (source_length + target_length / self.ratio) / 2)
        delta = np.abs(target_length - self.ratio * source_length) / np.sqrt(mean * self.variance)
        tail = np.maximum(np.asarray(_erfc(delta / math.sqrt(2)), dtype=np.float64), 1e-12)
        cost = -np.log(tail) + self.priors[(a, b)]
        cost -= self.similarity_weight * self._similarity(a, b, rows, columns)
        return cost + self.boundary_penalty * self._spans(a, b, rows, columns)

    def _similarity(self, a: int, b: int, rows: Columns, columns: Columns) -> Vector:
        total = (
            self._source_weight_ends[rows]
            - self._source_weight_ends[rows - a]
            + self._target_weight_ends[columns]
            - self._target_weight_ends[columns - b]
        )
        matched = np.zeros(len(rows))
        by_column = [np.zeros(len(rows)) for _ in range(b)]
        for t in range(a):
            k = rows - a + t
            offset = columns - self._start[k]
            found = self._matched_ends[k, offset] - self._matched_ends[k, offset - b]
            matched += np.minimum(found, self._source_weight[k])
            for u in range(b):
                by_column[u] += self._matched_target[k, offset - b + u]
        for u in range(b):
            matched += np.minimum(by_column[u], self._target_weight[columns - b + u])
        similarity: Vector = np.divide(matched, total, out=np.zeros(len(rows)), where=total > 0)
        return similarity

    def _spans(self, a: int, b: int, rows: Columns, columns: Columns) -> Vector:
        spans = np.zeros(len(rows))
        if self._source_blocks is not None and a > 1:
            spans += self._source_blocks[rows - a] != self._source_blocks[rows - 1]
        if self._target_blocks is not None and b > 1:
            spans += self._target_blocks[columns - b] != self._target_blocks[columns - 1]
        return spans


def _blocks(blocks: Sequence[int] | None, start: int, size: int) -> Columns | None:
    if blocks is None:
        return None
    return np.asarray(blocks[start : start + size], dtype=np.int64)


def best_path_vectorized(
    n: int,
    m: int,
    rows: Sequence[tuple[int, int]],
    beads: Sequence[tuple[int, int]],
    fixed: Mapping[tuple[int, int], float],
    model: OverlapCosts,
    tick: Callable[[int], None] | None = None,
) -> list[Step]:
    """The cheapest bead sequence from (0, 0) to (n, m) in the band (see ``dp.best_path``;
    ``tick`` as there).

    Bead costs do not depend on the path, so each bead type is priced for every cell of the
    band at once; the rows then only take minima and scan for 0-1 beads.
    """
    starts = np.asarray([lo for lo, _ in rows], dtype=np.int64)
    ends = np.asarray([hi for _, hi in rows], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(ends - starts + 1)))
    # Only the last rows are read again (a bead spans at most 3 source sentences): the
    # costs of older rows are dropped, the compact back-pointers kept for the trace.
    table: dict[int, Vector] = {}
    back: list[npt.NDArray[np.int8]] = []
    longest = max(a for a, _ in beads)
    stay = beads.index((0, 1))
    priced: dict[tuple[int, int], Vector] = {}
    chunk_start = chunk_end = 0
    for i in range(n + 1):
        if tick is not None and i % TICK_ROWS == 0:
            tick(i)
        if i == chunk_end:  # price the bead types for the next rows only: bounded memory
            chunk_start, chunk_end = i, _chunk_end(offsets, i)
            cell_row = np.repeat(
                np.arange(chunk_start, chunk_end), (ends - starts + 1)[chunk_start:chunk_end]
            )
            cell_column = (
                np.arange(offsets[chunk_start], offsets[chunk_end])
                - offsets[cell_row]
                + starts[cell_row]
            )
            priced = {
                bead: _price(bead, fixed, model, rows, cell_row, cell_column, starts, ends)
                for bead in beads
                if bead[0] > 0
            }
        lo = rows[i][0]
        base = int(offsets[chunk_start])
        cells = slice(int(offsets[i]) - base, int(offsets[i + 1]) - base)
        columns = cell_column[cells]
        best = np.full(len(columns), INFINITY)
        arg = np.full(len(columns), -1, dtype=np.int8)
        if i == 0:
            best[0 - lo] = 0.0
        for index, bead in enumerate(beads):
            if bead not in priced or i - bead[0] < 0:
                continue
            price = priced[bead][cells]
            reachable = price < INFINITY
            if not reachable.any():
                continue
            previous_row = table[i - bead[0]]
            candidate = np.full(len(columns), INFINITY)
            candidate[reachable] = (
                previous_row[columns[reachable] - bead[1] - rows[i - bead[0]][0]] + price[reachable]
            )
            better = candidate < best
            best[better] = candidate[better]
            arg[better] = index
        step = np.arange(len(columns)) * fixed[(0, 1)]
        scanned = np.minimum.accumulate(best - step) + step
        moved = scanned < best - 1e-9  # (x - o) + o may round below x
        best[moved] = scanned[moved]
        arg[moved] = stay
        table[i] = best
        table.pop(i - longest, None)
        back.append(arg)
    return trace(n, m, rows, beads, back)


def _chunk_end(offsets: Columns, first: int) -> int:
    """The end of the run of rows from ``first`` whose cells fit in one pricing chunk."""
    limit = int(offsets[first]) + _CHUNK_CELLS
    end = int(np.searchsorted(offsets, limit, side="right")) - 1
    return min(len(offsets) - 1, max(first + 1, end))


def _price(
    bead: tuple[int, int],
    fixed: Mapping[tuple[int, int], float],
    model: OverlapCosts,
    rows: Sequence[tuple[int, int]],
    cell_row: Columns,
    cell_column: Columns,
    starts: Columns,
    ends: Columns,
) -> Vector:
    """The cost of ``bead`` ending in every cell of the band (infinite where its start
    lies outside the band)."""
    a, b = bead
    price = np.full(len(cell_row), INFINITY)
    previous = cell_row - a
    safe = np.maximum(previous, 0)
    inside = (previous >= 0) & (cell_column - b >= starts[safe]) & (cell_column - b <= ends[safe])
    inside &= cell_column - b >= 0
    if inside.any():
        constant = fixed.get(bead)
        price[inside] = (
            constant
            if constant is not None
            else model.costs(a, b, cell_row[inside], cell_column[inside])
        )
    return price

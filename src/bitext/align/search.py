"""The alignment search over a band of cells, with NumPy: the cheapest path (Viterbi) and
every bead's posterior probability (forward-backward), for any costs.

Cell ``(i, j)`` means the first ``i`` source and ``j`` target sentences are aligned; a bead
``(a, b)`` moves from ``(i - a, j - b)`` to ``(i, j)``. Bead costs do not depend on the path,
so each bead type is priced for every cell of the band at once (one vector a type); the rows
then only combine vectors. The three sweeps over the rows (cheapest path, forward and
backward sums) run in the compiled module ``_sweep`` where it was built (``pip install``
builds it with the machine's C compiler), else in NumPy here; the two give the same results
and the tests compare them. :mod:`bitext.align.dp` is the same search in plain Python, kept
as the oracle the tests compare both with.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bitext.align.costs import Indexes, Vector
from bitext.align.dp import INFINITY, TICK_ROWS, Step, trace

try:
    from bitext.align import _sweep
except ImportError:  # installed without a C compiler: the NumPy sweeps below
    _sweep = None  # type: ignore[assignment]

Costs = npt.NDArray[np.float32]
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
    """The cost of every bead type ending in every cell of a band: ``costs[k]`` is a flat
    array over the band for ``types[k]`` (infinite where the bead would start outside the
    band); a 0-1 bead (within a row) costs the constant ``insert_cost``."""

    band: Band
    beads: tuple[BeadType, ...]
    types: tuple[BeadType, ...]  # the beads other than 0-1, in the rows of ``costs``
    costs: Costs
    insert_cost: float

    @functools.cached_property
    def steps(self) -> tuple[Indexes, Indexes]:
        """The source and target sizes of ``types``, as arrays."""
        return (
            np.asarray([t[0] for t in self.types], dtype=np.int64),
            np.asarray([t[1] for t in self.types], dtype=np.int64),
        )

    @functools.cached_property
    def bead_index(self) -> npt.NDArray[np.int8]:
        """Where each of ``types``, then the 0-1 bead, is in ``beads`` (what back-pointers
        hold)."""
        order = [*self.types, (0, 1)]
        return np.asarray([self.beads.index(bead) for bead in order], dtype=np.int8)


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
    types = tuple(bead for bead in beads if bead != (0, 1))
    # Single precision: half the memory of a large band, ample for costs of a few tens.
    costs = np.full((len(types), int(offsets[-1])), INFINITY, dtype=np.float32)
    first = 0
    while first < band.n + 1:
        end = _chunk_end(offsets, first)
        if tick is not None:
            tick(first)
        rows, columns = _cells(band, offsets, first, end)
        where = slice(int(offsets[first]), int(offsets[end]))
        for k, bead in enumerate(types):
            inside = _fits(band, bead, rows, columns)
            if inside.any():
                constant = fixed.get(bead)
                chunk = costs[k, where]
                chunk[inside] = (
                    constant
                    if constant is not None
                    else pricer(bead[0], bead[1], rows[inside], columns[inside])
                )
        first = end
    return Priced(band, tuple(beads), types, costs, fixed[(0, 1)])


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
    """The cheapest bead sequence from (0, 0) to (n, m) (see ``dp.best_path``, the oracle).

    Row by row, every bead type at once: the candidates of a row are a (types x columns)
    matrix, gathered from the rows before, then the in-row 0-1 beads a running minimum.
    """
    band, offsets = priced.band, priced.band.offsets
    if _sweep is not None:
        back = _compiled_back(priced)
        if tick is not None:
            tick(band.n)
    else:
        back = _numpy_back(priced, tick)
    rows = [back[int(offsets[i]) : int(offsets[i + 1])] for i in range(band.n + 1)]
    return trace(band.n, band.m, band.rows(), priced.beads, rows)


def _compiled_back(priced: Priced) -> npt.NDArray[np.int8]:
    """The back-pointers of the cheapest path (indexes into ``priced.beads``), compiled."""
    cells = int(priced.band.offsets[-1])
    table = np.empty(cells)
    back = np.empty(cells, dtype=np.int8)
    _sweep.viterbi(*_band_arrays(priced), priced.insert_cost, table, back)
    lookup = priced.bead_index
    result: npt.NDArray[np.int8] = np.where(back >= 0, lookup[np.maximum(back, 0)], np.int8(-1))
    return result


def _band_arrays(priced: Priced) -> tuple[Indexes, Indexes, Indexes, Indexes, Indexes, Costs]:
    """The band and costs as the compiled sweeps take them (contiguous arrays)."""
    band = priced.band
    a, b = priced.steps
    return (
        np.ascontiguousarray(band.lo, dtype=np.int64),
        np.ascontiguousarray(band.hi, dtype=np.int64),
        np.ascontiguousarray(band.offsets, dtype=np.int64),
        a,
        b,
        np.ascontiguousarray(priced.costs, dtype=np.float32),
    )


def _numpy_back(priced: Priced, tick: Callable[[int], None] | None) -> npt.NDArray[np.int8]:
    """The back-pointers of the cheapest path (indexes into ``priced.beads``), in NumPy."""
    band, offsets = priced.band, priced.band.offsets
    table = np.full(int(offsets[-1]), INFINITY)
    back = np.full(int(offsets[-1]), -1, dtype=np.int8)
    index, stay = priced.bead_index[:-1], priced.bead_index[-1]
    for i in range(band.n + 1):
        if tick is not None and i % TICK_ROWS == 0:
            tick(i)
        cells = slice(int(offsets[i]), int(offsets[i + 1]))
        width = cells.stop - cells.start
        if len(priced.types):
            candidates = table[_origins(priced, i)] + priced.costs[:, cells]
            choice = np.argmin(candidates, axis=0)
            best = candidates[choice, np.arange(width)]
            arg = np.where(best < INFINITY, index[choice], np.int8(-1))
        else:
            best, arg = np.full(width, INFINITY), np.full(width, -1, dtype=np.int8)
        if i == 0:
            best[0 - int(band.lo[0])], arg[0 - int(band.lo[0])] = 0.0, -1
        step = np.arange(width) * priced.insert_cost
        scanned = np.minimum.accumulate(best - step) + step
        moved = scanned < best - 1e-9  # (x - o) + o may round below x
        best[moved] = scanned[moved]
        arg[moved] = stay
        table[cells], back[cells] = best, arg
    return back


def _origins(priced: Priced, row: int) -> Indexes:
    """For each bead type and each cell of ``row``, the flat index of the cell the bead
    starts from (clipped into the table where it would start outside the band: such a bead
    costs infinity anyway)."""
    band, offsets = priced.band, priced.band.offsets
    a, b = priced.steps
    start = np.maximum(row - a, 0)
    columns = np.arange(int(band.lo[row]), int(band.hi[row]) + 1)
    origin: Indexes = (offsets[start] - band.lo[start] - b)[:, None] + columns[None, :]
    np.maximum(origin, 0, out=origin)
    np.minimum(origin, int(offsets[-1]) - 1, out=origin)
    return origin


def posteriors(priced: Priced, steps: Sequence[Step], temperature: float = 1.0) -> list[float]:
    """The posterior probability of each bead of ``steps`` among all paths through the band,
    each path weighted by ``exp(-cost / temperature)`` (forward-backward).

    A bead that every likely path takes scores near 1; one with close rivals (a 1-1 where a
    2-1 costs almost as much) scores lower: sorting links by it puts doubtful ones first.
    """
    forward = _forward(priced, temperature)
    backward = _backward(priced, temperature)
    band, offsets = priced.band, priced.band.offsets
    total = forward[int(offsets[band.n]) + band.m - int(band.lo[band.n])]
    if not steps:
        return []
    i0, i1, j0, j1 = np.asarray(steps, dtype=np.int64).T
    start = offsets[i0] + j0 - band.lo[i0]
    end = offsets[i1] + j1 - band.lo[i1]
    kinds = {bead: k for k, bead in enumerate(priced.types)}
    kind = np.asarray([kinds.get((b - a, d - c), -1) for a, b, c, d in steps], dtype=np.int64)
    cost = np.where(
        kind >= 0,
        priced.costs[np.maximum(kind, 0), end].astype(np.float64),
        priced.insert_cost,
    )
    log_p = forward[start] - cost / temperature + backward[end] - total
    scores: list[float] = np.exp(np.minimum(0.0, log_p)).tolist()
    return scores


def expected_beads(priced: Priced, temperature: float = 1.0) -> dict[BeadType, float]:
    """How many beads of each type a path through the band has, on average over all paths
    weighted as in :func:`posteriors` (the expected counts of an EM step)."""
    band, offsets = priced.band, priced.band.offsets
    forward = _forward(priced, temperature)
    backward = _backward(priced, temperature)
    total = float(forward[int(offsets[band.n]) + band.m - int(band.lo[band.n])])
    if _sweep is None:
        return _numpy_expected(priced, temperature, forward, backward, total)
    found = np.zeros(len(priced.types) + 1)
    _sweep.expected(
        *_band_arrays(priced), priced.insert_cost, temperature, forward, backward, total, found
    )
    counts = dict(zip(priced.types, found[:-1].tolist(), strict=True))
    counts[(0, 1)] = float(found[-1])
    return {bead: counts[bead] for bead in priced.beads}


def _numpy_expected(
    priced: Priced, temperature: float, forward: Vector, backward: Vector, total: float
) -> dict[BeadType, float]:
    """:func:`expected_beads` in NumPy, from the forward and backward sums."""
    band, offsets = priced.band, priced.band.offsets
    step = priced.insert_cost / temperature
    counts = dict.fromkeys(priced.beads, 0.0)
    for i in range(band.n + 1):
        cells = slice(int(offsets[i]), int(offsets[i + 1]))
        after = backward[cells] - total
        if len(priced.types):
            log_p = (
                forward[_origins(priced, i)] - _weights(priced.costs[:, cells], temperature) + after
            )
            for k, bead in enumerate(priced.types):
                counts[bead] += float(np.exp(np.minimum(log_p[k], 0.0)).sum())
        inserted = forward[cells][:-1] - step + after[1:]
        counts[(0, 1)] += float(np.exp(np.minimum(inserted, 0.0)).sum())
    return counts


def without(priced: Priced, rivals: Sequence[BeadType]) -> Priced:
    """The band as priced for its bead types less ``rivals``, the types priced last (as
    :func:`price` keeps the order given): the search of a path that never takes them, while
    :func:`posteriors` over the whole counts paths through them too. The costs are a view of
    the same array, not a copy."""
    if not rivals:
        return priced
    keep = len(priced.types) - len(rivals)
    if priced.types[keep:] != tuple(rivals):
        raise ValueError(f"the rivals {rivals} are not the types priced last: {priced.types}")
    return Priced(
        priced.band,
        tuple(bead for bead in priced.beads if bead not in rivals),
        priced.types[:keep],
        priced.costs[:keep],
        priced.insert_cost,
    )


def price_shifted(
    band: Band,
    beads: Sequence[BeadType],
    pricer: Pricer,
    fixed: Mapping[BeadType, float],
    change_of: Callable[[Priced], Mapping[BeadType, float]],
    tick: Callable[[int], None] | None = None,
) -> Priced:
    """:func:`price`, then every bead of a type costing ``change_of(priced)[type]`` more (an
    EM step's change of the priors, computed from the costs as priced). The change is made
    in the array :func:`price` has just made, before the result leaves this function: the
    costs are a search's largest array, and a shifted copy doubled it (80 MB more at 64k
    sentences a side)."""
    priced = price(band, beads, pricer, fixed, tick)
    change = change_of(priced)
    shift = np.asarray([change.get(t, 0.0) for t in priced.types], dtype=np.float32)
    np.add(priced.costs, shift[:, None], out=priced.costs)
    return Priced(
        band, priced.beads, priced.types, priced.costs, priced.insert_cost + change.get((0, 1), 0.0)
    )


def _forward(priced: Priced, temperature: float) -> Vector:
    """Log-sum of the weights of all partial paths from (0, 0) to each cell (flat)."""
    if _sweep is None:
        return _numpy_forward(priced, temperature)
    return _compiled_sums(_sweep.forward, priced, temperature)


def _backward(priced: Priced, temperature: float) -> Vector:
    """Log-sum of the weights of all partial paths from each cell to (n, m) (flat)."""
    if _sweep is None:
        return _numpy_backward(priced, temperature)
    return _compiled_sums(_sweep.backward, priced, temperature)


def _compiled_sums(sweep: Callable[..., None], priced: Priced, temperature: float) -> Vector:
    """The log-sums of a compiled sweep (forward or backward), one a cell."""
    out = np.empty(int(priced.band.offsets[-1]))
    sweep(*_band_arrays(priced), priced.insert_cost, temperature, out)
    return out


def _weights(costs: Costs, temperature: float) -> Vector:
    """``costs / temperature`` in double precision (as the compiled sweeps compute it)."""
    result: Vector = costs.astype(np.float64) / temperature
    return result


def _numpy_forward(priced: Priced, temperature: float) -> Vector:
    """:func:`_forward` in NumPy."""
    band, offsets = priced.band, priced.band.offsets
    out = np.full(int(offsets[-1]), -np.inf)
    for i in range(band.n + 1):
        cells = slice(int(offsets[i]), int(offsets[i + 1]))
        width = cells.stop - cells.start
        if len(priced.types):
            weights = -_weights(priced.costs[:, cells], temperature)
            row = np.logaddexp.reduce(out[_origins(priced, i)] + weights, axis=0)
        else:
            row = np.full(width, -np.inf)
        if i == 0:
            row[0 - int(band.lo[0])] = 0.0
        index = np.arange(width) * (priced.insert_cost / temperature)
        out[cells] = np.logaddexp.accumulate(row + index) - index
    return out


def _numpy_backward(priced: Priced, temperature: float) -> Vector:
    """:func:`_backward` in NumPy."""
    band, offsets = priced.band, priced.band.offsets
    out = np.full(int(offsets[-1]), -np.inf)
    a, b = priced.steps
    kinds = np.arange(len(priced.types))[:, None]
    for i in range(band.n, -1, -1):
        cells = slice(int(offsets[i]), int(offsets[i + 1]))
        columns = np.arange(int(band.lo[i]), int(band.hi[i]) + 1)
        row = np.full(len(columns), -np.inf)
        if len(priced.types):
            end_row = np.minimum(i + a, band.n)
            end_column = columns[None, :] + b[:, None]
            valid = (
                (i + a <= band.n)[:, None]
                & (end_column >= band.lo[end_row][:, None])
                & (end_column <= band.hi[end_row][:, None])
            )
            at = (offsets[end_row] - band.lo[end_row])[:, None] + end_column
            np.maximum(at, 0, out=at)
            np.minimum(at, int(offsets[-1]) - 1, out=at)
            weights = -_weights(priced.costs[kinds, at], temperature)
            incoming = np.where(valid, out[at] + weights, -np.inf)
            row = np.logaddexp.reduce(incoming, axis=0)
        if i == band.n:
            row[band.m - int(band.lo[i])] = 0.0
        index = np.arange(len(columns)) * (priced.insert_cost / temperature)
        out[cells] = np.logaddexp.accumulate((row - index)[::-1])[::-1] + index
    return out

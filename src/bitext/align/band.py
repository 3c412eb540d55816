"""Confident anchor pairs, the increasing chain through them, and the band around it.

Long runs of sentences without counterpart (a summary against its original) shift the path
far from the diagonal; anchors found first (sentence pairs sharing rare features) pin it, and
the search only looks near the chain through them.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from bitext.align.costs import Indexes, Vector

Anchor = tuple[int, int]
Key = TypeVar("Key", bound=Hashable)
# How far, in band widths, the band may widen between two anchors for a difference in length.
MAX_SPREAD_FACTOR = 8


def shared_key_pairs(
    source_keys: Sequence[frozenset[Key]],
    target_keys: Sequence[frozenset[Key]],
    max_df: int = 2,
) -> list[Anchor]:
    """The sentence pairs that share a rare feature (one in at most ``max_df`` sentences of
    each side): the candidates for anchors of a scorer that has features."""
    df_source = Counter(itertools.chain.from_iterable(source_keys))
    df_target = Counter(itertools.chain.from_iterable(target_keys))
    shared = df_source.keys() & df_target.keys()
    rare = {k for k in shared if df_target[k] <= max_df and df_source[k] <= max_df}
    where: defaultdict[Key, list[int]] = defaultdict(list)
    for j, keys in enumerate(target_keys):
        for key in keys & rare:
            where[key].append(j)
    pairs: set[Anchor] = set()
    for i, keys in enumerate(source_keys):
        for key in keys & rare:
            pairs.update((i, j) for j in where[key])
    return sorted(pairs)


def diagonal_cells(n: int, m: int, window: int) -> tuple[Indexes, Indexes]:
    """Every pair within ``window`` sentences of the diagonal, as (rows, columns) in row
    order: the candidates for anchors of a scorer without features (linear in the number of
    sentences)."""
    centre = np.arange(n, dtype=np.int64) * m // max(1, n)
    start = np.maximum(0, centre - window)
    sizes = np.maximum(0, np.minimum(m, centre + window + 1) - start)
    rows = np.repeat(np.arange(n, dtype=np.int64), sizes)
    within = np.arange(len(rows), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return rows, start[rows] + within


def cells_of(pairs: Sequence[Anchor]) -> tuple[Indexes, Indexes]:
    """Pairs as (rows, columns) arrays."""
    found = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    return found[:, 0].copy(), found[:, 1].copy()


def union_of_cells(parts: Sequence[tuple[Indexes, Indexes]], m: int) -> tuple[Indexes, Indexes]:
    """The pairs of all ``parts`` (each (rows, columns), columns below ``m``) once each, in
    (row, column) order."""
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes = np.unique(np.concatenate([rows * m + columns for rows, columns in parts]))
    return codes // m, codes % m


@dataclass(frozen=True)
class Candidates:
    """The anchor candidates of one gap, scored once and read at any bar: the pairs
    (``rows[k]``, ``columns[k]``, in row order, counted from the gap's start ``i0``, ``j0``)
    and each one's similarity."""

    i0: int
    j0: int
    rows: Indexes
    columns: Indexes
    scores: Vector

    def anchors(self, threshold: float) -> list[Anchor]:
        """The longest increasing chain through the mutually best pairs that score at least
        ``threshold`` (:func:`mutual_best`), in document indexes."""
        best = mutual_best(self.rows, self.columns, self.scores, threshold)
        return [(self.i0 + i, self.j0 + j) for i, j in increasing_chain(best)]


def mutual_best(rows: Indexes, columns: Indexes, scores: Vector, threshold: float) -> list[Anchor]:
    """The pairs (distinct) scoring at least ``threshold`` that are each other's best: the
    one best of their row and of their column. A tie leaves a row or column without a best
    one: repeated text (boilerplate, a document twice) gives no anchor rather than an
    arbitrary one. Sorted."""
    keep = scores >= threshold
    rows, columns, scores = rows[keep], columns[keep], scores[keep]
    if not len(rows):
        return []
    both = _only_best(rows, scores) & _only_best(columns, scores)
    return sorted(zip(rows[both].tolist(), columns[both].tolist(), strict=True))


def _only_best(groups: Indexes, scores: Vector) -> npt.NDArray[np.bool_]:
    """Whether each score is the highest of its group, and no other of the group equals it."""
    top = np.full(int(groups.max()) + 1, -np.inf)
    np.maximum.at(top, groups, scores)
    best: npt.NDArray[np.bool_] = scores == top[groups]
    alone: npt.NDArray[np.bool_] = np.bincount(groups[best], minlength=len(top))[groups] == 1
    return best & alone


def increasing_chain(anchors: Sequence[Anchor]) -> list[Anchor]:
    """The longest chain of anchors increasing on both sides (patience sorting)."""
    tails: list[int] = []  # smallest target index ending a chain of each length
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(anchors)
    for index, (_, j) in enumerate(sorted(anchors)):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[length] = j
            tail_at[length] = index
        parent[index] = tail_at[length - 1] if length else -1
    ordered = sorted(anchors)
    chain: list[Anchor] = []
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        chain.append(ordered[at])
        at = parent[at]
    chain.reverse()
    return chain


def band_rows(n: int, m: int, chain: Sequence[Anchor], width: int) -> list[tuple[int, int]]:
    """Allowed columns of each row between consecutive anchors.

    Where one side of the stretch between two anchors is short, its whole rectangle is
    searched (its area grows only linearly); otherwise a band around the straight line,
    widened by the difference in length (a summary's path is a staircase, not a line).
    """
    points = [(0, 0)] + [p for i, j in chain for p in ((i, j), (i + 1, j + 1))] + [(n, m)]
    lo = [m + 1] * (n + 1)
    hi = [-1] * (n + 1)
    for (i1, j1), (i2, j2) in itertools.pairwise(points):
        di, dj = i2 - i1, j2 - j1
        # Wider where the two sides differ in length, but never unbounded: the band's area,
        # and so time and memory, stay linear in the number of sentences.
        spread = width + min(abs(dj - di), MAX_SPREAD_FACTOR * width)
        for i in range(i1, i2 + 1):
            if min(di, dj) <= 2 * width:
                start, end = j1, j2
            else:
                centre = j1 + dj * (i - i1) / max(1, di)
                start, end = int(centre) - spread, int(centre) + spread
            lo[i] = min(lo[i], max(0, start - width))
            hi[i] = max(hi[i], min(m, end + width))
    return _monotone(lo, hi, m)


def _monotone(lo: list[int], hi: list[int], m: int) -> list[tuple[int, int]]:
    """Make both edges of the band non-decreasing and each row overlap the one before, so
    that (n, m) can always be reached from (0, 0)."""
    last = len(lo) - 1
    lo[0], hi[last] = 0, m
    for i in range(last - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(1, last + 1):
        hi[i] = max(hi[i], hi[i - 1])
        lo[i] = min(lo[i], hi[i - 1])
    return list(zip(lo, hi, strict=True))

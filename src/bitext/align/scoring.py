"""The scorer interface: how similar groups of source sentences are to groups of target
sentences.

A scorer is anything with a ``name``, a ``weight`` and ``prepare(source, target)`` returning
a :class:`PreparedScorer`: an object whose ``bead_similarity(a, b, rows, columns)`` gives,
for many beads at once, a number from 0 to 1 for the source sentences ``[i - a, i)`` and the
target sentences ``[j - b, j)`` of each cell ``(i, j) = (rows[k], columns[k])`` (NumPy
arrays in, one array out), for every bead type the search prices (up to
:data:`~bitext.align.costs.LARGEST_BEAD` sentences a side, the rival beads of the final pass
included). The aligner turns the scorers' similarities (weighted mean) and its length model
into one array of bead costs per bead type over the band, and searches it.

Two optional methods let a scorer do more: ``for_band(i0, j0, rows)`` returns a scorer
specialised to the cells the search will ask about (the built-in scorers compute what they
need of those sentence pairs once, laid out by :class:`BandReach`), and ``anchor_keys()``
gives each sentence's rare features, from which anchors are found (without it, anchors come
from the scorer's own 1-1 similarities near the diagonal).

The scorers bitext ships: :class:`~bitext.align.overlap.OverlapScorer` (numbers, dates,
names, Latin words, lexicon; the default) and :class:`~bitext.align.embedding.EmbeddingScorer`
(the shape of a sentence-embedding model: give it ``embed`` and it derives merged beads from
summed vectors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from bitext.align.costs import LARGEST_BEAD, Indexes, Vector
from bitext.align.learning import WordCounts
from bitext.align.lexicon import Lexicon


class PreparedScorer(Protocol):
    """A scorer bound to one pair of sentence lists."""

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """Similarity (0..1) of source sentences [i - a, i) and target sentences [j - b, j)
        for each cell (i, j) = (rows[k], columns[k])."""
        ...


@runtime_checkable
class Scorer(Protocol):
    """A source of similarity between sentence groups; see the module docstring."""

    name: str
    weight: float

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> PreparedScorer:
        """Bind the scorer to the sentences of one document pair."""
        ...


@runtime_checkable
class LearningScorer(Scorer, Protocol):
    """A scorer that can learn from confident links of a first pass (hunalign's realign).

    Optionally it tells how much of a pair its lexicon knows before learning:
    ``known_share(source, target)``, the share of the content words it knows on the side
    where it knows fewer (:func:`bitext.align.kinds.scorers_know_words`; without it, a
    scorer with a non-empty ``lexicon`` is taken to know the pair's words)."""

    def word_counts(
        self, source: Sequence[str], target: Sequence[str], pairs: Iterable[tuple[int, int]]
    ) -> WordCounts:
        """What the given 1-1 sentence pairs teach, as counts that add up across documents."""
        ...

    def with_learned(self, learned: Lexicon) -> Scorer:
        """A new scorer that also knows the learned word pairs."""
        ...


class PerBeadScorer:
    """A prepared scorer of the older, one-bead-at-a-time kind (``similarity(i0, i1, j0, j1)``)
    seen through the array interface; it works, one Python call a bead, so it is slow."""

    def __init__(self, prepared: object) -> None:
        self._similarity = getattr(prepared, "similarity")  # noqa: B009

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer`."""
        return np.asarray(
            [
                self._similarity(i - a, i, j - b, j)
                for i, j in zip(rows.tolist(), columns.tolist(), strict=True)
            ],
            dtype=np.float64,
        )


def as_prepared(prepared: object) -> PreparedScorer:
    """A prepared scorer with the array interface (the older per-bead kind adapted)."""
    if callable(getattr(prepared, "bead_similarity", None)):
        return prepared  # type: ignore[return-value]
    if callable(getattr(prepared, "similarity", None)):
        return PerBeadScorer(prepared)
    raise TypeError(
        f"{type(prepared).__name__} has neither bead_similarity(a, b, rows, columns) nor "
        "similarity(i0, i1, j0, j1); see bitext.align.scoring"
    )


def similarity_of(prepared: PreparedScorer, i0: int, i1: int, j0: int, j1: int) -> float:
    """One bead's similarity: source [i0, i1) against target [j0, j1)."""
    rows, columns = np.asarray([i1], dtype=np.int64), np.asarray([j1], dtype=np.int64)
    return float(prepared.bead_similarity(i1 - i0, j1 - j0, rows, columns)[0])


@dataclass(frozen=True)
class BandReach:
    """The sentence pairs that beads in a band can join, laid out as a banded array: array
    row ``k`` holds the ``sizes[k]`` target sentences from ``start[k]`` that beads ending in
    rows ``k + 1 .. k + depth`` of the gap (which starts at source ``i0``) can reach, where
    ``depth`` is the most sentences a side of any bead the search prices
    (:data:`~bitext.align.costs.LARGEST_BEAD`, rivals included: 4)."""

    i0: int
    start: Indexes
    sizes: Indexes
    width: int

    # Pairs handled at once when a band is filled (bounds the memory of a long band).
    CHUNK_PAIRS = 1 << 18

    @classmethod
    def of(
        cls, i0: int, j0: int, rows: Sequence[tuple[int, int]], depth: int = LARGEST_BEAD
    ) -> BandReach:
        """The reach of the band ``rows`` of the gap starting at source i0, target j0, for
        beads of up to ``depth`` sentences a side."""
        n = len(rows) - 1
        lo = np.asarray([r[0] for r in rows], dtype=np.int64)
        hi = np.asarray([r[1] for r in rows], dtype=np.int64)
        k = np.arange(n, dtype=np.int64)
        starts = j0 + np.maximum(0, lo[np.minimum(k + 1, n)] - depth)
        sizes = np.maximum(j0 + hi[np.minimum(n, k + depth)] - starts, 0)
        return cls(
            i0,
            np.concatenate((starts, [0])).astype(np.int64),
            np.concatenate((sizes, [0])).astype(np.int64),
            int(sizes.max(initial=0)) + 1,
        )

    def filled(
        self, values: Callable[[Indexes, Indexes], Sequence[Vector]], outputs: int, dtype: type
    ) -> list[npt.NDArray[Any]]:
        """``outputs`` banded arrays holding the outputs of ``values(source, target)`` for
        every pair in the reach, computed a chunk of rows at a time."""
        shape = (len(self.start), self.width)
        out: list[npt.NDArray[Any]] = [np.zeros(shape, dtype=dtype) for _ in range(outputs)]
        ends = np.cumsum(self.sizes)
        first = 0
        while first < len(self.sizes):
            limit = (ends[first - 1] if first else 0) + self.CHUNK_PAIRS
            last = max(first + 1, int(np.searchsorted(ends, limit, side="right")))
            sizes = self.sizes[first:last]
            row_of = np.repeat(np.arange(first, last, dtype=np.int64), sizes)
            within = np.arange(len(row_of), dtype=np.int64) - np.repeat(
                np.cumsum(sizes) - sizes, sizes
            )
            found = values(self.i0 + row_of, self.start[row_of] + within)
            for array, part in zip(out, found, strict=True):
                array[row_of, within] = part
            first = last
        return out

    def cells(self, i: Indexes, j: Indexes) -> tuple[Indexes, Indexes]:
        """Where the pairs (i[k], j[k]) are in a banded array."""
        k = i - self.i0
        return k, j - self.start[k]

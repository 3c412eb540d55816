"""Scorers: how similar groups of source sentences are to groups of target sentences.

A scorer is anything with a ``name``, a ``weight`` and ``prepare(source, target)`` returning
a :class:`PreparedScorer`: an object whose ``bead_similarity(a, b, rows, columns)`` gives,
for many beads at once, a number from 0 to 1 for the source sentences ``[i - a, i)`` and the
target sentences ``[j - b, j)`` of each cell ``(i, j) = (rows[k], columns[k])`` (NumPy
arrays in, one array out). The aligner turns the scorers' similarities (weighted mean) and
its length model into one array of bead costs per bead type over the band, and searches it.

Two optional methods let a scorer do more: ``for_band(i0, j0, rows)`` returns a scorer
specialised to the cells the search will ask about (the built-in scorer counts the word
matches of those sentence pairs once), and ``anchor_keys()`` gives each sentence's rare
features, from which anchors are found (without it, anchors come from the scorer's own 1-1
similarities near the diagonal). :class:`EmbeddingScorer` is the shape of a sentence-
embedding model: give it ``embed`` and it derives merged beads from summed vectors.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from bitext.align.costs import Indexes, Matrix, Vector
from bitext.align.features import FeatureExtractor, Features, word_memory
from bitext.align.learning import WordCounts, count_word_pairs
from bitext.align.lexicon import Lexicon
from bitext.lang.words import get_word_rules

try:
    from bitext.align import _overlap as _overlap_counts
except ImportError:  # installed without a C compiler: pair counts in Python
    _overlap_counts = None  # type: ignore[assignment]


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
    """A scorer that can learn from confident links of a first pass (hunalign's realign)."""

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


class EmbeddingScorer:
    """A scorer from sentence vectors (a sentence-embedding model such as LaBSE): subclass it
    and define :meth:`embed`, or pass ``embed``. A merged bead's vector is the sum of its
    sentences' vectors (as vecalign does); similarity is the cosine, below zero taken as 0.
    Vectors are remembered by sentence text (up to ``cache_bytes`` of them), so the second
    pass and repeated sentences do not run the model again.

    >>> scorer = EmbeddingScorer("chars", lambda texts: np.asarray(
    ...     [[t.count("a"), t.count("b")] for t in texts], dtype=float))
    >>> prepared = scorer.prepare(["aa", "b"], ["a", "bb"])
    >>> round(similarity_of(prepared, 0, 1, 0, 1), 3), round(similarity_of(prepared, 0, 1, 1, 2), 3)
    (1.0, 0.0)
    """

    def __init__(
        self,
        name: str = "embedding",
        embed: Callable[[list[str]], Any] | None = None,
        weight: float = 1.0,
        cache_bytes: int = 128 * 2**20,
    ) -> None:
        self.name = name
        self.weight = weight
        self._embed = embed
        self.cache_bytes = cache_bytes
        self._vectors: dict[str, Vector] = {}
        self._cached_bytes = 0

    def embed(self, sentences: Sequence[str]) -> Matrix:
        """One vector per sentence (a 2-D array, a row a sentence)."""
        if self._embed is None:
            raise NotImplementedError("give EmbeddingScorer an embed function or override embed")
        return np.asarray(self._embed(list(sentences)), dtype=np.float64)

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> PreparedEmbedding:
        """Embed both sides (only sentences not embedded before)."""
        return PreparedEmbedding(self._embedded(source), self._embedded(target))

    def _embedded(self, sentences: Sequence[str]) -> Matrix:
        """The vectors of ``sentences``: remembered ones, the others from :meth:`embed` in
        one call (and remembered while they fit in ``cache_bytes``)."""
        missing = list(dict.fromkeys(s for s in sentences if s not in self._vectors))
        fresh = self.embed(missing) if missing else np.zeros((0, 0))
        if len(missing) and fresh.shape[0] != len(missing):
            raise ValueError(
                f"scorer {self.name}: embed gave {fresh.shape[0]} vectors for "
                f"{len(missing)} sentences; it must give one a sentence"
            )
        found = dict(zip(missing, fresh, strict=True))
        if self._cached_bytes + fresh.nbytes > self.cache_bytes:
            self._vectors.clear()
            self._cached_bytes = 0
        if fresh.nbytes <= self.cache_bytes:
            self._vectors.update(found)
            self._cached_bytes += fresh.nbytes
        rows = [found[s] if s in found else self._vectors[s] for s in sentences]
        return np.asarray(rows, dtype=np.float64).reshape(len(sentences), -1)


class PreparedEmbedding:
    """Cosine similarity of summed sentence vectors, for many beads at once, from dot
    products: a merged bead's ``S . T`` is the sum of its sentence pairs' dots, ``|S|^2``
    the sum of its sentences' dots with each other (so a band's pair dots are computed once
    for every bead type, see :meth:`for_band`)."""

    # Pairs whose vectors are gathered at once (bounds memory for wide vectors).
    _CELLS = 4096

    def __init__(self, source: Matrix, target: Matrix) -> None:
        self._sides = (_unit_rows(source), _unit_rows(target))
        self._neighbours: dict[tuple[int, int], Vector] = {}

    def pair_dots(self, source: Indexes, target: Indexes) -> Vector:
        """The dot product of source sentence ``source[k]`` and target ``target[k]``."""
        out = np.empty(len(source))
        vectors_s, vectors_t = self._sides
        for start in range(0, len(source), self._CELLS):
            s = vectors_s[source[start : start + self._CELLS]]
            t = vectors_t[target[start : start + self._CELLS]]
            out[start : start + len(s)] = np.einsum("ij,ij->i", s, t)
        return out

    def neighbour_dots(self, side: int, distance: int) -> Vector:
        """For each sentence x of a side (0 source, 1 target), its vector's dot product with
        that of sentence ``x + distance`` (0 past the end)."""
        key = (side, distance)
        if key not in self._neighbours:
            vectors = self._sides[side]
            dots = np.zeros(len(vectors))
            if distance < len(vectors):
                ahead = vectors[distance:]
                dots[: len(ahead)] = np.einsum("ij,ij->i", vectors[: len(ahead)], ahead)
            self._neighbours[key] = dots
        return self._neighbours[key]

    def for_band(self, i0: int, j0: int, rows: Sequence[tuple[int, int]]) -> BandedEmbedding:
        """This scorer with the dots of every sentence pair a bead in the band can join
        computed once."""
        return BandedEmbedding(self, _Reach.of(i0, j0, rows))

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer`."""
        return _cosine(self, a, b, rows, columns, self.pair_dots)


class BandedEmbedding:
    """Cosine similarity with the pair dots of one band kept in a banded array."""

    def __init__(self, prepared: PreparedEmbedding, reach: _Reach) -> None:
        self.prepared, self.reach = prepared, reach
        self._dots = reach.filled(lambda i, j: [prepared.pair_dots(i, j)], 1, np.float64)[0]

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer` (only for cells of the band it was made for)."""

        def dots(i: Indexes, j: Indexes) -> Vector:
            found: Vector = self._dots[self.reach.cells(i, j)]
            return found

        return _cosine(self.prepared, a, b, rows, columns, dots)


def _cosine(
    prepared: PreparedEmbedding,
    a: int,
    b: int,
    rows: Indexes,
    columns: Indexes,
    dots: Callable[[Indexes, Indexes], Vector],
) -> Vector:
    """Cosine of summed vectors of beads, from ``dots(i, j)`` of sentence pairs."""
    across = np.zeros(len(rows))
    for t in range(a):
        for u in range(b):
            across += dots(rows - a + t, columns - b + u)
    norms = np.sqrt(
        _squared_norms(prepared, 0, rows - a, a) * _squared_norms(prepared, 1, columns - b, b)
    )
    cosine = np.divide(across, norms, out=np.zeros(len(rows)), where=norms > 1e-9)
    result: Vector = np.clip(cosine, 0.0, 1.0)
    return result


def _squared_norms(prepared: PreparedEmbedding, side: int, first: Indexes, count: int) -> Vector:
    """``|sum of the vectors of sentences first .. first + count - 1|^2`` of one side."""
    total = np.zeros(len(first))
    for t in range(count):
        total += prepared.neighbour_dots(side, 0)[first + t]
        for later in range(t + 1, count):
            total += 2 * prepared.neighbour_dots(side, later - t)[first + t]
    return total


def _unit_rows(vectors: Matrix) -> Matrix:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    result: Matrix = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return result


@dataclass(frozen=True)
class _Reach:
    """The sentence pairs that beads in a band can join, laid out as a banded array: array
    row ``k`` holds the ``sizes[k]`` target sentences from ``start[k]`` that beads ending in
    rows ``k + 1 .. k + 3`` of the gap (which starts at source ``i0``) can reach."""

    i0: int
    start: Indexes
    sizes: Indexes
    width: int

    # Pairs handled at once when a band is filled (bounds the memory of a long band).
    CHUNK_PAIRS = 1 << 18

    @classmethod
    def of(cls, i0: int, j0: int, rows: Sequence[tuple[int, int]]) -> _Reach:
        """The reach of the band ``rows`` of the gap starting at source i0, target j0."""
        n = len(rows) - 1
        lo = np.asarray([r[0] for r in rows], dtype=np.int64)
        hi = np.asarray([r[1] for r in rows], dtype=np.int64)
        k = np.arange(n, dtype=np.int64)
        starts = j0 + np.maximum(0, lo[np.minimum(k + 1, n)] - 3)
        sizes = np.maximum(j0 + hi[np.minimum(n, k + 3)] - starts, 0)
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


class OverlapScorer:
    """Shared anchors and lexicon concepts: numbers, dates, Latin words, names, word pairs.

    ``lexicon`` maps source words to target stems; pass ``Lexicon.bundled(src, tgt)``
    merged with a user's own.
    """

    name = "overlap"

    def __init__(
        self, source_lang: str, target_lang: str, lexicon: Lexicon, weight: float = 1.0
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.lexicon = lexicon
        self.weight = weight
        self._extractors: tuple[FeatureExtractor, FeatureExtractor] | None = None
        # A scorer made by with_learned: the scorer it extends and the learned pairs.
        self._extends: tuple[OverlapScorer, Lexicon] | None = None

    def extractors(self) -> tuple[FeatureExtractor, FeatureExtractor]:
        """The source and target feature extractors (made once, then kept with their
        caches; a learned scorer's extend its base scorer's)."""
        if self._extractors is None:
            if self._extends is not None:
                base, learned = self._extends
                source, target = base.extractors()
                self._extractors = (source.extended(learned), target.extended(learned))
            else:
                memory = word_memory()
                self._extractors = (
                    FeatureExtractor(
                        get_word_rules(self.source_lang), self.lexicon, "source", memory
                    ),
                    FeatureExtractor(
                        get_word_rules(self.target_lang), self.lexicon, "target", memory
                    ),
                )
        return self._extractors

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> PreparedOverlap:
        """Extract the features of both sides (extractors and their word caches are kept
        for the next pair)."""
        src, tgt = self.extractors()
        return PreparedOverlap([src.extract(s) for s in source], [tgt.extract(t) for t in target])

    def forget_sentences(self) -> None:
        """Drop what is cached of the sentences aligned so far (words stay cached)."""
        for extractor in self._extractors or ():
            extractor.forget_sentences()

    def word_counts(
        self, source: Sequence[str], target: Sequence[str], pairs: Iterable[tuple[int, int]]
    ) -> WordCounts:
        """How often content words meet in confident 1-1 sentence pairs (see WordCounts)."""
        return count_word_pairs(
            source,
            target,
            pairs,
            self.source_lang,
            self.target_lang,
            extractors=self.extractors(),
        )

    def with_learned(self, learned: Lexicon) -> OverlapScorer:
        """This scorer with learned word pairs added to its lexicon (its extractors extend
        this one's: the analyses of sentences and words are shared)."""
        scorer = OverlapScorer(
            self.source_lang, self.target_lang, self.lexicon.merged(learned), self.weight
        )
        scorer._extends = (self, learned)
        return scorer


PairCounts = Callable[[Indexes, Indexes], tuple[Vector, Vector]]  # (i, j) -> matched weights


@dataclass(frozen=True)
class _Side:
    """One side's features as arrays: sentence s has groups ``groups[s] .. groups[s + 1]``,
    group g the feature ids ``keys[starts[g] .. starts[g + 1]]`` and weight ``weights[g]``."""

    groups: Indexes
    starts: Indexes
    keys: Indexes
    weights: Vector

    @classmethod
    def of(cls, features: Sequence[Features]) -> _Side:
        """The arrays of a side's sentences."""
        chain = itertools.chain.from_iterable
        sizes = np.fromiter(chain(f.sizes for f in features), dtype=np.int64)
        per_sentence = np.fromiter((len(f.sizes) for f in features), dtype=np.int64)
        return cls(
            np.concatenate(([0], np.cumsum(per_sentence))).astype(np.int64),
            np.concatenate(([0], np.cumsum(sizes))).astype(np.int64),
            np.fromiter(chain(f.keys for f in features), dtype=np.int64),
            np.fromiter(chain(f.weights for f in features), dtype=np.float64),
        )


class PreparedOverlap:
    """Overlap similarity over precomputed features: the Dice-like share of matched feature
    weight on both sides, each sentence's match capped at its own weight."""

    def __init__(self, source: list[Features], target: list[Features]) -> None:
        self.source = source
        self.target = target
        self.source_weight = np.asarray([f.weight for f in source] + [0.0])
        self.target_weight = np.asarray([f.weight for f in target] + [0.0])
        self.source_weight_ends = np.concatenate(([0.0], np.cumsum(self.source_weight[:-1])))
        self.target_weight_ends = np.concatenate(([0.0], np.cumsum(self.target_weight[:-1])))
        self._arrays = (_Side.of(source), _Side.of(target)) if _overlap_counts else None

    def anchor_keys(self) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
        """Every sentence's feature ids (the rare ones make anchors)."""
        return [f.distinct for f in self.source], [f.distinct for f in self.target]

    def count_pair(self, i: int, j: int) -> tuple[float, float]:
        """Matched weight of source i's groups in target j, and of target j's in source i."""
        s, t = self.source[i], self.target[j]
        if s.distinct.isdisjoint(t.distinct):
            return (0.0, 0.0)
        return (_matched(s, t.distinct), _matched(t, s.distinct))

    def pair_counts(self, rows: Indexes, columns: Indexes) -> tuple[Vector, Vector]:
        """:meth:`count_pair` of the pairs (rows[k], columns[k]), as two arrays (compiled
        where ``bitext.align._overlap`` was built)."""
        if self._arrays is None:
            counts = [
                self.count_pair(i, j) for i, j in zip(rows.tolist(), columns.tolist(), strict=True)
            ]
            both = np.asarray(counts, dtype=np.float64).reshape(-1, 2)
            return both[:, 0].copy(), both[:, 1].copy()
        source, target = self._arrays
        out_source, out_target = np.empty(len(rows)), np.empty(len(rows))
        _overlap_counts.count_pairs(
            source.groups,
            source.starts,
            source.keys,
            source.weights,
            target.groups,
            target.starts,
            target.keys,
            target.weights,
            np.ascontiguousarray(rows, dtype=np.int64),
            np.ascontiguousarray(columns, dtype=np.int64),
            out_source,
            out_target,
        )
        return out_source, out_target

    def for_band(self, i0: int, j0: int, rows: Sequence[tuple[int, int]]) -> BandedOverlap:
        """This scorer with the counts of every sentence pair a bead in the band can join
        (``rows``: the band of the gap that starts at source i0, target j0) counted once."""
        return BandedOverlap(self, _Reach.of(i0, j0, rows))

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer` (counts each pair as asked; :meth:`for_band` is the
        fast way for a whole band)."""
        if a == b == 1:  # sentence pairs (anchor candidates): the Dice share directly
            return self._pair_similarity(rows - 1, columns - 1)
        return _overlap(self, a, b, rows, columns, self.pair_counts)

    def _pair_similarity(self, source: Indexes, target: Indexes) -> Vector:
        """Matched weight over total weight of sentence pairs (source[k], target[k])."""
        matched_source, matched_target = self.pair_counts(source, target)
        matched = matched_source + matched_target
        total = self.source_weight[source] + self.target_weight[target]
        result: Vector = np.divide(matched, total, out=np.zeros(len(source)), where=total > 0)
        return result


def _matched(features: Features, other: frozenset[int]) -> float:
    """The weight of a sentence's groups with an alternative among ``other``."""
    total, at = 0.0, 0
    for size, weight in zip(features.sizes, features.weights, strict=True):
        if not other.isdisjoint(features.keys[at : at + size]):
            total += weight
        at += size
    return total


class BandedOverlap:
    """Overlap similarity with the pair counts of one band kept in banded arrays (one for
    each direction of matching)."""

    def __init__(self, overlap: PreparedOverlap, reach: _Reach) -> None:
        self.overlap, self.reach = overlap, reach
        # Sums of a few feature weights (halves and wholes): exact in 32 bits, half the memory.
        self._matched = reach.filled(overlap.pair_counts, 2, np.float32)

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer` (only for cells of the band it was made for)."""

        def counts(i: Indexes, j: Indexes) -> tuple[Vector, Vector]:
            at = self.reach.cells(i, j)
            return (
                self._matched[0][at].astype(np.float64),
                self._matched[1][at].astype(np.float64),
            )

        return _overlap(self.overlap, a, b, rows, columns, counts)


def _overlap(
    prepared: PreparedOverlap,
    a: int,
    b: int,
    rows: Indexes,
    columns: Indexes,
    counts: PairCounts,
) -> Vector:
    """The overlap similarity of beads, from ``counts(i, j)`` of sentence pairs (source i's
    matched weight in target j, and target j's in source i)."""
    total = (
        prepared.source_weight_ends[rows]
        - prepared.source_weight_ends[rows - a]
        + prepared.target_weight_ends[columns]
        - prepared.target_weight_ends[columns - b]
    )
    matched = np.zeros(len(rows))
    by_column = [np.zeros(len(rows)) for _ in range(b)]
    for t in range(a):
        i = rows - a + t
        row = np.zeros(len(rows))
        for u in range(b):
            source, target = counts(i, columns - b + u)
            row += source
            by_column[u] += target
        matched += np.minimum(row, prepared.source_weight[i])
    for u in range(b):
        matched += np.minimum(by_column[u], prepared.target_weight[columns - b + u])
    similarity: Vector = np.divide(matched, total, out=np.zeros(len(rows)), where=total > 0)
    return similarity

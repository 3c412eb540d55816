"""A scorer from sentence vectors (a sentence-embedding model such as LaBSE): merged beads
from summed vectors, as vecalign does, their cosines computed from dot products."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from bitext.align.costs import Indexes, Matrix, Vector
from bitext.align.scoring import BandReach


class EmbeddingScorer:
    """A scorer from sentence vectors (a sentence-embedding model such as LaBSE): subclass it
    and define :meth:`embed`, or pass ``embed``. A merged bead's vector is the sum of its
    sentences' vectors (as vecalign does); similarity is the cosine, below zero taken as 0.
    Vectors are remembered by sentence text (up to ``cache_bytes`` of them), so the second
    pass and repeated sentences do not run the model again.

    >>> from bitext.align.scoring import similarity_of
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
        if not rows:  # a side without sentences: no vectors (and no model call)
            return np.zeros((0, 0))
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
        return BandedEmbedding(self, BandReach.of(i0, j0, rows))

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer`."""
        return _cosine(self, a, b, rows, columns, self.pair_dots)


class BandedEmbedding:
    """Cosine similarity with the pair dots of one band kept in a banded array."""

    def __init__(self, prepared: PreparedEmbedding, reach: BandReach) -> None:
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

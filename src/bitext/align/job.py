"""The search for one document pair: anchors, band and dynamic program, pass after pass."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from bitext.align.band import anchor_candidates, band_rows, increasing_chain
from bitext.align.costs import BEADS, AlignOptions, Bead, LengthModel, Progress, initial_priors
from bitext.align.dp import best_path
from bitext.align.fastdp import OverlapCosts, best_path_vectorized
from bitext.align.scoring import PreparedOverlap, PreparedScorer, Scorer


class PairSearch:
    """The alignment of one document pair: sentences, options and models shared by its passes."""

    def __init__(
        self,
        source: Sequence[str],
        target: Sequence[str],
        source_blocks: Sequence[int] | None,
        target_blocks: Sequence[int] | None,
        options: AlignOptions,
        progress: Progress | None,
    ) -> None:
        self.source, self.target = source, target
        self.source_blocks, self.target_blocks = source_blocks, target_blocks
        self.options = options
        self.progress = progress
        # Mean sentence lengths, not totals: a summary has far fewer sentences than its
        # original, but sentences of about the same length.
        mean_s = sum(map(len, source)) / max(1, len(source)) or 1.0
        mean_t = sum(map(len, target)) / max(1, len(target)) or 1.0
        self.lengths = LengthModel(mean_t / mean_s, 6.8 * mean_t / mean_s)
        self._source_end = _prefix_sums(source)
        self._target_end = _prefix_sums(target)
        self._estimated = False
        self.priors = initial_priors(len(source), len(target))
        self._cache: dict[int, tuple[Scorer, PreparedScorer]] = {}
        # Bead costs depend on the scorers and the length model only, both fixed after the
        # first anchors: the second pass reuses them.
        self._costs: dict[tuple[int, int, int, int], float] = {}
        self._costed_with: list[PreparedScorer] = []
        self._similarities: dict[tuple[int, int, int, int], float] = {}
        self.beads: Sequence[tuple[int, int]] = BEADS
        self.vectorize = True

    @property
    def estimated(self) -> bool:
        """Whether the length model was estimated from this pair's anchors."""
        return self._estimated

    def resume(self, lengths: LengthModel, estimated: bool) -> None:
        """Start a second pass: every bead type, the given length model, and the first
        pass's word on whether the lengths were already estimated from anchors."""
        self.beads = BEADS
        self.set_lengths(lengths)
        self._estimated = estimated

    def set_lengths(self, lengths: LengthModel) -> None:
        """Use another length model (and forget the bead costs made with the old one)."""
        self.lengths = lengths
        self._costs.clear()

    def _prepared(self, scorer: Scorer) -> PreparedScorer:
        """The scorer bound to this pair, prepared once per scorer."""
        cached = self._cache.get(id(scorer))
        if cached is None or cached[0] is not scorer:
            cached = self._cache[id(scorer)] = (scorer, scorer.prepare(self.source, self.target))
        return cached[1]

    def run(
        self,
        scorers: Sequence[Scorer],
        locked: list[Bead],
        anchor_scorers: Sequence[Scorer] | None = None,
    ) -> list[Bead]:
        """Align every gap between locked beads; return all beads in order.

        ``anchor_scorers`` (default: ``scorers``) find the anchors that place the band; the
        second pass gives learned word pairs here, where they find counterparts among many
        unlinked sentences, while beads keep the first pass's costs.
        """
        prepared = [(self._prepared(s), s.weight) for s in scorers]
        if [p for p, _ in prepared] != self._costed_with:
            self._costs.clear()
            self._similarities.clear()
            self._costed_with = [p for p, _ in prepared]
        self.similarity = _cached(_combine(prepared), self._similarities)
        # The vectorized search applies when the built-in overlap scorer is the only one.
        self.costing = prepared[0][0] if len(prepared) == 1 else None
        anchoring = (
            prepared
            if anchor_scorers is None
            else [(self._prepared(s), s.weight) for s in anchor_scorers]
        )
        self.anchor_similarity = _combine(anchoring)
        self.overlap = next((p for p, _ in anchoring if isinstance(p, PreparedOverlap)), None)
        beads: list[Bead] = []
        i0 = j0 = 0
        for bead in [*locked, None]:
            i1 = min(bead.source, default=i0) if bead else len(self.source)
            j1 = min(bead.target, default=j0) if bead else len(self.target)
            if bead and not bead.source:
                i1 = i0
            if bead and not bead.target:
                j1 = j0
            beads += self._align_gap(i0, i1, j0, j1)
            if bead:
                beads.append(bead)
                i0 = max(bead.source, default=i1 - 1) + 1
                j0 = max(bead.target, default=j1 - 1) + 1
            if self.progress:
                self.progress(i0, len(self.source))
        return beads

    def _align_gap(self, i0: int, i1: int, j0: int, j1: int) -> list[Bead]:
        n, m = i1 - i0, j1 - j0
        if n == 0 and m == 0:
            return []
        chain = self._anchors(i0, i1, j0, j1)
        if not self._estimated and len(chain) >= 5:
            self.set_lengths(
                LengthModel.estimate(
                    [(len(self.source[i0 + a]), len(self.target[j0 + b])) for a, b in chain],
                    self.lengths.ratio,
                )
            )
            self._estimated = True
        width = self.options.band
        rows = band_rows(n, m, chain, width)

        def cost(a0: int, a1: int, b0: int, b1: int) -> float:
            return self._cost(i0 + a0, i0 + a1, j0 + b0, j0 + b1)

        skip = {
            (1, 0): self.priors[(1, 0)] + self.options.skip,
            (0, 1): self.priors[(0, 1)] + self.options.skip,
        }
        if self.vectorize and isinstance(self.costing, PreparedOverlap):
            model = OverlapCosts(
                self.costing,
                i0,
                j0,
                rows,
                self.lengths.ratio,
                self.lengths.variance,
                self.priors,
                self.options.similarity_weight,
                self.options.boundary_penalty,
                self._source_end,
                self._target_end,
                self.source_blocks,
                self.target_blocks,
                self._tick(i0, 0.5),  # pricing the band is about half the work
            )
            search = self._tick(i0 + n / 2, 0.5)
            steps = best_path_vectorized(n, m, rows, self.beads, skip, model, search)
        else:
            steps = best_path(n, m, rows, self.beads, cost, fixed=skip, tick=self._tick(i0))
        return [self._bead(i0 + a0, i0 + a1, j0 + b0, j0 + b1) for a0, a1, b0, b1 in steps]

    def _tick(self, start: float, scale: float = 1.0) -> Callable[[int], None] | None:
        """Progress from inside a gap: row ``row`` of a step that covers ``scale`` of the
        gap's sentences from sentence ``start`` on."""
        progress = self.progress
        if progress is None:
            return None
        total = len(self.source)
        return lambda row: progress(int(start + row * scale), total)

    def _anchors(self, i0: int, i1: int, j0: int, j1: int) -> list[tuple[int, int]]:
        if self.overlap is None:
            return []
        source_keys = [f.keys for f in self.overlap.source[i0:i1]]
        target_keys = [f.keys for f in self.overlap.target[j0:j1]]

        def similarity(a: int, b: int) -> float:
            return self.anchor_similarity(i0 + a, i0 + a + 1, j0 + b, j0 + b + 1)

        candidates = anchor_candidates(
            source_keys, target_keys, similarity, self.options.anchor_threshold
        )
        return increasing_chain(candidates)

    def _cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        cached = self._costs.get(key)
        if cached is None:
            cached = self._costs[key] = self._compute_cost(i0, i1, j0, j1)
        return cached

    def _compute_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        n, m = i1 - i0, j1 - j0
        if n == 0 or m == 0:
            return self.priors[(n, m)] + self.options.skip
        length = self.lengths.cost(
            self._source_end[i1] - self._source_end[i0] + n - 1,
            self._target_end[j1] - self._target_end[j0] + m - 1,
        )
        similarity = self.similarity(i0, i1, j0, j1)
        return (
            length
            + self.priors[(n, m)]
            - self.options.similarity_weight * similarity
            + self._boundary_cost(i0, i1, j0, j1)
        )

    def _boundary_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        spans = 0
        if self.source_blocks is not None and self.source_blocks[i0] != self.source_blocks[i1 - 1]:
            spans += 1
        if self.target_blocks is not None and self.target_blocks[j0] != self.target_blocks[j1 - 1]:
            spans += 1
        return spans * self.options.boundary_penalty

    def _bead(self, i0: int, i1: int, j0: int, j1: int) -> Bead:
        n, m = i1 - i0, j1 - j0
        skips = (self.priors[(1, 0)] + self.options.skip) * (n + m)
        if n and m:
            margin = skips - self._cost(i0, i1, j0, j1)
        else:
            margin = self._best_pair_cost(i0, i1, j0, j1) - 2 * skips
        return Bead(tuple(range(i0, i1)), tuple(range(j0, j1)), _sigmoid(margin))

    def _best_pair_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cheapest 1-1 bead this lone sentence could have formed nearby."""
        best = math.inf
        reach = 3
        if i1 > i0:
            for j in range(max(0, j0 - reach), min(len(self.target), j0 + reach)):
                best = min(best, self._cost(i0, i1, j, j + 1))
        else:
            for i in range(max(0, i0 - reach), min(len(self.source), i0 + reach)):
                best = min(best, self._cost(i, i + 1, j0, j1))
        return best


def _combine(
    prepared: Sequence[tuple[PreparedScorer, float]],
) -> Callable[[int, int, int, int], float]:
    total = sum(w for _, w in prepared) or 1.0
    if len(prepared) == 1:
        only = prepared[0][0]
        return only.similarity

    def similarity(i0: int, i1: int, j0: int, j1: int) -> float:
        return sum(w * p.similarity(i0, i1, j0, j1) for p, w in prepared) / total

    return similarity


def _cached(
    function: Callable[[int, int, int, int], float], memo: dict[tuple[int, int, int, int], float]
) -> Callable[[int, int, int, int], float]:
    """``function`` remembering its results in ``memo`` (kept across passes)."""

    def remembered(i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        value = memo.get(key)
        if value is None:
            value = memo[key] = function(i0, i1, j0, j1)
        return value

    return remembered


def _prefix_sums(sentences: Sequence[str]) -> list[int]:
    sums = [0]
    for sentence in sentences:
        sums.append(sums[-1] + len(sentence))
    return sums


def _sigmoid(x: float) -> float:
    if x == math.inf:
        return 1.0
    return round(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x)))), 4)

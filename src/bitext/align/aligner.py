"""Sentence alignment: anchors first, then a banded dynamic program, then a second pass with
word pairs learned from the first (as hunalign's realign mode does)."""

from __future__ import annotations

import math
import statistics
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bitext.align.band import anchor_candidates, band_rows, increasing_chain
from bitext.align.dp import best_path
from bitext.align.lexicon import Lexicon
from bitext.align.scoring import (
    LearningScorer,
    OverlapScorer,
    PreparedOverlap,
    PreparedScorer,
    Scorer,
)
from bitext.errors import AlignmentError, SameLanguageWarning
from bitext.lang import primary_subtag

BEADS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))
SIMPLE_BEADS = ((1, 1), (1, 0), (0, 1))
# -log P(bead type), from the bead frequencies Gale and Church (1993) report (1-1: 0.89,
# 1-0 and 0-1: 0.0099 together, 2-1 and 1-2: 0.089 together, 2-2: 0.011); 3-1 and 1-3 are
# given the cost of 2-2 plus one more merge.
GALE_CHURCH = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
    (3, 1): 0.011 / 2,
    (1, 3): 0.011 / 2,
}


def initial_priors(n: int, m: int) -> dict[tuple[int, int], float]:
    """-log P(bead type): Gale and Church's, except that the share of sentences without
    counterpart is at least what the size difference implies (a summary against its
    original leaves most of the original unlinked)."""
    probabilities = dict(GALE_CHURCH)
    probabilities[(0, 1)] = max(probabilities[(0, 1)], (m - n) / m if m else 0.0)
    probabilities[(1, 0)] = max(probabilities[(1, 0)], (n - m) / n if n else 0.0)
    return {bead: -math.log(p) for bead, p in probabilities.items()}


Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Parameters of the aligner (the defaults suit translations and summaries alike).

    ``skip``: extra cost of leaving a sentence without counterpart, on top of the bead prior
    (raise it for translations, lower it for summaries); ``similarity_weight``: how much a
    bead's similarity (0..1) lowers its cost;
    ``boundary_penalty``: cost of a bead that spans a paragraph or heading boundary;
    ``band``: half-width of the search band; ``anchor_threshold``: similarity an anchor pair
    needs; ``realign``: run a second pass with learned word pairs; ``confident``: score a
    link needs to teach word pairs.
    """

    skip: float = 0.0
    similarity_weight: float = 6.0
    boundary_penalty: float = 1.5
    band: int = 8
    anchor_threshold: float = 0.3
    realign: bool = True
    confident: float = 0.9


@dataclass(frozen=True, slots=True)
class Bead:
    """A link between sentence positions: source and target indexes, score, manual or not."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float | None = None
    manual: bool = False


@dataclass(frozen=True, slots=True)
class LengthModel:
    """Gale-Church length model: target length ~ ratio * source length, with a variance."""

    ratio: float
    variance: float

    def cost(self, source_length: int, target_length: int) -> float:
        """-log of the probability of this length difference (0 for a perfect match)."""
        mean = max(1.0, (source_length + target_length / self.ratio) / 2)
        delta = (target_length - self.ratio * source_length) / math.sqrt(mean * self.variance)
        return -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12))

    @classmethod
    def estimate(cls, pairs: Sequence[tuple[int, int]], fallback: float) -> LengthModel:
        """Estimate ratio and variance from (source length, target length) pairs."""
        if len(pairs) < 5:
            return cls(fallback, 6.8 * fallback)
        ratio = statistics.median(t / max(s, 1) for s, t in pairs)
        residuals = [(t - ratio * s) ** 2 / max(1.0, (s + t / ratio) / 2) for s, t in pairs]
        # Confident pairs understate the spread; Gale and Church's 6.8 (scaled) is the floor.
        return cls(ratio, max(statistics.mean(residuals), 6.8 * ratio))


@dataclass(frozen=True, slots=True)
class Pair:
    """One document pair to align: sentences, locked (manual) beads, paragraph numbers."""

    source: Sequence[str]
    target: Sequence[str]
    locked: Sequence[Bead] = ()
    source_blocks: Sequence[int] | None = None
    target_blocks: Sequence[int] | None = None


def align_sentences(
    source: Sequence[str],
    target: Sequence[str],
    source_lang: str,
    target_lang: str,
    *,
    scorers: Sequence[Scorer] | None = None,
    lexicon: Lexicon | None = None,
    locked: Sequence[Bead] = (),
    source_blocks: Sequence[int] | None = None,
    target_blocks: Sequence[int] | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[Bead]:
    """Align two lists of sentences; return beads covering every sentence once, in order.

    ``scorers`` default to an :class:`OverlapScorer` with the bundled lexicon for the pair
    (plus ``lexicon``). ``locked`` beads (manual links) are kept unchanged and only the gaps
    between them are aligned. ``*_blocks`` give each sentence's paragraph number, so beads
    that span a paragraph boundary cost more.

    >>> beads = align_sentences(["Japan acts.", "In 2024."], ["일본이 행동한다.", "2024년에."],
    ...                         "en", "ko")
    >>> [(b.source, b.target) for b in beads]
    [((0,), (0,)), ((1,), (1,))]
    """
    pair = Pair(source, target, locked, source_blocks, target_blocks)
    options = options or AlignOptions()
    return align_batch(
        [pair],
        source_lang,
        target_lang,
        scorers=scorers,
        lexicon=lexicon,
        options=options,
        progress=progress,
    )[0]


def align_batch(
    pairs: Sequence[Pair],
    source_lang: str,
    target_lang: str,
    *,
    scorers: Sequence[Scorer] | None = None,
    lexicon: Lexicon | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[list[Bead]]:
    """Align many document pairs of one language pair; word pairs for the second pass are
    learned from the confident links of all of them (more data, cleaner pairs)."""
    options = options or AlignOptions()
    if primary_subtag(source_lang) == primary_subtag(target_lang):
        warnings.warn(
            SameLanguageWarning(f"aligning two texts in the same language ({source_lang})"),
            stacklevel=2,
        )
    if scorers is None:
        bundled = Lexicon.bundled(source_lang, target_lang)
        scorers = [OverlapScorer(source_lang, target_lang, bundled.merged(lexicon or Lexicon()))]
    jobs = [
        _Job(p.source, p.target, p.source_blocks, p.target_blocks, options, progress) for p in pairs
    ]
    locks = [_checked_locks(p.locked, len(p.source), len(p.target)) for p in pairs]
    if options.realign:
        # The first pass only has to find confident 1-1 links to learn from.
        for job in jobs:
            job.beads = SIMPLE_BEADS
    results = [job.run(list(scorers), lock) for job, lock in zip(jobs, locks, strict=True)]
    if not options.realign:
        return results
    teachers = [_teachers(beads, options.confident) for beads in results]
    learned = _learned_scorers(scorers, pairs, teachers)
    for job, pair_teachers in zip(jobs, teachers, strict=True):
        job.set_lengths(
            LengthModel.estimate(
                [(len(job.source[i]), len(job.target[j])) for i, j in pair_teachers],
                job.lengths.ratio,
            )
        )
        job.beads = BEADS
    return [
        job.run(list(scorers), lock, anchor_scorers=learned)
        for job, lock in zip(jobs, locks, strict=True)
    ]


def _teachers(beads: Sequence[Bead], confident: float) -> list[tuple[int, int]]:
    """The 1-1 links a second pass may learn from: manual ones and confident automatic ones."""
    return [
        (b.source[0], b.target[0])
        for b in beads
        if len(b.source) == len(b.target) == 1 and (b.manual or (b.score or 0) >= confident)
    ]


def _learned_scorers(
    scorers: Sequence[Scorer], pairs: Sequence[Pair], teachers: Sequence[list[tuple[int, int]]]
) -> list[Scorer]:
    source = [s for p in pairs for s in p.source]
    target = [t for p in pairs for t in p.target]
    offsets, shifted = (0, 0), []
    for pair, links in zip(pairs, teachers, strict=True):
        shifted += [(i + offsets[0], j + offsets[1]) for i, j in links]
        offsets = (offsets[0] + len(pair.source), offsets[1] + len(pair.target))
    return [
        s.learned(source, target, shifted) if isinstance(s, LearningScorer) else s for s in scorers
    ]


def _checked_locks(locked: Sequence[Bead], n: int, m: int) -> list[Bead]:
    ordered = sorted(locked, key=lambda b: (min(b.source, default=-1), min(b.target, default=-1)))
    last_source = last_target = -1
    for bead in ordered:
        for side, indexes, last, size in (
            ("source", bead.source, last_source, n),
            ("target", bead.target, last_target, m),
        ):
            if any(k < 0 or k >= size for k in indexes):
                raise AlignmentError(f"manual link points outside the {side} ({indexes})")
            if indexes and (
                min(indexes) <= last or list(indexes) != list(range(min(indexes), max(indexes) + 1))
            ):
                raise AlignmentError(
                    f"manual links must be contiguous and in order on the {side} side "
                    f"(at sentence {min(indexes) + 1}); fix or unlock the crossing links"
                )
        last_source = max(bead.source, default=last_source)
        last_target = max(bead.target, default=last_target)
    return [replace(b, manual=True) for b in ordered]


class _Job:
    """One alignment run: the sentences, options and length model shared by its passes."""

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
        width = self.options.band if chain else self.options.band + abs(n - m)
        rows = band_rows(n, m, chain, width)

        def cost(a0: int, a1: int, b0: int, b1: int) -> float:
            return self._cost(i0 + a0, i0 + a1, j0 + b0, j0 + b1)

        skip = {
            (1, 0): self.priors[(1, 0)] + self.options.skip,
            (0, 1): self.priors[(0, 1)] + self.options.skip,
        }
        steps = best_path(n, m, rows, self.beads, cost, fixed=skip)
        return [self._bead(i0 + a0, i0 + a1, j0 + b0, j0 + b1) for a0, a1, b0, b1 in steps]

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

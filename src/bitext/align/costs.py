"""The values the aligner works with: bead types and their prior costs, the length model and
the cost of a bead, options, input pairs and output beads."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bitext._chars import is_nfc, nfc
from bitext.errors import AlignmentError

# The array types of the aligner (one place, imported by the modules that use NumPy).
Vector = npt.NDArray[np.float64]
Matrix = npt.NDArray[np.float64]
Indexes = npt.NDArray[np.int64]

BEADS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))
SIMPLE_BEADS = ((1, 1), (1, 0), (0, 1))
# Bead types the search does not choose but a link's score weighs as rivals (in the pass
# whose beads are final; 1-4 and 4-1 become path types where the first pass finds many 1-3
# or 3-1 beads: passes.second_pass_beads): a link that could as well be part of a larger
# bead (one sentence translated by four, two by three) is less certain. As rivals they
# raised the score AUC on 7 of 9 dev sets (news-dev 0.928 -> 0.934, German-French 0.712 ->
# 0.779, Chinese-English 0.817 -> 0.835; uk-lv and sw-zu fell, 0.722 -> 0.712 and 0.718 ->
# 0.696) and lowered the calibration error on 8; 1-4 and 4-1 as path types for every pair were
# tried earlier and not kept.
RIVAL_BEADS = ((1, 4), (4, 1), (2, 3), (3, 2))
# The most sentences a side of any bead priced (what a banded scorer must reach).
LARGEST_BEAD = max(max(bead) for bead in BEADS + RIVAL_BEADS)
# -log P(bead type), from the bead frequencies Gale and Church (1993) report (1-1: 0.89,
# 1-0 and 0-1: 0.0099 together, 2-1 and 1-2: 0.089 together, 2-2: 0.011); 3-1 and 1-3 are
# given the cost of 2-2 plus one more merge, the rivals (1-4, 4-1, 2-3, 3-2) the cost of
# 3-1 plus one more again.
GALE_CHURCH = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
    (3, 1): 0.011 / 2,
    (1, 3): 0.011 / 2,
    **dict.fromkeys(RIVAL_BEADS, 0.011 / 4),
}


def initial_priors(n: int, m: int, unlinked_by_size: bool = True) -> dict[tuple[int, int], float]:
    """-log P(bead type): Gale and Church's, except that with ``unlinked_by_size`` the share
    of sentences without counterpart is at least what the size difference implies (a summary
    against its original leaves most of the original unlinked)."""
    probabilities = dict(GALE_CHURCH)
    if not unlinked_by_size:
        return {bead: -math.log(p) for bead, p in probabilities.items()}
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
    link needs to teach word pairs; ``temperature``: how sharply the link scores (posterior
    probabilities) follow cost differences; ``reestimate``: in a pass with every bead
    type, re-estimate the pair's bead-type priors by one EM step before the search;
    ``first_pass_merges``: whether the first pass (with ``realign``) looks for merged beads
    too, or only 1-1, 1-0 and 0-1 beads; ``None`` decides by the scorers: merges where the
    scorers that learn know no words of the pair (no lexicon, or one that knows under a
    fifth of the content words on one side: :func:`~bitext.align.kinds.scorers_know_words`),
    so that the word pairs they learn come from whole translations rather than from the 1-1
    part of a merge.
    """

    skip: float = 0.0
    similarity_weight: float = 24.0
    boundary_penalty: float = 1.5
    band: int = 8
    anchor_threshold: float = 0.3
    realign: bool = True
    confident: float = 0.9
    temperature: float = 1.0
    reestimate: bool = True
    first_pass_merges: bool | None = None


@dataclass(frozen=True, slots=True)
class Bead:
    """A link between sentence positions: source and target indexes, score, manual or not."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float | None = None
    manual: bool = False


# A bead that ends inside a sentence on both sides (where each side's break is one its
# segmenter reads as no sentence end: a list's "1." / "Ring" (Hideo Nakata, 1998), "(CNN)
# Billionaire oilman T." / "Boone Pickens is ...", split so on both sides by a simpler rule)
# costs this many times the similarity weight more: twice the most that two links' shares
# of similarity can gain over their merged bead's, so such a sentence is not cut in two on
# both sides for the similarity of its halves. Only a lone such break counts (neither
# break beside it read so: a run is more often a list, "Appendix A." / "Appendix B." /
# ..., which the cost would leave no good path through). A break read so on one side only
# is left to the bead priors (see CostModel.costs): "... known as "K."" / "(CNN) Britain's
# ..." is one sentence to the segmenter and two to the gold. Measured on a second held-out
# sample (see bench/data/align): strict F1 0.888 / 0.885 / 0.873 -> 0.902 / 0.891 / 0.891,
# score AUC 0.800 / 0.852 / 0.790 -> 0.909 / 0.927 / 0.894 (news, summaries, nk); the dev
# sets' beads are the same both ways round (the scores of one news-dev and one nk-dev
# document move).
SPLIT_SENTENCE_COST = 2.0
# Beyond this cost a length mismatch counts the same (erfc below 1e-12 is noise).
MAX_LENGTH_COST = -math.log(1e-12)
# Gale and Church's variance of a length difference, per character of the source (scaled by
# the ratio of the two languages' lengths).
GALE_CHURCH_VARIANCE = 6.8
# Abramowitz and Stegun 7.1.26: erfc(x) = t exp(-x^2) (a1 t + ... + a5 t^5), t = 1/(1 + p x).
_AS_P = 0.3275911
_AS_A = (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)


def log_erfc(x: Vector) -> Vector:
    """log(erfc(x)) for x >= 0 (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7),
    computed as a logarithm so that it keeps falling where erfc itself underflows."""
    t = 1.0 / (1.0 + _AS_P * x)
    poly = np.zeros_like(x)
    for coefficient in _AS_A:
        poly = poly * t + coefficient
    result: Vector = np.log(poly * t) - x * x
    return result


@dataclass(frozen=True, slots=True)
class LengthModel:
    """Gale-Church length model: target length ~ ratio * source length, with a variance."""

    ratio: float
    variance: float

    def costs(self, source_length: Vector | Indexes, target_length: Vector | Indexes) -> Vector:
        """-log of the probability of each length difference (0 for a perfect match)."""
        delta = np.abs(target_length - self.ratio * source_length) / self.deviations(
            source_length, target_length
        )
        result: Vector = np.minimum(-log_erfc(delta / math.sqrt(2)), MAX_LENGTH_COST)
        return result

    def deviations(
        self, source_length: Vector | Indexes, target_length: Vector | Indexes
    ) -> Vector:
        """The standard deviation of the target length around ``ratio`` times the source
        length, for each pair of lengths (it grows with the text's mean length)."""
        mean = np.maximum(1.0, (source_length + target_length / self.ratio) / 2)
        result: Vector = np.sqrt(mean * self.variance)
        return result

    def cost(self, source_length: int, target_length: int) -> float:
        """:meth:`costs` of one pair of lengths."""
        return float(self.costs(np.asarray([source_length]), np.asarray([target_length]))[0])

    @classmethod
    def estimate(cls, pairs: Sequence[tuple[int, int]], fallback: float) -> LengthModel:
        """Estimate ratio and variance from (source length, target length) pairs."""
        if len(pairs) < 5:
            return cls.gale_church(fallback)
        # Empty sentences (length 0) may be among the pairs: a ratio of 0 would give every
        # length the same cost, and a division by it fail.
        ratio = float(np.median([t / max(s, 1) for s, t in pairs])) or fallback
        residuals = [(t - ratio * s) ** 2 / max(1.0, (s + t / ratio) / 2) for s, t in pairs]
        # Confident pairs understate the spread; Gale and Church's variance is the floor.
        floor = GALE_CHURCH_VARIANCE * ratio
        return cls(ratio, max(math.fsum(residuals) / len(residuals), floor))

    @classmethod
    def from_means(cls, source: Sequence[str], target: Sequence[str]) -> LengthModel:
        """The model before any link is known, where part of one side may be left without
        counterpart: the ratio of mean sentence lengths (not of totals: a summary has far
        fewer sentences than its original, of about the same length)."""
        mean_s = sum(map(len, source)) / max(1, len(source)) or 1.0
        mean_t = sum(map(len, target)) / max(1, len(target)) or 1.0
        return cls.gale_church(mean_t / mean_s)

    @classmethod
    def from_totals(cls, source: Sequence[str], target: Sequence[str]) -> LengthModel:
        """The model before any link is known, for a translation whose every sentence is
        linked: the ratio of total lengths."""
        return cls.gale_church((sum(map(len, target)) or 1) / (sum(map(len, source)) or 1))

    @classmethod
    def gale_church(cls, ratio: float) -> LengthModel:
        """The model with this ratio and Gale and Church's variance (scaled by it)."""
        return cls(ratio, GALE_CHURCH_VARIANCE * ratio)


@dataclass(frozen=True)
class CostModel:
    """The cost of a bead: its type's prior, its length difference, a penalty for spanning a
    paragraph boundary, minus its weighted similarity, plus :data:`SPLIT_SENTENCE_COST`
    times the similarity weight where it ends inside a sentence on both sides (at a lone
    break read as no sentence end on each). One pair's
    sentence lengths and paragraph numbers are kept as arrays (indexes are the pair's, not a
    gap's)."""

    lengths: LengthModel
    priors: Mapping[tuple[int, int], float]
    options: AlignOptions
    source_ends: Indexes  # prefix sums of sentence lengths
    target_ends: Indexes
    source_blocks: Indexes | None
    target_blocks: Indexes | None
    source_joins: Indexes | None = None  # prefix counts of the breaks read as no sentence end
    target_joins: Indexes | None = None
    # 1 after each number of sentences at which a side has a lone break read as no sentence
    # end (None where it has none; :func:`_inside_sentence`)
    source_inside: Indexes | None = None
    target_inside: Indexes | None = None

    @classmethod
    def for_pair(
        cls,
        pair: Pair,
        lengths: LengthModel,
        options: AlignOptions,
        unlinked_by_size: bool = True,
    ) -> CostModel:
        """The model of one pair, with the given length model and Gale and Church's priors
        (adjusted to the pair's sizes with ``unlinked_by_size``: :func:`initial_priors`)."""
        return cls(
            lengths,
            initial_priors(len(pair.source), len(pair.target), unlinked_by_size),
            options,
            _prefix_sums(pair.source),
            _prefix_sums(pair.target),
            _array(pair.source_blocks),
            _array(pair.target_blocks),
            _prefix_counts(pair.source_joins, len(pair.source), "source"),
            _prefix_counts(pair.target_joins, len(pair.target), "target"),
            _inside_sentence(pair.source_joins),
            _inside_sentence(pair.target_joins),
        )

    def skip_costs(self) -> dict[tuple[int, int], float]:
        """The constant costs of 1-0 and 0-1 beads."""
        return {
            (1, 0): self.priors[(1, 0)] + self.options.skip,
            (0, 1): self.priors[(0, 1)] + self.options.skip,
        }

    def costs(self, a: int, b: int, rows: Indexes, columns: Indexes, similarity: Vector) -> Vector:
        """The costs of the beads joining source [i - a, i) to target [j - b, j) for the cells
        (i, j) = (rows[k], columns[k]), given their similarities (0..1). Each break inside a
        bead that the segmenter reads as no sentence end takes its share of the bead type's
        extra prior cost over a 1-1 bead off (all of them: priced like a 1-1 bead); a bead
        that ends at a lone such break on both sides costs :data:`SPLIT_SENTENCE_COST` times
        the similarity weight more."""
        source_length = self.source_ends[rows] - self.source_ends[rows - a] + a - 1
        target_length = self.target_ends[columns] - self.target_ends[columns - b] + b - 1
        cost = self.lengths.costs(source_length, target_length) + self.priors[(a, b)]
        cost -= self.options.similarity_weight * similarity
        spans = np.zeros(len(rows))
        if self.source_blocks is not None and a > 1:
            spans += self.source_blocks[rows - a] != self.source_blocks[rows - 1]
        if self.target_blocks is not None and b > 1:
            spans += self.target_blocks[columns - b] != self.target_blocks[columns - 1]
        result: Vector = cost + self.options.boundary_penalty * spans
        if a + b > 2:
            share = (self.priors[(a, b)] - self.priors[(1, 1)]) / (a + b - 2)
            result -= share * self._joined(a, b, rows, columns)
        if self.source_inside is not None and self.target_inside is not None and a and b:
            split = self.source_inside[rows] & self.target_inside[columns]
            result += SPLIT_SENTENCE_COST * self.options.similarity_weight * split
        return result

    def _joined(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Indexes:
        """How many breaks inside each bead the segmenter reads as no sentence end."""
        joined = np.zeros(len(rows), dtype=np.int64)
        if self.source_joins is not None and a > 1:
            joined += self.source_joins[rows - 1] - self.source_joins[rows - a]
        if self.target_joins is not None and b > 1:
            joined += self.target_joins[columns - 1] - self.target_joins[columns - b]
        return joined


def _prefix_sums(sentences: Sequence[str]) -> Indexes:
    return np.concatenate(([0], np.cumsum([len(s) for s in sentences], dtype=np.int64)))


def _prefix_counts(joins: Sequence[bool] | None, sentences: int, side: str) -> Indexes | None:
    """``counts[k]``: how many of the breaks after sentences 0 .. k - 1 are joins (so the
    breaks inside sentences [s, e) number ``counts[e - 1] - counts[s]``)."""
    if joins is None:
        return None
    if len(joins) != max(0, sentences - 1):
        raise AlignmentError(
            f"{side}_joins has {len(joins)} values for {sentences} sentences; give one for "
            "each sentence but the last (or None)"
        )
    counts = np.zeros(len(joins) + 1, dtype=np.int64)
    counts[1:] = np.cumsum(np.asarray(joins, dtype=np.int64))
    return counts


def _inside_sentence(joins: Sequence[bool] | None) -> Indexes | None:
    """``inside[k]`` is 1 where the break after the first ``k`` sentences is read as no
    sentence end (``joins[k - 1]``) and neither break beside it is, else 0 (so at 0 and
    after the last sentence); None where no break is (nothing to look up). A run of such
    breaks is more often a list the segmenter reads as one sentence ("Appendix A." /
    "Appendix B." / ...) than one sentence split three times."""
    if joins is None or not any(joins):
        return None
    joined = np.zeros(len(joins) + 2, dtype=np.int64)
    joined[1:-1] = np.asarray(joins, dtype=np.int64)
    inside: Indexes = joined.copy()
    inside[1:-1] &= (1 - joined[:-2]) & (1 - joined[2:])
    return inside


def _array(blocks: Sequence[int] | None) -> Indexes | None:
    return None if blocks is None else np.asarray(blocks, dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Pair:
    """One document pair to align: sentences, locked (manual) beads, paragraph numbers, and
    per side whether each sentence and the next read as one sentence to the language's
    segmenter (:func:`bitext.segment.joined_lines`; a bead that joins them costs no more
    than a 1-1 bead would, and a link that ends between such lines on both sides, neither
    break beside being such, costs :data:`SPLIT_SENTENCE_COST` times the similarity weight
    more; ``None``: not known)."""

    source: Sequence[str]
    target: Sequence[str]
    locked: Sequence[Bead] = ()
    source_blocks: Sequence[int] | None = None
    target_blocks: Sequence[int] | None = None
    source_joins: Sequence[bool] | None = None
    target_joins: Sequence[bool] | None = None

    def __post_init__(self) -> None:
        # Text is NFC inside the library: sentences given in another normalization (NFD
        # Hangul from a macOS tool) are composed here, or their words and lengths would not
        # compare with the other side's; NFC sentences are kept as given (no copy).
        for side in ("source", "target"):
            sentences = getattr(self, side)
            if not all(map(is_nfc, sentences)):
                object.__setattr__(self, side, [nfc(s) for s in sentences])

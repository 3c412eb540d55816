"""The values the aligner works with: bead types and their prior costs, the length model,
options, input pairs and output beads."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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

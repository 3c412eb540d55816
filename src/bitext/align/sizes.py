"""What the lengths between and outside a pair's anchors tell: whether one side holds text
the other lacks (a summary's original), or the two hold the same text, however it is cut
into sentences (a translation).

Between two consecutive anchors a translation has about as much text on each side (its
sentences may be split or joined: characters are not lost), up to the noise of
Gale and Church's length model. An original against its summary has runs of sentences with
no counterpart, and so, between some anchors, far more text on one side than the other's
explains. That is measured here (:func:`one_sided_share`), so that a pair whose sides differ
little in sentences can still be told a summary from a splitting translation by what lies
between its anchors. A summary that leaves out a sentence here and there loses text evenly
between all anchors, which that cannot see; outside the anchors' own sentence pairs, its
original still holds more than their length ratio explains (:func:`unanchored_excess`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bitext.align.band import Anchor
from bitext.align.costs import LengthModel, Pair, Vector

# Text beyond this many standard deviations of the length model is unexplained.
NOISE_DEVIATIONS = 2.0


def one_sided_share(pair: Pair, anchors: Sequence[Anchor]) -> float:
    """How much more of one side than of the other is unexplained by the other side's
    length, between consecutive anchors (the pair's start and end included): the share of
    the target's characters beyond :data:`NOISE_DEVIATIONS` standard deviations of the
    length model (ratio: the median of the stretches' ratios, weighted by their lengths),
    less the same share of the source's, as an absolute value.

    About 0 for a translation (what noise or a wrong anchor leaves is on both sides alike;
    on the English-Korean, German-French and Chinese-English benchmark documents at most
    0.065 with five anchors or more), about the share of text left out for a summary
    against its original (runs of sentences deleted from one side: 0.06 to 0.8, most above
    0.1). With a few anchors, one of them wrong, it means nothing (a Chinese chapter with
    one, far off the diagonal: 0.55)."""
    source = _stretches([len(s) for s in pair.source], [i for i, _ in anchors])
    target = _stretches([len(t) for t in pair.target], [j for _, j in anchors])
    both = (source > 0) & (target > 0)
    if not both.any():
        return 0.0
    ratio = _weighted_median(target[both] / source[both], source[both] + target[both])
    spread = NOISE_DEVIATIONS * LengthModel.gale_church(ratio).deviations(source, target)
    in_target = np.maximum(0.0, target - ratio * source - spread).sum() / target.sum()
    in_source = np.maximum(0.0, source - (target + spread) / ratio).sum() / source.sum()
    return float(abs(in_target - in_source))


def unanchored_excess(pair: Pair, anchors: Sequence[Anchor]) -> float:
    """How many times more text one side holds outside the anchors' sentence pairs than the
    other side's text there explains, by the ratio of the anchor pairs' own lengths (their
    median): about 1 for a translation, however it splits sentences (the text outside the
    anchors is translated as the anchors are), more for a summary's original, which holds
    the text the summary left out, in runs or a sentence here and there (spread evenly, it
    moves every stretch between anchors alike, which :func:`one_sided_share` cannot see).
    English-Korean news translations with five strong anchors or more: 0.81-1.22; their
    real summaries 1.39-7.4, and made by deleting every other or a random 45% of the
    English sentences 1.5-2.8. 1.0 without anchors."""
    if not anchors:
        return 1.0
    source = np.asarray([len(s) for s in pair.source], dtype=np.float64)
    target = np.asarray([len(t) for t in pair.target], dtype=np.float64)
    rows = np.asarray([i for i, _ in anchors], dtype=np.int64)
    columns = np.asarray([j for _, j in anchors], dtype=np.int64)
    ratio = float(np.median(target[columns] / np.maximum(source[rows], 1.0))) or 1.0
    explained = ratio * (source.sum() - source[rows].sum()) + 1.0
    outside = target.sum() - target[columns].sum() + 1.0
    return float(max(outside / explained, explained / outside))


def _stretches(lengths: Sequence[int], cuts: Sequence[int]) -> Vector:
    """The characters of a side between consecutive cuts (its start and end added)."""
    totals = np.concatenate(([0.0], np.cumsum(np.asarray(lengths, dtype=np.float64))))
    edges = np.asarray([0, *cuts, len(lengths)], dtype=np.int64)
    result: Vector = np.diff(totals[edges])
    return result


def _weighted_median(values: Vector, weights: Vector) -> float:
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, cumulative[-1] / 2)])

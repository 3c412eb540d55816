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
original still holds more than their length ratio explains (:func:`unanchored_excess`),
measured outside each anchor grown into the bead its neighbours complete
(:func:`anchor_beads`: a translation that splits a sentence in two has one half anchored,
the other beside it).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bitext.align.band import Anchor
from bitext.align.costs import LengthModel, Pair, Vector
from bitext.align.gaps import Bound, similarity

# An anchor's sentence pair and, grown by a neighbour, the 1-2 or 2-1 bead it lies in.
AnchorBead = tuple[tuple[int, ...], tuple[int, ...]]

# Text beyond this many standard deviations of the length model is unexplained.
NOISE_DEVIATIONS = 2.0
# How much more similar an anchor's sentences must be merged with a neighbour than alone
# for anchor_beads to grow it by that neighbour. Over news-dev, nk-dev and jhe-dev: 39 of
# the 1036 anchors the gold links one to one grown (0: 58, 0.05: 20); with every two
# English sentences of 1-1 links joined, 330 of the 580 anchors on one half grown into the
# gold's 1-2 bead (0: 369, 0.05: 258).
GROWTH_GAIN = 0.02


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


def unanchored_excess(pair: Pair, beads: Sequence[AnchorBead]) -> float:
    """How many times more text one side holds outside the anchors' ``beads`` (their
    sentence pairs, or what :func:`anchor_beads` grew them into) than the other side's text
    there explains, by the ratio of the beads' own lengths (their median): about 1 for a
    translation, however it splits sentences (the text outside the anchors is translated
    as the anchors are), more for a summary's original, which holds the text the summary
    left out, in runs or a sentence here and there (spread evenly, it moves every stretch
    between anchors alike, which :func:`one_sided_share` cannot see). English-Korean news
    translations with five strong anchors or more: 0.81-1.22 as anchored, 1.01-1.19 with
    the beads grown (one nk-test document whose sides differ by 4% in sentences 1.46), and
    with every two English sentences of 1-1 links joined into one 1.01-1.27 grown (1.5-2.9
    not); their real summaries 1.39-7.4 as anchored, 1.27-7.1 grown; made by deleting a
    random 45% of the English sentences 1.3-2.7 grown. 1.0 without anchors."""
    if not beads:
        return 1.0
    source = np.asarray([len(s) for s in pair.source], dtype=np.float64)
    target = np.asarray([len(t) for t in pair.target], dtype=np.float64)
    rows = [i for sources, _ in beads for i in sources]
    columns = [j for _, targets in beads for j in targets]
    ratios = [target[list(t)].sum() / max(source[list(s)].sum(), 1.0) for s, t in beads]
    ratio = float(np.median(ratios)) or 1.0
    explained = ratio * (source.sum() - source[rows].sum()) + 1.0
    outside = target.sum() - target[columns].sum() + 1.0
    return float(max(outside / explained, explained / outside))


def one_to_one(anchors: Sequence[Anchor]) -> list[AnchorBead]:
    """The anchors as beads of one sentence a side."""
    return [((i,), (j,)) for i, j in anchors]


def anchor_beads(bound: Bound, pair: Pair, anchors: Sequence[Anchor]) -> list[AnchorBead]:
    """Each anchor grown by the neighbour on the side with more sentences (:func:`_growths`)
    that raises the similarity of its bead most (by :data:`GROWTH_GAIN` or more; no other
    anchor's sentence): the 1-2 or 2-1 bead of a sentence a translation split in two, whose
    one half the anchor ties; else the anchor's own sentence pair. With the bound scorers'
    similarity, so any scorer's."""
    if not anchors:
        return []
    rows = np.asarray([i for i, _ in anchors], dtype=np.int64)
    columns = np.asarray([j for _, j in anchors], dtype=np.int64)
    beads = one_to_one(anchors)
    best = similarity(bound, 1, 1, rows + 1, columns + 1) + GROWTH_GAIN
    for on_target, step in _growths(pair):
        grown, other = (columns, rows) if on_target else (rows, columns)
        neighbours = grown + step
        size = len(pair.target) if on_target else len(pair.source)
        free = (neighbours >= 0) & (neighbours < size) & ~np.isin(neighbours, grown)
        if not free.any():
            continue
        ends = (grown + 1 + max(step, 0))[free], other[free] + 1
        merged = np.zeros(len(anchors))
        if on_target:
            merged[free] = similarity(bound, 1, 2, ends[1], ends[0])
        else:
            merged[free] = similarity(bound, 2, 1, ends[0], ends[1])
        for k in np.nonzero(merged > best)[0].tolist():
            best[k] = merged[k]
            pairing = tuple(sorted((int(grown[k]), int(neighbours[k]))))
            beads[k] = ((int(rows[k]),), pairing) if on_target else (pairing, (int(columns[k]),))
    return beads


def _growths(pair: Pair) -> list[tuple[bool, int]]:
    """The ways :func:`anchor_beads` grows anchors (on the target side or not, by the
    sentence before or after): on the side with more sentences, where a translation's
    split halves lie (both sides if they have as many). Growing the other side would
    take in its own text outside the anchors and hide the excess of the longer side."""
    steps = [(True, -1), (True, 1), (False, -1), (False, 1)]
    n, m = len(pair.source), len(pair.target)
    return [(on_target, step) for on_target, step in steps if (m >= n if on_target else n >= m)]


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

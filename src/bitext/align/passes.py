"""One document pair's alignment as pure steps with values between them.

``first_pass(pair, scorers)`` -> :class:`FirstPass` (beads, confident links, what they teach,
the length model) -> :func:`learned_lexicon` of many first passes -> ``second_pass``. Inside
a pass: the scorers are bound to the pair, anchors found in every gap between manual links,
the length model chosen from all anchors at once or the sizes of the two sides
(:func:`starting_lengths`; whether the pair is a translation or a summary's original is
:mod:`bitext.align.kinds`'s to tell), then each gap's band priced (one array of bead costs per
bead type), searched, and every chosen bead given its posterior probability
(:mod:`bitext.align.gaps`), calibrated where only lengths placed the links (:func:`calibrated`).
The second pass reads its length model, merged beads' priors and bead types off the first
(:func:`second_lengths`, :func:`with_merges_as_grown`, :func:`with_merges_as_found`,
:func:`second_pass_beads`). Each pass runs with Python's cyclic garbage collector paused
(:mod:`bitext._collector`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bitext._collector import with_collector_paused
from bitext.align.band import Anchor
from bitext.align.costs import (
    BEADS,
    RIVAL_BEADS,
    SIMPLE_BEADS,
    AlignOptions,
    Bead,
    CostModel,
    LengthModel,
    Pair,
    Progress,
)
from bitext.align.gaps import Bound, align_gaps, anchor_chain, bind, scored_candidates
from bitext.align.kinds import (
    ENOUGH_ANCHORS,
    scorers_know_words,
    sizes_differ,
    sizes_tell_unlinked,
)
from bitext.align.learning import WordCounts, pooled_counts
from bitext.align.lexicon import Lexicon
from bitext.align.locks import checked_locks, gaps_between
from bitext.align.scoring import LearningScorer, Scorer
from bitext.align.sizes import AnchorBead, anchor_beads

# The score a first-pass link needs to teach word pairs where only lengths placed the links.
LENGTHS_ONLY_CONFIDENT = 0.5
# Where only lengths placed the links, the power that calibrates their scores (chosen on the
# MAC Chinese-English dev chapters: calibration error 0.147 -> 0.079; 1.5 gave 0.097, 3 0.100).
LENGTHS_ONLY_SHARPNESS = 2.0
# The share of the first-pass links of a pair whose sizes tell what is left out (a
# summary's original, or a translation of close sizes) that must grow into 1-2 or 2-1 beads
# (anchor_beads), ENOUGH_ANCHORS of them at least, for the second pass to estimate its
# length model from the grown beads and give their type that share as its prior
# (grown_links): the benchmark's dev documents, either language the source, 0-8%, jhe-dev
# and nk-dev made summaries whose every two kept English sentences are joined into one
# 21-44%. Those probes 0.417 / 0.433 -> 0.789 / 0.739 (a random 40% joined 0.798 / 0.766 ->
# 0.834 / 0.787); every dev set the same. 0.15 at first, where three held-out Korean-source
# summaries' originals (1-2 beads in their gold, 15% grown) fell 0.888 -> 0.881 (batch);
# raised to 0.2, the probes the same. Growing every such pair's links (no share needed):
# news-dev-summary 0.905 -> 0.898, its ratio moved by a few grown links; growing the links
# of pairs taken for translations too: news-dev joined in twos 0.823 -> 0.794 (their first
# pass has merges, and its 1-1 links are whole). Without the floor of grown links, a
# scattered summary aligned without a lexicon, 3 of its 16 links grown, fell 0.714 -> 0.689.
# The same share of a translation's first-pass links (merges looked for, words known) makes
# their type's prior that share (with_merges_as_found): the dev-made probes of translations
# that render each sentence by two 0.823 / 0.776 -> 0.864 / 0.821 (English joined), 0.767 /
# 0.695 -> 0.843 / 0.789 (Korean joined); every English-Korean dev set the same, MAC dev
# 0.722 -> 0.724 one at a time, 0.723 -> 0.722 batch. Without the share bar (every merge's
# share): news-test / nk-test 0.897 / 0.895 -> 0.893 / 0.893 (held out, seen); without the
# words known (pairs without a lexicon too): sw-zu dev 0.672 -> 0.648, uk-sw dev 0.733 ->
# 0.724 (batch).
GROWN_LINKS = 0.2


# The share of a first pass's links that must be 1-3 (or 3-1) beads for the second pass to
# take 1-4 (4-1) beads as path types (second_pass_beads; otherwise they are rivals only):
# MAC Chinese-English dev chapters (a 1-4 bead for every 40 links in their gold) 0.722 ->
# 0.755 batch (score AUC 0.869 -> 0.846), German-French dev 0.840 -> 0.853 (AUC 0.781 ->
# 0.757), Gujarati-Latvian dev 0.266 -> 0.284, Ukrainian-Swahili dev 0.733 -> 0.723; every
# English-Korean dev set the same (no first pass there finds that many). 1-4 and 4-1 as
# path types for every pair had been tried and not kept.
THREE_WAY_SPLITS = 0.05

BeadTypes = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class FirstPass:
    """What the first pass over one pair found: its beads, the confident 1-1 links to learn from,
    their word counts, the length model it settled on, whether the sizes of the sides told
    how much is left without counterpart (:func:`~bitext.align.kinds.sizes_tell_unlinked`) and
    whether the scorers knew the pair's words (:func:`~bitext.align.kinds.scorers_know_words`).
    A small value, sent back from a worker in a batch."""

    beads: list[Bead]
    teachers: tuple[tuple[int, int], ...]
    counts: WordCounts
    lengths: LengthModel
    unlinked_by_size: bool
    knows_words: bool


@with_collector_paused
def first_pass(
    pair: Pair,
    scorers: Sequence[Scorer],
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> FirstPass:
    """Align one pair once. With ``options.realign`` (the default) it finds confident links to
    learn word pairs from, with the bead types of :func:`first_pass_beads` (1-1, 1-0 and 0-1
    only where the scorers know the pair's words:
    :func:`~bitext.align.kinds.scorers_know_words`); without it, every type, and the beads are
    the final alignment."""
    options = options or AlignOptions()
    locks = checked_locks(pair.locked, len(pair.source), len(pair.target))
    gaps = gaps_between(locks, len(pair.source), len(pair.target))
    bound = bind(pair, scorers)
    candidates = [scored_candidates(bound, gap, options) for gap in gaps]
    chains = [found.anchors(options.anchor_threshold) for found in candidates]
    anchors = [anchor for chain in chains for anchor in chain]
    known = scorers_know_words(pair, scorers)
    unlinked = sizes_tell_unlinked(pair, bound, candidates, anchors, known)
    lengths = starting_lengths(pair, anchors, unlinked)
    model = CostModel.for_pair(pair, lengths, options, unlinked_by_size=unlinked)
    types = first_pass_beads(options, known and (unlinked or not sizes_differ(pair)))
    # Rivals only where these beads are the final ones: the scores a second pass learns
    # from stay those of the path's own bead types.
    rivals = () if options.realign else RIVAL_BEADS
    beads = align_gaps(bound, model, gaps, chains, locks, types, progress, rivals)
    # Where the pair is taken for a translation placed by lengths more than by anchors, few
    # links pass the usual bar: the pass then teaches from every 1-1 link more likely right
    # than wrong.
    confident = options.confident if unlinked else min(options.confident, LENGTHS_ONLY_CONFIDENT)
    teachers = tuple(confident_links(beads, confident)) if options.realign else ()
    counts = WordCounts()
    for scorer in scorers:
        if isinstance(scorer, LearningScorer) and teachers:
            counts = counts.merged(scorer.word_counts(pair.source, pair.target, teachers))
    beads = calibrated(beads, unlinked)
    return FirstPass(beads, teachers, counts, lengths, unlinked, known)


def starting_lengths(pair: Pair, anchors: Sequence[Anchor], unlinked: bool) -> LengthModel:
    """The length model of a first pass. Where sizes tell nothing (``unlinked`` false: all of both
    sides is linked), the ratio of total lengths; else estimated from
    :data:`~bitext.align.kinds.ENOUGH_ANCHORS` anchors or more, or the ratio of mean sentence
    lengths (the rest is a summary's or its original's). Anchored pairs understate the ratio of
    a translation that splits sentences: each is often one half of a split."""
    if not unlinked:
        return LengthModel.from_totals(pair.source, pair.target)
    if len(anchors) >= ENOUGH_ANCHORS:
        return LengthModel.estimate(_lengths(pair, anchors), 1.0)
    return LengthModel.from_means(pair.source, pair.target)


def first_pass_beads(options: AlignOptions, knows_words: bool) -> BeadTypes:
    """The bead types of the first pass: every type without ``realign`` (it is the only pass) or
    where ``options.first_pass_merges`` asks; else 1-1, 1-0 and 0-1 only, unless
    ``first_pass_merges`` is None and the scorers do not know words of the pair
    (:func:`~bitext.align.kinds.scorers_know_words`), or the pair is taken for a translation (no
    summary's original) whose sizes differ (:func:`~bitext.align.kinds.sizes_differ`):
    ``knows_words`` is then given false. Measured: with the English-Korean lexicon, a first pass
    without merges does as well on the dev sets (news-dev strict F1 0.915 against 0.910); for
    German-French, with none, merges in the first pass teach cleaner word pairs (dev document
    0.805 -> 0.824)."""
    merges = options.first_pass_merges
    if merges is None:
        merges = not knows_words
    return BEADS if merges or not options.realign else SIMPLE_BEADS


def learned_lexicon(firsts: Iterable[FirstPass]) -> Lexicon:
    """The word pairs all the pairs' first passes teach together (counts pooled in the
    order of the pairs, so that it is the same however the passes were distributed)."""
    return pooled_counts(first.counts for first in firsts).lexicon()


@with_collector_paused
def second_pass(
    pair: Pair,
    first: FirstPass,
    scorers: Sequence[Scorer],
    learned: Lexicon,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[Bead]:
    """Align one pair again, with every bead type, a length model estimated from the first
    pass's confident links (:func:`second_lengths`), merged beads' priors raised where the
    first pass shows many (:func:`with_merges_as_grown`, :func:`with_merges_as_found`), and
    the learned word pairs added to every learning scorer (for anchors and bead costs
    alike)."""
    options = options or AlignOptions()
    locks = checked_locks(pair.locked, len(pair.source), len(pair.target))
    gaps = gaps_between(locks, len(pair.source), len(pair.target))
    learning = [s.with_learned(learned) if isinstance(s, LearningScorer) else s for s in scorers]
    bound = bind(pair, learning)
    grown = grown_links(pair, bound, first)
    lengths = second_lengths(pair, first, grown)
    chains = [anchor_chain(bound, gap, options) for gap in gaps]
    model = CostModel.for_pair(pair, lengths, options, unlinked_by_size=first.unlinked_by_size)
    model = with_merges_as_found(with_merges_as_grown(model, pair, grown), first)
    types, rivals = second_pass_beads(first)
    beads = align_gaps(bound, model, gaps, chains, locks, types, progress, rivals)
    return calibrated(beads, first.unlinked_by_size)


def second_pass_beads(first: FirstPass) -> tuple[BeadTypes, BeadTypes]:
    """The second pass's bead types and rival types: :data:`BEADS` and :data:`RIVAL_BEADS`,
    with 1-4 (4-1) a type of the path rather than a rival where :data:`THREE_WAY_SPLITS` of
    the first pass's links or more are 1-3 (3-1): a translation that splits a sentence in
    three splits others in four (Chinese novels into English), and the search, which would
    never take a 1-4 bead, left one of its four sentences out."""
    types: BeadTypes = BEADS
    rivals: BeadTypes = RIVAL_BEADS
    for three, four in (((1, 3), (1, 4)), ((3, 1), (4, 1))):
        if _link_share(first, three) >= THREE_WAY_SPLITS:
            types = (*types, four)
            rivals = tuple(rival for rival in rivals if rival != four)
    return types, rivals


def grown_links(pair: Pair, bound: Bound, first: FirstPass) -> list[AnchorBead] | None:
    """The first pass's confident 1-1 links grown into the 1-2 or 2-1 beads their neighbours
    complete (:func:`~bitext.align.sizes.anchor_beads`), where the sizes told what is left out
    (a summary's original) and :data:`GROWN_LINKS` of them or more grow,
    :data:`~bitext.align.kinds.ENOUGH_ANCHORS` at least: a summary that joins the sentences it
    keeps, whose first pass, without merges, ties one half of each. None otherwise."""
    if not first.unlinked_by_size or len(first.teachers) < ENOUGH_ANCHORS:
        return None
    beads = anchor_beads(bound, pair, first.teachers)
    merged = _merged_share(beads)
    if merged < GROWN_LINKS or merged * len(beads) < ENOUGH_ANCHORS:
        return None
    return beads


def second_lengths(pair: Pair, first: FirstPass, grown: list[AnchorBead] | None) -> LengthModel:
    """The second pass's length model, estimated from the first pass's confident 1-1 links,
    or from the beads they grew into (:func:`grown_links`): the halves of joined sentences
    understate the ratio, and the second pass would leave the other halves out."""
    model = LengthModel.estimate(_lengths(pair, first.teachers), first.lengths.ratio)
    if grown is None:
        return model
    return LengthModel.estimate([_bead_lengths(pair, bead) for bead in grown], model.ratio)


def with_merges_as_grown(model: CostModel, pair: Pair, grown: list[AnchorBead] | None) -> CostModel:
    """The model with the prior of the merged beads the links grew into (1-2 where the
    target is the longer side, else 2-1) at least as likely as the share of links that
    grew (:func:`grown_links`; Gale and Church's 4.45% would leave most joined sentences
    half linked, half left out)."""
    if grown is None:
        return model
    merged = (1, 2) if len(pair.target) >= len(pair.source) else (2, 1)
    priors = dict(model.priors)
    priors[merged] = min(priors[merged], -math.log(_merged_share(grown)))
    return replace(model, priors=priors)


def with_merges_as_found(model: CostModel, first: FirstPass) -> CostModel:
    """The model with the prior of 1-2 and of 2-1 beads each at least as likely as its share
    of the first pass's links, where that pass looked for merges in a pair taken for a
    translation whose words the scorers know, and :data:`GROWN_LINKS` of its links or more
    are of that type (a translation that renders sentences by two: Gale and Church's 4.45%
    left many half linked, half left out, where the first pass had found them whole)."""
    if first.unlinked_by_size or not first.knows_words:
        return model
    priors = dict(model.priors)
    for merged in ((1, 2), (2, 1)):
        share = _link_share(first, merged)
        if share >= GROWN_LINKS:
            priors[merged] = min(priors[merged], -math.log(share))
    return replace(model, priors=priors)


def _link_share(first: FirstPass, bead_type: tuple[int, int]) -> float:
    """The share of the first pass's links (beads with sentences on both sides) that are of
    ``bead_type`` (0 without links)."""
    linked = [(len(b.source), len(b.target)) for b in first.beads if b.source and b.target]
    return linked.count(bead_type) / max(1, len(linked))


def _merged_share(beads: Sequence[AnchorBead]) -> float:
    """The share of beads with more than one sentence on a side."""
    return sum(1 for s, t in beads if len(s) + len(t) > 2) / max(1, len(beads))


def calibrated(beads: list[Bead], unlinked: bool) -> list[Bead]:
    """The beads with their scores as calibrated probabilities. Where the pair is taken for a
    translation whose sizes tell nothing (``unlinked`` false: too few anchors, or no
    lexicon and nothing left out), lengths place most links and the length model's
    posteriors are over-confident (Chinese-English novels: links scored 0.7-0.8 are right
    half the time); each automatic score is raised to the power
    :data:`LENGTHS_ONLY_SHARPNESS`, which keeps their order (and so the review order and
    AUC) and brings them near the share of right links."""
    if unlinked:
        return beads
    return [
        b
        if b.manual or b.score is None
        else replace(b, score=round(b.score**LENGTHS_ONLY_SHARPNESS, 4))
        for b in beads
    ]


def _lengths(pair: Pair, links: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(len(pair.source[i]), len(pair.target[j])) for i, j in links]


def _bead_lengths(pair: Pair, bead: AnchorBead) -> tuple[int, int]:
    """A bead's lengths on each side, as the cost model counts them (a space between two
    sentences)."""
    sources, targets = bead
    source = sum(len(pair.source[i]) for i in sources) + len(sources) - 1
    return source, sum(len(pair.target[j]) for j in targets) + len(targets) - 1


def confident_links(beads: Sequence[Bead], confident: float) -> list[tuple[int, int]]:
    """The 1-1 links a second pass may learn from: manual ones and confident automatic ones."""
    return [
        (b.source[0], b.target[0])
        for b in beads
        if len(b.source) == len(b.target) == 1 and (b.manual or (b.score or 0) >= confident)
    ]

"""One document pair's alignment as pure steps with values between them.

``first_pass(pair, scorers)`` -> :class:`FirstPass` (beads, confident links, what they teach,
the length model) -> :func:`learned_lexicon` of many first passes -> ``second_pass``. Inside
a pass: the scorers are bound to the pair, anchors found in every gap between manual links,
the length model chosen from all anchors at once or the sizes of the two sides
(:func:`starting_lengths`), then each gap's band priced (one array of bead costs per bead
type), searched, and every chosen bead given its posterior probability
(:mod:`bitext.align.gaps`), calibrated where only lengths placed the links
(:func:`calibrated`). Each pass runs with Python's cyclic garbage collector paused
(:mod:`bitext._collector`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bitext._collector import with_collector_paused
from bitext.align.band import (
    Anchor,
    Candidates,
)
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
from bitext.align.learning import WordCounts, pooled_counts
from bitext.align.lexicon import Lexicon
from bitext.align.locks import checked_locks, gaps_between
from bitext.align.scoring import LearningScorer, Scorer
from bitext.align.sizes import (
    AnchorBead,
    anchor_beads,
    one_sided_share,
    one_to_one,
    unanchored_excess,
)

# Anchors enough to estimate a pair's length model from, and to place what a summary leaves out.
ENOUGH_ANCHORS = 5
# In a pair with fewer than ENOUGH_ANCHORS anchors, one weak anchor (a 1-1 pair this
# similar) for this many sentences of the shorter side still places sentences left without
# counterpart; in a pair without a lexicon, one strong anchor for as many pins the path
# (sizes_tell_unlinked).
WEAK_ANCHOR = 0.1
SENTENCES_AN_ANCHOR = 10
# The score a first-pass link needs to teach word pairs where only lengths placed the links.
LENGTHS_ONLY_CONFIDENT = 0.5
# Where only lengths placed the links, the power that calibrates their scores (chosen on the
# MAC Chinese-English dev chapters: calibration error 0.147 -> 0.079; 1.5 gave 0.097, 3 0.100).
LENGTHS_ONLY_SHARPNESS = 2.0
# Without a lexicon, how many times the sentences of its shorter side a pair's longer side
# must have to be taken for a summary's original (English-Korean summaries aligned without
# the lexicon: 1.13-5.4, most above 1.65; Chinese-English novel chapters: 1.06-1.8), unless
# its scorers know words, its strong anchors are sparse and the text between its weak ones
# says it is a translation (text_tells_unlinked: the MAC test chapters above 1.6, held out,
# strict F1 0.691 -> 0.733 batch, 0.717 -> 0.751 one at a time).
SUMMARY_SIZES = 1.6
# Without a lexicon, the share of one side's text that the other's does not explain, between
# ENOUGH_ANCHORS weak anchors or more, that makes a pair with closer sizes a summary's
# original (one_sided_share: translations without a lexicon at most 0.065; German-French
# and English-Korean summaries made by deleting runs of sentences mostly 0.1 and more).
ONE_SIDED_TEXT = 0.1
# Where the scorers know a pair's words and strong anchors are dense, how many times more
# text one side must hold outside the anchors' sentence pairs than the other's explains
# (unanchored_excess) for a pair whose sides differ by a fifth in sentences to be taken for
# a summary's original though the text between its anchors is even (a summary that leaves
# out a sentence here and there): the benchmark's English-Korean translations 0.81-1.22,
# its summaries 1.39 and more. news-dev with a random half of the English of its 1-1 links
# deleted: 0.801 -> 0.850 (news-test so: 0.701 -> 0.822); held out, news-test-scattered
# (bench/make_heldout.py) 0.822 -> 0.855; every other set of the benchmark the same.
# Measured outside the anchors grown into the beads their neighbours complete
# (anchor_beads), the same bar keeps a translation with a summary's sizes from being taken
# for one where strong anchors are dense: news-dev and nk-dev with every two English
# sentences of 1-1 links joined into one (1.4-1.7 times the sentences) 0.343 -> 0.823 and
# 0.373 -> 0.776, a random 40% of them joined 0.828 -> 0.868 (nk-dev 0.806 either way);
# their excess 1.01-1.27 grown (1.5-2.9 not), the benchmark's summaries 1.27-7.1 grown;
# every set of the benchmark the same. Where the sizes differ like a summary's, the bar is
# SUMMARY_SIZES instead (an original with 1.6 times its summary's sentences holds about that
# much more text outside the anchors: the benchmark's summaries so sized, real or made by
# deleting sentences, 1.70 and more; translations with every two Korean sentences of 1-1
# links joined, 1.7 times the sentences, up to 1.45 grown: 0.302 / 0.279 -> 0.767 / 0.695).
UNANCHORED_EXCESS = 1.3
# The same measured over weak anchors, where the scorers know no words and strong anchors are
# sparse (text_left_out): some weak anchors are wrong, so the benchmark's English-Korean
# translations aligned without the lexicon reach 1.34, German-French ones 1.16; scattered
# summaries 1.53 and more, German-French summaries 1.26-2.47. English-Korean news-dev with
# every other 1-1 English sentence deleted, aligned without the lexicon, 0.597 -> 0.664 (a
# random 45%: 0.647 -> 0.722); German-French test documents with 30% of the German left
# out 0.826 -> 0.863 (batch; score AUC 0.875 -> 0.839); every other set the same.
UNANCHORED_EXCESS_WEAK = 1.45
# The share of a pair's content words a lexicon must know, on the side where it knows
# fewer, for the pair to be aligned as one with a lexicon (scorers_know_words): every
# English-Korean document of the benchmark 0.47 or more with the bundled lexicon (0.32 or
# more Korean to English); the MAC Chinese novels' chapters with the bundled
# Chinese-English lexicon 0.02-0.08 either way round (most character pairs are no word).
KNOWN_WORDS = 0.2
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
GROWN_LINKS = 0.2
# A pair one of whose sides has this many times the other's sentences or more is taken for
# a summary's original only where the text between its anchors says so, even where the
# scorers know its words (sizes_tell_unlinked), and, taken for a translation, has its first
# pass look for merged beads (first_pass_beads): a translation that splits sentences
# (Chinese novels into English, a third more sentences) aligned without merges leaves the
# second half of each split out, and the second pass learns its length model from the
# halves. With the sparse-anchor test of sizes_tell_unlinked, the MAC Chinese-English dev
# chapters with CC-CEDICT's words: strict F1 0.651 -> 0.723 (held out 0.665 -> 0.691); the
# English-Korean dev sets the same, held out news-test 0.895 -> 0.897 and nk-test 0.892 ->
# 0.895 (a summary's pair keeps its first pass without merges: with them, news-dev-summary
# 0.905 -> 0.902).
SPLIT_SIZES = 1.2


@dataclass(frozen=True)
class FirstPass:
    """What the first pass over one pair found: its beads, the confident 1-1 links to learn
    from, their word counts, the length model it settled on and whether the sizes of the
    sides told how much is left without counterpart (:func:`sizes_tell_unlinked`). A small
    value, sent back from a worker in a batch."""

    beads: list[Bead]
    teachers: tuple[tuple[int, int], ...]
    counts: WordCounts
    lengths: LengthModel
    unlinked_by_size: bool


@with_collector_paused
def first_pass(
    pair: Pair,
    scorers: Sequence[Scorer],
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> FirstPass:
    """Align one pair once. With ``options.realign`` (the default) it finds confident links
    to learn word pairs from, with the bead types of :func:`first_pass_beads` (1-1, 1-0 and
    0-1 only where the scorers know the pair's words: :func:`scorers_know_words`); without
    it, every type, and the beads are the final alignment."""
    options = options or AlignOptions()
    locks = checked_locks(pair.locked, len(pair.source), len(pair.target))
    gaps = gaps_between(locks, len(pair.source), len(pair.target))
    bound = bind(pair, scorers)
    candidates = [scored_candidates(bound, gap, options) for gap in gaps]
    chains = [found.anchors(options.anchor_threshold) for found in candidates]
    anchors = [anchor for chain in chains for anchor in chain]
    known = scorers_know_words(pair, scorers)
    unlinked = sizes_tell_unlinked(pair, bound, candidates, anchors, options, known)
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
    return FirstPass(beads, teachers, counts, lengths, unlinked)


def sizes_tell_unlinked(
    pair: Pair,
    bound: Bound,
    candidates: Sequence[Candidates],
    anchors: Sequence[Anchor],
    options: AlignOptions,
    knows_words: bool = True,
) -> bool:
    """Whether the sizes of the two sides may tell how much of either is left without
    counterpart (a summary against its original: :func:`initial_priors`), or the pair is
    taken for the more common translation. Where nothing but lengths can place a sentence,
    a sentence left out cannot be told from half of a sentence the translation split in two
    (Chinese into English: a third more sentences, none left out). So:

    - Sizes that differ like a summary's (:data:`SUMMARY_SIZES` times the sentences or
      more) tell, unless the scorers know words and what the anchors leave says
      translation: with sparse strong anchors, the text between the weak ones
      (:func:`text_tells_unlinked`: a novel's chapter that splits two sentences in five,
      tied by a lexicon of everyday words); with dense ones, the text outside their beads,
      each grown by the neighbour that completes it (:func:`unanchored_excess` under
      :data:`SUMMARY_SIZES`: a translation that renders each sentence by two, whose
      anchors tie one half). Where no words are known, a sentence merged into its
      neighbour's link and one left out look alike, and the sizes tell.
    - Closer sizes, where the scorers know no words (a pair without a lexicon, or with one
      that knows too few of its words, :func:`scorers_know_words`), strong anchors are
      sparse (under one for every :data:`SENTENCES_AN_ANCHOR` sentences of the shorter
      side) or one side has a fifth more sentences (:func:`sizes_differ`: numbers and names
      anchor a translation's sentence pairs, and the sentence a split left beside an anchor
      still looks left out): the pair is a summary's original only where its text shows
      part of one side left out (:func:`text_left_out`): between :data:`ENOUGH_ANCHORS`
      weak anchors or more (:data:`ONE_SIDED_TEXT` of one side's characters or more that
      the other side's lengths do not explain; fewer anchors, often one wrong one, tell
      nothing), or outside the anchors' beads (:func:`unanchored_excess`: a summary that
      leaves out a sentence here and there, whose text between anchors is as even as a
      translation's; the strong anchors grown by :func:`~bitext.align.sizes.anchor_beads`,
      the weak ones as they are); where no words are known, only with sparse strong anchors
      (denser ones pin the path, and a translation's priors, which assume no one-for-one
      sentence count, serve better there).
    - Otherwise sizes tell with :data:`ENOUGH_ANCHORS` anchors, or one weak anchor
      (similarity :data:`WEAK_ANCHOR`) for every :data:`SENTENCES_AN_ANCHOR` sentences of
      the shorter side.

    ``candidates``: the anchor candidates of each gap (:func:`scored_candidates`)."""
    shorter = max(1, min(len(pair.source), len(pair.target)))
    weak: list[Anchor] | None = None
    sparse = len(anchors) * SENTENCES_AN_ANCHOR < shorter
    sizes_close = max(len(pair.source), len(pair.target)) < SUMMARY_SIZES * shorter
    if not sizes_close:
        if sparse and knows_words:
            weak = weak_anchors(candidates)
            if text_tells_unlinked(pair, weak) is False:
                return False
        elif knows_words and not _excess_outside(pair, bound, anchors, SUMMARY_SIZES):
            return False
    elif not knows_words or sparse or sizes_differ(pair):
        weak = weak_anchors(candidates)
        if not text_left_out(pair, bound, anchors, weak, knows_words, sparse):
            return False
    if len(anchors) >= ENOUGH_ANCHORS:
        return True
    if weak is None:
        weak = weak_anchors(candidates)
    return len(weak) * SENTENCES_AN_ANCHOR >= shorter


def text_left_out(
    pair: Pair,
    bound: Bound,
    anchors: Sequence[Anchor],
    weak: Sequence[Anchor],
    knows_words: bool,
    sparse: bool,
) -> bool:
    """Whether a pair's text shows part of one side left out, for
    :func:`sizes_tell_unlinked`: between the ``weak`` anchors (:func:`text_tells_unlinked`),
    or outside the anchors' sentence pairs (:func:`unanchored_excess`): the strong
    ``anchors``' where the scorers know words and strong anchors are dense
    (:data:`UNANCHORED_EXCESS`), the weak ones' where no words are known and strong anchors
    are ``sparse`` (:data:`UNANCHORED_EXCESS_WEAK`: weak anchors, some wrong, measure it
    less surely). Never where no words are known and strong anchors are dense: they pin the
    path, and a translation's priors serve better there."""
    if not knows_words and not sparse:
        return False
    if text_tells_unlinked(pair, weak):
        return True
    if knows_words:
        return not sparse and _excess_outside(pair, bound, anchors)
    weak_excess = unanchored_excess(pair, one_to_one(weak))
    return len(weak) >= ENOUGH_ANCHORS and weak_excess >= UNANCHORED_EXCESS_WEAK


def _excess_outside(
    pair: Pair, bound: Bound, anchors: Sequence[Anchor], bar: float = UNANCHORED_EXCESS
) -> bool:
    """Whether one side holds ``bar`` times (:data:`UNANCHORED_EXCESS` unless given) the
    text outside the strong anchors' beads that the other's explains
    (:func:`unanchored_excess`, each anchor grown into the bead its neighbours complete:
    :func:`anchor_beads`)."""
    return unanchored_excess(pair, anchor_beads(bound, pair, anchors)) >= bar


def text_tells_unlinked(pair: Pair, weak: Sequence[Anchor]) -> bool | None:
    """What the text between the ``weak`` anchors tells of the pair: true where
    :data:`ONE_SIDED_TEXT` of one side's characters or more is unexplained by the other
    side's lengths (a summary's original: :func:`one_sided_share`), false where less is (a
    translation), None with fewer than :data:`ENOUGH_ANCHORS` anchors (it tells nothing)."""
    if len(weak) < ENOUGH_ANCHORS:
        return None
    return one_sided_share(pair, weak) >= ONE_SIDED_TEXT


def weak_anchors(candidates: Sequence[Candidates]) -> list[Anchor]:
    """The anchors of every gap (its :class:`Candidates`) with the bar lowered to
    :data:`WEAK_ANCHOR`."""
    return [anchor for found in candidates for anchor in found.anchors(WEAK_ANCHOR)]


def starting_lengths(pair: Pair, anchors: Sequence[Anchor], unlinked: bool) -> LengthModel:
    """The length model of a first pass. Where sizes tell nothing (``unlinked`` false: all of
    both sides is linked), the ratio of total lengths; else estimated from
    :data:`ENOUGH_ANCHORS` anchors or more, or the ratio of mean sentence lengths (the rest
    is a summary's or its original's). Anchored pairs understate the ratio of a translation
    that splits sentences: each is often one half of a split."""
    if not unlinked:
        return LengthModel.from_totals(pair.source, pair.target)
    if len(anchors) >= ENOUGH_ANCHORS:
        return LengthModel.estimate(_lengths(pair, anchors), 1.0)
    return LengthModel.from_means(pair.source, pair.target)


def scorers_know_words(pair: Pair, scorers: Sequence[Scorer]) -> bool:
    """Whether a scorer that learns word pairs knows words of this pair before the first
    pass teaches it any: its lexicon knows :data:`KNOWN_WORDS` of the content words on
    each side or more (a plug-in scorer without ``known_share``: its lexicon is not empty).
    A lexicon that knows fewer (a language pair without one, a small glossary) places too
    few sentences for the pair to be aligned as one with a lexicon."""
    return any(
        _knows_words(pair, scorer) for scorer in scorers if isinstance(scorer, LearningScorer)
    )


def _knows_words(pair: Pair, scorer: Scorer) -> bool:
    """One learning scorer's answer for :func:`scorers_know_words`."""
    share = getattr(scorer, "known_share", None)
    if callable(share):
        return bool(share(pair.source, pair.target) >= KNOWN_WORDS)
    return len(getattr(scorer, "lexicon", ())) > 0


def sizes_differ(pair: Pair) -> bool:
    """Whether one side has :data:`SPLIT_SIZES` times the sentences of the other or more (so
    that one sentence in six of it or more is part of a merged bead or left out)."""
    shorter = min(len(pair.source), len(pair.target))
    return max(len(pair.source), len(pair.target)) >= SPLIT_SIZES * max(1, shorter)


def first_pass_beads(options: AlignOptions, knows_words: bool) -> tuple[tuple[int, int], ...]:
    """The bead types of the first pass: every type without ``realign`` (it is the only
    pass) or where ``options.first_pass_merges`` asks; else 1-1, 1-0 and 0-1 only, unless
    ``first_pass_merges`` is None and the scorers do not know words of the pair
    (:func:`scorers_know_words`), or the pair is taken for a translation (no summary's
    original) whose sizes differ (:func:`sizes_differ`): ``knows_words`` is then given
    false. Measured: with the English-Korean lexicon, a first pass
    without merges does as well on the dev sets (news-dev strict F1 0.915 against 0.910);
    for German-French, with none, merges in the first pass teach cleaner word pairs (dev
    document 0.805 -> 0.824)."""
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
    pass's confident links (:func:`second_lengths`; and, where they grow into merged beads,
    those beads' prior: :func:`with_merges_as_grown`), and the learned word pairs added to
    every learning scorer (for anchors and bead costs alike)."""
    options = options or AlignOptions()
    locks = checked_locks(pair.locked, len(pair.source), len(pair.target))
    gaps = gaps_between(locks, len(pair.source), len(pair.target))
    learning = [s.with_learned(learned) if isinstance(s, LearningScorer) else s for s in scorers]
    bound = bind(pair, learning)
    grown = grown_links(pair, bound, first)
    lengths = second_lengths(pair, first, grown)
    chains = [anchor_chain(bound, gap, options) for gap in gaps]
    model = CostModel.for_pair(pair, lengths, options, unlinked_by_size=first.unlinked_by_size)
    model = with_merges_as_grown(model, pair, grown)
    beads = align_gaps(bound, model, gaps, chains, locks, BEADS, progress, RIVAL_BEADS)
    return calibrated(beads, first.unlinked_by_size)


def grown_links(pair: Pair, bound: Bound, first: FirstPass) -> list[AnchorBead] | None:
    """The first pass's confident 1-1 links grown into the 1-2 or 2-1 beads their
    neighbours complete (:func:`~bitext.align.sizes.anchor_beads`), where the sizes told
    what is left out (a summary's original) and :data:`GROWN_LINKS` of them or more grow,
    :data:`ENOUGH_ANCHORS` at least: a summary that joins the sentences it keeps, whose
    first pass, without merges, ties one half of each. None otherwise."""
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

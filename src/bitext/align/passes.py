"""One document pair's alignment as pure steps with values between them.

``first_pass(pair, scorers)`` -> :class:`FirstPass` (beads, confident links, what they teach,
the length model) -> :func:`learned_lexicon` of many first passes -> ``second_pass``. Inside
a pass: the scorers are bound to the pair, anchors found in every gap between manual links,
the length model chosen from all anchors at once or the sizes of the two sides
(:func:`starting_lengths`), then each gap's band priced (one array of bead costs per bead
type), searched, and every chosen bead given its posterior probability, calibrated where
only lengths placed the links (:func:`calibrated`). Each pass runs with Python's cyclic
garbage collector paused (:mod:`bitext.align.collector`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from bitext.align.band import (
    Anchor,
    Candidates,
    band_rows,
    cells_of,
    diagonal_cells,
    shared_key_pairs,
    union_of_cells,
)
from bitext.align.collector import with_collector_paused
from bitext.align.costs import (
    BEADS,
    RIVAL_BEADS,
    SIMPLE_BEADS,
    AlignOptions,
    Bead,
    CostModel,
    Indexes,
    LengthModel,
    Pair,
    Progress,
    Vector,
)
from bitext.align.learning import WordCounts, pooled_counts
from bitext.align.lexicon import Lexicon
from bitext.align.locks import Gap, checked_locks, gaps_between
from bitext.align.scoring import LearningScorer, PreparedScorer, Scorer, as_prepared
from bitext.align.search import (
    Band,
    Priced,
    best_path,
    expected_beads,
    posteriors,
    price_shifted,
    without,
)
from bitext.align.sizes import one_sided_share
from bitext.errors import AlignmentError

Bound = Sequence[tuple[PreparedScorer, float]]  # scorers bound to a pair, with their weights
# How many beads the initial bead-type priors count as, against a pair's expected counts.
PRIOR_STRENGTH = 200.0
# How far from the diagonal a scorer without features looks for anchors, in band widths.
DIAGONAL_REACH = 4
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
# the lexicon: 1.13-5.4, most above 1.65; Chinese-English novel chapters: 1.06-1.8).
SUMMARY_SIZES = 1.6
# Without a lexicon, the share of one side's text that the other's does not explain, between
# ENOUGH_ANCHORS weak anchors or more, that makes a pair with closer sizes a summary's
# original (one_sided_share: translations without a lexicon at most 0.065; German-French
# and English-Korean summaries made by deleting runs of sentences mostly 0.1 and more).
ONE_SIDED_TEXT = 0.1
# The share of a pair's content words a lexicon must know, on the side where it knows
# fewer, for the pair to be aligned as one with a lexicon (scorers_know_words): every
# English-Korean document of the benchmark 0.47 or more with the bundled lexicon (0.32 or
# more Korean to English); the MAC Chinese novels' chapters with the bundled
# Chinese-English lexicon 0.02-0.08 either way round (most character pairs are no word).
KNOWN_WORDS = 0.2


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
    unlinked = sizes_tell_unlinked(pair, candidates, anchors, options, known)
    lengths = starting_lengths(pair, anchors, unlinked)
    model = CostModel.for_pair(pair, lengths, options, unlinked_by_size=unlinked)
    types = first_pass_beads(options, known)
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
    candidates: Sequence[Candidates],
    anchors: Sequence[Anchor],
    options: AlignOptions,
    knows_words: bool = True,
) -> bool:
    """Whether the sizes of the two sides may tell how much of either is left without
    counterpart (a summary against its original: :func:`initial_priors`), or the pair is
    taken for the more common translation. Where nothing but lengths can place a sentence,
    a sentence left out cannot be told from half of a sentence the translation split in two
    (Chinese into English: a third more sentences, none left out), so sizes tell only
    with :data:`ENOUGH_ANCHORS` anchors, or one weak anchor (similarity :data:`WEAK_ANCHOR`)
    for every :data:`SENTENCES_AN_ANCHOR` sentences of the shorter side. Anchors are not
    enough where the scorers know no words (``knows_words`` false: a pair without a lexicon,
    or with one that knows too few of its words, :func:`scorers_know_words`):
    numbers and names anchor a translation's sentence pairs, and the sentence a split left
    beside an anchor still looks left out. Then sizes tell where they differ like a
    summary's (:data:`SUMMARY_SIZES` times the sentences or more), or where the text between
    :data:`ENOUGH_ANCHORS` weak anchors or more does (:data:`ONE_SIDED_TEXT` of one side's
    characters or more that the other side's lengths do not explain: :func:`one_sided_share`;
    fewer anchors, often one wrong one, tell nothing) and strong anchors are sparse (under
    one for every :data:`SENTENCES_AN_ANCHOR` sentences: denser ones pin the path, and a
    translation's priors, which assume no one-for-one sentence count, serve better there).
    ``candidates``: the anchor candidates of each gap (:func:`scored_candidates`)."""
    shorter = max(1, min(len(pair.source), len(pair.target)))
    weak: list[Anchor] | None = None
    if not knows_words and max(len(pair.source), len(pair.target)) < SUMMARY_SIZES * shorter:
        weak = weak_anchors(candidates)
        if (
            len(weak) < ENOUGH_ANCHORS
            or one_sided_share(pair, weak) < ONE_SIDED_TEXT
            or len(anchors) * SENTENCES_AN_ANCHOR >= shorter
        ):
            return False
    if len(anchors) >= ENOUGH_ANCHORS:
        return True
    if weak is None:
        weak = weak_anchors(candidates)
    return len(weak) * SENTENCES_AN_ANCHOR >= shorter


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


def first_pass_beads(options: AlignOptions, knows_words: bool) -> tuple[tuple[int, int], ...]:
    """The bead types of the first pass: every type without ``realign`` (it is the only
    pass) or where ``options.first_pass_merges`` asks; else 1-1, 1-0 and 0-1 only, unless
    ``first_pass_merges`` is None and the scorers do not know words of the pair
    (:func:`scorers_know_words`). Measured: with the English-Korean lexicon, a first pass
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
    pass's confident links, and the learned word pairs added to every learning scorer (for
    anchors and bead costs alike)."""
    options = options or AlignOptions()
    lengths = LengthModel.estimate(_lengths(pair, first.teachers), first.lengths.ratio)
    locks = checked_locks(pair.locked, len(pair.source), len(pair.target))
    gaps = gaps_between(locks, len(pair.source), len(pair.target))
    learning = [s.with_learned(learned) if isinstance(s, LearningScorer) else s for s in scorers]
    bound = bind(pair, learning)
    chains = [anchor_chain(bound, gap, options) for gap in gaps]
    model = CostModel.for_pair(pair, lengths, options, unlinked_by_size=first.unlinked_by_size)
    beads = align_gaps(bound, model, gaps, chains, locks, BEADS, progress, RIVAL_BEADS)
    return calibrated(beads, first.unlinked_by_size)


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


def bind(pair: Pair, scorers: Sequence[Scorer]) -> list[tuple[PreparedScorer, float]]:
    """Every scorer prepared for the pair, with its weight."""
    return [(as_prepared(s.prepare(pair.source, pair.target)), s.weight) for s in scorers]


def similarity(bound: Bound, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
    """The scorers' weighted mean similarity of beads of one type ending in the given cells."""
    if len(bound) == 1:
        return _checked(bound[0][0], a, b, rows, columns)
    total = sum(weight for _, weight in bound) or 1.0
    mean: Vector = sum(
        (weight * _checked(prepared, a, b, rows, columns) for prepared, weight in bound),
        start=np.zeros(len(rows)),
    )
    return mean / total


def _checked(prepared: PreparedScorer, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
    """A scorer's similarities, refused in one line if they are not one number from 0 to 1
    per cell (a plug-in scorer's mistake should not surface as a NumPy traceback)."""
    values = np.asarray(prepared.bead_similarity(a, b, rows, columns), dtype=np.float64)
    name = type(prepared).__name__
    if values.shape != (len(rows),):
        raise AlignmentError(
            f"scorer {name} gave {values.shape} similarities for {len(rows)} beads of type "
            f"{a}-{b}; bead_similarity must return one number per cell"
        )
    if (
        not np.all(np.isfinite(values))
        or values.min(initial=0.0) < 0
        or values.max(initial=0.0) > 1
    ):
        raise AlignmentError(
            f"scorer {name} gave a similarity outside 0..1 (or not a number) for a {a}-{b} "
            "bead; bead_similarity must return numbers from 0 to 1"
        )
    return values


def anchor_chain(bound: Bound, gap: Gap, options: AlignOptions) -> list[Anchor]:
    """The longest increasing chain of anchors in a gap (pair indexes): mutually best 1-1
    pairs among each scorer's candidates that are similar enough
    (:func:`scored_candidates` read at ``options.anchor_threshold``)."""
    return scored_candidates(bound, gap, options).anchors(options.anchor_threshold)


def scored_candidates(bound: Bound, gap: Gap, options: AlignOptions) -> Candidates:
    """The anchor candidates of a gap, each scorer's (pairs sharing a rare feature, or pairs
    near the diagonal for a scorer without features), with the scorers' 1-1 similarity of
    each: computed once a pass and gap, read at the usual bar and the weak one."""
    n, m = gap.i1 - gap.i0, gap.j1 - gap.j0
    parts = []
    for prepared, _ in bound:
        if n == 0 or m == 0:
            break
        keys = getattr(prepared, "anchor_keys", None)
        if callable(keys):
            source, target = keys()
            parts.append(
                cells_of(shared_key_pairs(source[gap.i0 : gap.i1], target[gap.j0 : gap.j1]))
            )
        else:
            parts.append(diagonal_cells(n, m, DIAGONAL_REACH * options.band))
    rows, columns = union_of_cells(parts, max(1, m))
    scores = (
        similarity(bound, 1, 1, gap.i0 + rows + 1, gap.j0 + columns + 1)
        if len(rows)
        else np.zeros(0)
    )
    return Candidates(gap.i0, gap.j0, rows, columns, scores)


def align_gaps(
    bound: Bound,
    model: CostModel,
    gaps: Sequence[Gap],
    chains: Sequence[Sequence[Anchor]],
    locks: Sequence[Bead],
    types: Sequence[tuple[int, int]],
    progress: Progress | None,
    rivals: Sequence[tuple[int, int]] = (),
) -> list[Bead]:
    """Every gap aligned, with the manual beads between them, in document order (the
    scores weighing ``rivals`` too: :func:`search_gap`)."""
    beads: list[Bead] = []
    total = max((gap.i1 for gap in gaps), default=0)
    for index, (gap, chain) in enumerate(zip(gaps, chains, strict=True)):
        beads += search_gap(bound, model, gap, chain, types, _ticker(progress, gap, total), rivals)
        if index < len(locks):
            beads.append(locks[index])
        if progress is not None:
            progress(gap.i1, total)
    return beads


def search_gap(
    bound: Bound,
    model: CostModel,
    gap: Gap,
    chain: Sequence[Anchor],
    types: Sequence[tuple[int, int]],
    tick: Callable[[float], None] | None = None,
    rivals: Sequence[tuple[int, int]] = (),
) -> list[Bead]:
    """The beads of one gap: its band priced by the scorers and the cost model, the best
    path, and each bead's posterior probability as its score, among paths through larger
    ``rivals`` too (bead types the path never takes, such as :data:`RIVAL_BEADS`: a link
    that may be part of a larger bead scores lower)."""
    n, m = gap.i1 - gap.i0, gap.j1 - gap.j0
    if n == 0 and m == 0:
        return []
    local = [(i - gap.i0, j - gap.j0) for i, j in chain]
    rows = band_rows(n, m, local, model.options.band)
    banded = [(_for_band(p, gap, rows), w) for p, w in bound]

    def pricer(a: int, b: int, r: Indexes, c: Indexes) -> Vector:
        r, c = r + gap.i0, c + gap.j0
        return model.costs(a, b, r, c, similarity(banded, a, b, r, c))

    half = n / 2
    # Every type priced in one array, the rivals last: the path's search sees a view of it
    # without them (no copy of a large band's costs); an EM step on the path's types moves
    # their priors (in place: price_shifted).
    reestimate = model.options.reestimate and len(types) > 3
    everything = price_shifted(
        Band.from_rows(rows),
        (*types, *rivals),
        pricer,
        model.skip_costs(),
        lambda priced: _reestimated(without(priced, rivals), model) if reestimate else {},
        None if tick is None else lambda row: tick(row / 2),
    )
    priced = without(everything, rivals)
    steps = best_path(priced, None if tick is None else lambda row: tick(half + row / 2))
    scores = posteriors(everything, steps, model.options.temperature)
    return [
        Bead(
            tuple(range(gap.i0 + i0, gap.i0 + i1)),
            tuple(range(gap.j0 + j0, gap.j0 + j1)),
            round(score, 4),
        )
        for (i0, i1, j0, j1), score in zip(steps, scores, strict=True)
    ]


def _reestimated(priced: Priced, model: CostModel) -> dict[tuple[int, int], float]:
    """How much each bead type's prior cost changes after one EM step: the expected bead
    counts of all paths, smoothed towards the priors (worth ``PRIOR_STRENGTH`` beads)."""
    counts = expected_beads(priced, model.options.temperature)
    total = sum(counts.values())
    change = {}
    for bead, count in counts.items():
        prior = math.exp(-model.priors[bead])
        share = (count + PRIOR_STRENGTH * prior) / (total + PRIOR_STRENGTH)
        change[bead] = -math.log(share) - model.priors[bead]
    return change


def _for_band(prepared: PreparedScorer, gap: Gap, rows: list[tuple[int, int]]) -> PreparedScorer:
    """The scorer specialised to a band, where it offers that."""
    specialise = getattr(prepared, "for_band", None)
    if callable(specialise):
        banded: PreparedScorer = specialise(gap.i0, gap.j0, rows)
        return banded
    return prepared


def _ticker(progress: Progress | None, gap: Gap, total: int) -> Callable[[float], None] | None:
    """Progress from inside a gap: ``done`` of its source sentences."""
    if progress is None:
        return None
    return lambda done: progress(min(gap.i1, int(gap.i0 + done)), total)


def _lengths(pair: Pair, links: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(len(pair.source[i]), len(pair.target[j])) for i, j in links]


def confident_links(beads: Sequence[Bead], confident: float) -> list[tuple[int, int]]:
    """The 1-1 links a second pass may learn from: manual ones and confident automatic ones."""
    return [
        (b.source[0], b.target[0])
        for b in beads
        if len(b.source) == len(b.target) == 1 and (b.manual or (b.score or 0) >= confident)
    ]

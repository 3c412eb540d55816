"""How good an alignment is against a gold one.

Strict and lax precision, recall and F1, as vecalign's score script defines them: precision
is over the test beads (those with an empty side included); recall is over the gold beads
with sentences on both sides; lax counts a bead that overlaps a gold bead on both sides;
counts are summed over all documents before dividing. Then the weak spots: recall by bead
type (:func:`recall_by_type`), and how well the links' scores tell right links from wrong
ones (:func:`confidence`: ROC AUC, the wrong links a review of the lowest-scored tenth finds,
calibration; and both again with the links finer than the gold counted right,
:func:`finer_links`; the scores again with those links merged back into the gold beads
they split, :func:`with_finer_merged`)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

BeadKey = tuple[tuple[Hashable, ...], tuple[Hashable, ...]]
# The bead types reported one by one; any other (3-1, 1-3, 2-3, ...) counts as "other".
BEAD_TYPES = ("1-1", "1-2", "2-1", "1-0", "0-1", "2-2", "other")
# The share of links, lowest scored first, that a reviewer reads when judging the scores.
REVIEWED_SHARE = 0.1
# Scores at which links are kept (``--min-score``), reported with the share of them right.
SCORE_THRESHOLDS = (0.5, 0.9, 0.99)
_CALIBRATION_BINS = 10


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1, strict and lax."""

    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def _counts(gold: Sequence[BeadKey], test: Sequence[BeadKey]) -> tuple[int, int, int, int]:
    """(strict hits, strict misses, lax hits, lax misses) of ``test`` against ``gold``."""
    gold_set = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    test_set = {(tuple(s), tuple(t)) for s, t in test if s or t}
    gold_targets: defaultdict[Hashable, set[Hashable]] = defaultdict(set)
    for s, t in gold_set:
        for a in s:
            gold_targets[a].update(t)
    strict = lax = 0
    for s, t in test_set:
        if (s, t) in gold_set:
            strict += 1
            lax += 1
        elif set(t) & {x for a in s for x in gold_targets[a]}:
            lax += 1
    return strict, len(test_set) - strict, lax, len(test_set) - lax


def score(gold: Sequence[Sequence[BeadKey]], test: Sequence[Sequence[BeadKey]]) -> Scores:
    """Score several documents' test beads against their gold beads (same order).

    >>> score([[((0,), (0,)), ((1,), ())]], [[((0,), (0,)), ((1,), (1,))]]).f1_strict
    0.6666666666666666
    """
    _same_number(gold, test)
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for g, t in zip(gold, test, strict=True):
        p = [a + b for a, b in zip(p, _counts(g, t), strict=True)]
        both_g = [(s, x) for s, x in g if s and x]
        both_t = [(s, x) for s, x in t if s and x]
        r = [a + b for a, b in zip(r, _counts(both_t, both_g), strict=True)]
    ps, pl = _ratio(p[0], p[1]), _ratio(p[2], p[3])
    rs, rl = _ratio(r[0], r[1]), _ratio(r[2], r[3])
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def _ratio(hits: int, misses: int) -> float:
    return hits / (hits + misses) if hits + misses else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bead_type(bead: BeadKey) -> str:
    """A bead's type by the sizes of its sides (``"2-1"``), ``"other"`` beyond
    :data:`BEAD_TYPES`."""
    name = f"{len(bead[0])}-{len(bead[1])}"
    return name if name in BEAD_TYPES else "other"


def recall_by_type(
    gold: Sequence[Sequence[BeadKey]], test: Sequence[Sequence[BeadKey]]
) -> dict[str, tuple[int, int]]:
    """For each bead type of :data:`BEAD_TYPES`: how many gold beads of that type the test
    has exactly, and how many the gold has, summed over the documents (same order).

    >>> recall_by_type([[((0,), (0,)), ((1, 2), (1,))]], [[((0,), (0,)), ((1,), (1,))]])["2-1"]
    (0, 1)
    """
    _same_number(gold, test)
    counts = {name: [0, 0] for name in BEAD_TYPES}
    for gold_beads, test_beads in zip(gold, test, strict=True):
        found = {(tuple(s), tuple(t)) for s, t in test_beads}
        for s, t in gold_beads:
            kind = counts[bead_type((s, t))]
            kind[0] += (tuple(s), tuple(t)) in found
            kind[1] += 1
    return {name: (found, total) for name, (found, total) in counts.items()}


def roc_auc(scored: Sequence[tuple[float, bool]]) -> float | None:
    """The chance that a right item outscores a wrong one, ties counting half (the ROC AUC,
    by ranks: Mann and Whitney's U over the product of the two counts); ``None`` when all
    items are right or all are wrong.

    >>> roc_auc([(0.9, True), (0.4, False), (0.4, True), (0.2, False)])
    0.875
    """
    right = sum(1 for _, ok in scored if ok)
    wrong = len(scored) - right
    if not right or not wrong:
        return None
    ordered = sorted(score for score, _ in scored)
    rank_sum = 0.0
    for score, ok in scored:
        if ok:  # its mean rank among equal scores, from 1
            below = bisect.bisect_left(ordered, score)
            rank_sum += (below + bisect.bisect_right(ordered, score) + 1) / 2
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)


@dataclass(frozen=True, slots=True)
class Kept:
    """What a minimum score keeps of the links with sentences on both sides: the score,
    how many links score at least that, and how many of those are right."""

    score: float
    links: int
    right: int

    @property
    def precision(self) -> float | None:
        """The share of the kept links that are right (``None`` when none is kept)."""
        return self.right / self.links if self.links else None


@dataclass(frozen=True, slots=True)
class Confidence:
    """How well link scores tell right links from wrong ones, over the links with sentences
    on both sides: their number, how many are wrong, the ROC AUC of score against
    correctness (``None`` when none or all are wrong), the share of the wrong links among
    the lowest-scored :data:`REVIEWED_SHARE` of links (what a reviewer who reads those finds),
    and the calibration error: over ten bins of score, the mean gap between a bin's mean
    score and its share of right links, weighted by its links (``None`` when a score lies
    outside 0..1, so is no probability). Then how many links are finer than the gold
    (:func:`finer_links`: a gold line of two sentences a side linked sentence to sentence)
    and the AUC and calibration error with those counted right, which tell the scores'
    quality apart from the gold's granularity. Last, what each minimum score of
    :data:`SCORE_THRESHOLDS` keeps (:class:`Kept`; none where a score lies outside 0..1)."""

    links: int
    wrong: int
    auc: float | None
    wrong_found_in_lowest: float
    calibration_error: float | None
    finer: int
    auc_finer_right: float | None
    calibration_error_finer_right: float | None
    kept: tuple[Kept, ...] = ()


def confidence(
    gold: Sequence[Sequence[BeadKey]],
    test: Sequence[Sequence[BeadKey]],
    scores: Sequence[Sequence[float | None]],
) -> Confidence:
    """:class:`Confidence` of the test beads' ``scores`` (one per bead, document by document;
    a link without a score, such as a manual one, counts as certain: 1.0)."""
    _same_number(gold, test)
    scored: list[tuple[float, bool]] = []
    lenient: list[tuple[float, bool]] = []
    finer = 0
    for gold_beads, test_beads, test_scores in zip(gold, test, scores, strict=True):
        right = {(tuple(s), tuple(t)) for s, t in gold_beads}
        split = finer_links(gold_beads, test_beads)
        finer += len(split)
        for (s, t), value in zip(test_beads, test_scores, strict=True):
            if s and t:
                key, certainty = (tuple(s), tuple(t)), 1.0 if value is None else value
                scored.append((certainty, key in right))
                lenient.append((certainty, key in right or key in split))
    wrong = sum(1 for _, ok in scored if not ok)
    reviewed = sorted(scored, key=lambda item: item[0])[: max(1, int(len(scored) * REVIEWED_SHARE))]
    found = sum(1 for _, ok in reviewed if not ok) / wrong if wrong else 1.0
    return Confidence(
        len(scored),
        wrong,
        roc_auc(scored),
        found,
        _calibration_error(scored),
        finer,
        roc_auc(lenient),
        _calibration_error(lenient),
        _kept(scored),
    )


def _kept(scored: Sequence[tuple[float, bool]]) -> tuple[Kept, ...]:
    """What each minimum score of :data:`SCORE_THRESHOLDS` keeps of ``scored`` (none for
    scores that are not probabilities)."""
    if any(not 0.0 <= score <= 1.0 for score, _ in scored):
        return ()
    return tuple(
        Kept(
            bar,
            sum(1 for score, _ in scored if score >= bar),
            sum(1 for score, ok in scored if score >= bar and ok),
        )
        for bar in SCORE_THRESHOLDS
    )


def finer_links(gold: Sequence[BeadKey], test: Sequence[BeadKey]) -> set[BeadKey]:
    """The test links that split one gold bead exactly: where two or more test beads touch
    a gold bead, each with sentences on both sides and all of them inside it (a gold line of
    two sentences a side linked sentence to sentence). Finer than the gold, not against it.

    >>> sorted(finer_links([((0, 1), (0, 1))], [((0,), (0,)), ((1,), (1,))]))
    [((0,), (0,)), ((1,), (1,))]
    >>> finer_links([((0, 1), (0, 1))], [((0,), (0,)), ((1,), ())])
    set()
    """
    return {part for _, parts in _exact_splits(gold, test) for part in parts}


def with_finer_merged(gold: Sequence[BeadKey], test: Sequence[BeadKey]) -> list[BeadKey]:
    """The test beads with the links of each gold bead they split exactly
    (:func:`finer_links`) merged back into that bead: the alignment at the gold's
    granularity, to score apart from it.

    >>> with_finer_merged([((0, 1), (0, 1)), ((2,), ())], [((0,), (0,)), ((1,), (1,)), ((2,), ())])
    [((0, 1), (0, 1)), ((2,), ())]
    """
    merged: dict[BeadKey, BeadKey] = {}
    for bead, parts in _exact_splits(gold, test):
        merged.update((part, bead) for part in parts)
    result: list[BeadKey] = []
    emitted: set[BeadKey] = set()
    for s, t in test:
        key = (tuple(s), tuple(t))
        whole = merged.get(key)
        if whole is None:
            result.append(key)
        elif whole not in emitted:
            emitted.add(whole)
            result.append(whole)
    return result


def _exact_splits(
    gold: Sequence[BeadKey], test: Sequence[BeadKey]
) -> list[tuple[BeadKey, list[BeadKey]]]:
    """Each gold bead that two or more test links split exactly, with those links."""
    beads = [(tuple(s), tuple(t)) for s, t in test]
    by_source: defaultdict[Hashable, list[int]] = defaultdict(list)
    by_target: defaultdict[Hashable, list[int]] = defaultdict(list)
    for at, (s, t) in enumerate(beads):
        for i in s:
            by_source[i].append(at)
        for j in t:
            by_target[j].append(at)
    found = []
    for gold_source, gold_target in gold:
        inside, outside = set(gold_source), set(gold_target)
        touching = {at for i in inside for at in by_source[i]}
        touching |= {at for j in outside for at in by_target[j]}
        parts = [beads[at] for at in sorted(touching)]
        if len(parts) > 1 and all(
            s and t and set(s) <= inside and set(t) <= outside for s, t in parts
        ):
            found.append(((tuple(gold_source), tuple(gold_target)), parts))
    return found


def sentences_in_two_beads(
    beads: Sequence[BeadKey],
) -> list[tuple[str, Hashable, BeadKey, BeadKey]]:
    """Each sentence that ``beads`` put in two beads (a malformed ladder or alignment; one
    published gold holds such a slip): its side (``source`` or ``target``), the sentence,
    the first bead holding it and the next."""
    found = []
    holder: dict[tuple[int, Hashable], BeadKey] = {}
    for bead in beads:
        for side, sentences in enumerate(bead):
            for sentence in sentences:
                first = holder.setdefault((side, sentence), bead)
                if first is not bead:
                    found.append((("source", "target")[side], sentence, first, bead))
    return found


def past_the_gold(gold: Sequence[BeadKey], test: Sequence[BeadKey]) -> list[tuple[str, int, int]]:
    """Where sentences are positions (ladders): each side on which ``test`` reaches past the
    last sentence of ``gold`` (the two are then likely of other sentences, or another
    segmentation): the side, the test's last sentence and the gold's."""
    found = []
    for side, name in enumerate(("source", "target")):
        gold_last = max((s for bead in gold for s in bead[side] if isinstance(s, int)), default=-1)
        test_last = max((s for bead in test for s in bead[side] if isinstance(s, int)), default=-1)
        if gold_last >= 0 and test_last > gold_last:
            found.append((name, test_last, gold_last))
    return found


def _calibration_error(scored: Sequence[tuple[float, bool]]) -> float | None:
    """The expected calibration error over equal-width bins of score (None for scores that
    are not probabilities)."""
    if not scored or any(not 0.0 <= score <= 1.0 for score, _ in scored):
        return None
    score_sums: defaultdict[int, float] = defaultdict(float)
    right_counts: defaultdict[int, int] = defaultdict(int)
    for score, ok in scored:
        at = min(_CALIBRATION_BINS - 1, int(score * _CALIBRATION_BINS))
        score_sums[at] += score
        right_counts[at] += ok
    gaps = (abs(total - right_counts[at]) for at, total in score_sums.items())
    return sum(gaps) / len(scored)


def _same_number(gold: Sequence[object], test: Sequence[object]) -> None:
    if len(gold) != len(test):
        raise ValueError(f"{len(gold)} gold alignments but {len(test)} test alignments")

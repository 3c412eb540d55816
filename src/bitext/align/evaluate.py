"""Strict and lax precision, recall and F1 of alignments, as vecalign's score script defines
them: precision is over the test beads (those with an empty side included); recall is over
the gold beads with sentences on both sides; lax counts a bead that overlaps a gold bead on
both sides; counts are summed over all documents before dividing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

BeadKey = tuple[tuple[Hashable, ...], tuple[Hashable, ...]]


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
    if len(gold) != len(test):
        raise ValueError(f"{len(gold)} gold alignments but {len(test)} test alignments")
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

"""The built-in scorer: shared numbers, dates, names, Latin words and lexicon concepts.

Each sentence's features come from :mod:`bitext.align.features`; a bead's similarity is the
Dice-like share of matched feature weight on both sides. The counts of matching features of
sentence pairs are compiled (``bitext.align._paircounts``) where it was built, else counted
in Python (the same numbers).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bitext.align.costs import Indexes, Vector
from bitext.align.features import FeatureExtractor, Features, HanjaReadings, word_tables
from bitext.align.learned import LearnedExtractor
from bitext.align.learning import WordCounts, count_word_pairs
from bitext.align.lexicon import Lexicon
from bitext.align.memory import word_memory
from bitext.align.scoring import BandReach
from bitext.align.scripts import written_apart
from bitext.lang.words import WordRules, get_word_rules

try:
    from bitext.align import _paircounts
except ImportError:  # installed without a C compiler: pair counts in Python
    _paircounts = None  # type: ignore[assignment]


class OverlapScorer:
    """Shared anchors and lexicon concepts: numbers, dates, Latin words, names, word pairs.

    ``lexicon`` maps source words to target stems; pass ``Lexicon.bundled(src, tgt)``
    merged with a user's own. Names are keyed by their sounds only where the two sides of
    a pair are written in different scripts (:func:`~bitext.align.scripts.written_apart`).
    """

    name = "overlap"

    def __init__(
        self, source_lang: str, target_lang: str, lexicon: Lexicon, weight: float = 1.0
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.lexicon = lexicon
        self.weight = weight
        self._made = _Extractors(source_lang, target_lang, lexicon)
        # The last scorer with_learned made, with its learned pairs: every pair of a batch
        # shares one (its extractors' caches of learned words serve them all).
        self._learned: tuple[Lexicon, OverlapScorer] | None = None

    def extractors(self, sounds: bool = True) -> tuple[FeatureExtractor, FeatureExtractor]:
        """The source and target feature extractors, with names keyed by their sounds or
        not (made once, then kept with their caches; a learned scorer's extend its base
        scorer's)."""
        return self._made.pair(sounds)

    def _extractors_for(
        self, source: Sequence[str], target: Sequence[str]
    ) -> tuple[FeatureExtractor, FeatureExtractor]:
        """The extractors for a pair of these texts (:meth:`extractors`, names keyed by
        their sounds where the sides are written in different scripts)."""
        return self.extractors(written_apart(source, target))

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> PreparedOverlap:
        """Extract the features of both sides (extractors and their word caches are kept
        for the next pair)."""
        src, tgt = self._extractors_for(source, target)
        return PreparedOverlap([src.extract(s) for s in source], [tgt.extract(t) for t in target])

    def known_share(self, source: Sequence[str], target: Sequence[str]) -> float:
        """The share of the content words the lexicon knows, on the side where it knows
        fewer (0 without a lexicon): :meth:`FeatureExtractor.known_share`."""
        if not self.lexicon:
            return 0.0
        src, tgt = self._extractors_for(source, target)
        return min(src.known_share(source), tgt.known_share(target))

    def forget_sentences(self) -> None:
        """Drop what is cached of the sentences aligned so far (words stay cached), here
        and in the learned scorer kept."""
        self._made.forget_sentences()
        if self._learned is not None:
            self._learned[1].forget_sentences()

    def word_counts(
        self, source: Sequence[str], target: Sequence[str], pairs: Iterable[tuple[int, int]]
    ) -> WordCounts:
        """How often content words meet in confident 1-1 sentence pairs (see WordCounts)."""
        return count_word_pairs(
            source,
            target,
            pairs,
            self.source_lang,
            self.target_lang,
            extractors=self._extractors_for(source, target),
        )

    def with_learned(self, learned: Lexicon) -> OverlapScorer:
        """This scorer with learned word pairs added to its lexicon (its extractors extend
        this one's: the analyses of sentences and words are shared). Asked again with the
        same learned pairs (the next pair of a batch), it returns the same scorer."""
        kept = self._learned
        if kept is not None and kept[0] is learned:
            return kept[1]
        scorer = OverlapScorer(
            self.source_lang, self.target_lang, self.lexicon.merged(learned), self.weight
        )
        scorer._made = _Extractors(
            self.source_lang, self.target_lang, scorer.lexicon, extends=(self._made, learned)
        )
        self._learned = (learned, scorer)
        return scorer


class _Extractors:
    """A scorer's feature extractors, a source and a target one for each reading of names
    (by their sounds or not), made when first asked for and then kept with their caches;
    those of a learned scorer extend the ones of the scorer it was made from (``extends``:
    its extractors and the learned pairs; not that scorer itself, which keeps the learned
    one: no reference cycle, so a batch's sentence caches are freed when it ends, not at
    the next full collection)."""

    def __init__(
        self,
        source_lang: str,
        target_lang: str,
        lexicon: Lexicon,
        extends: tuple[_Extractors, Lexicon] | None = None,
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.lexicon = lexicon
        self.extends = extends
        self.made: dict[bool, tuple[FeatureExtractor, FeatureExtractor]] = {}

    def pair(self, sounds: bool) -> tuple[FeatureExtractor, FeatureExtractor]:
        """The source and target extractors with names keyed by their sounds or not."""
        pair = self.made.get(sounds)
        if pair is None:
            pair = self.made[sounds] = self._make(sounds)
        return pair

    def _make(self, sounds: bool) -> tuple[FeatureExtractor, FeatureExtractor]:
        if self.extends is not None:
            base, learned = self.extends
            source, target = base.pair(sounds)
            return LearnedExtractor(source, learned), LearnedExtractor(target, learned)
        memory = word_memory()
        source_words = get_word_rules(self.source_lang)
        target_words = get_word_rules(self.target_lang)
        # Cognates where both languages are written in one script (Latin).
        cognates = source_words.latin_script and target_words.latin_script
        hanja = hanja_between(source_words, target_words)
        return (
            FeatureExtractor(
                source_words,
                self.lexicon,
                "source",
                memory,
                cognates=cognates,
                sounds=sounds,
                hanja=hanja,
            ),
            FeatureExtractor(
                target_words,
                self.lexicon,
                "target",
                memory,
                cognates=cognates,
                sounds=sounds,
                hanja=hanja,
            ),
        )

    def forget_sentences(self) -> None:
        """Drop what every extractor made has cached of whole sentences."""
        for pair in self.made.values():
            for extractor in pair:
                extractor.forget_sentences()


def hanja_between(source: WordRules, target: WordRules) -> HanjaReadings | None:
    """The readings of Han characters by which the words of two languages meet, where one
    has them (Korean's ``hanja.txt``) and the other is written without spaces (Chinese,
    Japanese: its words are character pairs); else None."""
    for reading, other in ((source, target), (target, source)):
        if reading.hanja and not other.word_spaces:
            return word_tables(reading).hanja
    return None


PairCounts = Callable[[Indexes, Indexes], tuple[Vector, Vector]]  # (i, j) -> matched weights


@dataclass(frozen=True)
class _Side:
    """One side's features as arrays: sentence s has groups ``groups[s] .. groups[s + 1]``,
    group g the feature ids ``keys[starts[g] .. starts[g + 1]]`` and weight ``weights[g]``."""

    groups: Indexes
    starts: Indexes
    keys: Indexes
    weights: Vector

    @classmethod
    def of(cls, features: Sequence[Features]) -> _Side:
        """The arrays of a side's sentences."""
        chain = itertools.chain.from_iterable
        sizes = np.fromiter(chain(f.sizes for f in features), dtype=np.int64)
        per_sentence = np.fromiter((len(f.sizes) for f in features), dtype=np.int64)
        return cls(
            np.concatenate(([0], np.cumsum(per_sentence))).astype(np.int64),
            np.concatenate(([0], np.cumsum(sizes))).astype(np.int64),
            np.fromiter(chain(f.keys for f in features), dtype=np.int64),
            np.fromiter(chain(f.weights for f in features), dtype=np.float64),
        )


class PreparedOverlap:
    """Overlap similarity over precomputed features: the Dice-like share of matched feature
    weight on both sides, each sentence's match capped at its own weight."""

    def __init__(self, source: list[Features], target: list[Features]) -> None:
        self.source = source
        self.target = target
        self.source_weight = np.asarray([f.weight for f in source] + [0.0])
        self.target_weight = np.asarray([f.weight for f in target] + [0.0])
        self.source_weight_ends = np.concatenate(([0.0], np.cumsum(self.source_weight[:-1])))
        self.target_weight_ends = np.concatenate(([0.0], np.cumsum(self.target_weight[:-1])))
        self._arrays = (_Side.of(source), _Side.of(target)) if _paircounts else None

    def anchor_keys(self) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
        """Every sentence's feature ids (the rare ones make anchors)."""
        return [f.distinct for f in self.source], [f.distinct for f in self.target]

    def count_pair(self, i: int, j: int) -> tuple[float, float]:
        """Matched weight of source i's groups in target j, and of target j's in source i."""
        s, t = self.source[i], self.target[j]
        if s.distinct.isdisjoint(t.distinct):
            return (0.0, 0.0)
        return (_matched(s, t.distinct), _matched(t, s.distinct))

    def pair_counts(self, rows: Indexes, columns: Indexes) -> tuple[Vector, Vector]:
        """:meth:`count_pair` of the pairs (rows[k], columns[k]), as two arrays (compiled
        where ``bitext.align._paircounts`` was built)."""
        if self._arrays is None:
            counts = [
                self.count_pair(i, j) for i, j in zip(rows.tolist(), columns.tolist(), strict=True)
            ]
            both = np.asarray(counts, dtype=np.float64).reshape(-1, 2)
            return both[:, 0].copy(), both[:, 1].copy()
        source, target = self._arrays
        out_source, out_target = np.empty(len(rows)), np.empty(len(rows))
        _paircounts.count_pairs(
            source.groups,
            source.starts,
            source.keys,
            source.weights,
            target.groups,
            target.starts,
            target.keys,
            target.weights,
            np.ascontiguousarray(rows, dtype=np.int64),
            np.ascontiguousarray(columns, dtype=np.int64),
            out_source,
            out_target,
        )
        return out_source, out_target

    def for_band(self, i0: int, j0: int, rows: Sequence[tuple[int, int]]) -> BandedOverlap:
        """This scorer with the counts of every sentence pair a bead in the band can join
        (``rows``: the band of the gap that starts at source i0, target j0) counted once."""
        return BandedOverlap(self, BandReach.of(i0, j0, rows))

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer` (counts each pair as asked; :meth:`for_band` is the
        fast way for a whole band)."""
        if a == b == 1:  # sentence pairs (anchor candidates): the Dice share directly
            return self._pair_similarity(rows - 1, columns - 1)
        return _overlap(self, a, b, rows, columns, self.pair_counts)

    def _pair_similarity(self, source: Indexes, target: Indexes) -> Vector:
        """Matched weight over total weight of sentence pairs (source[k], target[k])."""
        matched_source, matched_target = self.pair_counts(source, target)
        matched = matched_source + matched_target
        total = self.source_weight[source] + self.target_weight[target]
        result: Vector = np.divide(matched, total, out=np.zeros(len(source)), where=total > 0)
        return result


def _matched(features: Features, other: frozenset[int]) -> float:
    """The weight of a sentence's groups with an alternative among ``other``."""
    total, at = 0.0, 0
    for size, weight in zip(features.sizes, features.weights, strict=True):
        if not other.isdisjoint(features.keys[at : at + size]):
            total += weight
        at += size
    return total


class BandedOverlap:
    """Overlap similarity with the pair counts of one band kept in banded arrays (one for
    each direction of matching)."""

    def __init__(self, overlap: PreparedOverlap, reach: BandReach) -> None:
        self.overlap, self.reach = overlap, reach
        # Sums of a few feature weights (halves and wholes): exact in 32 bits, half the memory.
        self._matched = reach.filled(overlap.pair_counts, 2, np.float32)

    def bead_similarity(self, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
        """See :class:`PreparedScorer` (only for cells of the band it was made for)."""

        def counts(i: Indexes, j: Indexes) -> tuple[Vector, Vector]:
            at = self.reach.cells(i, j)
            return (
                self._matched[0][at].astype(np.float64),
                self._matched[1][at].astype(np.float64),
            )

        return _overlap(self.overlap, a, b, rows, columns, counts)


def _overlap(
    prepared: PreparedOverlap,
    a: int,
    b: int,
    rows: Indexes,
    columns: Indexes,
    counts: PairCounts,
) -> Vector:
    """The overlap similarity of beads, from ``counts(i, j)`` of sentence pairs (source i's
    matched weight in target j, and target j's in source i)."""
    total = (
        prepared.source_weight_ends[rows]
        - prepared.source_weight_ends[rows - a]
        + prepared.target_weight_ends[columns]
        - prepared.target_weight_ends[columns - b]
    )
    matched = np.zeros(len(rows))
    by_column = [np.zeros(len(rows)) for _ in range(b)]
    for t in range(a):
        i = rows - a + t
        row = np.zeros(len(rows))
        for u in range(b):
            source, target = counts(i, columns - b + u)
            row += source
            by_column[u] += target
        matched += np.minimum(row, prepared.source_weight[i])
    for u in range(b):
        matched += np.minimum(by_column[u], prepared.target_weight[columns - b + u])
    similarity: Vector = np.divide(matched, total, out=np.zeros(len(rows)), where=total > 0)
    return similarity

"""Scorers: how similar a group of source sentences is to a group of target sentences.

A scorer is anything with a ``name``, a ``weight`` and ``prepare(source, target)`` returning
an object whose ``similarity(i0, i1, j0, j1)`` gives a number from 0 to 1 for the source
sentences ``[i0, i1)`` and the target sentences ``[j0, j1)``. The aligner combines the
scorers' similarities (weighted mean) with its length model. A sentence-embedding model plugs
in the same way (see the README: "Plugging in a scorer").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from bitext.align.features import FeatureExtractor, Features
from bitext.align.lexicon import Lexicon
from bitext.lang.words import get_word_rules


class PreparedScorer(Protocol):
    """A scorer bound to one pair of sentence lists."""

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Similarity (0..1) of source sentences [i0, i1) and target sentences [j0, j1)."""
        ...


@runtime_checkable
class Scorer(Protocol):
    """A source of similarity between sentence groups; see the module docstring."""

    name: str
    weight: float

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> PreparedScorer:
        """Bind the scorer to the sentences of one document pair."""
        ...


@runtime_checkable
class LearningScorer(Scorer, Protocol):
    """A scorer that can learn from confident links of a first pass (hunalign's realign)."""

    def word_counts(
        self, source: Sequence[str], target: Sequence[str], pairs: Iterable[tuple[int, int]]
    ) -> WordCounts:
        """What the given 1-1 sentence pairs teach, as counts that add up across documents."""
        ...

    def with_learned(self, learned: Lexicon) -> Scorer:
        """A new scorer that also knows the learned word pairs."""
        ...


class OverlapScorer:
    """Shared anchors and lexicon concepts: numbers, dates, Latin words, names, word pairs.

    ``lexicon`` maps source words to target stems; pass ``Lexicon.bundled(src, tgt)``
    merged with a user's own.
    """

    name = "overlap"

    def __init__(
        self, source_lang: str, target_lang: str, lexicon: Lexicon, weight: float = 1.0
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.lexicon = lexicon
        self.weight = weight
        self._extractors: tuple[FeatureExtractor, FeatureExtractor] | None = None
        # Lexicon-independent analyses, shared with the scorers learned from this one.
        self._shared: tuple[dict[str, object], dict[str, object]] = ({}, {})

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> PreparedOverlap:
        """Extract the features of both sides (extractors and their word caches are kept
        for the next pair)."""
        if self._extractors is None:
            self._extractors = (
                FeatureExtractor(
                    get_word_rules(self.source_lang), self.lexicon, "source", self._shared[0]
                ),
                FeatureExtractor(
                    get_word_rules(self.target_lang), self.lexicon, "target", self._shared[1]
                ),
            )
        src, tgt = self._extractors
        return PreparedOverlap([src.extract(s) for s in source], [tgt.extract(t) for t in target])

    def forget_sentences(self) -> None:
        """Drop what is cached of the sentences aligned so far (words stay cached)."""
        for extractor in self._extractors or ():
            extractor.forget_sentences()

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
            extractors=self._extractors,
        )

    def with_learned(self, learned: Lexicon) -> OverlapScorer:
        """This scorer with learned word pairs added to its lexicon (sharing its analyses)."""
        scorer = OverlapScorer(
            self.source_lang, self.target_lang, self.lexicon.merged(learned), self.weight
        )
        scorer._shared = self._shared
        return scorer


class PreparedOverlap:
    """Overlap similarity over precomputed features, with per-pair counts cached."""

    def __init__(self, source: list[Features], target: list[Features]) -> None:
        self.source = source
        self.target = target
        self._pairs: dict[tuple[int, int], tuple[float, float]] = {}

    def pair_counts(self, i: int, j: int) -> tuple[float, float]:
        """Matched weight of source i's groups in target j, and of target j's in source i."""
        key = (i, j)
        cached = self._pairs.get(key)
        if cached is None:
            cached = self._pairs[key] = self.count_pair(i, j)
        return cached

    def count_pair(self, i: int, j: int) -> tuple[float, float]:
        """:meth:`pair_counts` without the cache (for callers that keep the counts)."""
        s, t = self.source[i], self.target[j]
        if s.keys.isdisjoint(t.keys):
            return (0.0, 0.0)
        return (
            sum(w for g, w in s.groups if not g.isdisjoint(t.keys)),
            sum(w for g, w in t.groups if not g.isdisjoint(s.keys)),
        )

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Dice-like share of matched group weight on both sides (0..1)."""
        if i1 - i0 == 1 and j1 - j0 == 1:
            total = self.source[i0].weight + self.target[j0].weight
            if total == 0:
                return 0.0
            ms, mt = self.pair_counts(i0, j0)
            return (ms + mt) / total
        total = sum(self.source[i].weight for i in range(i0, i1)) + sum(
            self.target[j].weight for j in range(j0, j1)
        )
        if total == 0:
            return 0.0
        matched_source = 0.0
        matched_target = [0.0] * (j1 - j0)
        for i in range(i0, i1):
            row = 0.0
            for j in range(j0, j1):
                ms, mt = self.pair_counts(i, j)
                row += ms
                matched_target[j - j0] += mt
            matched_source += min(row, self.source[i].weight)
        matched = matched_source + sum(
            min(m, self.target[j0 + k].weight) for k, m in enumerate(matched_target)
        )
        return matched / total


@dataclass(frozen=True)
class WordCounts:
    """Co-occurrence counts of content words in confident 1-1 sentence pairs: a value that
    adds up across documents (so a batch pools what all its pairs teach) and is small
    enough to send between processes. :meth:`lexicon` turns it into word pairs."""

    together: Mapping[tuple[str, str], int] = field(default_factory=dict)
    source: Mapping[str, int] = field(default_factory=dict)
    target: Mapping[str, int] = field(default_factory=dict)

    def merged(self, other: WordCounts) -> WordCounts:
        """The counts of both."""
        return WordCounts(
            Counter(self.together) + Counter(other.together),
            Counter(self.source) + Counter(other.source),
            Counter(self.target) + Counter(other.target),
        )

    def lexicon(self, min_count: int = 2, min_dice: float = 0.7) -> Lexicon:
        """For each source word, its one target word with the highest Dice coefficient, if
        they met at least ``min_count`` times and the coefficient is at least ``min_dice``."""
        best: dict[str, tuple[float, str]] = {}
        # In sorted order, so that a tie is broken the same way in every process (the order
        # in which words were counted follows set iteration, which differs between runs).
        for (s, t), count in sorted(self.together.items()):
            dice = 2 * count / (self.source[s] + self.target[t])
            if count >= min_count and dice >= min_dice and dice > best.get(s, (0.0, ""))[0]:
                best[s] = (dice, t)
        return Lexicon.from_pairs((s, t) for s, (_, t) in best.items())


def pooled_counts(counts: Iterable[WordCounts]) -> WordCounts:
    """The counts of many documents added up."""
    together: Counter[tuple[str, str]] = Counter()
    source: Counter[str] = Counter()
    target: Counter[str] = Counter()
    for item in counts:
        together.update(item.together)
        source.update(item.source)
        target.update(item.target)
    return WordCounts(together, source, target)


def count_word_pairs(
    source: Sequence[str],
    target: Sequence[str],
    pairs: Iterable[tuple[int, int]],
    source_lang: str,
    target_lang: str,
    extractors: tuple[FeatureExtractor, FeatureExtractor] | None = None,
) -> WordCounts:
    """The co-occurrence counts of the content stems of the given sentence pairs
    (``extractors`` (source, target) may be given to reuse their cached analyses)."""
    src_words, tgt_words = extractors or (
        FeatureExtractor(get_word_rules(source_lang), Lexicon(), "source"),
        FeatureExtractor(get_word_rules(target_lang), Lexicon(), "target"),
    )
    together: Counter[tuple[str, str]] = Counter()
    alone_s: Counter[str] = Counter()
    alone_t: Counter[str] = Counter()
    for i, j in pairs:
        s_stems = src_words.content_stems(source[i])
        t_stems = tgt_words.content_stems(target[j])
        alone_s.update(s_stems)
        alone_t.update(t_stems)
        together.update((s, t) for s in s_stems for t in t_stems)
    return WordCounts(together, alone_s, alone_t)

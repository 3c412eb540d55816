"""The second pass's feature extractor: a :class:`~bitext.align.features.FeatureExtractor`
whose lexicon adds the word pairs the first pass learned, computed from its parent's
analyses (only the words a learned pair touches get new groups)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from bitext.align.features import UNSEEN, FeatureExtractor, Features
from bitext.align.lexicon import Lexicon
from bitext.align.memory import Group
from bitext.align.wordforms import proper_prefixes


class LearnedExtractor(FeatureExtractor):
    """A :class:`FeatureExtractor` whose lexicon is its parent's plus learned word pairs
    (the second pass's): a word's group is the parent's with the learned pairs' ids added,
    and a sentence none of whose words a learned pair touches keeps the parent's features.
    Analyses of sentences and words are the parent's (shared)."""

    def __init__(self, parent: FeatureExtractor, learned: Lexicon) -> None:
        vars(self).update(vars(parent))  # the parent's rules, memory and analyses
        self.parent = parent
        self.learned = learned
        self.lexicon = parent.lexicon.merged(learned)
        self._learned_vocabulary = learned.target_vocabulary()
        self._groups = {}  # only the words a learned pair touches
        self._known = {}  # known_share with the merged lexicon, not the parent's table
        self._extracted = {}
        self._extra: dict[str, tuple[int, ...]] = {}
        self._checked: set[str] = set()  # words checked for learned pairs
        self._touched: set[str] = set()  # and those a learned pair adds to
        self._learned_ids = self._ids_of_learned()
        # The learned target words by their first letter (a stem's proper prefixes among
        # them are found by one startswith of a few words).
        self._learned_by_first = by_first_letter(self._learned_vocabulary)

    def _extract(self, text: str) -> Features:
        anchors, words = self._analysis(text)
        if not self._learned_touch(words):
            return self.parent.extract(text)
        # A touched word has its own group here; any other word its parent's.
        inherited = map(self.parent._groups.get, words, itertools.repeat(UNSEEN))
        return self._features(text, anchors, words, list(map(self._groups.get, words, inherited)))

    def _word_group(self, word: str) -> Group | None:
        """The parent's group of a word with the learned pairs' ids added."""
        group = self.parent._group(word)
        extra = self._extra_ids(word)
        base = self._base(word)
        if not extra or base is None:
            return group
        if group is None:
            return extra, base[2]
        return tuple(sorted({*group[0], *extra})), group[1]

    def _learned_touch(self, words: list[str]) -> bool:
        """Whether a learned pair adds to the group of any of ``words`` (each word checked
        once; the words already checked by set operations)."""
        if not self._checked.issuperset(words):
            new = set(words) - self._checked
            for word in self._may_touch(new):
                if self._extra_ids(word):
                    self._remember_group(word)
                    self._touched.add(word)
            self._checked |= new  # last: a checked word's group and status are settled
        return not self._touched.isdisjoint(words)

    def _may_touch(self, words: Iterable[str]) -> list[str]:
        """The words that a quick test does not rule out before :meth:`_extra_ids`: those
        with a stem that is a learned source word (source side), or with a stem that has a
        learned target word as a proper prefix (target side). Plain loops: every distinct
        word of a batch passes here once."""
        known, analysed = self._bases, self._base
        found: list[str] = []
        if self.side == "source":
            learned, keys_of = self.learned.pairs.keys(), self._source_keys
            for word in words:
                base = known[word] if word in known else analysed(word)
                if base and not learned.isdisjoint(keys_of(base[0])):
                    found.append(word)
            return found
        # A learned word is a proper prefix of a stem when the stem less its last letter
        # starts with it.
        by_first, none = self._learned_by_first, ()
        for word in words:
            base = known[word] if word in known else analysed(word)
            for stem in base[0] if base else ():
                if stem[:-1].startswith(by_first.get(stem[:1], none)):
                    found.append(word)
                    break
        return found

    def _extra_ids(self, word: str) -> tuple[int, ...]:
        """The feature ids the learned word pairs add to a word's group (none without):
        the ids of the learned translations of its stems (source), of the learned target
        words that are proper prefixes of its stems (target)."""
        extra = self._extra.get(word)
        if extra is None:
            base = self._base(word)
            learned = self._learned_ids
            if base is None:
                extra = ()
            elif self.side == "source":
                keys = self._source_keys(base[0])
                extra = tuple(sorted({i for key in keys for i in learned.get(key, ())}))
            else:
                prefixes = (p for stem in base[0] for p in proper_prefixes(stem) if p in learned)
                extra = tuple(sorted({learned[p][0] for p in prefixes}))
            self._extra[word] = extra
        return extra

    def _ids_of_learned(self) -> dict[str, tuple[int, ...]]:
        """The learned pairs as feature ids: source stem -> ids of its translations (source
        side), or learned target word -> its id (target side)."""
        if self.side == "source":
            return {
                stem: self.memory.ids_of(f"x:{t}" for t in targets)
                for stem, targets in self.learned.pairs.items()
            }
        return {word: self.memory.ids_of([f"x:{word}"]) for word in self._learned_vocabulary}


def by_first_letter(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by their first letter (each group sorted)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[:1], []).append(word)
    return {letter: tuple(group) for letter, group in groups.items()}

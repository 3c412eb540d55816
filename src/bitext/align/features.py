"""What a sentence offers for alignment: its length and its comparable features.

Features are strings in one space shared by both languages: numbers (``n:110000000``),
months (``m:7``), Latin-script words (``l:aukus``), phonetic keys of names (``p:KLNTN``),
lexicon concepts (``x:일본``) and the kind of sentence (``k:question``), each given a number
(its id) by the process's :class:`~bitext.align.memory.WordMemory`. Each word of a sentence
gives a *group* of alternatives; a group matches the other side when any alternative is
among the other side's features. Phonetic keys are made by :mod:`bitext.align.phonetic`,
words read by :mod:`bitext.align.wordforms`; the second pass's extractor is
:mod:`bitext.align.learned`'s.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from bitext.align.lexicon import Lexicon
from bitext.align.memory import Group, WordMemory, word_memory
from bitext.align.phonetic import Phonetics
from bitext.align.wordforms import (
    LATIN,
    caseless,
    character_pairs,
    cognate,
    is_name,
    lookup_stems,
    name_after_prefix,
    proper_prefixes,
)
from bitext.lang.numbers import NumberMatch, NumberReader, get_number_reader, number_words
from bitext.lang.words import WordRules

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’.\-][\p{L}\p{M}]+)*")
# Characters that show nothing and join what they stand between: a soft hyphen (U+00AD, left
# inside words by hyphenated PDFs and web pages), a word joiner, a zero-width no-break space.
# A word is read without them ("coop\u00aderation" is "cooperation").
_INVISIBLE_JOINS = dict.fromkeys(map(ord, "\u00ad\u2060\ufeff"))
# Fullwidth Latin letters and digits (Japanese and Chinese text writes ＢＢＣ, ＧＤＰ, ２０１６),
# read as their ASCII forms, so that they meet the other side's BBC. NFC keeps them apart
# (only NFKC folds them); punctuation keeps its own width (its marks are read either way).
_FULLWIDTH = regex.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_NARROW = {
    wide: wide - 0xFEE0
    for first, last in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for wide in range(first, last + 1)
}
WEIGHT = {"n": 2.0, "small": 0.5, "m": 1.0, "l": 2.0, "p": 1.5, "x": 1.0, "k": 0.25}
# A word's stems, its lexicon-free features and its weight; tuples, which the garbage
# collector stops tracking (the process remembers hundreds of thousands of them).
Base = tuple[tuple[str, ...], tuple[str, ...], float]
UNSEEN: Any = object()  # a word not looked at yet (a group's lookup default)


@dataclass(frozen=True, slots=True)
class Features:
    """A sentence's length in characters and its feature groups, stored flat: the feature
    ids of every group, group after group (``keys``), how many each group has (``sizes``)
    and each group's weight; ``distinct`` is the set of all its feature ids, ``weight`` the
    total weight of its groups."""

    length: int
    keys: tuple[int, ...]
    sizes: tuple[int, ...]
    weights: tuple[float, ...]
    distinct: frozenset[int]
    weight: float

    @classmethod
    def of(cls, length: int, groups: Sequence[Group]) -> Features:
        """The features of a sentence of ``length`` characters with these groups."""
        if not groups:
            return cls(length, (), (), (), frozenset(), 0)
        alternatives, weights = zip(*groups, strict=True)
        keys = tuple(itertools.chain.from_iterable(alternatives))
        return cls(
            length, keys, tuple(map(len, alternatives)), weights, frozenset(keys), sum(weights)
        )

    @property
    def groups(self) -> list[tuple[frozenset[int], float]]:
        """The groups: each one's feature ids and weight."""
        ends = list(itertools.accumulate(self.sizes))
        return [
            (frozenset(self.keys[end - size : end]), weight)
            for end, size, weight in zip(ends, self.sizes, self.weights, strict=True)
        ]


@dataclass(frozen=True)
class WordTables:
    """One language's word rules compiled for the extractors: its number reader and number
    words, month names, kinds of sentence and their marks, phonetic classes
    (:class:`~bitext.align.phonetic.Phonetics`), its suffixes by length, longest first
    (one lookup a length instead of a scan), and the characters read as another form
    (``variants``, a translation table: Traditional Chinese as Simplified), and the pattern
    of a word wholly in the language's ``function_script`` (none without). Built once a
    language (:func:`word_tables`): every extractor of every call shares them, so nothing
    may change them (but the phonetics' own memory of characters)."""

    numbers: NumberReader
    number_words: frozenset[str]
    months: dict[str, int]
    capital_months: frozenset[str]
    kinds: tuple[tuple[frozenset[str], frozenset[str]], ...]
    marks: re.Pattern[str] | None
    phonetics: Phonetics
    suffixes: tuple[tuple[int, dict[str, str]], ...]
    variants: dict[int, str]
    function_words: regex.Pattern[str] | None
    hanja: HanjaReadings


@dataclass(frozen=True)
class HanjaReadings:
    """A language's readings of Han characters (Korean's ``hanja.txt``), by which the words
    of a language written in them meet its own: each character's reading inside a word and
    at a word's start, and every syllable the readings hold."""

    readings: dict[str, tuple[str, str]]
    syllables: frozenset[str]

    @classmethod
    def of(cls, rows: Sequence[tuple[str, str, str]]) -> HanjaReadings:
        """The readings of ``(character, inside, first)`` rows (``WordRules.hanja``)."""
        return cls(
            {char: (inside, first) for char, inside, first in rows},
            frozenset(syllable for _, inside, first in rows for syllable in (inside, first)),
        )

    def keys(self, word: str, stem: str) -> set[str]:
        """A word's reading keys: a word of two Han characters by its reading (经济, 經濟:
        ``h:경제``; its first syllable also as a word's first is read, 歷史: ``h:력사`` and
        ``h:역사``), a word of the reading language by the first two syllables of its stem
        where both are readings (경제를, 경제적: ``h:경제``; a character pair reads as two
        syllables, and most Sino-Korean words are two, or begin with the two its pairs
        read as); none for another word."""
        readings = self.readings
        if len(word) == 2 and word[0] in readings and word[1] in readings:
            (inside, first), second = readings[word[0]], readings[word[1]][0]
            return {f"h:{inside}{second}", f"h:{first}{second}"}
        if len(stem) >= 2 and stem[0] in self.syllables and stem[1] in self.syllables:
            return {f"h:{stem[:2]}"}
        return set()


@functools.lru_cache(maxsize=64)
def word_tables(words: WordRules) -> WordTables:
    """The compiled tables of ``words`` (see :class:`WordTables`), made once a language."""
    every_mark = "".join(marks for _, marks in words.marks)
    by_length: dict[int, dict[str, str]] = {}
    for suffix, replacement in words.suffixes:
        by_length.setdefault(len(suffix), {}).setdefault(suffix, replacement)
    return WordTables(
        numbers=get_number_reader(words.code),
        # Number words are no words to match (a money unit, "m" of £5m, alone is one).
        number_words=frozenset(
            w.word.lower() for w in number_words(words.code) if w.kind != "money"
        ),
        # Month names keyed in lower case; those the data writes capitalised (English,
        # German) are months only when the text capitalises them too ("may" is no month).
        months={name.lower(): number for name, number in words.months},
        capital_months=frozenset(name.lower() for name, _ in words.months if name[:1].isupper()),
        kinds=tuple((frozenset({f"k:{kind}"}), frozenset(marks)) for kind, marks in words.marks),
        marks=re.compile(f"[{re.escape(every_mark)}]") if every_mark else None,
        phonetics=Phonetics.of(words.phonetic),
        suffixes=tuple(sorted(by_length.items(), reverse=True)),
        variants=str.maketrans(dict(words.variants)),
        # By the script's extensions: the marks it shares (ー, the long mark) count too.
        function_words=(
            regex.compile(rf"\p{{scx={words.function_script}}}+") if words.function_script else None
        ),
        hanja=HanjaReadings.of(words.hanja),
    )


class FeatureExtractor:
    """Extracts features for one side of a pair.

    The source side looks words up in the lexicon (source word -> target concepts); the
    target side matches its stems against the lexicon's target vocabulary. With
    ``cognates`` (the two languages share a script) a word also offers its first
    :data:`~bitext.align.wordforms.COGNATE_LETTERS` letters without accents; with ``sounds``
    (the other side is written in another script) a name also offers its phonetic keys
    (:mod:`bitext.align.phonetic`), which between two texts in one script would only meet
    other words of the same consonants (names match there as they are spelled). A
    :class:`~bitext.align.learned.LearnedExtractor` made from one adds learned word pairs
    to its lexicon, reusing its analyses and groups.
    """

    def __init__(
        self,
        words: WordRules,
        lexicon: Lexicon,
        side: str,
        memory: WordMemory | None = None,
        *,
        cognates: bool = False,
        sounds: bool = True,
        hanja: HanjaReadings | None = None,
    ) -> None:
        self.words = words
        self.lexicon = lexicon
        self.side = side
        self.cognates = cognates
        self.sounds = sounds
        self.hanja = hanja
        self.memory = memory or word_memory()
        self._tables = word_tables(words)  # made once a language
        self._keys: dict[str, tuple[str, ...]] = {}
        kind = (words.code, side, cognates, sounds, hanja is not None)
        self._groups = self.memory.groups_for(kind, lexicon)
        self._known = self.memory.known_for(kind, lexicon)
        self._extracted: dict[str, Features] = {}
        self._sentences: dict[str, tuple[list[Group], list[str]]] = {}
        self._bases = self.memory.bases.setdefault(kind, {})
        self._content = self.memory.content.setdefault(kind, {})

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every target word of the lexicon (made once a lexicon, when first asked for)."""
        return self.lexicon.target_vocabulary()

    def _analysis(self, text: str) -> tuple[list[Group], list[str]]:
        """A sentence's number and date groups and its words (cached by the sentence as
        given, lexicon-free)."""
        analysis = self._sentences.get(text)
        if analysis is None:
            analysis = self._sentences[text] = self._analyse(self._as_read(text))
        return analysis

    def _as_read(self, text: str) -> str:
        """A sentence as its words are read: without invisible joins, fullwidth letters and
        digits as ASCII, and (Traditional Chinese) in the lexicon's forms."""
        if "\u00ad" in text or "\u2060" in text or "\ufeff" in text:  # rare: test first
            text = text.translate(_INVISIBLE_JOINS)
        if not text.isascii() and _FULLWIDTH.search(text):
            text = text.translate(_NARROW)
        if self._tables.variants:  # Traditional Chinese read as the Simplified lexicon
            text = text.translate(self._tables.variants)
        return text

    def _analyse(self, text: str) -> tuple[list[Group], list[str]]:
        numbers, rest = self._tables.numbers.scan(text)
        words = _WORD.findall(rest)
        anchors = (
            self._number_groups(numbers) + self._date_groups(text, words) + self._kind_groups(text)
        )
        if not self.words.word_spaces:
            words = character_pairs(words)
        words += [word for symbol, word in self.words.symbols if symbol in text]
        return [(self.memory.ids_of(keys), weight) for keys, weight in anchors], words

    def extract(self, text: str) -> Features:
        """The features of one sentence (one value per distinct text: repeated sentences,
        such as boilerplate, share it)."""
        known = self._extracted.get(text)
        if known is None:
            known = self._extracted[text] = self._extract(text)
        return known

    def forget_sentences(self) -> None:
        """Drop what is cached of whole sentences, keeping what is cached of words (for a
        long run over many documents: memory then grows with the vocabulary only)."""
        self._sentences.clear()
        self._extracted.clear()

    def _extract(self, text: str) -> Features:
        anchors, words = self._analysis(text)
        found = list(map(self._groups.get, words, itertools.repeat(UNSEEN)))
        return self._features(text, anchors, words, found)

    def _features(
        self, text: str, anchors: list[Group], words: list[str], found: list[Any]
    ) -> Features:
        """A sentence's features from its number and date groups and its words' groups as
        remembered (``found``; where a word's is not, each word's looked up in turn)."""
        if UNSEEN in found:  # words not seen with this lexicon before
            found = [self._group(word) for word in words]
        return Features.of(len(text), [*anchors, *filter(None, found)])

    def _group(self, word: str) -> Group | None:
        """A word's group (remembered)."""
        group = self._groups.get(word, UNSEEN)
        return self._remember_group(word) if group is UNSEEN else group

    def _remember_group(self, word: str) -> Group | None:
        group = self._groups[word] = self._word_group(word)
        return group

    def content_stems(self, text: str) -> set[str]:
        """The stems of a sentence's content words (for learning word pairs)."""
        words = self._analysis(text)[1]
        found = set(map(self._content.get, words))
        if None in found:  # words not seen before
            found = {self._content_stem(word) for word in words}
        return {stem for stem in found if stem}

    def known_share(self, texts: Sequence[str]) -> float:
        """The share of the words of ``texts`` (content words: those with a group) that the
        lexicon knows (0 for none): on the source side, that it translates (by the keys of
        :meth:`_source_keys`); on the target side, one of whose stems is a target word or
        begins with one."""
        known = self._known
        total = count = 0
        for text in texts:
            for word in self._analysis(text)[1]:
                found = known.get(word)
                if found is None:
                    found = known[word] = self._knows(word)
                if found >= 0:
                    total += 1
                    count += found
        return count / total if total else 0.0

    def _knows(self, word: str) -> int:
        """Whether the lexicon knows a word (1 or 0, :meth:`known_share`), or -1 for a word
        without a group (a function word)."""
        base = self._base(word)
        if base is None:
            return -1
        return self._known_by(base[0], self._lexical(base[0], self.lexicon, self.vocabulary))

    def _known_by(self, stems: Sequence[str], lexical: set[str]) -> int:
        """:meth:`_knows` of a word with these stems and lexicon concepts: it has concepts,
        or (target side) a stem that is itself a lexicon word, which its x: alternative
        meets."""
        names_a_target_word = self.side == "target" and not self.vocabulary.isdisjoint(stems)
        return int(bool(lexical) or names_a_target_word)

    def _content_stem(self, word: str) -> str:
        """A word's stem if it is a content word of two letters or more, else ``""``."""
        known = self._content.get(word)
        if known is not None:
            return known
        base = self._base(word)
        stem = base[0][-1] if base and len(base[0][-1]) >= 2 else ""
        self._content[word] = stem
        return stem

    @staticmethod
    def _number_groups(numbers: list[NumberMatch]) -> list[tuple[frozenset[str], float]]:
        groups = []
        for match in numbers:
            weight = WEIGHT["small"] if max(match.values) < 10 else WEIGHT["n"]
            groups.append((frozenset(f"n:{_canonical(v)}" for v in match.values), weight))
        return groups

    def _date_groups(self, text: str, words: list[str]) -> list[tuple[frozenset[str], float]]:
        """Months of dates (by the language's date patterns) and month names (``words``
        being its words outside numbers; a name the language's data writes capitalised
        only where the text does too)."""
        groups = []
        for pattern in self.words.dates:
            for match in pattern.finditer(text):
                month = match.groupdict().get("month")
                if month and 1 <= int(month) <= 12:  # 13월 (a 13th month's pay) is none
                    groups.append((frozenset({f"m:{int(month)}"}), WEIGHT["m"]))
        months, capital = self._tables.months, self._tables.capital_months
        if "-" not in text and months.keys().isdisjoint(map(str.lower, words)):
            return groups  # most sentences: no month name (one set test, not a word loop)
        for word in words:
            # A month joined to a prefix (mid-July, mi-juillet) is a month too.
            for part in word.split("-") if "-" in word else (word,):
                lower = part.lower()
                if lower in months and (part[:1].isupper() or lower not in capital):
                    groups.append((frozenset({f"m:{months[lower]}"}), WEIGHT["m"]))
        return groups

    def _kind_groups(self, text: str) -> list[tuple[frozenset[str], float]]:
        """The kinds of sentence its marks show (a question, an exclamation, a quotation),
        which a translation keeps: weak features (weight 0.25; chosen on the dev sets,
        0.5 and more lowered two English-Korean ones)."""
        tables = self._tables
        found = set(tables.marks.findall(text)) if tables.marks is not None else ()
        if not found:
            return []
        return [(kind, WEIGHT["k"]) for kind, marks in tables.kinds if not marks.isdisjoint(found)]

    def _base(self, word: str) -> Base | None:
        """The lexicon-free part of a word's group (cached and shared)."""
        if word not in self._bases:
            self._bases[word] = self._base_group(word)
        return self._bases[word]  # type: ignore[no-any-return]

    def _word_group(self, word: str) -> Group | None:
        """A word's group with this lexicon; whether the lexicon knows the word
        (:meth:`_knows`) is noted on the way, from the same lookup."""
        base = self._base(word)
        if base is None:
            self._known[word] = -1
            return None
        stems, alternatives, weight = base
        lexical = self._lexical(stems, self.lexicon, self.vocabulary)
        self._known[word] = self._known_by(stems, lexical)
        keys = {*alternatives, *lexical}
        return (self.memory.ids_of(keys), weight) if keys else None

    def _lexical(
        self, stems: Sequence[str], lexicon: Lexicon, vocabulary: frozenset[str]
    ) -> set[str]:
        """A word's lexicon concepts: on the source side the translations of its lookup keys
        (:meth:`_source_keys`), on the target side its stems' prefixes that the lexicon has
        as target words."""
        if self.side == "source":
            return {f"x:{t}" for s in self._source_keys(stems) for t in lexicon.translations(s)}
        return {f"x:{p}" for s in stems for p in proper_prefixes(s) if p in vocabulary}

    def _source_keys(self, stems: Sequence[str]) -> list[str]:
        """What a source word is looked up in a lexicon by: its stems
        (:func:`lookup_stems`) and, in a language whose lexicon words are the stems inflected
        forms begin with (``lexicon_prefixes``: Korean), their proper prefixes too."""
        keys = lookup_stems(stems)
        if self.words.lexicon_prefixes:
            keys += [prefix for stem in keys for prefix in proper_prefixes(stem)]
        return keys

    def _base_group(self, word: str) -> Base | None:
        """A word's stems, its features that need no lexicon, and its weight (None for a
        function word or a number word). A name after a prefix joined to it is analysed as
        the name (:func:`name_after_prefix`)."""
        word = name_after_prefix(word)
        lower = word.lower().rstrip(".")
        tables = self._tables
        if lower in self.words.stopwords or lower in tables.number_words or lower in tables.months:
            return None
        if tables.function_words is not None and tables.function_words.fullmatch(word):
            return None
        stems = self._stems(lower)
        weight = WEIGHT["x"]
        # The same word on both sides (names, cognates, identical texts): "w:" features. In
        # a language written without spaces every character pair has one, so that each
        # weighs in its sentence's total: a sentence whose only known pair is one lexicon
        # word is not wholly that word (a Chinese sentence and "Try to forget about it!"
        # shared 忘了 = forget at similarity 0.47, an anchor; 0.10 now).
        alternatives = {f"w:{s}" for s in stems if len(s) >= 3 or not self.words.word_spaces}
        if self.side == "target":
            alternatives |= {f"x:{s}" for s in stems}
        # In a Latin-script language only names and acronyms are worth matching as Latin
        # words; in any other, every Latin word is (AUKUS, IBM inside Korean).
        if LATIN.fullmatch(word) and (not self.words.latin_script or is_name(word)):
            alternatives.add(f"l:{lower}")
            weight = WEIGHT["l"]
        if self.sounds:
            alternatives |= {f"p:{k}" for k in self._sound_keys(word, stems[-1])}
        if self.cognates:
            alternatives |= cognate(lower)
        if self.hanja is not None:
            alternatives |= self.hanja.keys(word, stems[-1])
        return tuple(stems), tuple(sorted(alternatives)), weight

    def _sound_keys(self, word: str, stem: str) -> tuple[str, ...]:
        """The phonetic keys of a word's ``stem``: a name's (capitalised), or any word's in a
        script without capitals (Hangul; Georgian, whose letters Unicode calls lower case),
        of ``caseless_key`` classes at least; none for another word."""
        if is_name(word):
            return self._phonetic_key(stem)
        if caseless(word) or word[:1] in self.words.unicase_letters:
            shortest = self.words.caseless_key
            return tuple(key for key in self._phonetic_key(stem) if len(key) >= shortest)
        return ()

    def _stems(self, word: str) -> list[str]:
        """The word, and its stem without the longest listed suffix (if any)."""
        for length, replacements in self._tables.suffixes:
            if len(word) > length:
                replacement = replacements.get(word[-length:])
                if replacement is not None:
                    return [word, word[:-length] + replacement]
        return [word]

    def _phonetic_key(self, word: str) -> tuple[str, ...]:
        """Phonetic keys of a word: classes of its consonants, repeats collapsed (cached)."""
        cached = self._keys.get(word)
        if cached is None:
            cached = self._keys[word] = self._compute_key(word)
        return cached

    def _compute_key(self, word: str) -> tuple[str, ...]:
        return self._tables.phonetics.keys(word)


def _canonical(value: float) -> str:
    return str(int(value)) if value.is_integer() else f"{value:.6g}"

"""Phonetic keys: a word's consonants as classes of sound, so that a name meets its
transliteration in another script (``Gordon`` ~ ``고든``, ``Zelensky`` ~ ``Зеленский``).

Each language's spellings and their classes are data (``data/<lang>/phonetic.txt``, see
``data/default/phonetic.txt``): a spelling maps to capital letters (its classes), ``-``
(silent), or lower-case letters (a class the spelling may or may not sound); ``r_`` is a
spelling's class before a consonant or at the end of a word, ``^μπ`` at the start of one.
A key is the word's classes in order, repeats collapsed, if it has at least
:data:`MIN_KEY` of them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

# Keys shorter than this tell too few words apart.
MIN_KEY = 3
# Phonetic classes are capital letters; anything else left after mapping letters to them is
# not a consonant of the key.
_NOT_A_CLASS = re.compile(r"[^A-Z]+")


@dataclass(frozen=True)
class Phonetics:
    """One language's phonetic classes compiled: the classes of its spellings, apart those
    a spelling has before a consonant or at the end (``silent_before_consonant``) and at
    the start of a word (``initial``), the pattern of its spellings, whether any class is
    optional (lower case), and, where every spelling is one letter and no rule looks at
    what follows (Hangul jamo), the letters' classes as one translation table
    (``letter_classes``). Shared by every extractor of a language, so nothing may change
    it but ``char_classes``, which remembers each character's classes for that table."""

    classes: dict[str, str]
    silent_before_consonant: dict[str, str]
    initial: tuple[tuple[str, str], ...]
    letter_classes: dict[int, str] | None
    char_classes: dict[str, str]
    optional: bool
    spelling: regex.Pattern[str]

    @classmethod
    def of(cls, phonetic: Sequence[tuple[str, str]]) -> Phonetics:
        """The compiled classes of a language's ``(spelling, classes)`` rules
        (``WordRules.phonetic``). Spellings are compared decomposed (NFD), as words are, so
        a letter with an accent the data lists (``č``) is read as itself and any other as
        its base letter; longest first."""
        phonetic = sorted(
            ((unicodedata.normalize("NFD", sp), c) for sp, c in phonetic),
            key=lambda rule: -len(rule[0].rstrip("_").lstrip("^")),
        )
        plain = [(sp, c) for sp, c in phonetic if not sp.endswith("_") and sp[:1] != "^"]
        silent = {sp.rstrip("_"): c for sp, c in phonetic if sp.endswith("_")}
        initial = tuple((sp[1:], c) for sp, c in phonetic if sp[:1] == "^")
        return cls(
            classes=dict(plain),
            silent_before_consonant=silent,
            initial=initial,
            letter_classes=None if silent or initial else _letter_table(plain),
            char_classes={},
            optional=_has_optional([*plain, *silent.items(), *initial]),
            spelling=regex.compile(
                "|".join(regex.escape(sp) for sp, _ in plain) + "|." if plain else ".", regex.S
            ),
        )

    def keys(self, word: str) -> tuple[str, ...]:
        """The phonetic keys of a word (lower case): its classes, repeats collapsed; with
        optional classes, the keys with them and without them; none without classes."""
        if not self.classes:
            return ()
        if self.letter_classes is not None:
            # Every spelling one letter and no rule about what follows (Hangul jamo): each
            # letter becomes its classes at once, then repeats collapse.
            letters = self._letter_classes(word.lower(), self.letter_classes)
            return keys_of("".join(letter for letter, _ in itertools.groupby(letters)))
        sounds = self._sounds(unicodedata.normalize("NFD", word.lower()))
        if not self.optional:
            return keys_of(_collapsed(sounds, optional=False))
        # A lower-case class is one the spelling may or may not sound (Greek ντ: d or nd):
        # the word's keys with it and without it.
        with_all = _collapsed(sounds, optional=True)
        without = _collapsed(sounds, optional=False)
        return tuple(sorted({*keys_of(with_all), *keys_of(without)}))

    def _sounds(self, decomposed: str) -> list[str]:
        """The classes of each spelling of a word (NFD, lower case), in order."""
        start, rest = _initial_spelling(decomposed, self.initial)
        spellings = self.spelling.findall(rest)
        sounds = [start]
        for index, spelling in enumerate(spellings):
            sound = self.classes.get(spelling, "-")
            if spelling in self.silent_before_consonant:
                following = (
                    self.classes.get(spellings[index + 1], "-")
                    if index + 1 < len(spellings)
                    else "end"
                )
                if following != "-":
                    sound = self.silent_before_consonant[spelling]
            sounds.append(sound)
        return sounds

    def _letter_classes(self, word: str, letter_classes: dict[int, str]) -> str:
        """The classes of a word's letters where every spelling is one letter (no combining
        mark among them): each character's decomposition (NFD) mapped to its classes,
        remembered by character. The same as mapping the decomposed word, since NFD
        decomposes character by character and only reorders combining marks, which have
        no class; a Hangul syllable is met in many words. ``letter_classes``: the
        language's letter table (:func:`_letter_table`)."""
        known = self.char_classes
        for char in set(word).difference(known):  # characters not met before
            decomposed = unicodedata.normalize("NFD", char)
            known[char] = _NOT_A_CLASS.sub("", decomposed.translate(letter_classes))
        return "".join(map(known.__getitem__, word))


def keys_of(key: str) -> tuple[str, ...]:
    """A phonetic key and, ending in L (an r or l that may be dropped), the key without it;
    only keys long enough to tell words apart (:data:`MIN_KEY`)."""
    keys = {key, key[:-1]} if key.endswith("L") else {key}
    return tuple(sorted(k for k in keys if len(k) >= MIN_KEY))


def _letter_table(plain: Sequence[tuple[str, str]]) -> dict[int, str] | None:
    """The phonetic classes as one translation of letters where every spelling is one
    letter, none a combining mark, and no class optional (Hangul jamo); else None."""
    if not plain or _has_optional(plain):
        return None
    if not all(len(sp) == 1 and not unicodedata.combining(sp) for sp, _ in plain):
        return None
    return str.maketrans({sp: cls.replace("-", "") for sp, cls in plain})


def _has_optional(spellings: Iterable[tuple[str, str]]) -> bool:
    """Whether any spelling has a class it may or may not sound (lower case)."""
    return any(c.islower() for _, cls in spellings for c in cls)


def _initial_spelling(word: str, initial: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """The classes of the spelling a word starts with, where the language reads it apart at
    the start of a word (Greek ^μπ: b), and the rest of the word; else ``""`` and the word."""
    for spelling, cls in initial:
        if word.startswith(spelling):
            return cls, word[len(spelling) :]
    return "", word


def _collapsed(sounds: Iterable[str], *, optional: bool) -> str:
    """The classes of a word's spellings in order, repeats collapsed, the optional
    (lower-case) ones kept or left out."""
    classes: list[str] = []
    for cls in sounds:
        for c in cls:
            if c.islower():
                if not optional:
                    continue
                c = c.upper()
            if c != "-" and (not classes or classes[-1] != c):
                classes.append(c)
    return "".join(classes)

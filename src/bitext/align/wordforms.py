"""How the aligner reads a word, apart from any sentence: a name after a prefix joined to
it, its cognate key, the stems a lexicon is asked for, and the character pairs by which
languages written without spaces are compared. Pure functions of a word (the extractors
of :mod:`bitext.align.features` cache what they give)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import regex

# A Latin-script word (digits, ampersands, apostrophes, dots and hyphens inside it too).
LATIN = regex.compile(r"\p{Latin}[\p{Latin}\d&'’.\-]*")
# Two words of languages in one script are likely cognates when their first four letters
# agree, accents aside (Simard, Foster and Isabelle 1992: expedition / expédition,
# offizielle / officielle); shorter words only when the same ("w:" features).
COGNATE_LETTERS = 4
# A word's stem (inflection stripped) shorter than this is not looked up in a lexicon.
MIN_LOOKUP_STEM = 3
# The longest prefix of a stem that is looked for among a lexicon's words: no lexicon word is
# as long (the bundled ones' longest has 23 characters; a longer word of yours is still met
# whole), and a "word" of a whole unspaced text, 20,000 Hangul letters, gave as many prefixes
# of it, 400 MB (200,000: more memory than the machine had).
LONGEST_PREFIX = 64
_APOSTROPHES = re.compile("['’]")
# A name after a lower-case prefix joined to it (name_after_prefix).
_PREFIXED_NAME = regex.compile(r"\p{Ll}{1,4}['’\-]?(\p{Lu}\p{Ll}.*)")
# A word in katakana (loanwords and foreign names) or in hiragana (mostly grammar: particles,
# endings), with the marks the script shares (its extensions: the long mark ー).
KATAKANA_WORD = regex.compile(r"\p{Katakana}\p{scx=Katakana}*")
HIRAGANA_WORD = regex.compile(r"\p{Hiragana}\p{scx=Hiragana}*")
KANA = regex.compile(f"{KATAKANA_WORD.pattern}|{HIRAGANA_WORD.pattern}")
# A run of letters split into its Latin words, its kana words and the rest (iPhone手机:
# iPhone, 手机; オバマ大統領が: オバマ, 大統領, が).
_SCRIPT_PARTS = regex.compile(
    r"\p{Latin}[\p{Latin}\p{M}'’.\-]*|" + KANA.pattern + r"|[^\p{Latin}\p{Katakana}\p{Hiragana}]+"
)
_SPLIT_RUN = regex.compile(r"[\p{Latin}\p{Katakana}\p{Hiragana}]")


def character_pairs(words: Iterable[str]) -> list[str]:
    """The words of a language written without spaces between words, as the aligner
    compares them: each run of letters longer than two as its overlapping character pairs
    (``陈清扬把我`` -> ``陈清 清扬 扬把 把我``); shorter runs, and the Latin and kana words
    of a run, as they are (``iPhone手机`` -> ``iPhone 手机``, ``オバマ大統領が`` -> ``オバマ
    大統 統領 が``: a katakana word is a name or a loanword, which its sounds may match; a
    hiragana word mostly grammar, which a language's ``function_script`` may leave out)."""
    pairs: list[str] = []
    for word in words:
        for part in _SCRIPT_PARTS.findall(word) if _SPLIT_RUN.search(word) else (word,):
            if len(part) <= 2 or LATIN.match(part) or KANA.match(part):
                pairs.append(part)
            else:
                pairs += [part[k : k + 2] for k in range(len(part) - 1)]
    return pairs


def cognate(word: str) -> set[str]:
    """A word's cognate feature: the first :data:`COGNATE_LETTERS` letters of its longest
    part between apostrophes (``l'expédition``: ``expédition``), accents removed; none when
    that part is shorter or does not start with letters."""
    part = max(_APOSTROPHES.split(word), key=len)
    decomposed = unicodedata.normalize("NFD", part[: 2 * COGNATE_LETTERS])
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))[:COGNATE_LETTERS]
    return {f"c:{plain}"} if len(plain) == COGNATE_LETTERS and plain.isalpha() else set()


def lookup_stems(stems: Sequence[str]) -> list[str]:
    """The stems of a word a source-side lexicon is asked for: the word, and its stems of
    :data:`MIN_LOOKUP_STEM` letters or more (a shorter one is another word: used, uses and
    using lose their suffix to "us", which the lexicon has as 미국)."""
    if len(stems) < 2:  # most words: the word alone
        return list(stems)
    return [stems[0], *[stem for stem in stems[1:] if len(stem) >= MIN_LOOKUP_STEM]]


def proper_prefixes(stem: str) -> list[str]:
    """A stem's prefixes shorter than itself (``일본은`` -> ``일``, ``일본``), of
    :data:`LONGEST_PREFIX` characters at most.

    >>> proper_prefixes("일본은")
    ['일', '일본']
    """
    return [stem[:k] for k in range(1, min(len(stem), LONGEST_PREFIX + 1))]


def name_after_prefix(word: str) -> str:
    """The name a word holds after a lower-case prefix joined to it, or the word: many
    languages write a name's grammatical prefix on it, lower case before the capital
    (Zulu uJesu, kaNkulunkulu, eJerusalema; Irish hÉireann, i mBaile; Arabic names al-Assad;
    French l'Europe), where the other language writes the name alone; so does the named
    part of a compound (pro-Russian). A prefix is one to four lower-case letters, then at
    most an apostrophe or hyphen; the name, a capital and a lower-case letter at least.

    >>> [name_after_prefix(w) for w in ("uJesu", "hÉireann", "al-Assad", "l'Europe", "Jesu")]
    ['Jesu', 'Éireann', 'Assad', 'Europe', 'Jesu']
    >>> [name_after_prefix(w) for w in ("pro-Russian", "iPhone", "mRNA", "anti-US", "UJesu")]
    ['Russian', 'Phone', 'mRNA', 'anti-US', 'UJesu']
    """
    found = _PREFIXED_NAME.fullmatch(word)
    return found.group(1) if found else word


def is_name(word: str) -> bool:
    """Capitalized or an acronym: the words that other scripts transliterate or keep."""
    return word[:1].isupper()


def caseless(word: str) -> bool:
    """Whether a word is in a script without capital letters (Hangul, Chinese): names do not
    stand out, so every word may be one."""
    return word.lower() == word.upper()

"""Does a text look like the language it is declared to be in? A check of its letters' scripts.

A declared language implies a script: Korean is written in Hangul (with some Han and Latin),
English and the other Latin-script languages in Latin letters. A text whose letters are
mostly in another script was probably given the wrong language (``--lang ko`` on English, or
swapped ``--source-lang`` and ``--target-lang``). The check only warns; it never refuses.
"""

from __future__ import annotations

import warnings
from collections import Counter

import regex

from bitext.lang.rules import get_rules

_SCRIPTS = ("Latin", "Hangul", "Han", "Hiragana", "Katakana", "Cyrillic", "Greek", "Arabic")
_LETTER_SCRIPT = regex.compile("|".join(rf"(?P<{name}>\p{{Script={name}}})" for name in _SCRIPTS))
# Below this many letters a text says too little to judge.
_MIN_LETTERS = 20


class LanguageMismatchWarning(UserWarning):
    """A text's letters do not fit the language it was declared to be in."""


def script_counts(text: str, limit: int = 100_000) -> Counter[str]:
    """How many of the first ``limit`` characters' letters are in each known script."""
    counts: Counter[str] = Counter()
    for match in _LETTER_SCRIPT.finditer(text, 0, limit):
        counts[match.lastgroup or ""] += 1
    return counts


def script_mismatch(text: str, lang: str) -> str:
    """Why ``text`` does not look like language ``lang`` ('' when it does, or cannot tell)."""
    rules = get_rules(lang, fallback=True)
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters < _MIN_LETTERS:
        return ""
    dominant, share = counts.most_common(1)[0][0], counts.most_common(1)[0][1] / letters
    # legacy_check (data/<lang>/settings.txt) is what a text in the language must contain.
    if rules.legacy_check is not None and rules.code != "default":
        own = sum(1 for _ in rules.legacy_check.finditer(text, 0, 100_000))
        if own / letters < 0.05:
            return (
                f"declared {lang!r} ({rules.name}), but its letters are mostly {dominant} and "
                "almost none are in that language's script; check --lang (or swapped "
                "--source-lang/--target-lang)"
            )
        return ""
    if rules.latin_script and dominant != "Latin" and share > 0.5:
        return (
            f"declared {lang!r} ({rules.name}), a Latin-script language, but "
            f"{share:.0%} of its letters are {dominant}; check --lang (or swapped "
            "--source-lang/--target-lang)"
        )
    return ""


def warn_if_mismatched(text: str, lang: str, where: str) -> None:
    """Issue a :class:`LanguageMismatchWarning` naming ``where`` if ``text`` does not look
    like ``lang`` (the command line prints it as a one-line warning)."""
    reason = script_mismatch(text, lang)
    if reason:
        warnings.warn(LanguageMismatchWarning(f"{where}: {reason}"), stacklevel=3)

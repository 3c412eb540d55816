"""The labels that number a list's items ("1.", "b)", "iv.", Korean "가.") and a document's
sections ("2.3.", "III."): whether a word is one, and whether one comes right after
another, so that the segmenter opens a sentence at the next item of a list."""

from __future__ import annotations

import regex

_ENUMERATOR = regex.compile(r"^(\d{1,3}|[a-z]|[ivx]{1,4})(\.\)|\)|\.)$")
# Labels that number sections rather than a list's items, with a period: a section's number
# of two to four levels ("2.3.", "1.2.1.") and a Roman numeral in capitals of two letters or
# more ("II.", "XIV."; one capital with a period is more often a name's initial: "V. Adamkus").
_SECTION = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){1,3}|[IVX]{2,6})\.$")
# What follows a language's own enumerator letter (가. 가) 가.)), and where their places in a
# sequence begin (apart from numbers' and ASCII letters').
_LABEL_ENDS = frozenset({".", ".)", ")"})
_OWN_ENUMERATORS = 0x110000


def is_enumerator(word: str, own: str = "") -> bool:
    """Whether ``word`` (its bullets stripped) is a list label: a number or an ASCII letter
    with a period or a bracket, a section's number (``2.3.``, ``III.``), or one of the
    language's own enumerators (``own``).

    >>> [is_enumerator(w) for w in ("1.", "iv)", "US.", "2.3.", "XII.", "V.")]
    [True, True, False, True, True, False]
    >>> is_enumerator("가.", "가나다")
    True
    """
    if word[:1] and word[0] in own:  # Korean 가.
        return _is_own_label(word, own)
    # (an enumerator starts with an ASCII digit or letter: most words fail at once)
    return word[:1].isascii() and bool(_ENUMERATOR.match(word) or _SECTION.match(word))


def is_successor(current: str, following: str, own: str = "") -> bool:
    """Whether enumerator ``following`` comes right after ``current`` (1. then 2.; Korean 가.
    then 나.: ``own``, the language's own enumerators in order).

    >>> is_successor("1.", "2."), is_successor("a)", "c)"), is_successor("가.", "나.", "가나다")
    (True, False, True)
    """
    first, second = _enumerator_value(current, own), _enumerator_value(following, own)
    return first is not None and second == first + 1


def _enumerator_value(word: str, own: str = "") -> int | None:
    """An enumerator's place in its sequence (1. is 1, b. is ord("b"), Korean 나. is past
    both), None for a word that is none; ``own``: the language's own enumerators."""
    if _is_own_label(word, own):
        return _OWN_ENUMERATORS + own.index(word[0])
    match = _ENUMERATOR.match(word)
    if not match:
        return None
    label = match.group(1)
    return int(label) if label.isdigit() else ord(label) if len(label) == 1 else None


def _is_own_label(word: str, own: str) -> bool:
    """Whether ``word`` is one of the language's own enumerators (``own``) with what ends a
    list label after it (Korean 가. 가))."""
    return bool(word[:1]) and word[0] in own and word[1:] in _LABEL_ENDS

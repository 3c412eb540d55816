"""Footnote references that a PDF's text glues to the sentence they follow: "... the
Treaty on Comprehensive Strategic Partnership.1 Its Article 4 ..." (the superscript 1 become
a digit). The segmenter reads such digits as a closing mark (:func:`masked_notes`), so the
sentence ends after them and keeps them, as it keeps a bracketed reference (``[1]``)."""

from __future__ import annotations

from collections.abc import Callable

import regex

# Digits (one to three) glued to a word of two lower-case letters or more and its final
# punctuation (and closing quotes), before a space and a capitalised word.
_GLUED_NOTE = regex.compile(
    r"(?<=\b(\p{L}*\p{Ll}\p{Ll})[.!?][\"'”’)]*)(\d{1,3})(?=\s+[\"'“‘(]?\p{Lu})"
)
# What the digits are read as (the same length, so offsets hold): a closing quote.
_CLOSING = "”"


def masked_notes(text: str, takes_number: Callable[[str], bool]) -> str:
    """``text`` with each footnote reference glued after a sentence's final punctuation
    written as closing quotes of the same length; not after a word that takes a number
    (``takes_number``: "pp.12 The", "Vol.2 Part": abbreviations of the language's data)."""
    if not _has_digit_after_mark(text):
        return text

    def closed(found: regex.Match[str]) -> str:
        if takes_number(found.group(1)):
            return found.group(2)
        return _CLOSING * len(found.group(2))

    return _GLUED_NOTE.sub(closed, text)


def _has_digit_after_mark(text: str) -> bool:
    """A quick test that rules out most texts: a digit right after final punctuation."""
    return bool(_QUICK.search(text))


_QUICK = regex.compile(r"[.!?][\"'”’)]*\d")

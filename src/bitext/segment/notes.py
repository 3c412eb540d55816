"""Footnote references that a PDF's text glues to the sentence they follow: "... the
Treaty on Comprehensive Strategic Partnership.1 Its Article 4 ..." (the superscript 1 become
a digit). The segmenter reads such digits as a closing mark (:meth:`GluedNotes.masked`), so
the sentence ends after them and keeps them, as it keeps a bracketed reference (``[1]``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

# The closing mark glued footnote digits are read as, where the language has it (the same
# length, so offsets hold); else its first closing mark.
_PREFERRED_CLOSING = "”"


@dataclass(frozen=True, slots=True)
class GluedNotes:
    """One language's pattern of footnote digits glued to a sentence's end: one to three
    digits right after a word of two lower-case letters or more, its final punctuation and
    any closing marks (the language's ``terminators`` and ``closers``), before a space, any
    opening marks (``openers``) and a capitalised word; ``quick`` finds a digit right after
    final punctuation (most texts have none), ``closing`` is what the digits are read as."""

    pattern: regex.Pattern[str]
    quick: regex.Pattern[str]
    closing: str

    @classmethod
    def for_marks(cls, terminators: str, closers: str, openers: str) -> GluedNotes:
        """The pattern for a language's final punctuation, closing and opening marks."""
        term, close, open_ = (regex.escape(marks) for marks in (terminators, closers, openers))
        closed = f"[{term}][{close}]*" if close else f"[{term}]"
        opened = f"[{open_}]?" if open_ else ""
        return cls(
            pattern=regex.compile(
                rf"(?<=\b(\p{{L}}*\p{{Ll}}\p{{Ll}}){closed})(\d{{1,3}})(?=\s+{opened}\p{{Lu}})"
            ),
            quick=regex.compile(rf"{closed}\d"),
            closing=_PREFERRED_CLOSING if _PREFERRED_CLOSING in closers else closers[:1],
        )

    def masked(self, text: str, takes_number: Callable[[str], bool]) -> str:
        """``text`` with each footnote reference glued after a sentence's final punctuation
        written as closing marks of the same length; not after a word that takes a number
        (``takes_number``: "pp.12 The", "Vol.2 Part": abbreviations of the language's
        data). The text itself where it has none (or the language no closing mark)."""
        if not self.closing or not self.quick.search(text):
            return text

        def closed(found: regex.Match[str]) -> str:
            if takes_number(found.group(1)):
                return found.group(2)
            return self.closing * len(found.group(2))

        return self.pattern.sub(closed, text)

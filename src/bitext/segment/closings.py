"""What closes an informal sentence besides punctuation, and belongs to it: laughter and
crying written with letters (a language's ``laughter`` setting: Korean ㅋㅋ, ㅠㅠ, ㅎㅅㅎ),
emoji, ``^^``, hearts and tildes ("했어요 ㅋㅋㅋ", "좋아요. 😀", "답죠?ㅎㅅㅎ")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

# Emoji and their modifiers, in every language.
_SYMBOLS = r"\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F"
# Closing brackets and quotes that may follow one before the gap: "…하더라구요ㅋㅋ)".
_CLOSERS = r"[)\]\"'”’]*"
# What an ASCII emoticon is read as (Closings.masked): an emoji (U+1F642), one a character.
_EMOJI = "\U0001f642"


@dataclass(frozen=True, slots=True)
class Closings:
    """The patterns, for one language's laughter letters (a regex class body, may be empty).

    ``mark``: a character that may be part of one; ``after_punctuation``: laughter or emoji
    at a word's end (after its final punctuation); ``tail``: any of them at a word's end,
    tildes included; ``only``: a word that is nothing else; ``gaps``: a gap after one
    (group 1); ``emoticons``: the language's ASCII emoticons as words of their own, which
    :meth:`masked` reads as emoji (None for none)."""

    laughter: str
    mark: regex.Pattern[str]
    after_punctuation: regex.Pattern[str]
    tail: regex.Pattern[str]
    only: regex.Pattern[str]
    gaps: regex.Pattern[str]
    emoticons: regex.Pattern[str] | None = None

    def masked(self, text: str) -> str:
        """``text`` with each ASCII emoticon that is a word of its own written as as many
        emoji (the same length, so offsets hold), which close a sentence as emoji do; the
        text itself where it has none."""
        if self.emoticons is None:
            return text
        return self.emoticons.sub(lambda found: _EMOJI * len(found.group()), text)

    @classmethod
    def for_laughter(cls, laughter: str, emoticons: Sequence[str] = ()) -> Closings:
        """The patterns for ``laughter`` (e.g. ``\\u3131-\\u318E``, Hangul letters) and the
        language's ASCII ``emoticons``."""
        runs = [f"[{laughter}]{{2,}}"] if laughter else []
        pairs = [f"[{laughter}]{{2}}"] if laughter else []
        letters = [f"[{laughter}]+"] if laughter else []
        return cls(
            laughter,
            mark=regex.compile(f"[{laughter}\\^♡♥~{_SYMBOLS}]"),
            after_punctuation=regex.compile(
                "(?:" + "|".join([*runs, r"(?:\^\^)+", f"[{_SYMBOLS}]+"]) + ")$"
            ),
            tail=regex.compile(
                "(?:" + "|".join([*runs, r"\^\^", "~+", "[♡♥]+", f"[{_SYMBOLS}]+"]) + ")+$"
            ),
            only=regex.compile(
                "(?:"
                + "|".join([*letters, r"\^\^", "[♡♥]+", r"\p{Extended_Pictographic}+[\uFE0F]?"])
                + ")+[.!?~]*"
            ),
            emoticons=_emoticon_words(emoticons),
            gaps=regex.compile(
                "(?<=(?:"
                + "|".join([*pairs, r"\^\^", f"[♡♥~{_SYMBOLS}]"])
                + f"){_CLOSERS})"
                + r"(\s+)(?=\S)"
            ),
        )


def _emoticon_words(emoticons: Sequence[str]) -> regex.Pattern[str] | None:
    """The pattern of any of ``emoticons`` as a word of its own (white space or the text's
    edge on both sides), longest first; None for none."""
    if not emoticons:
        return None
    alternatives = "|".join(regex.escape(e) for e in sorted(emoticons, key=len, reverse=True))
    return regex.compile(rf"(?<!\S)(?:{alternatives})(?!\S)")

"""What closes an informal sentence besides punctuation, and belongs to it: laughter and
crying written with letters (a language's ``laughter`` setting: Korean ㅋㅋ, ㅠㅠ, ㅎㅅㅎ),
emoji, ``^^``, hearts and tildes ("했어요 ㅋㅋㅋ", "좋아요. 😀", "답죠?ㅎㅅㅎ")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

# Emoji and their modifiers, in every language.
_SYMBOLS = r"\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F"
# Closing brackets and quotes that may follow one before the gap: "…하더라구요ㅋㅋ)".
_CLOSERS = r"[)\]\"'”’]*"


@dataclass(frozen=True, slots=True)
class Closings:
    """The patterns, for one language's laughter letters (a regex class body, may be empty).

    ``mark``: a character that may be part of one; ``after_punctuation``: laughter or emoji
    at a word's end (after its final punctuation); ``tail``: any of them at a word's end,
    tildes included; ``only``: a word that is nothing else; ``gaps``: a gap after one
    (group 1)."""

    laughter: str
    mark: regex.Pattern[str]
    after_punctuation: regex.Pattern[str]
    tail: regex.Pattern[str]
    only: regex.Pattern[str]
    gaps: regex.Pattern[str]

    @classmethod
    def for_laughter(cls, laughter: str) -> Closings:
        """The patterns for ``laughter`` (e.g. ``\\u3131-\\u318E``, Hangul letters)."""
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
            gaps=regex.compile(
                "(?<=(?:"
                + "|".join([*pairs, r"\^\^", f"[♡♥~{_SYMBOLS}]"])
                + f"){_CLOSERS})"
                + r"(\s+)(?=\S)"
            ),
        )

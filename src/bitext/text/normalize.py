"""Normalizing decoded text: line endings, Unicode NFC, characters XML 1.0 forbids."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bitext._chars import XML_FORBIDDEN

# Page and vertical breaks from PDF extraction mean "new line"; other forbidden controls carry
# no text and are dropped (and counted, so the caller can say so).
_BREAKS = str.maketrans({"\x0c": "\n", "\x0b": "\n", "\u2028": "\n", "\u2029": "\n\n"})


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text, how many forbidden characters were dropped, and whether NFC changed it."""

    text: str
    dropped: int
    recomposed: bool


def normalize_text(text: str) -> Normalized:
    """Unify line endings to LF, compose to NFC and drop characters XML 1.0 forbids.

    >>> normalize_text("한\\r\\n").text == "한\\n"
    True
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = text.translate(_BREAKS)
    if text.startswith("\ufeff"):
        text = text[1:]
    cleaned, dropped = XML_FORBIDDEN.subn("", text)
    composed = unicodedata.normalize("NFC", cleaned)
    return Normalized(composed, dropped, composed != cleaned)

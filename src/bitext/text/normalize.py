"""Normalizing decoded text: line endings, Unicode NFC, characters XML 1.0 forbids."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bitext._chars import OTHER_BREAKS, XML_FORBIDDEN

# A line ends at LF or CRLF only (see bitext._chars.split_lines): the other break characters
# (lone CR, VT, FF, U+0085, U+2028, U+2029) are white space inside a line; other forbidden
# controls carry no text and are dropped (and counted, so the caller can say so).


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text, how many forbidden characters were dropped, and whether NFC changed it."""

    text: str
    dropped: int
    recomposed: bool


def normalize_text(text: str) -> Normalized:
    """Unify line endings to LF (CRLF is one; other breaks become spaces), compose to NFC
    and drop characters XML 1.0 forbids.

    >>> normalize_text("한\\r\\n").text == "한\\n"
    True
    """
    text = text.replace("\r\n", "\n").translate(OTHER_BREAKS)
    if text.startswith("\ufeff"):
        text = text[1:]
    cleaned, dropped = XML_FORBIDDEN.subn("", text)
    composed = unicodedata.normalize("NFC", cleaned)
    return Normalized(composed, dropped, composed != cleaned)

"""Character-level facts shared by the model and the text layer (stdlib only)."""

from __future__ import annotations

import re
import unicodedata

# Characters outside XML 1.0's Char production: C0 controls other than TAB, LF and CR,
# lone surrogates, and U+FFFE/U+FFFF.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def first_forbidden_char(text: str) -> int | None:
    """Return the index of the first character XML 1.0 forbids in ``text``, or None."""
    match = XML_FORBIDDEN.search(text)
    return match.start() if match else None


def is_nfc(text: str) -> bool:
    """Tell whether ``text`` is in Unicode Normalization Form C."""
    return unicodedata.is_normalized("NFC", text)


def describe_char(char: str) -> str:
    """Name a character for an error message, e.g. ``U+0007``."""
    return f"U+{ord(char):04X}"

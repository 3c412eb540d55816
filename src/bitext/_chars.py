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


# Characters that some tools treat as line or paragraph breaks, but bitext does not: in a
# plain file a line ends only at LF (or CRLF). Inside a line they are white space.
OTHER_BREAKS = str.maketrans(
    {"\r": " ", "\x0b": " ", "\x0c": " ", "\x85": " ", "\u2028": " ", "\u2029": " "}
)


def split_lines(text: str) -> list[str]:
    r"""The lines of a plain file's text: a line ends at LF or CRLF, nothing else (a lone CR,
    VT, FF, U+0085, U+2028 and U+2029 are text). A final line ending ends the last line; it
    does not start an empty one.

    >>> split_lines("a\r\nb\u2028c\rd\n")
    ['a', 'b\u2028c\rd']
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]

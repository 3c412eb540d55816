"""Escaping text for XML written as strings (the streaming writers' fast path): what
libxml2's serializer escapes, so that a string written here reads as the tree would write it
(with UTF-8 output every other character is written as itself)."""

from __future__ import annotations

import re

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)
# Most texts have none of these: one search in C, then no new string.
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\r\n\t]')


def text(value: str) -> str:
    """``value`` escaped for element content (carriage returns kept as ``&#13;``)."""
    return value.translate(_TEXT) if _TEXT_SPECIAL.search(value) else value


def attribute(value: str) -> str:
    """``value`` escaped for a double-quoted attribute (white space kept as references)."""
    return value.translate(_ATTRIBUTE) if _ATTRIBUTE_SPECIAL.search(value) else value

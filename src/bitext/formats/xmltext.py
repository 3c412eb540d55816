"""Escaping text for XML written as strings (the streaming writers' fast path)."""

from __future__ import annotations

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


def text(value: str) -> str:
    """``value`` escaped for element content (carriage returns kept as ``&#13;``)."""
    return value.translate(_TEXT)


def attribute(value: str) -> str:
    """``value`` escaped for a double-quoted attribute (white space kept as references)."""
    return value.translate(_ATTRIBUTE)

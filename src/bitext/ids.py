"""The xml:id scheme: readable NCNames derived from position (``en.p3.s2``)."""

from __future__ import annotations


def division_id(lang: str, part: str, number: int) -> str:
    """Id of a division: ``en.d2`` in the body, ``en.front`` / ``en.back`` otherwise."""
    return f"{lang}.d{number}" if part == "body" else f"{lang}.{part}"


def block_id(lang: str, part: str, kind: str, number: int) -> str:
    """Id of a heading (kind ``h``) or paragraph (kind ``p``): ``en.p3``, ``en.back.p1``."""
    prefix = lang if part == "body" else f"{lang}.{part}"
    return f"{prefix}.{kind}{number}"


def sentence_id(block: str, number: int) -> str:
    """Id of the ``number``-th sentence of a block: ``en.p3.s2``."""
    return f"{block}.s{number}"

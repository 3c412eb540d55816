"""A text in another normalization than NFC, split as its NFC form.

The languages' data (abbreviations, endings) is NFC, as the text inside bitext is; a text
given decomposed (NFD, as some macOS tools write it) would not meet it (Spanish ``párrf.``,
a Kazakh sentence glued to the next). :func:`composed_offsets` composes the text one
cluster at a time (a character and the marks or conjoining Hangul vowels and finals after
it), so that each composed character is known to come from one cluster of the text given,
and a sentence found in the composed text is mapped back to the characters it came from.
"""

from __future__ import annotations

import itertools
import unicodedata

# Conjoining Hangul vowels and finals (the jamo that compose with the character before).
_JAMO_CONTINUING = ((0x1160, 0x11FF), (0xD7B0, 0xD7FF))


def composed_offsets(text: str) -> tuple[str, list[int], list[int]] | None:
    """The NFC form of ``text`` and, for each of its characters, where the cluster it came
    from starts and ends in ``text``; None where composing cluster by cluster does not give
    the whole text's NFC form (then nothing can be mapped back).

    >>> composed, starts, ends = composed_offsets("Cafe\\u0301 ok")
    >>> composed, starts[3], ends[3], starts[5]
    ('Café ok', 3, 5, 6)
    """
    bounds = [*_cluster_starts(text), len(text)]
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for begin, end in itertools.pairwise(bounds):
        part = unicodedata.normalize("NFC", text[begin:end])
        parts.append(part)
        starts += [begin] * len(part)
        ends += [end] * len(part)
    composed = "".join(parts)
    if composed != unicodedata.normalize("NFC", text):
        return None
    return composed, starts, ends


def _cluster_starts(text: str) -> list[int]:
    """Where each cluster of ``text`` starts: at every character but a mark (combining or
    spacing: what composes with the character before) or a conjoining Hangul vowel or
    final."""
    return [
        at
        for at, char in enumerate(text)
        if at == 0 or not (unicodedata.category(char).startswith("M") or _continues(char))
    ]


def _continues(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _JAMO_CONTINUING)

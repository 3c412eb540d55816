"""The scripts the two sides of a pair are written in, told from their letters: where they
differ, a name meets its spelling in the other side only by its sounds
(:mod:`bitext.align.phonetic`)."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

# The characters of a side read to tell the scripts it is written in, and the share of its
# letters that must be of one script for the side to be written in it.
SCRIPT_SAMPLE = 2000
ONE_SCRIPT = 0.8


def written_apart(source: Sequence[str], target: Sequence[str]) -> bool:
    """Whether the two sides of a pair are written in different scripts, so that a name
    may meet its spelling in the other only by its sounds (:mod:`bitext.align.phonetic`):
    unless :data:`ONE_SCRIPT` of the letters of each side, or more, are of one and the same
    script (read from the first :data:`SCRIPT_SAMPLE` characters of a side; a side without
    letters tells nothing, and counts as apart).

    >>> written_apart(["Putin and Merkel met."], ["Путин и Меркель"])
    True
    >>> written_apart(["Putin und Merkel"], ["Poutine et Merkel"])
    False
    >>> written_apart(["삼성 Galaxy S24"], ["Samsung Galaxy S24"])  # 6 of 8 letters Latin
    True
    """
    return _apart(_sample(source), _sample(target))


@functools.lru_cache(maxsize=256)
def _apart(source_sample: str, target_sample: str) -> bool:
    """:func:`written_apart` of the two sides' samples (:func:`_sample`), remembered: one
    alignment asks it of the same pair four times, each pass and each word count."""
    source_scripts, target_scripts = _counts(source_sample), _counts(target_sample)
    if not source_scripts or not target_scripts:
        return True
    script = source_scripts.most_common(1)[0][0]
    return not all(
        scripts[script] >= ONE_SCRIPT * scripts.total()
        for scripts in (source_scripts, target_scripts)
    )


def script_counts(texts: Iterable[str]) -> Counter[str]:
    """How many letters of each script the first :data:`SCRIPT_SAMPLE` characters of
    ``texts`` hold, by the first word of the letters' Unicode names (``LATIN``,
    ``CYRILLIC``, ``HANGUL``, ``CJK``, ``ARABIC``...).

    >>> script_counts(["Seoul 서울"])
    Counter({'LATIN': 5, 'HANGUL': 2})
    """
    return _counts(_sample(texts))


def _sample(texts: Iterable[str]) -> str:
    """The first :data:`SCRIPT_SAMPLE` characters of ``texts``, run together."""
    taken: list[str] = []
    size = 0
    for text in texts:
        if size >= SCRIPT_SAMPLE:
            break
        taken.append(text)
        size += len(text)
    return "".join(taken)[:SCRIPT_SAMPLE]


def _counts(sample: str) -> Counter[str]:
    """How many letters of each script ``sample`` holds."""
    scripts: Counter[str] = Counter()
    for char, count in Counter(sample).items():
        script = _script(char)
        if script:
            scripts[script] += count
    return scripts


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The script of a letter (the first word of its Unicode name), ``""`` for anything
    else."""
    return unicodedata.name(char, "").split(" ", 1)[0] if char.isalpha() else ""

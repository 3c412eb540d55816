"""What one process remembers of words for every pair and batch it aligns (feature ids,
analyses, groups), and the process's one memory (:func:`word_memory`).

Alignments may run in threads (a Dask worker's): new ids and lexicon entries are made under
a lock, so that two threads never give two features one id.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable
from typing import Any

from bitext.align.lexicon import Lexicon

Group = tuple[tuple[int, ...], float]  # a word's alternatives (feature ids) and its weight
# What a word's lexicon-free analysis depends on: its language, its side, whether cognates
# are looked for (the other language shares the script), whether names are keyed by their
# sounds (the other side is written in another script) and whether words are read by their
# Korean readings (Korean against Chinese or Japanese).
Kind = tuple[str, str, bool, bool, bool]
# Words remembered in one process (analyses, groups) before the memory starts afresh.
MAX_REMEMBERED_WORDS = 500_000
# Word groups are remembered for this many lexicons at a time (the bundled ones, mostly).
_LEXICONS_REMEMBERED = 8


class WordMemory:
    """What one process remembers of words, for every pair and batch it aligns: a number
    for every feature (``n:2024``, ``x:일본``), the lexicon-free analysis of each word per
    language and side (and its content stem), and each word's group per lexicon. It grows
    with the vocabulary; :func:`word_memory` starts a new one past
    :data:`MAX_REMEMBERED_WORDS` (extractors keep the one they started with, so their
    numbers never mix)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.bases: dict[Kind, dict[str, Any]] = {}
        self.content: dict[Kind, dict[str, str]] = {}
        self._groups: dict[tuple[Kind, int], tuple[Lexicon, dict[str, Group | None]]] = {}
        self._known: dict[tuple[Kind, int], tuple[Lexicon, dict[str, int]]] = {}
        # New ids and lexicon entries are made under a lock: alignments may run in threads
        # (a Dask worker's), and two threads must never give two features one id.
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(vars(self))
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        vars(self).update(state)
        self._lock = threading.Lock()

    def ids_of(self, keys: Iterable[str]) -> tuple[int, ...]:
        """The feature ids of ``keys`` (new keys get the next numbers), sorted."""
        ids, keys = self.ids, list(keys)
        found = set(map(ids.get, keys, itertools.repeat(-1)))
        if -1 not in found:  # every key seen before (ids count from 0)
            return tuple(sorted(found))
        with self._lock:  # a key not seen before
            return tuple(sorted({ids.setdefault(key, len(ids)) for key in keys}))

    def groups_for(self, kind: Kind, lexicon: Lexicon) -> dict[str, Group | None]:
        """The word groups of one kind of analysis and a lexicon (the lexicon itself is
        kept with them, so that its identity stays its own)."""
        return _per_lexicon(self._groups, kind, lexicon, self._lock)

    def known_for(self, kind: Kind, lexicon: Lexicon) -> dict[str, int]:
        """Whether a lexicon knows each word (1, 0; -1 for a word without a group), for one
        kind of analysis (kept as the word groups are)."""
        return _per_lexicon(self._known, kind, lexicon, self._lock)

    def size(self) -> int:
        """How many words it remembers."""
        return sum(len(store) for store in self.bases.values())


def _per_lexicon(
    store: dict[tuple[Kind, int], tuple[Lexicon, dict[str, Any]]],
    kind: Kind,
    lexicon: Lexicon,
    lock: threading.Lock,
) -> dict[str, Any]:
    """The table kept in ``store`` for one kind of analysis and a lexicon (made empty the
    first time; at most :data:`_LEXICONS_REMEMBERED` lexicons a store, the oldest dropped)."""
    key = (kind, id(lexicon))
    with lock:
        entry = store.get(key)
        if entry is None or entry[0] is not lexicon:
            if len(store) >= _LEXICONS_REMEMBERED:
                del store[next(iter(store))]
            entry = store[key] = (lexicon, {})
    return entry[1]


_MEMORY = WordMemory()


def word_memory() -> WordMemory:
    """The process's word memory (a new one once the current one holds too many words)."""
    global _MEMORY
    if _MEMORY.size() > MAX_REMEMBERED_WORDS:
        _MEMORY = WordMemory()
    return _MEMORY

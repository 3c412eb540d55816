"""Bilingual lexicons: word pairs kept as data, supplied by the user, or learned.

A learned lexicon is a value like any other: merge the lexicons of several batches with
:meth:`Lexicon.merged`, save one with :meth:`Lexicon.save`, give it back to the aligner
(``lexicon=Lexicon.load(path)``, ``bitext align --lexicon``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bitext._chars import nfc, split_lines
from bitext._fileio import atomic_write_text
from bitext.errors import ParseError
from bitext.lang.words import lexicon_paths


@dataclass(frozen=True)
class Lexicon:
    """Source words mapped to target words (stems), for one direction of a language pair.

    >>> lex = Lexicon.from_pairs([("japan", "일본")])
    >>> sorted(lex.translations("japan"))
    ['일본']
    """

    pairs: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Lexicon:
        """Build a lexicon from (source word, target word) pairs (source lower-cased; both
        composed, NFC, as the text they are compared with is)."""
        return _from_composed((nfc(source), nfc(target)) for source, target in pairs)

    @classmethod
    def bundled(cls, source_lang: str, target_lang: str) -> Lexicon:
        """The lexicon shipped for this pair (either direction), or an empty one (read once
        a process: it is data of the package)."""
        return _bundled(source_lang, target_lang)

    def translations(self, word: str) -> frozenset[str]:
        """The target words for ``word`` (empty if unknown)."""
        return self.pairs.get(word, frozenset())

    def target_vocabulary(self) -> frozenset[str]:
        """Every target word the lexicon knows (worked out once a lexicon: it is a value)."""
        return self._vocabulary

    @functools.cached_property
    def _vocabulary(self) -> frozenset[str]:
        return frozenset(t for targets in self.pairs.values() for t in targets)

    @functools.cached_property
    def _size(self) -> int:
        return sum(len(v) for v in self.pairs.values())

    def merged(self, other: Lexicon) -> Lexicon:
        """A lexicon with the pairs of both (this one itself when ``other`` adds nothing:
        a lexicon is a value, and keeping its identity lets word analyses made with it be
        reused). The table of both is made when it is first read: the aligner merges the
        learned pairs of every call into the bundled lexicon of some 18,000 words and
        seldom reads the result as a table (see :class:`_MergedPairs`)."""
        if not other.pairs:
            return self
        if not self.pairs:
            return other
        return Lexicon(_MergedPairs(self.pairs, other.pairs))

    def text(self, comment: str = "") -> str:
        """The lexicon as a lexicon file (what :func:`read_pairs` reads), sorted, so that the
        same lexicon is always the same bytes."""
        lines = [f"# {line}\n" for line in comment.splitlines()]
        lines += [f"{s}\t{','.join(sorted(t))}\n" for s, t in sorted(self.pairs.items()) if t]
        return "".join(lines)

    def save(self, path: str | Path, comment: str = "") -> None:
        """Write the lexicon file atomically (see :meth:`text`)."""
        atomic_write_text(path, self.text(comment))

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        """Read a lexicon file (ParseError naming the file and line if it is malformed)."""
        return cls.from_pairs(read_pairs(path))

    def __len__(self) -> int:
        return self._size


class _MergedPairs(Mapping[str, frozenset[str]]):
    """The pairs of two lexicons, a word's targets those of both, made into one table when
    first read (each call of the aligner merged its learned pairs into copies of the bundled
    lexicon's table, three of some 18,000 words, that it kept beside the learned pairs and
    seldom read: with the collector's walk over them, about 2 ms a call)."""

    __slots__ = ("_first", "_second", "_table")

    def __init__(
        self, first: Mapping[str, frozenset[str]], second: Mapping[str, frozenset[str]]
    ) -> None:
        self._first = first
        self._second = second
        self._table: dict[str, frozenset[str]] | None = None

    def _merged(self) -> dict[str, frozenset[str]]:
        """The one table (made once; two threads reading it first may each make it, alike)."""
        if self._table is None:
            table = dict(self._first)
            for word, targets in self._second.items():
                table[word] = table.get(word, frozenset()) | targets
            self._table = table
        return self._table

    def __getitem__(self, word: str) -> frozenset[str]:
        return self._merged()[word]

    def get(self, word: str, default: Any = None) -> Any:
        """A word's targets, or ``default`` (one lookup, not Mapping's two)."""
        return self._merged().get(word, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._merged())

    def __len__(self) -> int:
        return len(self._merged())


@functools.lru_cache(maxsize=32)
def _bundled(source_lang: str, target_lang: str) -> Lexicon:
    forward = lexicon_paths(source_lang, target_lang)
    if forward:
        return _from_composed(pair for path in forward for pair in read_pairs(path))
    backward = lexicon_paths(target_lang, source_lang)
    return _from_composed((t, s.lower()) for path in backward for s, t in read_pairs(path))


def _from_composed(pairs: Iterable[tuple[str, str]]) -> Lexicon:
    """:meth:`Lexicon.from_pairs` of pairs already composed (NFC), as :func:`read_pairs`
    gives them (a bundled lexicon of 50,000 pairs is read without composing each word)."""
    table: dict[str, set[str]] = {}
    for source, target in pairs:
        table.setdefault(source.lower(), set()).add(target)
    return Lexicon({k: frozenset(v) for k, v in table.items()})


def read_pairs(path: str | Path) -> list[tuple[str, str]]:
    """Read a lexicon file: ``SOURCE<TAB>TARGET[,TARGET...]`` lines, ``#`` comments; the
    words composed (NFC)."""
    pairs = []
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")  # a Windows editor's BOM too
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", path) from None
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"byte 0x{exc.object[exc.start]:02x} is not UTF-8; save the lexicon as UTF-8",
            path,
            exc.object[: exc.start].count(b"\n") + 1,
        ) from None
    for number, line in enumerate(split_lines(nfc(text)), 1):
        if not line.strip() or line.startswith("#"):
            continue
        source, tab, targets = line.partition("\t")
        if not tab or not source.strip() or not targets.strip():
            raise ParseError("expected SOURCE<TAB>TARGET[,TARGET...]", path, number)
        pairs += [(source.strip(), t.strip()) for t in targets.split(",") if t.strip()]
    return pairs

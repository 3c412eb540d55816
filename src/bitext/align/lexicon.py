"""Bilingual lexicons: word pairs kept as data, supplied by the user, or learned.

A learned lexicon is a value like any other: merge the lexicons of several batches with
:meth:`Lexicon.merged`, save one with :meth:`Lexicon.save`, give it back to the aligner
(``lexicon=Lexicon.load(path)``, ``bitext align --lexicon``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

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
        reused)."""
        if not other.pairs:
            return self
        if not self.pairs:
            return other
        table = dict(self.pairs)
        for word, targets in other.pairs.items():
            table[word] = table.get(word, frozenset()) | targets
        return Lexicon(table)

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

"""What every exchange format shares: the translation unit, export options, the registry.

A :class:`Unit` is one link of an alignment with its texts, ready to write. Units are made
lazily from two documents and their alignment (:func:`units`), so a writer streams them and
memory stays flat however many links there are.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Protocol

from lxml import etree

from bitext.errors import FormatError, ParseError
from bitext.model import Alignment, Document, LinkStatus
from bitext.tei.xml import parse_xml

# <!DOCTYPE tmx SYSTEM "tmx14.dtd"> and the like, without an internal subset.
_DOCTYPE_REFERENCE = re.compile(rb"<!DOCTYPE\s+[\w:.-]+\s+(?:SYSTEM|PUBLIC)\s+[^\[>]*>")


@dataclass(frozen=True, slots=True)
class Unit:
    """One link with its texts: the sentences of each side, their ids, and its context."""

    id: str
    type: str
    status: LinkStatus
    score: float | None
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    source_sentences: tuple[str, ...]
    target_sentences: tuple[str, ...]
    context_before: str = ""
    context_after: str = ""

    @property
    def source(self) -> str:
        """The source text: its sentences joined by spaces."""
        return " ".join(self.source_sentences)

    @property
    def target(self) -> str:
        """The target text: its sentences joined by spaces."""
        return " ".join(self.target_sentences)


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What a file needs to say about the whole corpus."""

    source_lang: str
    target_lang: str
    source_name: str = "source"
    target_name: str = "target"
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    tool_version: str = ""


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which links to export: a minimum score, link types, manual links only, and whether
    links with an empty side (1-0, 0-1) are included."""

    min_score: float | None = None
    types: frozenset[str] = frozenset()
    manual_only: bool = False
    include_unaligned: bool = False

    def accepts(self, unit: Unit) -> bool:
        """Whether ``unit`` passes the filter."""
        if not self.include_unaligned and not (unit.source_ids and unit.target_ids):
            return False
        if self.manual_only and unit.status is not LinkStatus.MANUAL:
            return False
        if self.types and unit.type not in self.types:
            return False
        if self.min_score is not None and unit.status is not LinkStatus.MANUAL:
            return unit.score is not None and unit.score >= self.min_score
        return True


def units(
    source: Document, target: Document, alignment: Alignment, keep: ExportFilter | None = None
) -> Iterator[Unit]:
    """The links of ``alignment`` as units, in order, with the texts of both documents."""
    keep = keep or ExportFilter()
    source_text = {s.id: s.text for s in source.sentences()}
    target_text = {s.id: s.text for s in target.sentences()}
    order = [s.id for s in source.sentences()]
    position = {identifier: n for n, identifier in enumerate(order)}
    for link in alignment.links:
        missing = [i for i in link.source if i not in source_text] + [
            i for i in link.target if i not in target_text
        ]
        if missing:
            raise FormatError(f"link {link.id} points at {missing[0]!r}, which the documents lack")
        before, after = _context(link.source, order, position, source_text)
        unit = Unit(
            link.id,
            link.type,
            link.status,
            link.score,
            link.source,
            link.target,
            tuple(source_text[i] for i in link.source),
            tuple(target_text[i] for i in link.target),
            before,
            after,
        )
        if keep.accepts(unit):
            yield unit


def _context(
    ids: tuple[str, ...], order: list[str], position: dict[str, int], text: dict[str, str]
) -> tuple[str, str]:
    if not ids:
        return "", ""
    first, last = position[ids[0]], position[ids[-1]]
    before = text[order[first - 1]] if first > 0 else ""
    after = text[order[last + 1]] if last + 1 < len(order) else ""
    return before, after


class Writer(Protocol):
    """Writes units to a binary stream (one module per format implements it)."""

    def __call__(self, units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
        """Write the units; return how many were written."""
        ...


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """A format's name, its file extension and the module that implements it."""

    name: str
    extension: str
    module: str
    description: str


FORMATS = {
    info.name: info
    for info in (
        FormatInfo("tmx", ".tmx", "bitext.formats.tmx", "TMX 1.4b translation memory"),
        FormatInfo("po", ".po", "bitext.formats.po", "gettext PO catalogue"),
        FormatInfo("xliff", ".xlf", "bitext.formats.xliff", "XLIFF 2.0"),
        FormatInfo("xliff12", ".xliff", "bitext.formats.xliff", "XLIFF 1.2"),
        FormatInfo("tsv", ".tsv", "bitext.formats.tsv", "tab-separated values with ids"),
        FormatInfo("jsonl", ".jsonl", "bitext.formats.jsonl", "JSON lines, one link a line"),
    )
}


# Formats with a writer of their own shape (see export_corpus): Moses writes two files
# (OUT.<source lang> and OUT.<target lang>); HTML needs the documents' structure.
SPECIAL_FORMATS = ("moses", "html")


def format_names() -> tuple[str, ...]:
    """Every format bitext exports."""
    return (*FORMATS, *SPECIAL_FORMATS)


def writer_for(name: str) -> Writer:
    """The writer of format ``name`` (modules are imported only when used)."""
    info = FORMATS.get(name)
    if info is None:
        raise FormatError(f"unknown format {name!r}; bitext writes: {', '.join(format_names())}")
    module = importlib.import_module(info.module)
    writer: Writer = getattr(module, f"write_{name}")
    return writer


def lengths(field: str | None) -> tuple[int, ...]:
    """Sentence lengths recorded as ``"45,60"``."""
    if not field:
        return ()
    try:
        return tuple(int(part) for part in field.split(","))
    except ValueError:
        return ()


def read_status(status: str | None, score: str | None) -> tuple[LinkStatus, float | None]:
    """A link's status and score as a file recorded them (unknown values are dropped)."""
    try:
        link_status = LinkStatus(status) if status else LinkStatus.AUTOMATIC
    except ValueError:
        link_status = LinkStatus.AUTOMATIC
    try:
        value = float(score) if score else None
    except ValueError:
        value = None
    return link_status, value if value is None or 0.0 <= value <= 1.0 else None


def parse_exchange_xml(path: str | Path) -> etree._Element:
    """Parse an exchange file safely; a DOCTYPE that only names a DTD (as TMX files from
    CAT tools have) is allowed, but never loaded; internal subsets and entities are refused."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(f"{path}: cannot read: {exc.strerror}") from exc
    data = _DOCTYPE_REFERENCE.sub(b"", data, count=1)
    try:
        return parse_xml(data, path)
    except ParseError as exc:
        raise FormatError(str(exc)) from None

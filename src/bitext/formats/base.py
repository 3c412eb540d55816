"""What every exchange format shares: the translation unit, export options, reading helpers
(the registry of formats is :mod:`bitext.formats.registry`).

A :class:`Unit` is one link of an alignment with its texts, ready to write. Units are made
lazily from two documents and their alignment (:func:`units`), so a writer streams them and
memory stays flat however many links there are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, TypeVar

from lxml import etree

from bitext.errors import FormatError, ParseError, UnsupportedLanguageError
from bitext.formats.notes import outer_space
from bitext.lang.rules import check_language_tag, language_named, sentence_separator
from bitext.model import (
    Alignment,
    Document,
    InlineCode,
    Link,
    LinkNote,
    LinkStatus,
    NoteKind,
    needs_review,
    review_bar,
)
from bitext.tei.codes import Codes, stream_inline_codes
from bitext.tei.references import resolve_document
from bitext.tei.stream import (
    AlignmentHead,
    iter_aligned_sentences,
    iter_links,
    read_alignment_head,
)
from bitext.tei.xml import as_utf8_xml, iterparse_xml, parse_xml

# <!DOCTYPE tmx SYSTEM "tmx14.dtd"> and the like, without an internal subset.
_Item = TypeVar("_Item")  # what write_units renders: a unit, or units written as one
_DOCTYPE_REFERENCE = re.compile(rb"<!DOCTYPE\s+[\w:.-]+\s+(?:SYSTEM|PUBLIC)\s+[^\[>]*>")


@dataclass(frozen=True, slots=True)
class Unit:
    """One link with its texts: the sentences of each side, their ids, its context, what goes
    between two sentences of each side (:func:`~bitext.lang.rules.sentence_separator`: a
    space, or nothing in Chinese and Japanese), and each sentence's inline codes (those of
    sentences imported from a CAT tool's file; empty where no sentence has any), and what a
    translation tool kept about the link (:class:`~bitext.model.LinkNote`: comments,
    properties, a context), which each format writes as its own where it has a place for it."""

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
    separators: tuple[str, str] = (" ", " ")
    source_codes: tuple[tuple[InlineCode, ...], ...] = ()
    target_codes: tuple[tuple[InlineCode, ...], ...] = ()
    notes: tuple[LinkNote, ...] = ()

    @property
    def source(self) -> str:
        """The source text: its sentences joined as its language writes them."""
        return self.separators[0].join(self.source_sentences)

    @property
    def target(self) -> str:
        """The target text: its sentences joined as its language writes them."""
        return self.separators[1].join(self.target_sentences)

    @property
    def source_side(self) -> tuple[tuple[str, ...], tuple[tuple[InlineCode, ...], ...]]:
        """The source's sentences and their inline codes (what a writer numbers a target's
        codes after, :func:`~bitext.formats.inline.with_codes`)."""
        return self.source_sentences, self.source_codes


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What a file needs to say about the whole corpus, and ``review_below``: the score
    under which an automatic link is marked for review (XLIFF 1.2's
    ``needs-review-translation``, XLIFF 2.0's subState, the HTML view, the XLSX sheet's
    shading, PO's fuzzy flag); ``None``: the model's :data:`~bitext.model.REVIEW_BELOW`, and
    in PO every automatic link fuzzy. ``file_notes``: what the tool that wrote an imported
    file kept about the whole file (a PO header's fields, a TMX header's props), which
    formats that have a place for it write back."""

    source_lang: str
    target_lang: str
    source_name: str = "source"
    target_name: str = "target"
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    tool_version: str = ""
    review_below: float | None = None
    file_notes: tuple[LinkNote, ...] = ()

    def needs_review(self, status: LinkStatus, score: float | None) -> bool:
        """Whether a link of this status and score is marked for review: an automatic one
        scored below the threshold or not scored; a manual one never."""
        return needs_review(status, score, self.review_below)

    @property
    def review_bar(self) -> float:
        """The score below which an automatic link is marked for review (the default bar
        where ``review_below`` is not given)."""
        return review_bar(self.review_below)


def spaced(unit: Unit, side: str, text: str, escape: Callable[[str], str] = str) -> str:
    """``text`` (a side's content as a format writes it) with the white space kept around
    it, written by ``escape`` (XML formats escape it as text)."""
    lead, trail = outer_space(unit.notes, side)
    return f"{escape(lead)}{text}{escape(trail)}" if text else text


# A unit not to translate (translate="no" on it, or on the group or file around it that
# says), a property of its link: its text is often code or a name, copied, not translated.
NOT_TRANSLATED = "xliff:translate"


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which links to export: a minimum score, link types, manual links only, whether links
    with an empty side (1-0, 0-1) are included, and whether those an imported file marked
    not to translate are left out."""

    min_score: float | None = None
    types: frozenset[str] = frozenset()
    manual_only: bool = False
    include_unaligned: bool = False
    translatable_only: bool = False

    def accepts(self, unit: Unit) -> bool:
        """Whether ``unit`` passes the filter."""
        if not self.include_unaligned and not (unit.source_ids and unit.target_ids):
            return False
        if self.translatable_only and any(
            n.kind is NoteKind.PROPERTY and n.name == NOT_TRANSLATED for n in unit.notes
        ):
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
    separators = (sentence_separator(source.lang), sentence_separator(target.lang))
    source_text = {s.id: s.text for s in source.sentences()}
    target_text = {s.id: s.text for s in target.sentences()}
    codes = (_codes_by_id(source), _codes_by_id(target))
    order = [s.id for s in source.sentences()]
    position = {identifier: n for n, identifier in enumerate(order)}
    for link in alignment.links:
        missing = [i for i in link.source if i not in source_text] + [
            i for i in link.target if i not in target_text
        ]
        if missing:
            raise FormatError(f"link {link.id} points at {missing[0]!r}, which the documents lack")
        before, after = _context(link.source, order, position, source_text)
        unit = _unit(
            link,
            tuple(source_text[i] for i in link.source),
            tuple(target_text[i] for i in link.target),
            before,
            after,
            separators,
            codes,
        )
        if keep.accepts(unit):
            yield unit


def _unit(
    link: Link,
    source: tuple[str, ...],
    target: tuple[str, ...],
    before: str,
    after: str,
    separators: tuple[str, str],
    codes: tuple[Codes, Codes],
) -> Unit:
    return Unit(
        link.id,
        link.type,
        link.status,
        link.score,
        link.source,
        link.target,
        source,
        target,
        before,
        after,
        separators,
        _codes_of(link.source, codes[0]),
        _codes_of(link.target, codes[1]),
        link.notes,
    )


def _codes_by_id(document: Document) -> Codes:
    """The inline codes of a document's sentences that have any, by id."""
    return {s.id: s.codes for s in document.sentences() if s.codes}


def _codes_of(ids: tuple[str, ...], codes: Codes) -> tuple[tuple[InlineCode, ...], ...]:
    """The inline codes of each of the sentences ``ids`` (nothing where none has any)."""
    if not codes or not any(i in codes for i in ids):
        return ()
    return tuple(codes.get(i, ()) for i in ids)


def _context(
    ids: tuple[str, ...], order: list[str], position: dict[str, int], text: dict[str, str]
) -> tuple[str, str]:
    if not ids:
        return "", ""
    first, last = position[ids[0]], position[ids[-1]]
    before = text[order[first - 1]] if first > 0 else ""
    after = text[order[last + 1]] if last + 1 < len(order) else ""
    return before, after


def stream_units(
    alignment_path: str | Path,
    keep: ExportFilter | None = None,
    *,
    allow_outside: bool = False,
    head: AlignmentHead | None = None,
) -> Iterator[Unit]:
    """The units of an alignment file and its two documents, read as streams in parallel, so
    memory stays flat whatever the corpus size. Links must be in document order on both
    sides (as ``bitext validate`` requires); a link that goes back raises FormatError. The
    documents must be inside the alignment's folder unless ``allow_outside``. ``head``: the
    alignment's head where the caller has read it already."""
    keep = keep or ExportFilter()
    head = head or read_alignment_head(alignment_path)
    source_path = resolve_document(alignment_path, head.source_doc, allow_outside=allow_outside)
    target_path = resolve_document(alignment_path, head.target_doc, allow_outside=allow_outside)
    source = _Cursor(iter_aligned_sentences(source_path), head.source_doc)
    target = _Cursor(iter_aligned_sentences(target_path), head.target_doc)
    codes = (stream_inline_codes(source_path), stream_inline_codes(target_path))
    separators = (sentence_separator(head.source_lang), sentence_separator(head.target_lang))
    for link in iter_links(alignment_path, head):
        before, source_texts = source.take(link.source, link.id)
        _, target_texts = target.take(link.target, link.id)
        unit = _unit(
            link,
            source_texts,
            target_texts,
            before if link.source else "",
            source.peek() if link.source else "",
            separators,
            codes,
        )
        if keep.accepts(unit):
            yield unit


class _Cursor:
    """A document's sentences read in order, with one sentence of look-behind and -ahead."""

    def __init__(self, sentences: Iterator[tuple[str, str]], name: str) -> None:
        self._sentences = sentences
        self._name = name
        self._previous = ""
        self._next: tuple[str, str] | None = next(sentences, None)

    def take(self, ids: tuple[str, ...], link: str) -> tuple[str, tuple[str, ...]]:
        """The sentence before ``ids`` and the texts of ``ids`` (which must come next, in
        order; sentences in no link are skipped)."""
        before, texts = self._previous, []
        for identifier in ids:
            while self._next is not None and self._next[0] != identifier:
                self._previous, self._next = self._next[1], next(self._sentences, None)
                before = self._previous
            if self._next is None:
                raise FormatError(
                    f"link {link}: sentence {identifier!r} is not ahead in {self._name}; links "
                    "must be in document order to stream (run bitext validate)"
                )
            texts.append(self._next[1])
            self._previous, self._next = self._next[1], next(self._sentences, None)
        return before, tuple(texts)

    def peek(self) -> str:
        """The text of the next sentence (or '')."""
        return self._next[1] if self._next is not None else ""


def write_units(
    stream: BinaryIO,
    units: Iterable[_Item],
    render: Callable[[_Item], str | None],
    head: str = "",
    tail: str | Callable[[], str] = "",
) -> int:
    """Write ``head``, each unit as ``render`` makes it (None leaves a unit out), then
    ``tail`` (or what it returns, called once the units are written: what closes the
    elements they left open), all as UTF-8 and as they come; return how many units were
    written."""
    stream.write(head.encode("utf-8"))
    count = 0
    for unit in units:
        text = render(unit)
        if text is not None:
            stream.write(text.encode("utf-8"))
            count += 1
    stream.write((tail if isinstance(tail, str) else tail()).encode("utf-8"))
    return count


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


def header_languages(cells: Sequence[str]) -> tuple[str, str] | None:
    """The languages a header row of two language tags (``en``, ``ko-KR``) or English names
    of languages bitext has data for (``English``, ``Korean``) names, as parallel TSV files
    and bilingual spreadsheets often begin; None where the row is text."""
    if len(cells) != 2:
        return None
    found = [_header_language(cell.strip()) for cell in cells]
    return (found[0], found[1]) if found[0] and found[1] else None


def _header_language(cell: str) -> str:
    """The language a header cell names ('' if it names none)."""
    if is_language_header(cell):
        return cell
    if not cell.isalpha() or len(cell) > 20:
        return ""
    return language_named(cell) or ""


def is_language_header(text: str) -> bool:
    """Whether a header cell is a language tag as corpora write them: a lower-case language
    of two or three letters, perhaps a script and region (``en``, ``ko-KR``, ``zh-Hant``); a
    word such as ``Yes`` or ``The`` is text, though well-formed as a tag."""
    if not _HEADER_TAG.fullmatch(text):
        return False
    try:
        check_language_tag(text)
    except UnsupportedLanguageError:
        return False
    return True


_HEADER_TAG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?")


def parse_exchange_xml(path: str | Path) -> etree._Element:
    """Parse an exchange file safely; a DOCTYPE that only names a DTD (as TMX files from
    CAT tools have) is allowed, but never loaded; internal subsets and entities are refused."""
    data = exchange_xml_bytes(path)
    try:
        return parse_xml(data, path)
    except ParseError as exc:
        raise FormatError(str(exc)) from None


def iterparse_exchange_xml(
    data: bytes, path: str | Path, tags: Sequence[str]
) -> Iterator[etree._Element]:
    """An exchange file's root, then its elements named in ``tags``, one at a time
    (:func:`~bitext.tei.xml.iterparse_xml`), from its bytes (:func:`exchange_xml_bytes`),
    with the checks of :func:`parse_exchange_xml`."""
    try:
        yield from iterparse_xml(data, path, tags)
    except ParseError as exc:
        raise FormatError(str(exc)) from None


def exchange_xml_bytes(path: str | Path) -> bytes:
    """An exchange file's bytes in UTF-8, without a DOCTYPE that only names a DTD."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        return _DOCTYPE_REFERENCE.sub(b"", as_utf8_xml(data, path), count=1)
    except ParseError as exc:
        raise FormatError(str(exc)) from None

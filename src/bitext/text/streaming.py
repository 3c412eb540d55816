"""Ingest at any size: a plain text read as a stream, its TEI written as it is read.

Memory stays bounded by the longest paragraph (and the back matter), whatever the size of the
file: the text is decoded a chunk at a time, read twice (once to find where its front and back
matter are, once to write it), and each paragraph is segmented and written as it comes. The
result is the same document, byte for byte, as :func:`bitext.text.ingest_file` followed by
:func:`bitext.tei.write_document` (a test checks it).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from bitext.errors import ParseError
from bitext.lang import LanguageRules, get_rules
from bitext.lang.scripts import warn_if_mismatched
from bitext.tei.streamwriter import document_writer
from bitext.text.assemble import (
    DivisionStart,
    Splitter,
    back_matter,
    body_parts,
    default_splitter,
    front_matter,
    make_header,
)
from bitext.text.blocks import (
    BodyBlock,
    RawBlock,
    iter_blocks,
    iter_layout,
    lines_as_paragraphs,
    plan_layout,
)
from bitext.text.decode import BOMS, check_codec, legacy_believed, undecodable
from bitext.text.ingest import language_rules
from bitext.text.normalize import normalize_text
from bitext.text.options import IngestOptions

_CHUNK = 1 << 20
# The first characters of the text checked against its declared language.
_SAMPLE = 100_000


@dataclass(frozen=True, slots=True)
class StreamedIngest:
    """What an ingest at any size did: the encoding, counts of what the text needed, where
    the back matter starts, and the size of the body written."""

    encoding: str
    dropped_chars: int
    recomposed: bool
    repaired_breaks: int
    back_blocks: int
    back_line: int
    back_start: str
    divisions: int
    paragraphs: int
    sentences: int


def ingest_to_file(
    path: str | Path,
    lang: str,
    output: str | Path,
    options: IngestOptions | None = None,
    split: Splitter | None = None,
) -> StreamedIngest:
    """Ingest the plain text at ``path`` into the TEI file ``output`` in bounded memory."""
    options = options or IngestOptions()
    rules = language_rules(lang)
    codec = detect_encoding(path, lang, options.encoding)
    stats = _Counts()
    lines = _Lines(path, codec, stats)
    warn_if_mismatched("\n".join(islice(lines.text(), 2000))[:_SAMPLE], lang, str(path))
    blocks = _block_source(lines, rules)
    plan = plan_layout(blocks(), rules, options.front_blocks, options.back_blocks)
    if plan.total == 0:
        raise ParseError("the file is empty or holds only whitespace; give a text to ingest", path)
    if plan.front >= plan.back_from:
        raise ParseError(
            "no body text found (everything looks like front or back matter); "
            "set --front-blocks/--back-blocks",
            path,
        )
    splitter = split or default_splitter(lang, options.abbreviations)
    source = options.source or f"Plain text file {Path(path).name} ({codec})."
    stats.reset_lines()  # count what normalizing did on the reading that is written
    layout = iter_layout(blocks(), plan, rules)
    front = tuple(block for _, block in islice(layout, plan.front) if isinstance(block, RawBlock))
    header = make_header(front, options, source, lang, rules.digest if split is None else "")
    back: list[RawBlock] = []
    paragraphs = sentences = 0
    with document_writer(output, lang, header, front_matter(lang, front, splitter)) as writer:
        body = _BodyBlocks(layout, back)
        for part in body_parts(lang, body.blocks(), splitter):
            if isinstance(part, DivisionStart):
                writer.division(part.id, part.type, part.head)
                sentences += len(part.head.sentences) if part.head else 0
            else:
                writer.paragraph(part)
                paragraphs += 1
                sentences += len(part.sentences)
        writer.finish(back_matter(lang, tuple(back), splitter))
        divisions = writer.divisions
    return StreamedIngest(
        codec,
        stats.dropped,
        stats.recomposed,
        body.joins,
        len(back),
        back[0].line if back else 0,
        back[0].text[:60] if back else "",
        divisions,
        paragraphs,
        sentences,
    )


class _BodyBlocks:
    """The body blocks of a layout stream; back matter blocks are set aside as they pass."""

    def __init__(self, layout: Iterator[tuple[str, RawBlock | BodyBlock]], back: list[RawBlock]):
        self._layout = layout
        self._back = back
        self.joins = 0

    def blocks(self) -> Iterator[BodyBlock]:
        for part, block in self._layout:
            if isinstance(block, BodyBlock):
                self.joins += block.joins
                yield block
            elif part == "back":
                self._back.append(block)


def _block_source(lines: _Lines, rules: LanguageRules) -> Callable[[], Iterator[RawBlock]]:
    """A way to read the blocks again and again; a text with no blank line is read a
    paragraph a line when its lines mostly end a sentence (as in memory)."""
    head = list(islice(iter_blocks(lines.text()), 2))
    if len(head) == 1:
        single = lines_as_paragraphs(head, rules)
        return lambda: iter(single)
    return lambda: iter_blocks(lines.text())


@dataclass
class _Counts:
    """What normalizing the lines did (counted on the last full reading)."""

    dropped: int = 0
    recomposed: bool = False

    def reset_lines(self) -> None:
        self.dropped, self.recomposed = 0, False


class _Lines:
    """The normalized lines of a file, read anew on each call of :meth:`text`."""

    def __init__(self, path: str | Path, codec: str, counts: _Counts) -> None:
        self.path = path
        self.codec = codec
        self.counts = counts

    def text(self) -> Iterator[str]:
        first = True
        for line in _decoded_lines(self.path, self.codec):
            if first:
                line = line.removeprefix("\ufeff")
                first = False
            normalized = normalize_text(line)
            self.counts.dropped += normalized.dropped
            self.counts.recomposed = self.counts.recomposed or normalized.recomposed
            yield normalized.text


def _decoded_lines(path: str | Path, codec: str) -> Iterator[str]:
    """The lines of a file decoded a chunk at a time (a line ends at LF; CR is removed by
    normalization)."""
    decoder = codecs.getincrementaldecoder(codec)()
    rest = ""
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            text = rest + decoder.decode(chunk)
            *lines, rest = text.split("\n")
            yield from lines
        rest += decoder.decode(b"", final=True)
    yield rest


def detect_encoding(path: str | Path, lang: str, encoding: str | None) -> str:
    """The encoding of the file at ``path``, found as :func:`decode_bytes` finds it, reading
    the file a chunk at a time (a byte-order mark, else UTF-8, else the language's legacy
    encoding if the text then looks like the language)."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", path) from None
    if encoding:
        codec = check_codec(encoding, path)
        _check_decodes(path, codec)
        return encoding
    for bom, codec in BOMS:
        if start.startswith(bom):
            _check_decodes(path, codec)
            return codec
    failure = _first_failure(path, "utf-8", refuse_nul=True)
    if failure is None:
        return "utf-8"
    rules = get_rules(lang, fallback=True)
    legacy = rules.legacy_encoding
    if (
        legacy
        and _first_failure(path, legacy, refuse_nul=True) is None
        and legacy_believed(_sample(path, legacy), rules)
    ):
        return legacy
    raise failure.error("utf-8" + (f" or {legacy}" if legacy else ""))


@dataclass(frozen=True, slots=True)
class _Failure:
    """Where a file stopped decoding: line, column and the bad byte."""

    path: str | Path
    line: int
    column: int
    byte: bytes

    def error(self, tried: str) -> ParseError:
        return undecodable(self.path, self.line, self.column, self.byte, tried)


def _check_decodes(path: str | Path, codec: str) -> None:
    failure = _first_failure(path, codec, refuse_nul=False)
    if failure is not None:
        raise failure.error(codec)


def _first_failure(path: str | Path, codec: str, refuse_nul: bool) -> _Failure | None:
    """The first place the file cannot be decoded with ``codec`` (None if it decodes)."""
    decoder = codecs.getincrementaldecoder(codec)()
    lines_before, last_line = 0, b""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if refuse_nul and b"\x00" in chunk:
                raise ParseError(
                    "looks like a binary file (it contains NUL bytes and no UTF-16 byte-order "
                    "mark); give a plain-text file",
                    path,
                )
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                at = max(0, min(exc.start, len(chunk)))
                before = last_line + chunk[:at]
                column = len(before) - (before.rfind(b"\n") + 1) + 1
                line = lines_before + chunk[:at].count(b"\n") + 1
                return _Failure(path, line, column, chunk[at : at + 1] or b"?")
            if not chunk:
                return None
            lines_before += chunk.count(b"\n")
            last_line = chunk[chunk.rfind(b"\n") + 1 :]


def _sample(path: str | Path, codec: str) -> str:
    with open(path, "rb") as handle:
        return handle.read(_CHUNK).decode(codec, errors="ignore")

"""File plumbing for the commands: reading alignment inputs, writing alignment outputs,
ingesting any file, building the bundled corpus (exports: :mod:`bitext.exchange`; scoring
against gold: :mod:`bitext.evaluation`).

Above every other layer: it combines tei, text, formats and align, and, like the rest of the
library, never prints or exits.
"""

from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bitext._fileio import FileContent, atomic_output, atomic_write_text, write_file_set
from bitext.align import align, score
from bitext.align.evaluate import BeadKey, Scores
from bitext.errors import ParseError, UnsupportedLanguageError
from bitext.exchange import export_corpus, load_aligned_corpus
from bitext.formats.ladder import format_ladder
from bitext.formats.registry import format_names
from bitext.lang import primary_subtag
from bitext.lang.detect import Detection, detect_language
from bitext.model import Alignment, Document, Problem
from bitext.readers.base import Progress, refuse_exchange_file, sniff_format
from bitext.readers.tei import file_made_by_bitext
from bitext.segment import split_sentences
from bitext.stats import document_stats
from bitext.tei import (
    document_to_bytes,
    read_document,
    read_tei,
    write_alignment,
    write_alignment_to,
    write_document,
    write_document_to,
)
from bitext.text import IngestOptions, decode_bytes, ingest_file, read_sentence_lines
from bitext.text.streaming import StreamedIngest, ingest_to_file
from bitext.validate import validate_paths

_HEAD_BYTES = 4096
# How much of a plain text is looked at to tell sentence lines from paragraphs.
_SAMPLE_BYTES = 256 * 1024
_SAMPLE_LINES = 400
_ONE_SENTENCE_SHARE = 0.9
# A line longer than this is a paragraph or a whole text, never one sentence.
_LONGEST_SENTENCE = 10_000


def is_tei_file(path: str | Path) -> bool:
    """Whether the file at ``path`` is a TEI document or alignment (XML in TEI's namespace)."""
    with Path(path).open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    return sniff_format(head, path) == "tei"


@dataclass(frozen=True, slots=True)
class LoadedInput:
    """A document to align and how it was read: ``format`` is ``tei``, ``lines`` (one
    sentence a line) or a reader's format (``text``, ``docx``, ``html``, ``pdf``, ``hwpx``);
    ``detected`` the detected language, when none was given."""

    document: Document
    format: str
    detected: Detection | None = None


def load_alignment_input(
    path: str | Path,
    lang: str | None,
    option: str,
    progress: Progress | None = None,
    *,
    lines: bool = False,
) -> LoadedInput:
    """A document to align, from any file bitext reads: a TEI document of bitext's; a plain
    text of one sentence a line (no blank lines, nearly every line one sentence: the usual
    input of aligners, whose line numbers are kept); or a text in paragraphs, DOCX, HTML,
    PDF, HWPX or a TEI document that other tools made, ingested. ``lines=True`` reads any
    plain text as one sentence a line. The language is detected when ``lang`` is empty
    (``option`` names the option that overrides it, for messages). A translation tool's
    bilingual file (TMX, XLIFF, PO) is refused, pointing to ``bitext import``."""
    refuse_exchange_file(path)
    if is_tei_file(path) and file_made_by_bitext(path):  # another tool's TEI is ingested
        document = read_document(path)
        if lang and primary_subtag(lang) != primary_subtag(document.lang):
            raise UnsupportedLanguageError(
                f"{path} is in {document.lang!r} but {option} says {lang!r}; drop {option}"
            )
        return LoadedInput(document, "tei")
    sample = _text_sample(path, lang or "")
    if sample is not None and (lines or _is_sentence_lines(sample, lang or "en")):
        detected = None
        if not lang:
            detected = _detect(sample, path, option)
            lang = detected.lang
        return LoadedInput(read_sentence_lines(path, lang), "lines", detected)
    try:
        result = ingest_file(path, lang or "", IngestOptions(), progress=progress)
    except UnsupportedLanguageError as exc:
        raise UnsupportedLanguageError(f"{exc} with {option}") from None
    return LoadedInput(result.document, result.format, result.detected)


def _detect(sample: str, path: str | Path, option: str) -> Detection:
    try:
        return detect_language(sample, str(path))
    except UnsupportedLanguageError as exc:
        raise UnsupportedLanguageError(f"{exc} with {option}") from None


def _text_sample(path: str | Path, lang: str) -> str | None:
    """The first lines of a plain-text file, decoded; None for any other format."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(_SAMPLE_BYTES + 1)
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", path) from None
    if sniff_format(data[:_HEAD_BYTES], path) != "text":
        return None
    if len(data) > _SAMPLE_BYTES:
        data = data[: data.rfind(b"\n", 0, _SAMPLE_BYTES) + 1] or data[:_SAMPLE_BYTES]
        return _decoded_prefix(data, path, lang)
    return decode_bytes(data, path, lang).text


def _decoded_prefix(data: bytes, path: str | Path, lang: str) -> str:
    """The text of the first bytes of a file, which may end inside a character (a first line
    longer than the sample; a UTF-16 file cut after the first byte of a line break): up to
    three bytes less are tried before the bytes are called undecodable."""
    try:
        return decode_bytes(data, path, lang).text
    except ParseError:
        for drop in (1, 2, 3):
            with contextlib.suppress(ParseError):
                return decode_bytes(data[:-drop], path, lang).text
        raise


def _is_sentence_lines(text: str, lang: str) -> bool:
    """No blank line between lines, no line longer than any sentence is, and nearly every
    line a single sentence."""
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if any(not line.strip() or len(line) > _LONGEST_SENTENCE for line in lines):
        return False
    looked_at = lines[:_SAMPLE_LINES]
    single = sum(1 for line in looked_at if len(split_sentences(line, lang)) <= 1)
    return single >= _ONE_SENTENCE_SHARE * len(looked_at)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What ``ingest_any`` did: the counts, the format read and the detected language."""

    result: StreamedIngest
    format: str
    lang: str
    detected: Detection | None = None


def ingest_any(
    path: str | Path,
    lang: str | None,
    output: str | Path,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest any file bitext reads into the TEI file ``output`` ("-": standard output).

    A plain text is read as a stream (any size); DOCX, HTML, PDF and HWPX are read whole.
    The language is detected from the text when ``lang`` is empty."""
    options = options or IngestOptions()
    if not options.format:
        refuse_exchange_file(path)  # a TMX, XLIFF or PO: bitext import's, not one document
    sample = _text_sample(path, lang or "")
    if sample is not None and options.format in ("", "text"):
        detected = None if lang else _detect(sample, path, "--lang")
        language = lang or (detected.lang if detected else "")
        return IngestReport(
            ingest_to_file(path, language, output, options), "text", language, detected
        )
    ingested = ingest_file(path, lang or "", options, progress=progress)
    document = ingested.document
    with atomic_output(output) as stream:
        stream.write(document_to_bytes(document))
    counts = document_stats(document).body
    return IngestReport(
        StreamedIngest(
            ingested.encoding,
            ingested.dropped_chars,
            ingested.recomposed,
            ingested.repaired_breaks,
            ingested.back_blocks,
            ingested.back_line,
            ingested.back_start,
            counts.divisions,
            counts.paragraphs,
            counts.sentences,
        ),
        ingested.format,
        document.lang,
        ingested.detected,
    )


def load_kept_alignment(path: str | Path) -> Alignment:
    """The alignment whose manual links are to be kept (a TEI alignment: a ladder or an
    exchange file is refused in one line, as it holds no manual links)."""
    if not is_tei_file(path):
        raise ParseError(
            "is not a TEI alignment, the only file that holds manual links to keep; give "
            "bitext's TEI alignment (align -o NAME.xml, or one edited with bitext review)",
            path,
        )
    loaded = read_tei(path)
    if not isinstance(loaded, Alignment):
        raise ParseError("is a document, not an alignment; give an alignment to keep", path)
    return loaded


@dataclass(frozen=True, slots=True)
class AlignmentOutput:
    """Where an alignment goes: the file, its format, and how it points at its documents."""

    path: Path
    ladder: bool
    source: Path
    target: Path

    def refs(self) -> tuple[str, str]:
        """How the alignment names its documents: relative paths of TEI inputs; for plain
        inputs, the TEI documents written beside the alignment."""
        if self.ladder:
            return self.source.name, self.target.name
        return self._ref(self.source, "source"), self._ref(self.target, "target")

    def _ref(self, path: Path, side: str) -> str:
        if is_tei_file(path):
            relative = os.path.relpath(path.resolve(), self.path.parent.resolve())
            return relative.replace(os.sep, "/")
        return f"{self.path.stem}.{side}.xml"

    def write(self, alignment: Alignment, source: Document, target: Document) -> None:
        """Write the alignment (and, for plain inputs, the documents it points at)."""
        if self.ladder:
            # Each automatic link's score as the third field, as vecalign writes its costs
            # (readers of two fields, vecalign's own, skip it); a manual link has none.
            scores = [link.score for link in alignment.links]
            beads = ladder_beads(alignment, source, target)
            atomic_write_text(self.path, format_ladder(beads, scores))
            return
        files: list[tuple[str | Path, FileContent]] = [
            (
                self.path.parent / self._ref(path, side),
                functools.partial(write_document_to, document),
            )
            for document, path, side in (
                (source, self.source, "source"),
                (target, self.target, "target"),
            )
            if not is_tei_file(path)
        ]
        # The documents and the alignment that points at them are written as one set.
        write_file_set([*files, (self.path, functools.partial(write_alignment_to, alignment))])


def ladder_beads(
    alignment: Alignment, source: Document, target: Document
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The links of ``alignment`` as 0-based sentence positions."""
    source_at = {s.id: n for n, s in enumerate(source.sentences())}
    target_at = {s.id: n for n, s in enumerate(target.sentences())}
    return [
        (tuple(source_at[i] for i in link.source), tuple(target_at[i] for i in link.target))
        for link in alignment.links
    ]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What ``build_corpus`` did: problems found, scores, and the files it wrote."""

    problems: tuple[Problem, ...]
    scores: tuple[tuple[str, Scores], ...]
    written: tuple[Path, ...]


def build_corpus(
    corpus: str | Path, output: str | Path, created: datetime | None = None
) -> BuildReport:
    """The main job: validate ``corpus``; for each alignment in it, align its documents
    automatically and score that against the hand-checked links, align again keeping those
    links, and export the result in every format into ``output``."""
    problems = tuple(validate_paths([corpus]).problems)
    if problems:
        return BuildReport(problems, (), ())
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    scores, written = [], []
    for path in sorted(Path(corpus).glob("*.xml")):
        alignment, source, target = load_aligned_corpus(path)
        automatic = align(
            source, target, source_ref=alignment.source_doc, target_ref=alignment.target_doc
        )
        scores.append((path.name, score([_keys(alignment)], [_keys(automatic)])))
        kept = align(
            source,
            target,
            keep=alignment,
            source_ref=f"{path.stem}.source.xml",
            target_ref=f"{path.stem}.target.xml",
        )
        written += _write_build(kept, source, target, out, path.name, created)
    return BuildReport((), tuple(scores), tuple(written))


def _keys(alignment: Alignment) -> list[BeadKey]:
    return [(tuple(link.source), tuple(link.target)) for link in alignment.links]


def _write_build(
    alignment: Alignment,
    source: Document,
    target: Document,
    out: Path,
    name: str,
    created: datetime | None,
) -> list[Path]:
    write_document(source, out / alignment.source_doc)
    write_document(target, out / alignment.target_doc)
    write_alignment(alignment, out / name)
    exports = export_corpus(out / name, list(format_names()), out / "export", created=created)
    return [out / alignment.source_doc, out / alignment.target_doc, out / name] + [
        e.path for e in exports
    ]

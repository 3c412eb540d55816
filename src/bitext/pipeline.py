"""File plumbing for the commands: reading alignment inputs, writing alignment outputs.

Above every other layer: it combines tei, text, formats and align, and, like the rest of the
library, never prints or exits.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from bitext._fileio import atomic_output, atomic_write_text, write_file_set
from bitext._version import __version__
from bitext.align import align, score
from bitext.align.evaluate import (
    Confidence,
    Scores,
    confidence,
    finer_links,
    past_the_gold,
    recall_by_type,
    sentences_in_two_beads,
    with_finer_merged,
)
from bitext.errors import EvaluationWarning, FormatError, ParseError, UnsupportedLanguageError
from bitext.formats.base import (
    FORMATS,
    CorpusInfo,
    ExportFilter,
    format_module,
    format_names,
    import_names,
    stream_units,
    writer_for,
)
from bitext.formats.ladder import format_ladder, read_scored_ladder
from bitext.formats.rebuild import ImportedCorpus
from bitext.lang import primary_subtag
from bitext.lang.detect import Detection, detect_language
from bitext.model import Alignment, Document, Problem
from bitext.readers.base import Progress, refuse_exchange_file, sniff_format
from bitext.readers.tei import file_made_by_bitext
from bitext.segment import split_sentences
from bitext.stats import document_stats
from bitext.tei import (
    alignment_to_bytes,
    document_to_bytes,
    read_alignment,
    read_document,
    read_tei,
    write_alignment,
    write_document,
)
from bitext.tei.references import resolve_document
from bitext.tei.stream import read_alignment_head
from bitext.text import IngestOptions, decode_bytes, ingest_file, read_sentence_lines
from bitext.text.streaming import StreamedIngest, ingest_to_file
from bitext.validate import validate_paths

BeadKey = tuple[tuple[Hashable, ...], tuple[Hashable, ...]]


def looks_like_xml(path: str | Path) -> bool:
    """Whether a file starts like XML (after a byte-order mark and white space)."""
    with Path(path).open("rb") as handle:
        return handle.read(200).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def is_tei_file(path: str | Path) -> bool:
    """Whether the file at ``path`` is a TEI document or alignment (XML in TEI's namespace)."""
    with Path(path).open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    return sniff_format(head, path) == "tei"


_HEAD_BYTES = 4096
# How much of a plain text is looked at to tell sentence lines from paragraphs.
_SAMPLE_BYTES = 256 * 1024
_SAMPLE_LINES = 400
_ONE_SENTENCE_SHARE = 0.9
# A line longer than this is a paragraph or a whole text, never one sentence.
_LONGEST_SENTENCE = 10_000


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
    """The alignment whose manual links are to be kept."""
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
        files: list[tuple[str | Path, bytes]] = [
            (self.path.parent / self._ref(path, side), document_to_bytes(document))
            for document, path, side in (
                (source, self.source, "source"),
                (target, self.target, "target"),
            )
            if not is_tei_file(path)
        ]
        # The documents and the alignment that points at them are written as one set.
        write_file_set([*files, (self.path, alignment_to_bytes(alignment))])


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


def read_beads(path: str | Path) -> list[BeadKey]:
    """The beads of a TEI alignment (as sentence ids) or a ladder file (as positions)."""
    return [bead for bead, _ in read_scored_beads(path)]


def read_scored_beads(path: str | Path) -> list[tuple[BeadKey, float | None]]:
    """:func:`read_beads` with each bead's score (a TEI link's, a ladder line's third
    field; ``None`` where there is none)."""
    if looks_like_xml(path):
        return [
            ((tuple(link.source), tuple(link.target)), link.score)
            for link in read_alignment(path).links
        ]
    return [((tuple(s), tuple(t)), score) for (s, t), score in read_scored_ladder(path)]


@dataclass(frozen=True, slots=True)
class Evaluation:
    """An alignment (or a folder of them) scored against gold: the number of documents,
    precision, recall and F1, recall by bead type (found, in the gold), and how well the
    test links' scores tell right from wrong (``None`` when the test has no scores); then
    how many test links are finer than the gold (:func:`~bitext.align.evaluate.finer_links`)
    and the scores with them merged back into the gold beads they split (the same scores
    when there are none)."""

    documents: int
    scores: Scores
    recall_by_type: dict[str, tuple[int, int]]
    confidence: Confidence | None
    finer: int
    scores_finer_merged: Scores


def evaluate_paths(gold: str | Path, test: str | Path) -> Evaluation:
    """Score the alignment ``test`` against ``gold``: two TEI alignments or two ladder
    files, or two folders of them (paired by file name; every gold file needs its test
    file). Counts are summed over the documents before dividing."""
    return evaluate_pairs(evaluation_pairs(Path(gold), Path(test)))


def evaluate_pairs(pairs: Sequence[tuple[Path, Path]]) -> Evaluation:
    """Score each pair's test file against its gold file (see :func:`evaluate_paths`)."""
    golds, tests, scores = [], [], []
    for gold_path, test_path in pairs:
        golds.append(read_beads(gold_path))
        scored = read_scored_beads(test_path)
        tests.append([bead for bead, _ in scored])
        scores.append([value for _, value in scored])
        warn_doubtful_evaluation(gold_path, test_path, golds[-1], tests[-1])
    has_scores = any(value is not None for values in scores for value in values)
    return Evaluation(
        len(pairs),
        score(golds, tests),
        recall_by_type(golds, tests),
        confidence(golds, tests, scores) if has_scores else None,
        sum(len(finer_links(g, t)) for g, t in zip(golds, tests, strict=True)),
        score(golds, [with_finer_merged(g, t) for g, t in zip(golds, tests, strict=True)]),
    )


def warn_doubtful_evaluation(
    gold_path: Path, test_path: Path, gold: Sequence[BeadKey], test: Sequence[BeadKey]
) -> None:
    """Warn (:class:`~bitext.errors.EvaluationWarning`) of what makes the scores of ``test``
    against ``gold`` doubtful: a sentence in two beads of either (scored as written), a test
    reaching past the gold's last sentence (other sentences, or another segmentation)."""
    for path, beads in ((gold_path, gold), (test_path, test)):
        for side, sentence, first, second in sentences_in_two_beads(beads)[:1]:
            warnings.warn(
                EvaluationWarning(
                    f"{path}: {side} sentence {sentence} is in two beads, "
                    f"{format_ladder([first]).strip()} and {format_ladder([second]).strip()}; "
                    "both are scored as written"
                ),
                stacklevel=2,
            )
    for side, test_last, gold_last in past_the_gold(gold, test):
        warnings.warn(
            EvaluationWarning(
                f"{test_path}: {side} sentence {test_last} is past the last one of the gold "
                f"{gold_path} ({gold_last}): are the two of the same sentences, segmented alike?"
            ),
            stacklevel=2,
        )


def evaluation_pairs(gold: Path, test: Path) -> list[tuple[Path, Path]]:
    """The (gold, test) files to compare: the two files, or the files of two folders
    paired by name; refused where the kinds differ (a TEI alignment against a ladder file,
    a folder against a file) or a gold file has no test file."""
    if gold.is_dir() != test.is_dir():
        raise FormatError(
            f"{gold if gold.is_dir() else test} is a folder and the other is a file; give two "
            "files or two folders"
        )
    if gold.is_dir():
        golds = sorted(p for p in gold.iterdir() if p.is_file() and not p.name.startswith("."))
        if not golds:
            raise FormatError(f"{gold}: no gold files in the folder")
        missing = [p.name for p in golds if not (test / p.name).is_file()]
        if missing:
            raise FormatError(
                f"{test}: no test file {missing[0]} for the gold one in {gold} "
                f"({len(missing)} missing); name each test file as its gold file"
            )
        pairs = [(p, test / p.name) for p in golds]
    else:
        pairs = [(gold, test)]
    kinds = {True: "a TEI alignment", False: "a ladder file"}
    for gold_file, test_file in pairs:
        gold_kind, test_kind = kinds[looks_like_xml(gold_file)], kinds[looks_like_xml(test_file)]
        if gold_kind != test_kind:
            raise FormatError(
                f"{gold_file} is {gold_kind} and {test_file} is {test_kind}; their beads cannot "
                "be compared: give two of one kind"
            )
    return pairs


@dataclass(frozen=True, slots=True)
class Exported:
    """One file written by an export: its path, format and number of units."""

    path: Path
    format: str
    units: int


def export_alignment(
    alignment: Alignment,
    source: Document,
    target: Document,
    fmt: str,
    output: str | Path,
    keep: ExportFilter | None = None,
    *,
    review_below: float | None = None,
) -> list[Exported]:
    """Export an alignment made in memory straight to ``fmt`` (the one-command path: files
    in, a TMX out). The documents and the alignment go through a private temporary folder
    as TEI, so the export is exactly what ``bitext export`` makes of the same alignment."""
    with tempfile.TemporaryDirectory(prefix="bitext-") as folder:
        base = Path(folder)
        path = base / "alignment.xml"
        write_file_set(
            [
                (base / alignment.source_doc, document_to_bytes(source)),
                (base / alignment.target_doc, document_to_bytes(target)),
                (path, alignment_to_bytes(alignment)),
            ]
        )
        return export_corpus(path, [fmt], output, keep, review_below=review_below)


def load_aligned_corpus(
    alignment_path: str | Path, *, allow_outside: bool = False
) -> tuple[Alignment, Document, Document]:
    """An alignment and the two documents it points at (relative to it, inside its folder
    unless ``allow_outside``)."""
    alignment = read_alignment(alignment_path)
    return (
        alignment,
        read_document(
            resolve_document(alignment_path, alignment.source_doc, allow_outside=allow_outside)
        ),
        read_document(
            resolve_document(alignment_path, alignment.target_doc, allow_outside=allow_outside)
        ),
    )


def export_corpus(
    alignment_path: str | Path,
    formats: Sequence[str],
    output: str | Path,
    keep: ExportFilter | None = None,
    source_code: str | None = None,
    target_code: str | None = None,
    created: datetime | None = None,
    *,
    allow_outside: bool = False,
    review_below: float | None = None,
) -> list[Exported]:
    """Export an aligned corpus to each of ``formats`` (``review_below``: the score under
    which an automatic link is marked for review, see :class:`CorpusInfo`).

    With one format ``output`` is the file (for Moses, the prefix of OUT.<lang> files); with
    several it is a folder, and files are named after the alignment. The alignment and its
    documents are read as streams and units written as they come (memory stays flat; only
    the HTML view reads the documents whole), each file to a temporary file first.
    """
    unknown = [f for f in formats if f not in format_names()]
    if unknown:
        raise FormatError(f"unknown format {unknown[0]!r}; use one of {', '.join(format_names())}")
    head = read_alignment_head(alignment_path)
    info = CorpusInfo(
        source_lang=source_code or head.source_lang,
        target_lang=target_code or head.target_lang,
        source_name=head.source_doc,
        target_name=head.target_doc,
        created=created or datetime.now(timezone.utc),
        tool_version=__version__,
        review_below=review_below,
        file_notes=head.file_notes,
    )
    stem = Path(alignment_path).name.removesuffix(".xml")
    written = []
    if len(formats) > 1:
        Path(output).mkdir(parents=True, exist_ok=True)
    for name in formats:
        path = Path(output)
        if len(formats) > 1:
            path = Path(output) / f"{stem}{FORMATS[name].extension}"
        written += _export_one(name, alignment_path, keep, info, path, allow_outside)
    return written


def _export_one(
    name: str,
    alignment_path: str | Path,
    keep: ExportFilter | None,
    info: CorpusInfo,
    path: Path,
    allow_outside: bool,
) -> list[Exported]:
    """Write one format, in the way its shape asks (see formats.base.FormatInfo)."""
    module = format_module(name)
    shape = FORMATS[name].shape
    if shape == "corpus":
        alignment, source, target = load_aligned_corpus(alignment_path, allow_outside=allow_outside)
        stem = Path(alignment_path).name.removesuffix(".xml")
        files = module.opus_files(source, target, alignment, info, stem)
        for relative, _ in files:
            (path / relative).parent.mkdir(parents=True, exist_ok=True)
        write_file_set([(path / relative, data) for relative, data in files])
        return [Exported(path / files[-1][0], name, len(alignment.links))]
    if shape == "documents":
        alignment, source, target = load_aligned_corpus(alignment_path, allow_outside=allow_outside)
        with atomic_output(path) as stream:
            count = getattr(module, f"write_{name}")(source, target, alignment, info, stream)
        return [Exported(path, name, count)]
    if shape == "pair":
        first, second = module.paired_paths(path, info)
        with atomic_output(first) as one, atomic_output(second) as two:
            count = getattr(module, f"write_{name}")(
                stream_units(alignment_path, keep, allow_outside=allow_outside), info, one, two
            )
        return [Exported(first, name, count), Exported(second, name, count)]
    with atomic_output(path) as stream:
        units = stream_units(alignment_path, keep, allow_outside=allow_outside)
        count = writer_for(name)(units, info, stream)
    return [Exported(path, name, count)]


def import_corpus(
    path: str | Path,
    kind: str,
    outdir: str | Path,
    target_path: str | Path | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> list[Path]:
    """Read an exchange file (Moses: two files) into two TEI documents and a TEI alignment
    written to ``outdir``; return their paths."""
    corpus = _read_exchange(Path(path), kind, target_path, source_lang, target_lang)
    stem = Path(path).name.rsplit(".", 1)[0]
    names = (
        f"{stem}.{corpus.source.lang}.xml",
        f"{stem}.{corpus.target.lang}.xml",
        f"{stem}.{corpus.source.lang}-{corpus.target.lang}.xml",
    )
    folder = Path(outdir)
    alignment = replace(corpus.alignment, source_doc=names[0], target_doc=names[1])
    folder.mkdir(parents=True, exist_ok=True)  # only once the file has been read
    write_file_set(
        [
            (folder / names[0], document_to_bytes(corpus.source)),
            (folder / names[1], document_to_bytes(corpus.target)),
            (folder / names[2], alignment_to_bytes(alignment)),
        ]
    )
    return [folder / name for name in names]


def _read_exchange(
    path: Path,
    kind: str,
    target_path: str | Path | None,
    source_lang: str | None,
    target_lang: str | None,
) -> ImportedCorpus:
    if kind not in import_names():
        raise FormatError(f"cannot import {kind!r}; bitext imports {', '.join(import_names())}")
    reader = getattr(format_module(kind), f"read_{kind}")
    if FORMATS[kind].shape != "pair":
        # A TMX or an XLIFF may hold more target languages than one: --target-lang chooses.
        wanted: dict[str, str | None] = (
            {"target_lang": target_lang} if FORMATS[kind].many_targets and target_lang else {}
        )
        if FORMATS[kind].needs_langs:  # TSV, JSONL: languages the file may not name
            wanted = {"source_lang": source_lang, "target_lang": target_lang}
        corpus: ImportedCorpus = reader(path, **wanted)
        return corpus
    if target_path is None or not source_lang or not target_lang:
        raise UnsupportedLanguageError(
            f"{kind} import needs the target file and both languages "
            "(--target FILE --source-lang L --target-lang L)"
        )
    paired: ImportedCorpus = reader(path, target_path, source_lang, target_lang)
    return paired


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

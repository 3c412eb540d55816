"""Many document pairs: align them all, on every core or on a cluster, resumably.

The work is two map steps and a reduce, over any :class:`concurrent.futures.Executor` (a
process pool, a Dask client's executor, ...) or none (one by one in this process):

1. pass 1 on every pair: the confident links each pair teaches, as word counts (small);
2. reduce: the counts of all pairs pooled (in the order of the pairs) into one learned
   lexicon, saved in the output folder;
3. pass 2 on every pair: align with the learned lexicon, write the alignment, its documents
   and the exports asked for, as one set of files.

The results are the same whatever the executor and however many workers. Each alignment
records a digest of its inputs and settings and of bitext's code and data: a pair whose
outputs exist with the same digest is skipped, and a batch whose lexicon is saved skips
pass 1, so a killed run continues where it stopped. A pair that fails is reported and never
stops the others. Only the list of pairs (names, paths, digests) is held; their texts are
read by the workers, a bounded number of pairs in flight, and results are handed back as
they come.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from bitext._version import __version__
from bitext.align import AlignOptions, Lexicon
from bitext.align.documents import (
    DocumentPair,
    alignment_from_beads,
    alignment_signature,
    pair_input,
)
from bitext.align.learning import WordCounts, pooled_counts
from bitext.align.overlap import OverlapScorer
from bitext.align.passes import first_pass, second_pass
from bitext.align.scoring import Scorer
from bitext.errors import BitextError, ParseError
from bitext.exchange import export_corpus
from bitext.formats.registry import FORMATS
from bitext.lang import check_language_tag
from bitext.model import Document
from bitext.pipeline import AlignmentOutput, load_alignment_input
from bitext.stats import alignment_stats
from bitext.tei import write_alignment
from bitext.text import decode_bytes

T = TypeVar("T")
R = TypeVar("R")
STATE = ".bitext-batch"
_PAIRS_A_TASK = 32
_DIGEST = re.compile(r"batch-digest=([0-9a-f]{64})")


@dataclass(frozen=True, slots=True)
class BatchPair:
    """One document pair of a batch: its name (the stem of its outputs), its two files
    (TEI documents or one sentence a line) and their languages."""

    name: str
    source: Path
    target: Path
    source_lang: str
    target_lang: str


@dataclass(frozen=True, slots=True)
class PairResult:
    """What became of one pair: ``done``, ``skipped`` (already done, unchanged) or
    ``failed`` (with the one-line error), with its size and time, and how many of its links
    are marked for review (``to_review``: :func:`~bitext.model.needs_review`)."""

    name: str
    status: str
    sentences: int = 0
    links: int = 0
    seconds: float = 0.0
    error: str = ""
    to_review: int = 0


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """How every pair of a batch is aligned and exported (sent to the workers)."""

    outdir: Path
    formats: tuple[str, ...] = ()
    options: AlignOptions = field(default_factory=AlignOptions)
    lexicon_file: Path | None = None
    review_below: float | None = None  # see bitext.formats.base.CorpusInfo


def read_manifest(
    path: str | Path, source_lang: str = "", target_lang: str = ""
) -> Iterator[BatchPair]:
    """The pairs of a manifest: tab-separated lines SOURCE, TARGET and optionally NAME,
    SOURCE_LANG, TARGET_LANG (paths relative to the manifest's folder; ``#`` comments),
    decoded as bitext decodes a plain text (a byte-order mark, as Windows editors write
    one, is no part of the first path)."""
    folder = Path(path).parent
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", path) from None
    lines = io.StringIO(decode_bytes(data, path).text, newline="")
    seen: dict[str, int] = {}
    for number, row in enumerate(csv.reader(lines, delimiter="\t"), 1):
        if not row or not row[0].strip() or row[0].startswith("#"):
            continue
        if len(row) < 2:
            raise ParseError(
                "expected SOURCE<TAB>TARGET[<TAB>NAME[<TAB>LANG<TAB>LANG]]", path, number
            )
        source, target = folder / row[0].strip(), folder / row[1].strip()
        name = row[2].strip() if len(row) > 2 and row[2].strip() else _name_of(source)
        if name in seen:
            raise ParseError(
                f"pair name {name!r} is line {seen[name]}'s too (its files would overwrite "
                "that pair's); give one of them another NAME",
                path,
                number,
            )
        seen[name] = number
        langs = (row[3].strip(), row[4].strip()) if len(row) > 4 else (source_lang, target_lang)
        yield _checked(BatchPair(name, source, target, *langs), path, number)


def pair_folders(
    source_dir: str | Path, target_dir: str | Path, source_lang: str, target_lang: str
) -> Iterator[BatchPair]:
    """The pairs of two folders: files with the same name in both, in name order, each
    named by its file name without its extension (:func:`_name_of`)."""
    seen: dict[str, Path] = {}
    for source in sorted(Path(source_dir).iterdir()):
        target = Path(target_dir) / source.name
        if source.is_file() and target.is_file():
            name = _name_of(source)
            if name in seen:
                raise ParseError(
                    f"is named {name!r} as {seen[name].name} is (its files would overwrite "
                    "that pair's); rename one, or list the pairs in a --manifest with names",
                    source,
                )
            seen[name] = source
            yield BatchPair(name, source, target, source_lang, target_lang)


def _name_of(source: Path) -> str:
    """A pair's name from its source file: the name without its extension, anything but
    letters, digits and ``.-_`` made ``_`` (``Annual report.docx`` -> ``Annual_report``)."""
    return re.sub(r"[^\w.\-]+", "_", source.stem).strip("_") or "pair"


def _checked(pair: BatchPair, path: str | Path, line: int) -> BatchPair:
    if not pair.source_lang or not pair.target_lang:
        raise ParseError(
            f"pair {pair.name!r} has no languages; give them in the manifest or as options",
            path,
            line,
        )
    for code in (pair.source_lang, pair.target_lang):
        check_language_tag(code)
    if not re.fullmatch(r"[\w.\-]+", pair.name):
        raise ParseError(
            f"pair name {pair.name!r} is not a file name; use letters, digits, .-_", path, line
        )
    return pair


def align_many(
    pairs: Iterable[BatchPair],
    settings: BatchSettings,
    *,
    executor: Executor | None = None,
    in_flight: int = 4,
    on_result: Callable[[PairResult], None] | None = None,
) -> list[PairResult]:
    """Align every pair into ``settings.outdir`` (see the module docstring); return what
    became of each, in the order of the pairs. ``on_result`` hears of each as it ends."""
    settings.outdir.mkdir(parents=True, exist_ok=True)
    listed = [(pair, _digest(pair, settings)) for pair in pairs]
    learned = _learned(listed, settings, executor, in_flight)
    chunks = _chunks(listed, _chunk_size(executor))
    results = []
    tasks = ((chunk, learned, settings) for chunk in chunks)
    for done in _ordered_map(executor, _second_chunk, tasks, in_flight):
        for result in done:
            if on_result:
                on_result(result)
            results.append(result)
    return results


def _chunk_size(executor: Executor | None) -> int:
    """Pairs a task: one in this process; a few on workers, so that what every task costs
    (sending it, the lexicon, the results) is paid a few times less."""
    return 1 if executor is None else _PAIRS_A_TASK


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[k : k + size]) for k in range(0, len(items), size)]


def _second_chunk(
    task: tuple[list[tuple[BatchPair, str]], Lexicon, BatchSettings],
) -> list[PairResult]:
    """Pass 2 on a few pairs (in a worker)."""
    chunk, learned, settings = task
    return [_second_task((pair, digest, learned, settings)) for pair, digest in chunk]


def _learned(
    listed: Sequence[tuple[BatchPair, str]],
    settings: BatchSettings,
    executor: Executor | None,
    in_flight: int,
) -> Lexicon:
    """The lexicon pass 1 of all pairs teaches: read back if this batch saved it, else
    learned (map, then reduce) and saved."""
    if not settings.options.realign:
        return Lexicon()
    batch = hashlib.sha256("".join(d for _, d in listed).encode()).hexdigest()
    saved = settings.outdir / STATE / f"lexicon-{batch[:16]}.tsv"
    if saved.is_file():
        return Lexicon.load(saved)
    chunks = _chunks([pair for pair, _ in listed], _chunk_size(executor))
    tasks = ((chunk, settings) for chunk in chunks)
    counts = pooled_counts(_ordered_map(executor, _first_chunk, tasks, in_flight))
    learned = counts.lexicon()
    saved.parent.mkdir(exist_ok=True)
    learned.save(saved, "learned by bitext align-many")
    return learned


def _first_chunk(task: tuple[list[BatchPair], BatchSettings]) -> WordCounts:
    """Pass 1 on a few pairs (in a worker): their word counts added up (the lexicon breaks
    ties in sorted order, so how the counts are grouped does not change it)."""
    chunk, settings = task
    return pooled_counts(c for pair in chunk if (c := _first_task((pair, settings))) is not None)


def _first_task(task: tuple[BatchPair, BatchSettings]) -> WordCounts | None:
    """Pass 1 on one pair (in a worker): its word counts (None if it cannot be read)."""
    pair, settings = task
    try:
        documents = _documents(pair)
        aligner_input = pair_input(DocumentPair(*documents))
        scorers = _scorers(pair.source_lang, pair.target_lang, settings.lexicon_file)
        return first_pass(aligner_input, scorers, settings.options).counts
    except BitextError:
        return None  # reported by pass 2, which reads the pair again


def _second_task(task: tuple[BatchPair, str, Lexicon, BatchSettings]) -> PairResult:
    """Pass 2 on one pair (in a worker): align, write its files; never raises."""
    pair, digest, learned, settings = task
    start = time.perf_counter()
    output = settings.outdir / f"{pair.name}.xml"
    if _done(output, digest):
        return PairResult(pair.name, "skipped")
    try:
        return _align_pair(pair, digest, learned, settings, output, start)
    except BitextError as exc:
        return PairResult(pair.name, "failed", error=" ".join(str(exc).split()))
    except Exception as exc:
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return PairResult(
            pair.name,
            "failed",
            error=f"internal error {type(exc).__name__}: {exc} ({Path(where.filename).name}:"
            f"{where.lineno}); a bug in bitext",
        )


def _align_pair(
    pair: BatchPair,
    digest: str,
    learned: Lexicon,
    settings: BatchSettings,
    output: Path,
    start: float,
) -> PairResult:
    source, target = _documents(pair)
    destination = AlignmentOutput(output, False, pair.source, pair.target)
    refs = destination.refs()
    documents = DocumentPair(source, target, refs[0], refs[1])
    aligner_input = pair_input(documents)
    scorers = _scorers(pair.source_lang, pair.target_lang, settings.lexicon_file)
    first = first_pass(aligner_input, scorers, settings.options)
    beads = (
        second_pass(aligner_input, first, scorers, learned, settings.options)
        if settings.options.realign
        else first.beads
    )
    alignment = alignment_from_beads(documents, beads, alignment_signature(None, settings.options))
    destination.write(alignment, source, target)
    for fmt in settings.formats:
        export_corpus(
            output,
            [fmt],
            settings.outdir / f"{pair.name}{FORMATS[fmt].extension}",
            review_below=settings.review_below,
        )
    # Last, the digest: only a pair whose every file is written counts as done.
    write_alignment(
        replace(alignment, signature=f"{alignment.signature}; batch-digest={digest}"), output
    )
    sentences = len(aligner_input.source) + len(aligner_input.target)
    seconds = time.perf_counter() - start
    to_review = alignment_stats(alignment, settings.review_below).to_review
    return PairResult(
        pair.name, "done", sentences, len(alignment.links), seconds, to_review=to_review
    )


def _documents(pair: BatchPair) -> tuple[Document, Document]:
    return (
        load_alignment_input(pair.source, pair.source_lang, "the source language").document,
        load_alignment_input(pair.target, pair.target_lang, "the target language").document,
    )


def _scorers(source_lang: str, target_lang: str, lexicon_file: Path | None) -> list[Scorer]:
    """The built-in scorer of a language pair, one per worker process, with what it cached
    of the previous pair's sentences dropped (its word caches kept): a worker's memory grows
    with the vocabulary, not with the number of pairs."""
    scorer = _scorer(source_lang, target_lang, lexicon_file)
    scorer.forget_sentences()
    return [scorer]


@lru_cache(maxsize=8)
def _scorer(source_lang: str, target_lang: str, lexicon_file: Path | None) -> OverlapScorer:
    return OverlapScorer(source_lang, target_lang, _lexicon(source_lang, target_lang, lexicon_file))


@lru_cache(maxsize=8)
def _lexicon(source_lang: str, target_lang: str, lexicon_file: Path | None) -> Lexicon:
    """The bundled lexicon of a language pair and the user's, read once per worker."""
    extra = Lexicon.load(lexicon_file) if lexicon_file else Lexicon()
    return Lexicon.bundled(source_lang, target_lang).merged(extra)


def _digest(pair: BatchPair, settings: BatchSettings) -> str:
    """What a pair's outputs depend on: both inputs, languages, settings, bitext's version
    and its code and data (:func:`code_digest`)."""
    sha = hashlib.sha256()
    for part in (
        __version__,
        code_digest(),
        pair.source_lang,
        pair.target_lang,
        repr(settings.options),
        ",".join(settings.formats),
        repr(settings.review_below),
    ):
        sha.update(part.encode() + b"\0")
    for path in (pair.source, pair.target, settings.lexicon_file):
        if path is not None:
            try:
                sha.update(path.read_bytes())
            except OSError:
                sha.update(b"unreadable")
    return sha.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of bitext's own code and data as installed (:func:`tree_digest` of its
    folder): results change with them even where the version does not, so a batch resumed
    after bitext changed aligns its pairs afresh instead of mixing old results with new
    ones."""
    return tree_digest(Path(__file__).resolve().parent)


def tree_digest(root: Path) -> str:
    """A digest of the files below ``root`` (names and contents), leaving out compiled and
    cached files (``__pycache__``, ``.pyc``, ``.so`` ...)."""
    sha = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix not in _NOT_SOURCE and "__pycache__" not in path.parts:
            sha.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


# Files under bitext's folder that are not its code or data: compiled or cached forms.
_NOT_SOURCE = {".so", ".pyd", ".pyc", ".dll", ".dylib"}


def _done(output: Path, digest: str) -> bool:
    """Whether ``output`` exists and was made from the same inputs and settings."""
    try:
        with open(output, "rb") as handle:
            head = handle.read(8192).decode("utf-8", "replace")
    except OSError:
        return False
    found = _DIGEST.search(head)
    return found is not None and found.group(1) == digest


def _ordered_map(
    executor: Executor | None, function: Callable[[T], R], items: Iterable[T], in_flight: int
) -> Iterator[R]:
    """``function`` over ``items``, results in order, at most ``in_flight`` submitted at once."""
    if executor is None:
        yield from map(function, items)
        return
    pending: list[Future[R]] = []
    for item in items:
        pending.append(executor.submit(function, item))
        if len(pending) >= in_flight:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()

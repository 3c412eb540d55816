"""Aligned corpora to and from the exchange formats: export a TEI alignment and its
documents to TMX, PO, XLIFF and the rest (``bitext export``), import a translation tool's
file as TEI (``bitext import``).

Above every other layer, like :mod:`bitext.pipeline`: it combines tei and formats, never
prints or exits, and writes every file to a temporary file first.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from bitext._collector import with_collector_paused
from bitext._fileio import atomic_output, write_file_set
from bitext._version import __version__
from bitext.errors import FormatError, ParseError, UnsupportedLanguageError
from bitext.formats.base import CorpusInfo, ExportFilter, Unit, stream_units
from bitext.formats.rebuild import ImportedCorpus
from bitext.formats.registry import FORMATS, format_module, format_names, reader_for, writer_for
from bitext.model import Alignment, Document
from bitext.tei import read_alignment, read_document, write_alignment_to, write_document_to
from bitext.tei.references import resolve_document
from bitext.tei.stream import AlignmentHead, read_alignment_head


@dataclass(frozen=True, slots=True)
class Exported:
    """One file written by an export: its path, format and number of units, and how many
    links with an empty side (a unit without translation, a sentence left out) the filter
    left out (without ``include_unaligned``; the formats that write the whole corpus, HTML,
    XLSX and XCES, leave none out)."""

    path: Path
    format: str
    units: int
    one_sided_left_out: int = 0


def alignment_in(folder: str | Path) -> Path:
    """The one bitext alignment among the XML files directly in ``folder`` (the folder
    ``bitext import`` writes the two documents and their alignment to). Raises
    :class:`~bitext.errors.ParseError` if it holds none, or several (naming them)."""
    found = [path for path in sorted(Path(folder).glob("*.xml")) if _is_alignment_file(path)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ParseError("holds no bitext alignment (TEI with a linkGrp); give its file", folder)
    names = ", ".join(path.name for path in found)
    raise ParseError(f"holds {len(found)} alignments ({names}); give the one to use", folder)


def _is_alignment_file(path: Path) -> bool:
    try:
        read_alignment_head(path)
    except ParseError:
        return False
    return True


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
                (base / alignment.source_doc, functools.partial(write_document_to, source)),
                (base / alignment.target_doc, functools.partial(write_document_to, target)),
                (path, functools.partial(write_alignment_to, alignment)),
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
        written += _export_one(name, alignment_path, keep, info, path, allow_outside, head)
    return written


class _OneSided:
    """Counts the units with an empty side that a filter leaves out as they stream past."""

    def __init__(self) -> None:
        self.left_out = 0

    def kept(self, units: Iterator[Unit], keep: ExportFilter) -> Iterator[Unit]:
        """The ``units`` ``keep`` accepts, counting those with an empty side it does not."""
        for unit in units:
            if keep.accepts(unit):
                yield unit
            elif not (unit.source_ids and unit.target_ids):
                self.left_out += 1


def _streamed_units(
    alignment_path: str | Path,
    keep: ExportFilter | None,
    allow_outside: bool,
    tally: _OneSided,
    head: AlignmentHead,
) -> Iterator[Unit]:
    """The units of an alignment (whose ``head`` has been read) as ``keep`` filters them,
    those with an empty side it leaves out counted by ``tally``."""
    keep = keep or ExportFilter()
    every = replace(keep, include_unaligned=True)
    units = stream_units(alignment_path, every, allow_outside=allow_outside, head=head)
    return tally.kept(units, keep)


def _export_one(
    name: str,
    alignment_path: str | Path,
    keep: ExportFilter | None,
    info: CorpusInfo,
    path: Path,
    allow_outside: bool,
    head: AlignmentHead,
) -> list[Exported]:
    """Write one format, in the way its shape asks (see formats.registry.FormatInfo)."""
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
    tally = _OneSided()
    units = _streamed_units(alignment_path, keep, allow_outside, tally, head)
    if shape == "pair":
        first, second = module.paired_paths(path, info)
        with atomic_output(first) as one, atomic_output(second) as two:
            count = getattr(module, f"write_{name}")(units, info, one, two)
        return [
            Exported(first, name, count, tally.left_out),
            Exported(second, name, count, tally.left_out),
        ]
    with atomic_output(path) as stream:
        count = writer_for(name)(units, info, stream)
    return [Exported(path, name, count, tally.left_out)]


@with_collector_paused
def import_corpus(
    path: str | Path,
    kind: str,
    outdir: str | Path,
    target_path: str | Path | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> list[Path]:
    """Read an exchange file (Moses: two files) into two TEI documents and a TEI alignment
    written to ``outdir``; return their paths. The collector is paused meanwhile
    (:mod:`bitext._collector`): a large memory is millions of values that all live on."""
    corpus = _read_exchange(Path(path), kind, target_path, source_lang, target_lang)
    names = imported_names(
        Path(path).name.rsplit(".", 1)[0], corpus.source.lang, corpus.target.lang
    )
    folder = Path(outdir)
    alignment = replace(corpus.alignment, source_doc=names[0], target_doc=names[1])
    folder.mkdir(parents=True, exist_ok=True)  # only once the file has been read
    write_file_set(
        [
            (folder / names[0], functools.partial(write_document_to, corpus.source)),
            (folder / names[1], functools.partial(write_document_to, corpus.target)),
            (folder / names[2], functools.partial(write_alignment_to, alignment)),
        ]
    )
    return [folder / name for name in names]


def imported_names(stem: str, source_lang: str, target_lang: str) -> tuple[str, str, str]:
    """The file names of an imported corpus: each document by its language, the alignment by
    both; where the two languages are one (an English catalogue of English messages), the
    documents by their side as well, so that neither overwrites the other.

    >>> imported_names("app", "en", "ko")
    ('app.en.xml', 'app.ko.xml', 'app.en-ko.xml')
    >>> imported_names("django", "en", "en")
    ('django.en.source.xml', 'django.en.target.xml', 'django.en-en.xml')
    """
    alignment = f"{stem}.{source_lang}-{target_lang}.xml"
    if source_lang.lower() == target_lang.lower():
        return f"{stem}.{source_lang}.source.xml", f"{stem}.{target_lang}.target.xml", alignment
    return f"{stem}.{source_lang}.xml", f"{stem}.{target_lang}.xml", alignment


def _read_exchange(
    path: Path,
    kind: str,
    target_path: str | Path | None,
    source_lang: str | None,
    target_lang: str | None,
) -> ImportedCorpus:
    reader = reader_for(kind)
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

"""TSV: a header row and one row per link, with ids, type, status and score; read back,
bitext's own TSV, any two-column parallel TSV (a source and a target a line), or a CSV file
(comma-, semicolon- or tab-separated, as spreadsheets and terminology tools save a table):
a bilingual table (:func:`~bitext.formats.table.table_corpus`)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from bitext.errors import FormatError
from bitext.formats.base import CorpusInfo, Unit, header_languages, read_status, write_units
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, rebuild
from bitext.formats.table import table_corpus
from bitext.model import LinkStatus
from bitext.segment import split_sentences
from bitext.text.decode import decode_bytes
from bitext.text.normalize import normalize_text

TSV_COLUMNS = ("link_id", "type", "status", "score", "source_ids", "target_ids", "source", "target")
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def write_tsv(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a header row and one row per link; tabs, line breaks and backslashes in text
    are escaped as ``\\t``, ``\\n``, ``\\r`` and ``\\\\``."""
    return write_units(stream, units, _row, head="\t".join(TSV_COLUMNS) + "\n")


def _row(unit: Unit) -> str:
    fields = (
        unit.id,
        unit.type,
        unit.status.value,
        repr(unit.score) if unit.score is not None else "",
        " ".join(unit.source_ids),
        " ".join(unit.target_ids),
        unit.source,
        unit.target,
    )
    return "\t".join(field.translate(_ESCAPES) for field in fields) + "\n"


_UNESCAPES = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
_ESCAPED = re.compile(r"\\[\\tnr]")


def read_tsv(
    path: str | Path, source_lang: str | None = None, target_lang: str | None = None
) -> ImportedCorpus:
    """Read bitext's TSV (its header row; escapes undone; ids, status and score kept) or a
    two-column parallel TSV (a source and a target a line, as many corpora come; a first row
    of two lower-case language tags, such as ``en<TAB>ko`` or ``en-US<TAB>ko-KR``, names the
    languages). Languages not in the
    file come from ``source_lang`` and ``target_lang``; given, they win. A link of several
    sentences a side (bitext's 2-1 rows) is split again by the language's segmenter, which
    must find as many sentences as the row has ids (else the row is refused: JSONL, TMX,
    XLIFF and PO keep each sentence's length). A ``.csv`` file is read as a bilingual
    table (:func:`_read_csv`)."""
    text = _text(path)
    if Path(path).suffix.lower() == ".csv":
        return _read_csv(text, path, source_lang, target_lang)
    lines = [line for line in text.split("\n") if line.strip()]
    own = bool(lines) and lines[0].split("\t") == list(TSV_COLUMNS)
    if own:
        rows = [_own_row(line, number, path) for number, line in enumerate(lines[1:], 2)]
        found = _languages_of_ids(rows)
    else:
        found, start = _header_languages(lines)
        rows = [
            _plain_row(line, number, path) for number, line in enumerate(lines[start:], start + 1)
        ]
    source, target = source_lang or found[0], target_lang or found[1]
    if not source or not target:
        raise FormatError(
            f"{path}: its languages are not in the file; give --source-lang and --target-lang"
        )
    if not rows:
        raise FormatError(f"{path}: no rows of text; give a TSV of source and target columns")
    units = [_split(row, source, target, path) for row in rows]
    return rebuild(units, source, target, str(path))


def _text(path: str | Path) -> str:
    """The file's text, decoded (a byte-order mark honoured, a legacy encoding such as a
    Korean spreadsheet's CP949 recognised) and normalized."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(f"{path}: cannot read: {exc.strerror}") from exc
    return normalize_text(decode_bytes(data, path).text).text


def _read_csv(
    text: str, path: str | Path, source_lang: str | None, target_lang: str | None
) -> ImportedCorpus:
    """A CSV file as a bilingual table: its separator (comma, semicolon, as spreadsheets
    in many locales write, or tab) told from its first lines, quoted cells (with their
    separators and line breaks) read as one cell each."""
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            "\n".join(text.split("\n")[:20]), delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel  # one column, or too little to tell: commas
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        rows = [[" ".join(cell.split()) for cell in row] for row in reader]
    except csv.Error as exc:
        raise FormatError(
            f"{path}: line {reader.line_num}: not a readable CSV file ({exc}); {_csv_fix(exc)}"
        ) from None
    return table_corpus(rows, path, source_lang, target_lang)


def _csv_fix(error: csv.Error) -> str:
    """What to do about a CSV file Python's csv module cannot read."""
    if "field limit" in str(error):  # a cell over csv.field_size_limit() characters
        return "save the table as XLSX or as tab-separated text (.tsv), which have no such limit"
    return "check the quotes around its cells, or save the table as XLSX"


def _own_row(line: str, number: int, path: str | Path) -> _Row:
    fields = line.split("\t")
    if len(fields) != len(TSV_COLUMNS):
        raise FormatError(
            f"{path}:{number}: {len(fields)} columns where the header has {len(TSV_COLUMNS)}; "
            "a tab inside a text must be written \\t"
        )
    link, _, status, score, source_ids, target_ids, source, target = map(_unescaped, fields)
    link_status, value = read_status(status, score)
    return _Row(
        number,
        ReadUnit(
            link,
            tuple(source_ids.split()),
            tuple(target_ids.split()),
            link_status,
            value,
            source.strip(),
            target.strip(),
        ),
    )


@dataclass(frozen=True, slots=True)
class _Row:
    """A row as read: its line and its unit (the sentences of a side still joined)."""

    line: int
    unit: ReadUnit


def _split(row: _Row, source_lang: str, target_lang: str, path: str | Path) -> ReadUnit:
    """A row's unit with the lengths of its sentences, where a side joins several: the
    language's segmenter must find exactly as many in the cell (as it does in bitext's own
    TSV, whose sentences it split), else the row is refused."""
    unit = row.unit
    lengths: list[tuple[int, ...]] = []
    for ids, text, lang in (
        (unit.source_ids, unit.source_text, source_lang),
        (unit.target_ids, unit.target_text, target_lang),
    ):
        if len(ids) <= 1:
            lengths.append(())
            continue
        pieces = [span.text for span in split_sentences(text, lang)]
        if len(pieces) != len(ids) or " ".join(pieces) != text:
            raise FormatError(
                f"{path}:{row.line}: link {unit.id} joins {len(ids)} sentences on a side, but "
                f"its text reads as {len(pieces)}; export the corpus as JSONL, TMX or XLIFF, "
                "which keep each sentence's length, to read it back"
            )
        lengths.append(tuple(len(piece) for piece in pieces))
    return replace(unit, source_lengths=lengths[0], target_lengths=lengths[1])


def _unescaped(field: str) -> str:
    return _ESCAPED.sub(lambda m: _UNESCAPES[m.group()], field)


def _languages_of_ids(rows: list[_Row]) -> tuple[str, str]:
    """The languages bitext's sentence ids begin with (``en.p1.s1``), where all agree."""
    units = [row.unit for row in rows]
    found = []
    for ids in ([i for u in units for i in u.source_ids], [i for u in units for i in u.target_ids]):
        prefixes = {i.split(".", 1)[0] for i in ids}
        found.append(prefixes.pop() if len(prefixes) == 1 else "")
    return found[0], found[1]


def _header_languages(lines: list[str]) -> tuple[tuple[str, str], int]:
    """The languages a first row of two language tags names, and where the text starts."""
    found = header_languages(lines[0].split("\t")) if lines else None
    return (found, 1) if found else (("", ""), 0)


def _plain_row(line: str, number: int, path: str | Path) -> _Row:
    fields = line.split("\t")
    if len(fields) != 2:
        raise FormatError(
            f"{path}:{number}: {len(fields)} columns; a parallel TSV has two (source, target) "
            "or bitext's header row"
        )
    source, target = fields[0].strip(), fields[1].strip()
    return _Row(number, ReadUnit(f"l{number}", (), (), LinkStatus.AUTOMATIC, None, source, target))

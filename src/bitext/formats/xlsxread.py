"""A review workbook read back (:mod:`bitext.formats.xlsx` writes it), with a reviewer's
edits: pairings corrected by moving whole sentences between rows, rows confirmed, comments
added; or any bilingual workbook of two columns. Rows are read in their written order (a
hidden column), however sorted or filtered; a sentence's words edited is refused with the
row named.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import openpyxl

from bitext._chars import nfc
from bitext.errors import FormatError, InvalidTextError
from bitext.formats.notes import KINDS
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, link_notes, rebuild
from bitext.formats.table import table_corpus
from bitext.formats.xlsx import ABOUT, CONFIRMED, HEADER, NOTES, REVIEW, REVIEWER, SENTENCES
from bitext.formats.xlsxcells import shown
from bitext.model import InlineCode, LinkNote, LinkStatus, NoteKind


@dataclass(frozen=True, slots=True)
class _Row:
    number: int
    link: str
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    source: str
    target: str
    score: float | None
    status: str
    order: float | None  # the row's place as written (hidden column); None in a new row
    comment: str  # the reviewer's comment, as typed


def read_xlsx(
    path: str | Path, source_lang: str | None = None, target_lang: str | None = None
) -> ImportedCorpus:
    """Read a review workbook written by bitext, with a reviewer's edits; or any bilingual
    workbook (:func:`_two_columns`)."""
    book = _open(path)
    if not any(name in book.sheetnames for name in (REVIEW, SENTENCES, ABOUT)):
        return _two_columns(book, path, source_lang, target_lang)
    for name in (REVIEW, SENTENCES, ABOUT):
        if name not in book.sheetnames:
            raise FormatError(
                f"{path}: no sheet {name!r}; give a workbook written by bitext export -f xlsx"
            )
    about = {str(r[0]): str(r[1]) for r in _values(book[ABOUT]) if r and r[0] and r[1]}
    source_lang, target_lang = about.get("source-language"), about.get("target-language")
    if not source_lang or not target_lang:
        raise FormatError(f"{path}: the hidden sheet 'about' lost its languages")
    sentences = list(_values(book[SENTENCES]))[1:]
    source = [(str(r[1]), str(r[2])) for r in sentences if r[0] == "source"]
    target = [(str(r[1]), str(r[2])) for r in sentences if r[0] == "target"]
    rows = _as_written([_row(number, values) for number, values in _numbered(book[REVIEW])])
    notes = _notes(book, str(path)) if NOTES in book.sheetnames else {}
    units = _units(rows, source, target, str(path), notes)
    codes = tuple(_codes(sentences, side, str(path)) for side in ("source", "target"))
    return rebuild(
        units,
        source_lang,
        target_lang,
        str(path),
        known_codes=codes,
        file_notes=notes.get("", ()),
    )


def _codes(
    sentences: Sequence[tuple[Any, ...]], side: str, path: str
) -> dict[str, tuple[InlineCode, ...]]:
    """The inline codes the hidden sheet keeps of one side's sentences, by id."""
    found: dict[str, tuple[InlineCode, ...]] = {}
    for number, row in enumerate(sentences, 2):
        if row[0] != side or len(row) < 4 or not row[3]:
            continue
        try:
            found[str(row[1])] = tuple(
                InlineCode(str(p), nfc(str(m))) for p, m in json.loads(row[3])
            )
        except (ValueError, TypeError, RecursionError, InvalidTextError):
            raise FormatError(
                f"{path}: sheet {SENTENCES!r}, row {number}: its inline codes were changed and "
                "cannot be read; export the workbook again"
            ) from None
    return found


def _notes(book: Any, path: str) -> dict[str, tuple[LinkNote, ...]]:
    """The notes the hidden sheet keeps, by the id of the link they were written with;
    those about the whole file under ``""``."""
    found: dict[str, list[LinkNote]] = {}
    for number, row in enumerate(list(_values(book[NOTES]))[1:], 2):
        link, kind, name, text = row[:4]
        if not link and not kind:
            continue
        if kind not in KINDS:
            raise FormatError(
                f"{path}: sheet {NOTES!r}, row {number}: kind {kind!r} is not one of "
                f"{', '.join(KINDS)}; export the workbook again"
            )
        where = f"{path}: sheet {NOTES!r}, row {number}"
        found.setdefault(str(link or ""), []).extend(
            link_notes([(KINDS[kind], "" if text is None else str(text), str(name or ""))], where)
        )
    return {link: tuple(notes) for link, notes in found.items()}


def _two_columns(
    book: Any, path: str | Path, source_lang: str | None, target_lang: str | None
) -> ImportedCorpus:
    """A bilingual workbook as translators keep one: on its first sheet, the first two
    columns that hold words (a column of numbers, such as row ids, is passed over) are the
    source and the target, a row a link, each cell's text as the sheet shows it (numbers in
    their number format, dates in ISO 8601: :func:`~bitext.formats.xlsxcells.shown`); a
    first row of two language tags (``en``, ``ko-KR``) names the languages, else
    ``source_lang`` and ``target_lang`` must."""
    sheet = book.worksheets[0]
    if any(cell.value is None for row in sheet.iter_rows() for cell in row):
        _refuse_uncomputed(path, sheet)
    rows = [
        [" ".join(shown(cell.value, _number_format(cell)).split()) for cell in row]
        for row in sheet.iter_rows()
    ]
    return table_corpus(
        rows,
        path,
        source_lang,
        target_lang,
        "its first sheet",
        "or a review workbook written by bitext export -f xlsx",
    )


def _refuse_uncomputed(path: str | Path, sheet: Any) -> None:
    """FormatError if a cell of ``sheet`` (read for its values) holds a formula whose value
    was never computed: a workbook a program wrote and no spreadsheet opened keeps only the
    formula, which would read as an empty cell, its text lost."""
    formulas = openpyxl.load_workbook(str(path), read_only=True).worksheets[0]
    try:
        for row in formulas.iter_rows():
            for cell in row:
                if cell.data_type == "f" and sheet[cell.coordinate].value is None:
                    raise FormatError(
                        f"{path}: cell {cell.coordinate} of sheet {sheet.title!r} holds a "
                        "formula whose value was never computed (the file was written by a "
                        "program); open and save it in a spreadsheet, or paste values"
                    )
    finally:
        formulas.parent.close()


def _number_format(cell: Any) -> str:
    """A cell's number format (a merged cell's covered parts have none)."""
    return str(getattr(cell, "number_format", None) or "General")


def _open(path: str | Path) -> Any:
    try:
        return openpyxl.load_workbook(str(path), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zlib, expat ...) on a damaged file
        what = f"{type(exc).__name__}: {exc}"[:120]
        raise FormatError(f"{path}: not a readable XLSX workbook ({what})") from None


def _values(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """A sheet's rows, each at least three cells long (a damaged sheet may be narrower)."""
    for row in sheet.iter_rows(values_only=True):
        yield (*row, None, None, None)


def _numbered(sheet: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        if number > 1 and any(v not in (None, "") for v in values):
            yield number, values


def _row(number: int, values: tuple[Any, ...]) -> _Row:
    cells = [*values, *([None] * len(HEADER))][: len(HEADER)]
    return _Row(
        number,
        _text(cells[0]),
        tuple(_text(cells[1]).split()),
        tuple(_text(cells[2]).split()),
        _text(cells[3]),
        _text(cells[4]),
        _score(cells[5]),
        _text(cells[6]).lower(),
        _place(cells[7]),
        "" if cells[8] is None else str(cells[8]).strip(),
    )


def _place(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and value > 0 else None


def _as_written(rows: list[_Row]) -> list[_Row]:
    """The rows in the order the workbook was written in, however a reviewer sorted them; a
    row the reviewer added (no place) stays after the row above it."""
    keyed, above = [], 0.0
    for row in rows:
        place = row.order if row.order is not None else above + 0.5
        above = row.order if row.order is not None else above
        keyed.append((place, row))
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _score(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if 0.0 <= number <= 1.0 else None


def _units(
    rows: Sequence[_Row],
    source: Sequence[tuple[str, str]],
    target: Sequence[tuple[str, str]],
    path: str,
    notes: dict[str, tuple[LinkNote, ...]],
) -> list[ReadUnit]:
    """The links the rows make now: each row's cells matched to the documents' next
    sentences on each side; sentences in no row become one-sided links. A row keeps the
    notes of the link it was written with; those of a row a reviewer emptied (merged into
    a neighbour) go to the next row that has sentences."""
    cursors = {"source": _Cursor(source, "source", path), "target": _Cursor(target, "target", path)}
    units: list[ReadUnit] = []
    pending: tuple[LinkNote, ...] = ()
    for row in rows:
        pending += notes.get(row.link, ())
        if row.comment:
            pending += link_notes([(NoteKind.NOTE, row.comment, REVIEWER)], f"{path}: row")
        skipped_source = cursors["source"].skip_to(row.source, row.number)
        skipped_target = cursors["target"].skip_to(row.target, row.number)
        units += [_one_sided(s, "source") for s in skipped_source]
        units += [_one_sided(t, "target") for t in skipped_target]
        found_source = cursors["source"].take(row.source, row.number)
        found_target = cursors["target"].take(row.target, row.number)
        if not found_source and not found_target:
            continue
        units.append(replace(_unit(row, found_source, found_target), notes=pending))
        pending = ()
    if pending and units:
        units[-1] = replace(units[-1], notes=units[-1].notes + pending)
    units += [_one_sided(s, "source") for s in cursors["source"].rest()]
    units += [_one_sided(t, "target") for t in cursors["target"].rest()]
    return units


def _unit(row: _Row, source: list[tuple[str, str]], target: list[tuple[str, str]]) -> ReadUnit:
    source_ids = tuple(i for i, _ in source)
    target_ids = tuple(i for i, _ in target)
    changed = (source_ids, target_ids) != (row.source_ids, row.target_ids)
    confirmed = changed or row.status in CONFIRMED
    return ReadUnit(
        row.link if row.link and not changed else f"r{row.number}",
        source_ids,
        target_ids,
        LinkStatus.MANUAL if confirmed else LinkStatus.AUTOMATIC,
        None if changed else row.score,
        " ".join(t for _, t in source),
        " ".join(t for _, t in target),
        tuple(len(t) for _, t in source),
        tuple(len(t) for _, t in target),
    )


def _one_sided(sentence: tuple[str, str], side: str) -> ReadUnit:
    """A sentence a reviewer left in no row: it has no counterpart (a manual decision)."""
    identifier, text = sentence
    on_source = side == "source"
    return ReadUnit(
        f"u-{identifier}",
        (identifier,) if on_source else (),
        () if on_source else (identifier,),
        LinkStatus.MANUAL,
        None,
        text if on_source else "",
        "" if on_source else text,
        (len(text),) if on_source else (),
        () if on_source else (len(text),),
    )


class _Cursor:
    """Walks one document's sentences in order, matching each row's cell to the next ones."""

    def __init__(self, sentences: Sequence[tuple[str, str]], side: str, path: str) -> None:
        # Cells are compared with their white space folded (a spreadsheet may change a line
        # break in a cell); the sentences taken keep their own text.
        self.sentences = [(i, " ".join(t.split())) for i, t in sentences]
        self.texts = dict(sentences)
        self.side = side
        self.path = path
        self.at = 0

    def skip_to(self, cell: str, row: int) -> list[tuple[str, str]]:
        """The sentences before the one the cell starts with (left in no row)."""
        if not cell:
            return []
        for start in range(self.at, len(self.sentences)):
            if cell.startswith(self.sentences[start][1]):
                skipped = [(i, self.texts[i]) for i, _ in self.sentences[self.at : start]]
                self.at = start
                return skipped
        raise self._error(row)

    def take(self, cell: str, row: int) -> list[tuple[str, str]]:
        """The sentences the cell holds, from the current one on."""
        taken: list[tuple[str, str]] = []
        rest = cell
        while rest:
            if self.at >= len(self.sentences):
                raise self._error(row)
            identifier, text = self.sentences[self.at]
            if rest != text and not rest.startswith(text + " "):
                raise self._error(row)
            taken.append((identifier, self.texts[identifier]))
            rest = rest[len(text) :].lstrip()
            self.at += 1
        return taken

    def rest(self) -> list[tuple[str, str]]:
        """The sentences after the last row's."""
        rest = [(i, self.texts[i]) for i, _ in self.sentences[self.at :]]
        self.at = len(self.sentences)
        return rest

    def _error(self, row: int) -> FormatError:
        return FormatError(
            f"{self.path}: row {row}: the {self.side} cell is not the document's next "
            "sentences in order; move whole sentences between neighbouring rows and keep "
            "their words as they were"
        )

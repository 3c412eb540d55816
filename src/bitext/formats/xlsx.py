"""A spreadsheet for review in Excel or LibreOffice (openpyxl); its edits are read back by
:mod:`bitext.formats.xlsxread`.

The sheet ``review`` has one row per link: its id, source ids and target ids (hidden
columns), the source and target text, the aligner's score and a status (``automatic`` or
``manual``, a drop-down); the rows of the links to review first (automatic, scored below
the review bar or not scored: :func:`bitext.model.needs_review`) are shaded orange, as the
review editor marks them. A reviewer corrects pairings by moving whole sentences between
rows (cut a sentence from one row's cell, paste it into the next row's), merges rows by
moving one row's text into its neighbour and leaving it empty, and confirms a row by setting
its status to ``manual``; a comment typed in its last column becomes a note of its link by
the ``reviewer``. Rows may be sorted (by score, to see the doubtful ones first) or
filtered: a hidden column keeps each row's place, and the import reads them in it. A hidden
sheet ``notes`` keeps what translation tools kept about the links (comments, properties,
contexts), read back with the rows. A hidden
sheet ``sentences`` keeps every sentence of both documents with its id, so the import knows
which sentences each edited cell holds: a row whose sentences changed becomes a manual link,
as does one marked ``manual``; sentences left in no row become one-sided links. Editing the
words of a sentence is refused with the row named: that is a change of the documents, not of
the alignment.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from typing import Any, BinaryIO

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment as CellAlignment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from bitext.formats.base import CorpusInfo
from bitext.lang.rules import sentence_separator
from bitext.model import Alignment, Document, LinkNote, NoteKind

REVIEW = "review"
SENTENCES = "sentences"
ABOUT = "about"
NOTES = "notes"
HEADER = (
    "link",
    "source ids",
    "target ids",
    "source",
    "target",
    "score",
    "status",
    "order",
    "comment",
)
# The fill of the rows of links to review first (the review editor's orange, lighter).
REVIEW_FILL = "FFE0B2"
# A reviewer's comment on a row (its last column) is a note of its link by this author.
REVIEWER = "reviewer"
# What a reviewer may type for a confirmed row (compared case-insensitively).
CONFIRMED = frozenset({"manual", "confirmed", "ok", "yes", "y", "x", "✓", "reviewed"})


def write_xlsx(
    source: Document, target: Document, alignment: Alignment, info: CorpusInfo, stream: BinaryIO
) -> int:
    """Write the review workbook; return the number of rows (links)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = REVIEW
    sheet.append(list(HEADER))
    source_text = {s.id: s.text for s in source.sentences()}
    target_text = {s.id: s.text for s in target.sentences()}
    source_between, target_between = (
        sentence_separator(source.lang),
        sentence_separator(target.lang),
    )
    to_review = []
    for place, link in enumerate(alignment.links, 1):
        if info.needs_review(link.status, link.score):
            to_review.append(place + 1)  # its row (the header is row 1)
        _append(
            sheet,
            [
                link.id,
                " ".join(link.source),
                " ".join(link.target),
                source_between.join(source_text[i] for i in link.source),
                target_between.join(target_text[i] for i in link.target),
                link.score,
                link.status.value,
                place,
                _comment(link.notes),
            ],
        )
    _style(sheet, len(alignment.links))
    _shade(sheet, to_review, info.review_bar)
    _sentence_sheet(book, source, target)
    _about_sheet(book, info)
    _notes_sheet(book, alignment)
    buffer = io.BytesIO()
    book.save(buffer)
    stream.write(_deterministic(buffer.getvalue()))
    return len(alignment.links)


def _comment(notes: tuple[LinkNote, ...]) -> str | None:
    """The reviewer's comment a row shows: its link's first note by the reviewer (the
    others, and any the cell would not give back as it is, are in the hidden sheet)."""
    for note in notes:
        if note.kind is NoteKind.NOTE and note.name == REVIEWER:
            return note.text if note.text and note.text == note.text.strip() else None
    return None


def _is_comment(note: LinkNote, notes: tuple[LinkNote, ...]) -> bool:
    """Whether ``note`` is the comment its row shows (see :func:`_comment`)."""
    shown = _comment(notes)
    return shown is not None and note is next(
        n for n in notes if n.kind is NoteKind.NOTE and n.name == REVIEWER
    )


def _append(sheet: Any, values: list[Any]) -> None:
    """Append a row whose texts stay texts: openpyxl writes a string that begins with ``=``
    as a formula, which a spreadsheet would compute (``=SUM(1,2) is ...``: an error, and an
    empty cell on import) or run (formula injection)."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _style(sheet: Any, rows: int) -> None:
    sheet.freeze_panes = "D2"
    for column in ("A", "B", "C", "H"):
        sheet.column_dimensions[column].hidden = True
    for column, width in (("D", 60), ("E", 60), ("F", 8), ("G", 12), ("I", 40)):
        sheet.column_dimensions[column].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="23395D")
    wrap = CellAlignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2, max_row=rows + 1, min_col=4, max_col=9):
        for cell in row:
            if cell.column in (4, 5, 9):
                cell.alignment = wrap
    statuses = DataValidation(type="list", formula1='"automatic,manual"', allow_blank=True)
    statuses.add(f"G2:G{max(2, rows + 1)}")
    sheet.add_data_validation(statuses)


def _shade(sheet: Any, rows: Sequence[int], bar: float) -> None:
    """Shade the visible cells of ``rows`` orange (links to review first), and say so in a
    comment on the score's header. The shading moves with a row when the sheet is sorted;
    the import reads values only."""
    orange = PatternFill("solid", fgColor=REVIEW_FILL)
    for row in rows:
        for column in range(4, len(HEADER) + 1):
            sheet.cell(row=row, column=column).fill = orange
    sheet.cell(row=1, column=HEADER.index("score") + 1).comment = Comment(
        f"Rows shaded orange: automatic links scored below {bar:g} or not scored, to "
        "review first. A score is the aligner's probability that the link is right.",
        "bitext",
    )


def _sentence_sheet(book: Any, source: Document, target: Document) -> None:
    sheet = book.create_sheet(SENTENCES)
    sheet.sheet_state = "hidden"
    sheet.append(["side", "id", "text", "codes"])
    for side, document in (("source", source), ("target", target)):
        for sentence in document.sentences():
            codes = [[c.placeholder, c.markup] for c in sentence.codes]
            _append(sheet, [side, sentence.id, sentence.text, json.dumps(codes) if codes else None])


def _notes_sheet(book: Any, alignment: Alignment) -> None:
    """A hidden sheet of what translation tools kept about the links (only if there are
    notes): a note a row, with its link's id; the notes about the whole file first, with
    none."""
    noted = [
        link for link in alignment.links if any(not _is_comment(n, link.notes) for n in link.notes)
    ]
    if not noted and not alignment.file_notes:
        return
    sheet = book.create_sheet(NOTES)
    sheet.sheet_state = "hidden"
    sheet.append(["link", "kind", "name", "text"])
    for note in alignment.file_notes:
        _append(sheet, [None, note.kind.value, note.name or None, note.text])
    for link in noted:
        for note in link.notes:
            if not _is_comment(note, link.notes):
                _append(sheet, [link.id, note.kind.value, note.name or None, note.text])


def _about_sheet(book: Any, info: CorpusInfo) -> None:
    sheet = book.create_sheet(ABOUT)
    sheet.sheet_state = "hidden"
    for key, value in (
        ("source-language", info.source_lang),
        ("target-language", info.target_lang),
        ("source", info.source_name),
        ("target", info.target_name),
        ("tool", f"bitext {info.tool_version}".strip()),
    ):
        _append(sheet, [key, value])


def _deterministic(data: bytes) -> bytes:
    """The workbook with its ZIP members' times fixed and its creation time dropped, so
    the same alignment always gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _without_dates(content)
            member = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, content)
    return out.getvalue()


def _without_dates(core: bytes) -> bytes:
    return re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", core)

"""A bilingual table as translators keep one (a spreadsheet's first sheet, a CSV file): two
columns of text, a row a link.

The first two columns that hold words are the source and the target (a column of numbers,
such as row ids, is passed over, and so are the columns after them: notes, dates); a first
row of two language tags (``en``, ``ko-KR``) or language names (``English``, ``Korean``)
names the languages, else the reader's caller must. Each row is one sentence a side, as
in a glossary or a translation memory exported as a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bitext.errors import FormatError
from bitext.formats.base import header_languages
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, rebuild
from bitext.model import LinkStatus

__all__ = ["table_corpus"]


def table_corpus(
    rows: Sequence[Sequence[str]],
    path: str | Path,
    source_lang: str | None,
    target_lang: str | None,
    place: str = "it",
    otherwise: str = "",
) -> ImportedCorpus:
    """The corpus a table's ``rows`` of cell texts hold (``place`` says where in the file
    they are, for messages: ``its first sheet``; ``otherwise``, what else the file could
    have been); ``source_lang`` and ``target_lang``, when given, win over a header row's."""
    data = rows[1:] if len(rows) > 1 else rows  # a header's cells are words in any column
    columns = [
        k
        for k in range(max((len(r) for r in rows), default=0))
        if any(k < len(r) and _words(r[k]) for r in data)
    ][:2]
    if len(columns) < 2:
        raise FormatError(
            f"{path}: {place} has no two columns of text; give a source and a target column"
            + (f" ({otherwise})" if otherwise else "")
        )
    pairs = [tuple(r[k] if k < len(r) else "" for k in columns) for r in rows]
    found = header_languages(list(pairs[0])) if pairs else None
    source, target = source_lang or (found or ("", ""))[0], target_lang or (found or ("", ""))[1]
    if not source or not target:
        raise FormatError(
            f"{path}: its languages are not in {place} (a first row such as 'en', 'ko'); "
            "give --source-lang and --target-lang"
        )
    first = 2 if found else 1
    units = [
        ReadUnit(f"r{number}", (), (), LinkStatus.AUTOMATIC, None, pair[0], pair[1])
        for number, pair in enumerate(pairs[first - 1 :], first)
        if pair[0] or pair[1]
    ]
    if not units:
        raise FormatError(f"{path}: {place} has no rows of text")
    return rebuild(units, source, target, str(path))


def _words(cell: str) -> bool:
    """Whether a cell holds words, not just a number."""
    return bool(cell) and not cell.replace(".", "", 1).replace(",", "").isdigit()

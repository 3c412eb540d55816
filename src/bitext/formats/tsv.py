"""TSV: a header row and one row per link, with ids, type, status and score."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from bitext.formats.base import CorpusInfo, Unit, write_units

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

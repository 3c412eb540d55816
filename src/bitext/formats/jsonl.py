"""JSON lines: one object per link with every field."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import BinaryIO

from bitext.formats.base import CorpusInfo, Unit, write_units


def write_jsonl(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write one JSON object per link (all fields; UTF-8, not ASCII-escaped)."""

    def record(unit: Unit) -> str:
        fields = {
            "id": unit.id,
            "type": unit.type,
            "status": unit.status.value,
            "score": unit.score,
            "source_lang": info.source_lang,
            "target_lang": info.target_lang,
            "source_ids": list(unit.source_ids),
            "target_ids": list(unit.target_ids),
            "source_sentences": list(unit.source_sentences),
            "target_sentences": list(unit.target_sentences),
            "source": unit.source,
            "target": unit.target,
        }
        return json.dumps(fields, ensure_ascii=False) + "\n"

    return write_units(stream, units, record)

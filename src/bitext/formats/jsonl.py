"""JSON lines: one object per link with every field; read back, sentence for sentence."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from bitext._chars import nfc
from bitext.errors import FormatError, InvalidTextError
from bitext.formats.base import (
    CorpusInfo,
    Unit,
    is_language_header,
    read_status,
    spaced,
    write_units,
)
from bitext.formats.inline import find_language
from bitext.formats.notes import KINDS
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, link_notes, rebuild
from bitext.model import InlineCode, LinkNote

# Characters that some readers take for line ends (Python's str.splitlines(), JavaScript
# before ES2019) and that XML allows in a sentence: written as JSON escapes, so that a
# record is one line for every reader (json.dumps with ensure_ascii=False writes them raw).
_LINE_BREAKS_ESCAPED = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def write_jsonl(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write one JSON object per link (all fields; UTF-8, not ASCII-escaped but for the line
    separators of :data:`_LINE_BREAKS_ESCAPED`; ``source_codes`` and ``target_codes``, each
    sentence's inline codes as ``[placeholder, markup]`` pairs, where a side has any;
    ``notes``, what a translation tool kept about the link, as objects with ``kind``,
    ``text`` and perhaps ``name``, where it has any)."""

    def record(unit: Unit) -> str:
        fields: dict[str, Any] = {
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
            "source": spaced(unit, "source", unit.source),
            "target": spaced(unit, "target", unit.target),
        }
        for side, codes in (("source", unit.source_codes), ("target", unit.target_codes)):
            if codes:  # a sentence imported from a CAT tool's file: its inline codes
                fields[f"{side}_codes"] = [[[c.placeholder, c.markup] for c in s] for s in codes]
        if unit.notes:  # what a translation tool kept about the link
            fields["notes"] = [_note_record(note) for note in unit.notes]
        return json.dumps(fields, ensure_ascii=False).translate(_LINE_BREAKS_ESCAPED) + "\n"

    return write_units(stream, units, record)


def _note_record(note: LinkNote) -> dict[str, str]:
    record = {"kind": note.kind.value, "text": note.text}
    if note.name:
        record["name"] = note.name
    return record


def _notes(record: dict[str, Any], where: str) -> tuple[LinkNote, ...]:
    """A record's ``notes``: a list of objects with ``kind`` (note, property, context,
    reference, flag), ``text`` and perhaps ``name``."""
    notes = record.get("notes") or []
    if not isinstance(notes, list) or not all(
        isinstance(n, dict) and n.get("kind") in KINDS and isinstance(n.get("text"), str)
        for n in notes
    ):
        raise FormatError(
            f"{where}: notes is not a list of objects with a kind ({', '.join(KINDS)}) and a text"
        )
    return link_notes(
        ((KINDS[n["kind"]], n["text"], str(n.get("name") or "")) for n in notes), where
    )


def read_jsonl(
    path: str | Path, source_lang: str | None = None, target_lang: str | None = None
) -> ImportedCorpus:
    """Read JSON lines as bitext writes them (ids, each side's sentences, status, score,
    languages); a record with only ``source`` and ``target`` texts is one sentence a side,
    and so are the parallel records other tools write (:func:`_as_bitext`: ``src`` and
    ``tgt``; a ``translation`` object of a text by language, as Hugging Face datasets write
    them; a text by language code). ``source_lang`` and ``target_lang`` name languages the
    records do not give (or override them), and choose among a record's languages."""
    units: list[ReadUnit] = []
    named: dict[str, set[str]] = {"source_lang": set(), "target_lang": set()}
    codes: tuple[dict[str, tuple[InlineCode, ...]], ...] = ({}, {})
    for number, found in _records(path):  # a record at a time: nothing kept but its unit
        record = _as_bitext(found, source_lang, target_lang, f"{path}:{number}")
        for key, languages in named.items():
            if record.get(key):
                languages.add(str(record[key]))
        units.append(_unit(record, number, path))
        for side, known in zip(("source", "target"), codes, strict=True):
            known.update(_codes(record, number, side, path))
    if not units:
        raise FormatError(f"{path}: no records; give JSON lines, one link a line")
    source = source_lang or _one(named["source_lang"])
    target = target_lang or _one(named["target_lang"])
    if not source or not target:
        raise FormatError(
            f"{path}: its records name no languages (source_lang, target_lang); give "
            "--source-lang and --target-lang"
        )
    return rebuild(units, source, target, str(path), known_codes=codes if any(codes) else ())


# What a record of bitext's own has (any of them): its texts.
_OWN_TEXTS = ("source", "target", "source_sentences", "target_sentences")


def _as_bitext(
    record: dict[str, Any], source_lang: str | None, target_lang: str | None, where: str
) -> dict[str, Any]:
    """A record in bitext's shape: bitext's own as it is; ``src`` and ``tgt`` as ``source``
    and ``target``; a text by language code (in a ``translation`` object, as Hugging Face
    datasets and OPUS write them, or the record itself, whose ``id`` is its id and not
    Indonesian) as the texts of the two languages, in the order the record gives them
    unless ``source_lang`` and ``target_lang`` choose."""
    if any(key in record for key in _OWN_TEXTS):
        return record
    if "src" in record or "tgt" in record:
        return {**record, "source": record.get("src") or "", "target": record.get("tgt") or ""}
    nested = record.get("translation")
    texts = nested if isinstance(nested, dict) else {k: v for k, v in record.items() if k != "id"}
    present = [k for k, v in texts.items() if isinstance(v, str) and is_language_header(k)]
    if not present:
        raise FormatError(
            f"{where}: no texts: give source and target, src and tgt, a translation object "
            f"or a text for each of two language codes (this record has {', '.join(record)})"
        )
    source = _chosen(source_lang, present, [], where)
    target = _chosen(target_lang, present, [source], where)
    kept = {k: v for k, v in record.items() if k in ("id", "status", "score", "notes")}
    found = {"source": texts[source], "target": texts[target]}
    return {**kept, **found, "source_lang": source, "target_lang": target}


def _chosen(wanted: str | None, present: list[str], taken: list[str], where: str) -> str:
    """The language of a record's texts that ``wanted`` names, else the first not taken."""
    if wanted:
        found = find_language(wanted, [p for p in present if p not in taken])
        if found is None:
            raise FormatError(
                f"{where}: no text in {wanted} (it has {', '.join(present)}); give one of them"
            )
        return found
    left = [p for p in present if p not in taken]
    if len(present) != 2 or not left:
        raise FormatError(
            f"{where}: texts in {', '.join(present)}: choose the two with --source-lang and "
            "--target-lang"
        )
    return left[0]


def _codes(
    record: dict[str, Any], number: int, side: str, path: str | Path
) -> dict[str, tuple[InlineCode, ...]]:
    """The inline codes a record keeps of one side's sentences, by sentence id."""
    lists = record.get(f"{side}_codes")
    if not lists:
        return {}
    try:
        return {
            identifier: tuple(InlineCode(str(p), nfc(str(m))) for p, m in pairs)
            for identifier, pairs in zip(_strings(record[f"{side}_ids"]), lists, strict=True)
        }
    except (KeyError, TypeError, ValueError, InvalidTextError):
        raise FormatError(
            f"{path}:{number}: {side}_codes is not one list of [placeholder, markup] pairs "
            f"for each of the {side}_ids"
        ) from None


def _records(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The records of a JSON lines file, a line at a time, with their line numbers. A line
    ends at a line feed only: JSON strings may hold U+2028, U+2029 and U+0085 as they are
    (another tool's json.dumps with ensure_ascii=False writes them so; bitext escapes
    them), which are no line ends."""
    try:
        with open(path, encoding="utf-8-sig", newline="\n") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield number, _record(line, number, path)
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: cannot read as UTF-8: {exc}") from None


def _record(line: str, number: int, path: str | Path) -> dict[str, Any]:
    """One line's JSON object."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise FormatError(f"{path}:{number}: not a JSON object ({exc}); one link a line") from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise FormatError(
            f"{path}:{number}: nested too deeply to read as JSON; one link a line, "
            "its texts as strings"
        ) from None
    if not isinstance(record, dict):
        raise FormatError(f"{path}:{number}: not a JSON object; one link a line")
    return record


def _one(languages: set[str]) -> str:
    """The language every record that names one gives (none if they disagree)."""
    return next(iter(languages)) if len(languages) == 1 else ""


def _unit(record: dict[str, Any], number: int, path: str | Path) -> ReadUnit:
    """A record as a unit; its sentences, where it lists them, keep their boundaries."""
    try:
        sides = [_side(record, side) for side in ("source", "target")]
        status, score = read_status(
            str(record.get("status") or "") or None,
            None if record.get("score") is None else str(record["score"]),
        )
    except (TypeError, ValueError):
        raise FormatError(
            f"{path}:{number}: a field has the wrong type; ids and sentences are lists of "
            "strings, texts strings, the score a number"
        ) from None
    (s_ids, s_texts), (t_ids, t_texts) = sides
    return ReadUnit(
        str(record.get("id") or ""),
        s_ids,
        t_ids,
        status,
        score,
        " ".join(s_texts),
        " ".join(t_texts),
        tuple(len(t) for t in s_texts),
        tuple(len(t) for t in t_texts),
        notes=_notes(record, f"{path}:{number}"),
    )


def _side(record: dict[str, Any], side: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ids = tuple(_strings(record.get(f"{side}_ids") or []))
    sentences = record.get(f"{side}_sentences")
    if sentences is None:
        text = record.get(side) or ""
        if not isinstance(text, str):
            raise TypeError(side)
        sentences = [text] if text.strip() else []
    texts = tuple(t.strip() for t in _strings(sentences))
    if ids and len(ids) != len(texts):
        raise ValueError(side)
    return ids, texts


def _strings(values: Any) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError(values)
    return values

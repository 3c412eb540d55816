"""TMX 1.4b: one ``tu`` per link, written as a stream (memory stays flat).

Every ``tu`` has a ``tuid`` (the link id), a UTC ``creationdate``, one ``tuv`` per side whose
``xml:lang`` is the corpus's language code, and ``prop``s whose types start with ``x-`` (some
CAT tools import only those): link id, sentence ids, the length of each sentence (so that
the sentences of a 2-1 link can be split again), link type, score, status, and the
neighbouring source sentences as context. A link with an empty side is written only when
asked for, with its one ``tuv`` and ``x-unaligned``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from bitext.errors import FormatError
from bitext.formats import xmltext as esc
from bitext.formats.base import (
    CorpusInfo,
    Unit,
    parse_exchange_xml,
    read_status,
    write_units,
)
from bitext.formats.inline import (
    HeldCodes,
    InlineCode,
    SegmentText,
    find_language,
    same_language,
    segment_text,
    with_codes,
    written_lengths,
)
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, rebuild, unit_from_fields

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# TMX's code elements: bpt/ept numbered by i, ph and it by x; an isolated end's pos begin/end.
_CODES = HeldCodes(span="i", alone="x", start="begin", end="end", pos_first=True)


def write_tmx(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a TMX 1.4b document; return the number of ``tu`` written."""
    stamp = info.created.strftime("%Y%m%dT%H%M%SZ")
    version = esc.attribute(info.tool_version or "unknown")
    header = (
        f'<header creationtool="bitext" creationtoolversion="{version}" segtype="sentence" '
        f'o-tmf="bitext TEI alignment" adminlang="en" srclang="{esc.attribute(info.source_lang)}" '
        f'datatype="plaintext" creationdate="{stamp}"/>'
    )
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  {header}\n  <body>\n'
    return write_units(
        stream, units, lambda unit: _tu(unit, info, stamp), head, "  </body>\n</tmx>\n"
    )


def _tu(unit: Unit, info: CorpusInfo, stamp: str) -> str:
    props = [
        ("x-link-id", unit.id),
        ("x-link-type", unit.type),
        ("x-status", unit.status.value),
        ("x-score", repr(unit.score) if unit.score is not None else ""),
        ("x-source-ids", " ".join(unit.source_ids)),
        ("x-target-ids", " ".join(unit.target_ids)),
        ("x-source-lengths", written_lengths(unit.source_sentences, unit.source_codes)),
        ("x-target-lengths", written_lengths(unit.target_sentences, unit.target_codes)),
        ("x-context-pre", unit.context_before),
        ("x-context-post", unit.context_after),
    ]
    if not (unit.source_ids and unit.target_ids):
        props.append(("x-unaligned", "source" if unit.source_ids else "target"))
    lines = [f'    <tu tuid="{esc.attribute(unit.id)}" creationdate="{stamp}">']
    lines += [
        f'      <prop type="{kind}">{esc.text(value)}</prop>' for kind, value in props if value
    ]
    for lang, ids, content in (
        (
            info.source_lang,
            unit.source_ids,
            _seg(unit.source_sentences, unit.source_codes, unit.separators[0]),
        ),
        (
            info.target_lang,
            unit.target_ids,
            _seg(unit.target_sentences, unit.target_codes, unit.separators[1]),
        ),
    ):
        if ids:
            lines.append(
                f'      <tuv xml:lang="{esc.attribute(lang)}">\n'
                f"        <seg>{content}</seg>\n      </tuv>"
            )
    lines.append("    </tu>\n")
    return "\n".join(lines)


def _seg(
    sentences: tuple[str, ...], codes: tuple[tuple[InlineCode, ...], ...], separator: str
) -> str:
    """A ``seg``'s content: the sentences' text, their inline codes as TMX's own (``bpt`` and
    ``ept`` around a span, ``it`` for a span end whose other end is elsewhere, ``ph`` for a
    code alone), each holding the native code it stands for."""
    return with_codes(sentences, codes, separator, esc.text, _CODES.write)


def read_tmx(path: str | Path, target_lang: str | None = None) -> ImportedCorpus:
    """Read a TMX file: the header's srclang is the source (compared as a BCP 47 tag, so
    ``EN-US`` finds ``en-US``, and ``en`` finds the one ``en-*`` of the file; ``*all*`` means
    the first language), the other language the target; in a TMX of more languages,
    ``target_lang`` chooses it (found the same way). Inline codes become placeholders."""
    root = parse_exchange_xml(path)
    header = root.find("header")
    if root.tag != "tmx" or header is None:
        raise FormatError(f"{path}: not a TMX file (no <tmx> with a <header>)")
    tus = root.findall("body/tu")
    spellings: dict[
        str, str
    ] = {}  # language tags compare case-insensitively: the first spelling is kept
    for tu in tus:
        for tuv in tu.iterfind("tuv"):
            spellings.setdefault(_tuv_lang(tuv).lower(), _tuv_lang(tuv))
    languages = list(spellings.values())
    declared = header.get("srclang", "")
    source_lang = (
        languages[0]
        if declared.lower() == "*all*" and languages
        else find_language(declared, languages)
    )
    if source_lang is None:
        raise FormatError(
            f"{path}: the header's srclang {declared!r} matches none of the languages of the "
            f"<tuv> elements ({', '.join(languages) or 'none'}); correct srclang"
        )
    others = [lang for lang in languages if not same_language(lang, source_lang)]
    if not others:
        raise FormatError(f"{path}: every <tuv> is in {source_lang}; a TMX needs two languages")
    target_lang = _target_language(str(path), source_lang, others, target_lang)
    units = [_read_tu(tu, source_lang, target_lang) for tu in tus]
    return rebuild(units, source_lang, target_lang, str(path))


def _target_language(path: str, source: str, others: list[str], wanted: str | None) -> str:
    """The target among the languages other than the source: the one asked for, or the
    only one (a TMX of more languages is never cut to its first silently)."""
    if wanted:
        found = find_language(wanted, others)
        if found is None:
            raise FormatError(
                f"{path}: has no <tuv> in {wanted} besides the source {source} (it has "
                f"{', '.join(others)}); give one of them as --target-lang"
            )
        return found
    if len(others) > 1:
        raise FormatError(
            f"{path}: has <tuv> elements in {', '.join(others)} besides the source {source}; "
            "choose the target with --target-lang"
        )
    return others[0]


def _tuv_lang(tuv: etree._Element) -> str:
    return tuv.get(XML_LANG) or tuv.get("lang") or ""


def _read_tu(tu: etree._Element, source_lang: str, target_lang: str) -> ReadUnit:
    props = {p.get("type", ""): p.text or "" for p in tu.iterfind("prop")}
    segments = {_tuv_lang(tuv).lower(): segment_text(tuv.find("seg")) for tuv in tu.iterfind("tuv")}
    source = segments.get(source_lang.lower(), SegmentText(""))
    target = segments.get(target_lang.lower(), SegmentText(""))
    status = read_status(props.get("x-status"), props.get("x-score"))
    identifier = tu.get("tuid") or props.get("x-link-id", "")
    return unit_from_fields(identifier, props, "x-", status, source, target)

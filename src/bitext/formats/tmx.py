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
from bitext.formats.base import CorpusInfo, Unit, lengths, parse_exchange_xml, read_status
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, rebuild

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def write_tmx(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a TMX 1.4b document; return the number of ``tu`` written."""
    stamp = info.created.strftime("%Y%m%dT%H%M%SZ")
    count = 0
    stream.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    with (
        etree.xmlfile(stream, encoding="UTF-8", close=False) as xf,
        xf.element("tmx", version="1.4"),
    ):
        xf.write("\n  ")
        header = etree.Element(
            "header",
            {
                "creationtool": "bitext",
                "creationtoolversion": info.tool_version or "unknown",
                "segtype": "sentence",
                "o-tmf": "bitext TEI alignment",
                "adminlang": "en",
                "srclang": info.source_lang,
                "datatype": "plaintext",
                "creationdate": stamp,
            },
        )
        xf.write(header)
        xf.write("\n  ")
        with xf.element("body"):
            for unit in units:
                xf.write("\n    ")
                xf.write(_tu(unit, info, stamp))
                count += 1
            xf.write("\n  ")
        xf.write("\n")
    stream.write(b"\n")
    return count


def _tu(unit: Unit, info: CorpusInfo, stamp: str) -> etree._Element:
    tu = etree.Element("tu", tuid=unit.id, creationdate=stamp)
    props = [
        ("x-link-id", unit.id),
        ("x-link-type", unit.type),
        ("x-status", unit.status.value),
        ("x-score", repr(unit.score) if unit.score is not None else ""),
        ("x-source-ids", " ".join(unit.source_ids)),
        ("x-target-ids", " ".join(unit.target_ids)),
        ("x-source-lengths", ",".join(str(len(s)) for s in unit.source_sentences)),
        ("x-target-lengths", ",".join(str(len(s)) for s in unit.target_sentences)),
        ("x-context-pre", unit.context_before),
        ("x-context-post", unit.context_after),
    ]
    if not (unit.source_ids and unit.target_ids):
        props.append(("x-unaligned", "source" if unit.source_ids else "target"))
    for kind, value in props:
        if value:
            etree.SubElement(tu, "prop", type=kind).text = value
    for lang, ids, text in (
        (info.source_lang, unit.source_ids, unit.source),
        (info.target_lang, unit.target_ids, unit.target),
    ):
        if ids:
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            etree.SubElement(tuv, "seg").text = text
    etree.indent(tu, space="  ", level=2)
    return tu


def read_tmx(
    path: str | Path, source_ref: str = "source.xml", target_ref: str = "target.xml"
) -> ImportedCorpus:
    """Read a TMX file: the header's srclang is the source; the other language the target."""
    root = parse_exchange_xml(path)
    header = root.find("header")
    if root.tag != "tmx" or header is None:
        raise FormatError(f"{path}: not a TMX file (no <tmx> with a <header>)")
    source_lang = header.get("srclang", "")
    units: list[ReadUnit] = []
    target_lang = ""
    for tu in root.iterfind("body/tu"):
        props = {p.get("type", ""): p.text or "" for p in tu.iterfind("prop")}
        texts = {}
        for tuv in tu.iterfind("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            seg = tuv.find("seg")
            texts[lang] = "".join(seg.itertext()) if seg is not None else ""
            if lang != source_lang:
                target_lang = target_lang or lang
        status, score = read_status(props.get("x-status"), props.get("x-score"))
        units.append(
            ReadUnit(
                tu.get("tuid") or props.get("x-link-id", ""),
                tuple(props.get("x-source-ids", "").split()),
                tuple(props.get("x-target-ids", "").split()),
                status,
                score,
                texts.get(source_lang, ""),
                texts.get(target_lang, ""),
                lengths(props.get("x-source-lengths")),
                lengths(props.get("x-target-lengths")),
            )
        )
    if not source_lang or not target_lang:
        raise FormatError(f"{path}: the source and target languages cannot be told apart")
    return rebuild(units, source_lang, target_lang, source_ref, target_ref, str(path))

"""TMX 1.4b: one ``tu`` per link, written as a stream (memory stays flat).

Every ``tu`` has a ``tuid`` (the link id), a UTC ``creationdate``, one ``tuv`` per side whose
``xml:lang`` is the corpus's language code, and ``prop``s whose types start with ``x-`` (some
CAT tools import only those): link id, sentence ids, the length of each sentence (so that
the sentences of a 2-1 link can be split again), link type, score, status, and the
neighbouring source sentences as context. A link with an empty side is written only when
asked for, with its one ``tuv`` and ``x-unaligned``. What a tool kept about a unit (the link's
notes: :class:`~bitext.model.LinkNote`) goes back where a TMX holds it: the ``tu``'s and
``tuv``'s attributes, props and notes; about the whole file, the ``header``'s props and notes.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from bitext.errors import FormatError
from bitext.formats.annotations import annotation_kind, is_annotation, tmx_type
from bitext.formats.base import (
    CorpusInfo,
    Unit,
    exchange_xml_bytes,
    iterparse_exchange_xml,
    read_status,
    spaced,
    write_units,
)
from bitext.formats.codes import TMX, CodePiece, HeldCodes, OpenElements
from bitext.formats.inline import (
    InlineCode,
    SegmentText,
    Side,
    find_language,
    same_language,
    segment_text,
    with_codes,
    written_lengths,
)
from bitext.formats.rebuild import (
    ImportedCorpus,
    ReadUnit,
    can_be_id,
    link_notes,
    nothing_to_import,
    rebuild,
    unit_from_fields,
)
from bitext.formats.tmxnotes import (
    ATTRIBUTE,
    NOTHING_HELD,
    SIDES,
    TU_ATTRIBUTES,
    held_notes,
    props_and_notes_of,
    tuv_notes,
    written_attributes,
    written_props_and_notes,
)
from bitext.formats.tmxvariants import split_variants, variant_notes, variant_tuvs
from bitext.model import LinkNote, NoteKind
from bitext.tei import xmltext as esc

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# TMX's code elements: bpt/ept numbered by i, ph and it by x; an isolated end's pos begin/end.
# A TMX code's type (and a ph's assoc) is written back; its x numbers it and is written afresh.
_TYPE = {"type": "type"}
_CARRIED = {"bpt": _TYPE, "ph": {**_TYPE, "assoc": "assoc"}, "it": _TYPE}
_CODES = HeldCodes(
    "i", "x", "begin", "end", TMX, _CARRIED, frozenset({"datatype", "type"}), pos_first=True
)
_HIGHLIGHT = {"hi": _TYPE}  # a hi's type is written back; its x numbers it, afresh


def write_tmx(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a TMX 1.4b document; return the number of ``tu`` written."""
    stamp = info.created.strftime("%Y%m%dT%H%M%SZ")
    version = esc.attribute(info.tool_version or "unknown")
    header = (
        f'<header creationtool="bitext" creationtoolversion="{version}" segtype="sentence" '
        f'o-tmf="bitext TEI alignment" adminlang="en" srclang="{esc.attribute(info.source_lang)}" '
        f'datatype="plaintext" creationdate="{stamp}"'
    )
    kept = held_notes(info.file_notes, header=True)[""]  # an imported header's props, notes
    if kept.props or kept.notes:
        header += ">\n" + "\n".join(written_props_and_notes(kept.props, kept.notes, "    "))
        header += "\n  </header>"
    else:
        header += "/>"
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
    variants, notes = split_variants(unit.notes)
    held = held_notes(notes) if notes else NOTHING_HELD
    tu = held[""]
    if tu.attributes:
        attributes = {"tuid": unit.id, "creationdate": stamp, **tu.attributes}
        lines = [f"    <tu {written_attributes(attributes)}>"]
    else:
        lines = [f'    <tu tuid="{esc.attribute(unit.id)}" creationdate="{stamp}">']
    # bitext's own prop types need no escaping: only the values and a tool's props do
    lines += [
        f'      <prop type="{kind}">{esc.text(value)}</prop>' for kind, value in props if value
    ]
    lines += written_props_and_notes(tu.props, tu.notes, "      ")
    for side, lang, ids, content in (
        (
            "source",
            info.source_lang,
            unit.source_ids,
            spaced(unit, "source", _seg(*unit.source_side, unit.separators[0]), esc.text),
        ),
        (
            "target",
            info.target_lang,
            unit.target_ids,
            spaced(
                unit,
                "target",
                _seg(
                    unit.target_sentences, unit.target_codes, unit.separators[1], unit.source_side
                ),
                esc.text,
            ),
        ),
    ):
        if ids:
            tuv = held[side]
            written = f" {written_attributes(tuv.attributes)}" if tuv.attributes else ""
            lines.append(f'      <tuv xml:lang="{esc.attribute(lang)}"{written}>')
            lines += written_props_and_notes(tuv.props, tuv.notes, "        ") if notes else ()
            lines.append(f"        <seg>{content}</seg>\n      </tuv>")
    lines += variant_tuvs(variants, "      ")
    lines.append("    </tu>\n")
    return "\n".join(lines)


def _seg(
    sentences: tuple[str, ...],
    codes: tuple[tuple[InlineCode, ...], ...],
    separator: str,
    partner: Side | None = None,
) -> str:
    """A ``seg``'s content: the sentences' text, their inline codes as TMX's own (``bpt`` and
    ``ept`` around a span, ``it`` for a span end whose other end is elsewhere, ``ph`` for a
    code alone), each holding the native code it stands for, and a TMX ``hi`` (highlighted
    text: a term, a name; no native code) around its text as it came; a target's codes
    numbered as the source codes they stand for (``partner``). Should two ``hi`` spans cross
    (a text edited by hand), each is written as a code that holds its tag."""
    highlights = _Highlights()
    content = with_codes(sentences, codes, separator, esc.text, highlights.write, partner)
    if highlights.elements.well_formed:
        return content
    return with_codes(sentences, codes, separator, esc.text, _CODES.write, partner)


class _Highlights:
    """Writes a side's codes: an annotation (a TMX ``hi``, an XLIFF ``mrk``:
    :mod:`~bitext.formats.annotations`) as a ``hi``, the others by :data:`_CODES`."""

    def __init__(self) -> None:
        self.elements = OpenElements()

    def write(self, piece: CodePiece) -> str:
        """The element or tag for ``piece``."""
        if piece.kind == "close":
            return self.elements.close(piece.number) or _CODES.write(piece)
        element = piece.element
        if piece.kind != "open" or piece.isolated or not is_annotation(element):
            return _CODES.write(piece)
        assert element is not None
        self.elements.open(piece.number, "hi")
        if element.namespace not in TMX:  # an XLIFF mrk: what it marks as the hi's type
            return f"<hi{tmx_type(annotation_kind(element))}>"
        numbered = f' x="{piece.number}"' if "x" in dict(element.attributes) else ""
        return f"<hi{numbered}{piece.carried(TMX, _HIGHLIGHT)}>"


def read_tmx(path: str | Path, target_lang: str | None = None) -> ImportedCorpus:
    """Read a TMX file: the header's srclang is the source (compared as a BCP 47 tag, so
    ``EN-US`` finds ``en-US``, and ``en`` finds the one ``en-*`` of the file; ``*all*`` means
    the first language), the other language the target; in a TMX of more languages,
    ``target_lang`` chooses it (found the same way). Inline codes become placeholders. The
    file is read twice, a ``tu`` at a time (a memory of a million units is never a tree):
    for its header and languages, then for its units."""
    data = exchange_xml_bytes(path)
    header, languages = _header_and_languages(data, str(path))
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
    # The date bitext stamps on every tu of its own files is no tool's note.
    stamp = header.get("creationdate", "") if header.get("creationtool") == "bitext" else ""
    units = [
        _read_tu(tu, source_lang, target_lang, stamp, str(path))
        for tu in _body_tus(iterparse_exchange_xml(data, path, ("tu",)))
    ]
    kept = link_notes(props_and_notes_of(header), f"{path}: header")
    return rebuild(units, source_lang, target_lang, str(path), file_notes=kept)


def _header_and_languages(data: bytes, path: str) -> tuple[etree._Element, list[str]]:
    """A TMX's ``header`` (a copy: the reading drops what it has read) and the languages of
    the ``tuv`` elements of its units, each as first spelt (tags compare case-insensitively);
    refused if it is no TMX or has no ``tu`` with a ``tuv``."""
    elements = iterparse_exchange_xml(data, path, ("header", "tu"))
    root = next(elements)
    header: etree._Element | None = None
    spellings: dict[str, str] = {}
    if root.tag == "tmx":
        for element in _in_place(elements):
            if element.tag == "header":
                header = copy.deepcopy(element)
                continue
            for tuv in element.iterfind("tuv"):
                spellings.setdefault(_tuv_lang(tuv).lower(), _tuv_lang(tuv))
    if header is None:
        raise FormatError(f"{path}: not a TMX file (no <tmx> with a <header>)")
    if not spellings:  # no tu, or none with a tuv
        raise nothing_to_import(path)
    return header, list(spellings.values())


def _body_tus(elements: Iterator[etree._Element]) -> Iterator[etree._Element]:
    """The ``tu`` elements of a TMX's ``body`` among its ``elements`` (the root first)."""
    next(elements)
    return (tu for tu in _in_place(elements) if tu.tag == "tu")


def _in_place(elements: Iterator[etree._Element]) -> Iterator[etree._Element]:
    """Of a TMX's ``header`` and ``tu`` elements, those where TMX puts them: the header in
    the root, a ``tu`` in the ``body`` in the root."""
    for element in elements:
        parent = element.getparent()
        if element.tag == "tu":
            parent = parent.getparent() if parent is not None and parent.tag == "body" else None
        if parent is not None and parent.getparent() is None:
            yield element


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


def _read_tu(
    tu: etree._Element, source_lang: str, target_lang: str, stamp: str, where: str
) -> ReadUnit:
    props = {p.get("type", ""): p.text or "" for p in tu.iterfind("prop")}
    tuvs: dict[str, etree._Element] = {}
    for tuv in tu.iterfind("tuv"):
        tuvs.setdefault(_tuv_lang(tuv).lower(), tuv)  # a language's first: its variants kept
    sides = {
        side: tuvs[lang.lower()]
        for side, lang in zip(SIDES, (source_lang, target_lang), strict=True)
        if lang.lower() in tuvs
    }
    source, target = (
        segment_text(sides[side].find("seg")) if side in sides else SegmentText("")
        for side in SIDES
    )
    status = read_status(props.get("x-status"), props.get("x-score"))
    identifier = props.get("x-link-id") or tu.get("tuid") or ""
    where = f"{where}: tu {tu.get('tuid') or tu.sourceline}"
    notes = _read_notes(tu, identifier, stamp, sides, where)
    return unit_from_fields(identifier, props, "x-", status, source, target, notes)


def _read_notes(
    tu: etree._Element,
    identifier: str,
    stamp: str,
    sides: dict[str, etree._Element],
    where: str,
) -> tuple[LinkNote, ...]:
    """What the tool that wrote a ``tu`` kept about it: attributes (but a tuid that is the
    link's id, and the date bitext stamped, ``stamp``), props that are not bitext's fields,
    notes, and those of its two ``tuv`` elements (``sides``: by side)."""
    found = [
        (NoteKind.PROPERTY, value, ATTRIBUTE + name)
        for name, value in tu.attrib.items()
        if name in TU_ATTRIBUTES
        and not (name == "tuid" and value == identifier and can_be_id(value))
        and not (name == "creationdate" and value == stamp)
    ]
    found += props_and_notes_of(tu)
    for side, tuv in sides.items():
        found += tuv_notes(tuv, side)
    others = [tuv for tuv in tu.iterfind("tuv") if tuv not in sides.values()]
    found += variant_notes(others, {id(tuv): _tuv_lang(tuv) for tuv in others})
    return link_notes(found, where)

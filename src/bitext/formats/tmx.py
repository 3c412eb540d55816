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

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from bitext.errors import FormatError
from bitext.formats import xmltext as esc
from bitext.formats.base import CorpusInfo, Unit, parse_exchange_xml, read_status, write_units
from bitext.formats.codes import TMX, HeldCodes
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
from bitext.formats.notes import note_line, read_note_line
from bitext.formats.rebuild import (
    FoundNote,
    ImportedCorpus,
    ReadUnit,
    can_be_id,
    link_notes,
    rebuild,
    unit_from_fields,
)
from bitext.formats.tmxvariants import split_variants, variant_notes, variant_tuvs
from bitext.model import LinkNote, NoteKind

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A tu's attributes other than tuid and creationdate, which bitext writes: another tool's are
# kept as properties named "tmx:" and the attribute, and written back as attributes.
_TU_ATTRIBUTES = frozenset(
    [
        "tuid",
        "o-encoding",
        "datatype",
        "usagecount",
        "lastusagedate",
        "creationtool",
        "creationtoolversion",
        "creationdate",
        "creationid",
        "changedate",
        "segtype",
        "changeid",
        "o-tmf",
        "srclang",
    ]
)
_ATTRIBUTE = "tmx:"
# A tuv's attributes but xml:lang: kept as properties named "tmx:source:" or "tmx:target:" and
# the attribute (OmegaT writes who translated a segment, and when, on its target tuv).
_TUV_ATTRIBUTES = _TU_ATTRIBUTES - {"tuid", "segtype", "srclang"}
_SIDES = ("source", "target")
# The props bitext writes of its own, read back as the link's fields, not as notes.
_OWN_PROPS = frozenset(
    [
        "x-link-id",
        "x-link-type",
        "x-status",
        "x-score",
        "x-source-ids",
        "x-target-ids",
        "x-source-lengths",
        "x-target-lengths",
        "x-context-pre",
        "x-context-post",
        "x-unaligned",
    ]
)
# Notes TMX has no element for, as props: a context, a reference, a flag, a named note.
_PROP_KINDS = {
    "x-context": NoteKind.CONTEXT,
    "x-reference": NoteKind.REFERENCE,
    "x-flag": NoteKind.FLAG,
}
_PROP_TYPE = {kind: prop for prop, kind in _PROP_KINDS.items()}
_NOTE_PROP = "x-bitext-note"
# TMX's code elements: bpt/ept numbered by i, ph and it by x; an isolated end's pos begin/end.
# A TMX code's type (and a ph's assoc) is written back; its x numbers it and is written afresh.
_TYPE = {"type": "type"}
_CARRIED = {"bpt": _TYPE, "ph": {**_TYPE, "assoc": "assoc"}, "it": _TYPE}
_CODES = HeldCodes("i", "x", "begin", "end", TMX, _CARRIED, pos_first=True)


def write_tmx(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a TMX 1.4b document; return the number of ``tu`` written."""
    stamp = info.created.strftime("%Y%m%dT%H%M%SZ")
    version = esc.attribute(info.tool_version or "unknown")
    header = (
        f'<header creationtool="bitext" creationtoolversion="{version}" segtype="sentence" '
        f'o-tmf="bitext TEI alignment" adminlang="en" srclang="{esc.attribute(info.source_lang)}" '
        f'datatype="plaintext" creationdate="{stamp}"'
    )
    kept = _held_notes(info.file_notes, header=True)[""]  # an imported header's props, notes
    if kept.props or kept.notes:
        header += ">\n" + "\n".join(_props_and_notes(kept.props, kept.notes, "    "))
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
    held = _held_notes(notes) if notes else _NOTHING_HELD
    tu = held[""]
    if tu.attributes:
        attributes = {"tuid": unit.id, "creationdate": stamp, **tu.attributes}
        lines = [f"    <tu {_attributes(attributes)}>"]
    else:
        lines = [f'    <tu tuid="{esc.attribute(unit.id)}" creationdate="{stamp}">']
    # bitext's own prop types need no escaping: only the values and a tool's props do
    lines += [
        f'      <prop type="{kind}">{esc.text(value)}</prop>' for kind, value in props if value
    ]
    lines += _props_and_notes(tu.props, tu.notes, "      ")
    for side, lang, ids, content in (
        (
            "source",
            info.source_lang,
            unit.source_ids,
            _seg(unit.source_sentences, unit.source_codes, unit.separators[0]),
        ),
        (
            "target",
            info.target_lang,
            unit.target_ids,
            _seg(unit.target_sentences, unit.target_codes, unit.separators[1], unit.source_side),
        ),
    ):
        if ids:
            tuv = held[side]
            written = f" {_attributes(tuv.attributes)}" if tuv.attributes else ""
            lines.append(f'      <tuv xml:lang="{esc.attribute(lang)}"{written}>')
            lines += _props_and_notes(tuv.props, tuv.notes, "        ") if notes else ()
            lines.append(f"        <seg>{content}</seg>\n      </tuv>")
    lines += variant_tuvs(variants, "      ")
    lines.append("    </tu>\n")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class _Held:
    """What a ``tu`` or a ``tuv`` holds of a unit's notes: attributes, props, notes."""

    attributes: dict[str, str] = field(default_factory=dict)
    props: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# A unit without notes holds nothing anywhere (read only).
_NOTHING_HELD: dict[str, _Held] = {level: _Held() for level in ("", *_SIDES)}


def _held_notes(notes: tuple[LinkNote, ...], header: bool = False) -> dict[str, _Held]:
    """What a tool kept about a unit, as TMX holds it, by where (``""``: the ``tu``,
    ``source`` and ``target``: their ``tuv``): attributes (a tool's ``changeid``,
    ``changedate``, a ``tuid`` where bitext's link id differs; OmegaT's on the ``tuv``),
    props (a property by its name; a context, reference or flag as ``x-context``,
    ``x-reference``, ``x-flag``; a note with an author as ``x-bitext-note``, TMX notes
    having none) and notes. For the ``header`` (notes about the whole file), everything at
    its one level, as props and notes."""
    held = {level: _Held() for level in ("", *_SIDES)}
    for note in notes:
        level, place, key = _place(note)
        clash = place == "attribute" and key in held[level].attributes  # one value a name
        if clash or (header and (level or place == "attribute")):
            level, place, key = "", "prop", _NOTE_PROP
        if place == "attribute":
            held[level].attributes[key] = note.text
        elif place == "prop":
            held[level].props.append((key, note_line(note) if key == _NOTE_PROP else note.text))
        else:
            held[level].notes.append(note.text)
    return held


def _place(note: LinkNote) -> tuple[str, str, str]:
    """Where a note goes in TMX: its level (see :func:`_held_notes`), its place
    (``attribute``, ``prop`` or ``note``) and its attribute's name or prop's type."""
    side, _, rest = note.name.removeprefix(_ATTRIBUTE).partition(":")
    on_tuv = note.name.startswith(_ATTRIBUTE) and side in _SIDES
    if note.kind is NoteKind.PROPERTY and on_tuv and rest in _TUV_ATTRIBUTES:
        return side, "attribute", rest
    if note.kind is NoteKind.PROPERTY and on_tuv and rest.startswith("prop:"):
        return side, "prop", rest.removeprefix("prop:")
    if note.kind is NoteKind.NOTE and note.name in (f"{_ATTRIBUTE}{s}" for s in _SIDES):
        return note.name.removeprefix(_ATTRIBUTE), "note", ""
    attribute = note.name.removeprefix(_ATTRIBUTE)
    if note.kind is NoteKind.PROPERTY and attribute in _TU_ATTRIBUTES and attribute != note.name:
        return "", "attribute", attribute
    if note.kind is NoteKind.PROPERTY and note.name and note.name not in _OWN_PROPS:
        return "", "prop", note.name  # (one named as bitext's own fields: as a note line)
    if note.kind is NoteKind.NOTE and not note.name:
        return "", "note", ""
    if note.kind in _PROP_TYPE and not note.name:
        return "", "prop", _PROP_TYPE[note.kind]
    return "", "prop", _NOTE_PROP


def _attributes(attributes: dict[str, str]) -> str:
    return " ".join(f'{key}="{esc.attribute(value)}"' for key, value in attributes.items())


def _props_and_notes(props: list[tuple[str, str]], notes: list[str], indent: str) -> list[str]:
    lines = [
        f'{indent}<prop type="{esc.attribute(kind)}">{esc.text(value)}</prop>'
        for kind, value in props
    ]
    return lines + [f"{indent}<note>{esc.text(text)}</note>" for text in notes]


def _seg(
    sentences: tuple[str, ...],
    codes: tuple[tuple[InlineCode, ...], ...],
    separator: str,
    partner: Side | None = None,
) -> str:
    """A ``seg``'s content: the sentences' text, their inline codes as TMX's own (``bpt`` and
    ``ept`` around a span, ``it`` for a span end whose other end is elsewhere, ``ph`` for a
    code alone), each holding the native code it stands for; a target's codes numbered as
    the source codes they stand for (``partner``)."""
    return with_codes(sentences, codes, separator, esc.text, _CODES.write, partner)


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
    # The date bitext stamps on every tu of its own files is no tool's note.
    stamp = header.get("creationdate", "") if header.get("creationtool") == "bitext" else ""
    units = [_read_tu(tu, source_lang, target_lang, stamp, str(path)) for tu in tus]
    kept = link_notes(_props_and_notes_of(header), f"{path}: header")
    return rebuild(units, source_lang, target_lang, str(path), file_notes=kept)


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
        for side, lang in zip(_SIDES, (source_lang, target_lang), strict=True)
        if lang.lower() in tuvs
    }
    source, target = (
        segment_text(sides[side].find("seg")) if side in sides else SegmentText("")
        for side in _SIDES
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
        (NoteKind.PROPERTY, value, _ATTRIBUTE + name)
        for name, value in tu.attrib.items()
        if name in _TU_ATTRIBUTES
        and not (name == "tuid" and value == identifier and can_be_id(value))
        and not (name == "creationdate" and value == stamp)
    ]
    found += _props_and_notes_of(tu)
    for side, tuv in sides.items():
        found += _tuv_notes(tuv, side)
    others = [tuv for tuv in tu.iterfind("tuv") if tuv not in sides.values()]
    found += variant_notes(others, {id(tuv): _tuv_lang(tuv) for tuv in others})
    return link_notes(found, where)


def _props_and_notes_of(element: etree._Element) -> list[FoundNote]:
    """The notes and props (but bitext's own fields) of a ``tu`` or the ``header``."""
    found: list[FoundNote] = []
    for child in element:
        if child.tag == "note":
            found.append((NoteKind.NOTE, child.text or "", ""))
        elif child.tag == "prop" and child.get("type", "") not in _OWN_PROPS:
            found.append(_read_prop(child.get("type", ""), child.text or ""))
    return found


def _tuv_notes(tuv: etree._Element, side: str) -> list[FoundNote]:
    """What a ``tuv`` holds besides its text (OmegaT's translator and dates, a tool's props
    and notes on one language), as notes named by its side."""
    level = f"{_ATTRIBUTE}{side}"
    found: list[FoundNote] = [
        (NoteKind.PROPERTY, value, f"{level}:{name}")
        for name, value in tuv.attrib.items()
        if name in _TUV_ATTRIBUTES
    ]
    for element in tuv:
        if element.tag == "note":
            found.append((NoteKind.NOTE, element.text or "", level))
        elif element.tag == "prop":
            found.append(
                (NoteKind.PROPERTY, element.text or "", f"{level}:prop:{element.get('type', '')}")
            )
    return found


def _read_prop(kind: str, text: str) -> tuple[NoteKind, str, str]:
    if kind == _NOTE_PROP:
        line = read_note_line(text)
        if line is not None:
            return line
    if kind in _PROP_KINDS:
        return _PROP_KINDS[kind], text, ""
    return NoteKind.PROPERTY, text, kind

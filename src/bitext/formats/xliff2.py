"""XLIFF 2.0 (format ``xliff2``): one unit per link, written as a stream, and read back.

The review state comes from the link's status (:mod:`bitext.formats.xliffstate`): a
manual link is ``reviewed``; an automatic one ``translated``, with the subState
``bitext:needs-review`` when it is to review first (below the review score, or not scored:
2.0 has no state for it); a link without target is ``initial``; but a unit another tool
wrote keeps its own. Sentence ids, their lengths, type and score are notes of category
``bitext``'s fields; another tool's notes (by category), its unit names and its metadata module
(``mda:metadata``) are kept as the link's notes and written back. Inline codes are ``sc``,
``ec`` and ``ph`` pointing at their native code in the unit's ``originalData``, but a code
that came from XLIFF 2.0 pointing at none (Angular's) is written as it was (:func:`_content2`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import BinaryIO

from lxml import etree

from bitext._chars import nfc
from bitext.errors import FormatError
from bitext.formats.annotations import annotation_kind, is_annotation, xliff2_attributes
from bitext.formats.base import CorpusInfo, Unit, spaced
from bitext.formats.codes import XLIFF2, CodePiece, OpenElements
from bitext.formats.inline import (
    InlineCode,
    SegmentText,
    Side,
    joined_segments,
    segment_text,
    with_codes,
)
from bitext.formats.notes import first_context, note_line, read_note_line
from bitext.formats.rebuild import FoundNote, ReadUnit, link_notes
from bitext.formats.xliffkept import module_notes, split_modules
from bitext.formats.xliffstate import (
    review_file_note,
    review_property2,
    segment_attributes,
    unit_review2,
)
from bitext.formats.xliffunits import (
    BITEXT,
    FIELDS,
    FileIds,
    Files,
    bitext_fields,
    file_id,
    file_name,
    first_original,
    id_property,
    names_language,
    one_file_notes,
    preserved,
    read_unit,
    translate_attribute,
    translate_property,
    unit_id,
    with_file,
)
from bitext.model import LinkNote, NoteKind
from bitext.tei import xmltext as esc

# An XLIFF 2.0 code's pointers into its unit's originalData.
_DATA_REF = re.compile(r'\b(dataRef|dataRefStart|dataRefEnd)="([^"]*)"')
# XLIFF 2.0's metadata module: a tool's properties of a unit, kept as mda:CATEGORY:TYPE.
_MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
_MDA_NAME = "mda:"


def write_xliff2(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write XLIFF 2.0; return the number of units. The units of an imported XLIFF of several
    files go into files of their own again (see :class:`Files`)."""
    units, named = first_original(units, info.file_notes)
    ids = FileIds()
    first_id = ids.of(1, file_id(info.file_notes) or named)
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF2}" version="2.0" '
        f'srcLang="{esc.attribute(info.source_lang)}" '
        f'trgLang="{esc.attribute(info.target_lang)}">\n'
        f'  <file id="{first_id}" original="{esc.attribute(named or info.source_name)}">\n'
    )
    if info.file_notes:  # an imported file's header: notes about the whole file
        head += "\n".join(
            ["    <notes>", *_written_notes2(info.file_notes, "      "), "    </notes>\n"]
        )
    files = Files(
        named or info.source_name,
        "  </file>\n",
        lambda n, o: f'  <file id="{ids.of(n, o)}" original="{o}">\n',
    )
    return files.write(stream, units, lambda unit: _unit2(unit, info), head)


def _unit2(unit: Unit, info: CorpusInfo) -> str:
    context, others = first_context(unit.notes)
    name = f' name="{esc.attribute(context)}"' if context else ""
    identifier = esc.attribute(unit_id(unit, token=True))
    attributes = f"{name}{translate_attribute(unit.notes)}{preserved(unit)}"
    lines = [f'    <unit id="{identifier}"{attributes}>']
    metadata = [note for note in others if _metadata_place(note)]
    if metadata:
        others = tuple(note for note in others if not _metadata_place(note))
        lines += _metadata(metadata)
    modules, others = split_modules(others)
    lines += [f"      {module}" for module in modules]
    lines.append("      <notes>")
    lines += [
        f'        <note category="{category}">{esc.text(text)}</note>'
        for category, text in bitext_fields(unit)
    ]
    lines += _written_notes2(others, "        ")
    data: dict[str, str] = {}  # native code -> its id in originalData
    source = _content2(unit.source_sentences, unit.source_codes, unit.separators[0], data)
    target = _content2(
        unit.target_sentences, unit.target_codes, unit.separators[1], data, unit.source_side
    )
    source = spaced(unit, "source", source, esc.text)
    target = spaced(unit, "target", target, esc.text)
    lines.append("      </notes>")
    if data:
        lines.append("      <originalData>")
        lines += [
            f'        <data id="{key}">{esc.text(native)}</data>' for native, key in data.items()
        ]
        lines.append("      </originalData>")
    lines += [
        f"      <segment{segment_attributes(unit, info)}>",
        f"        <source>{source}</source>",
    ]
    if unit.target_ids:
        lines.append(f"        <target>{target}</target>")
    lines += ["      </segment>", "    </unit>\n"]
    return "\n".join(lines)


def _metadata_place(note: LinkNote) -> tuple[str, str] | None:
    """The category and type of a property from an XLIFF 2.0 metadata module (a name
    ``mda:CATEGORY:TYPE``), or None."""
    if note.kind is not NoteKind.PROPERTY or not note.name.startswith(_MDA_NAME):
        return None
    category, sep, kind = note.name.removeprefix(_MDA_NAME).partition(":")
    return (category, kind) if sep else None


def _metadata(notes: list[LinkNote]) -> list[str]:
    """Properties from XLIFF 2.0's metadata module, written back in it: a ``metaGroup`` a
    category, a ``meta`` a property."""
    groups: dict[str, list[str]] = {}
    for note in notes:
        category, kind = _metadata_place(note) or ("", "")
        groups.setdefault(category, []).append(
            f'          <mda:meta type="{esc.attribute(kind)}">{esc.text(note.text)}</mda:meta>'
        )
    lines = [f'      <mda:metadata xmlns:mda="{_MDA}">']
    for category, metas in groups.items():
        named = f' category="{esc.attribute(category)}"' if category else ""
        lines += [f"        <mda:metaGroup{named}>", *metas, "        </mda:metaGroup>"]
    return [*lines, "      </mda:metadata>"]


def _read_metadata(unit: etree._Element) -> list[FoundNote]:
    """A unit's XLIFF 2.0 metadata (``mda:metaGroup`` of ``mda:meta``, groups nested or
    not) as properties named ``mda:CATEGORY:TYPE``."""
    return [
        (NoteKind.PROPERTY, meta.text or "", f"{_MDA_NAME}{_category(meta)}:{meta.get('type', '')}")
        for metadata in unit.iterfind(f"{{{_MDA}}}metadata")
        for meta in metadata.iter(f"{{{_MDA}}}meta")
    ]


def _category(meta: etree._Element) -> str:
    group = meta.getparent()
    return group.get("category", "") if group is not None else ""


def _written_notes2(notes: tuple[LinkNote, ...], indent: str) -> list[str]:
    """Notes as XLIFF 2.0 ``note`` elements: a note with its author as its category, any
    other kind as bitext's line."""
    return [
        f'{indent}<note category="{esc.attribute(note.name)}">{esc.text(note.text)}</note>'
        if note.kind is NoteKind.NOTE and note.name and note.name not in FIELDS
        else f"{indent}<note>{esc.text(note.text)}</note>"
        if note.kind is NoteKind.NOTE and not note.name
        else f'{indent}<note category="{BITEXT}">{esc.text(note_line(note))}</note>'
        for note in notes
    ]


def _content2(
    sentences: tuple[str, ...],
    codes: tuple[tuple[InlineCode, ...], ...],
    separator: str,
    data: dict[str, str],
    partner: Side | None = None,
) -> str:
    """A source's or target's content in XLIFF 2.0: the text, its inline codes as ``sc`` and
    ``ec`` around a span (``isolated`` where the other end is elsewhere) and ``ph`` alone,
    each pointing at its native code in the unit's ``originalData`` (``data``, shared by
    source and target); a code that came from XLIFF 2.0 without native code (Angular's
    ``ph`` and ``pc``, whose ``equiv`` names its placeholder) as itself again, a ``pc``
    around its span, pointing at nothing; an annotation (text not to translate, a term: an
    XLIFF ``mrk``, a TMX ``hi``) as an ``mrk`` around its text; a target's codes numbered as
    the source codes they stand for (``partner``), so that their ids pair them. Should
    spans not nest as XML elements must (a text edited by hand), they are written as ``sc``
    and ``ec``."""
    writer = _Spans(_Codes2(data))
    own = with_codes(sentences, codes, separator, esc.text, writer.write, partner)
    if writer.elements.well_formed:
        return own
    return with_codes(sentences, codes, separator, esc.text, _Codes2(data).write, partner)


class _Spans:
    """Writes the codes of one side: an XLIFF 2.0 ``mrk`` whose span is in the text as an
    ``mrk`` again (its id ``m`` and its number), a ``pc`` without native code as a ``pc``,
    every other code as ``codes`` writes it; the spans it opened are its ``elements``."""

    def __init__(self, codes: _Codes2) -> None:
        self.codes = codes
        self.elements = OpenElements()

    def write(self, piece: CodePiece) -> str:
        """The element for ``piece``."""
        end = self.elements.close(piece.number) if piece.kind == "close" else None
        if end is not None:
            return end
        element = piece.element
        if piece.kind == "open" and not piece.isolated and is_annotation(element):
            assert element is not None
            self.elements.open(piece.number, "mrk")
            if element.namespace == XLIFF2:
                kept = piece.carried(_FAMILY2, _ANNOTATION2)
            else:  # a TMX hi, an XLIFF 1.2 mrk
                kept = xliff2_attributes(annotation_kind(element))
            return f'<mrk id="m{piece.number}"{kept}>'
        if piece.kind == "open" and not piece.isolated and _own_code(piece, "pc"):
            self.elements.open(piece.number, "pc")
            return f'<pc id="c{piece.number}"{piece.carried(_FAMILY2, _PC2)}>'
        return self.codes.write(piece)


def _own_code(piece: CodePiece, *names: str) -> bool:
    """Whether a code came from one of XLIFF 2.0's code elements ``names`` (any, without
    names) that pointed at no native code (no ``dataRef``)."""
    element = piece.element
    if element is None or element.namespace != XLIFF2:
        return False
    if element.name not in (names or ("ph", "pc", "sc", "ec")):
        return False
    return not any(name.startswith("dataRef") for name, _ in element.attributes)


# What an XLIFF 2.0 code's element says of itself is written back (type, subType, disp,
# equiv; a pc's start as an sc's); its numbering, pairing and pointers are written afresh,
# and its editing permissions (canCopy, canDelete, ...) are not written: a unit whose other
# side lacks the code, after aligning anew, would break them.
_FAMILY2 = frozenset({XLIFF2})
_SAID2 = {name: name for name in ("type", "subType", "disp", "equiv")}
_CARRIED2 = {
    "ph": _SAID2,
    "sc": _SAID2,
    "ec": _SAID2,
    "pc": {**_SAID2, "dispStart": "disp", "equivStart": "equiv"},
}
_PC2 = {
    "pc": {
        name: name for name in ("type", "subType", "dispStart", "dispEnd", "equivStart", "equivEnd")
    }
}
# What an annotation says of itself, written back on the mrk (never on a code).
_ANNOTATION2 = {"mrk": {name: name for name in ("translate", "type", "value", "ref")}}


class _Codes2:
    """Writes codes as ``sc``, ``ec`` and ``ph``: pointing at their native code in the
    unit's ``originalData`` (``data``: native code -> its id), but those that came from
    XLIFF 2.0 without one (:func:`_own_code`; a span's end as its start)."""

    def __init__(self, data: dict[str, str]) -> None:
        self.data = data
        self.own_spans: set[int] = set()  # spans whose start pointed at no native code

    def write(self, piece: CodePiece) -> str:
        """The element for ``piece``."""
        own = _own_code(piece) or (piece.kind == "close" and piece.number in self.own_spans)
        if own and piece.kind == "open":
            self.own_spans.add(piece.number)
        ref = "" if own else f' dataRef="{self._data_id(piece.native)}"'
        code, isolated = f"c{piece.number}", ' isolated="yes"' if piece.isolated else ""
        kept = piece.carried(_FAMILY2, _CARRIED2)
        if piece.kind == "open":
            return f'<sc id="{code}"{isolated}{ref}{kept}/>'
        if piece.kind == "close" and piece.isolated:
            return f'<ec id="{code}" isolated="yes"{ref}{kept}/>'
        if piece.kind == "close":
            return f'<ec startRef="{code}"{ref}{kept}/>'
        return f'<ph id="{code}"{ref}{kept}/>'

    def _data_id(self, native: str) -> str:
        """The id of the ``data`` element that holds ``native`` (added if new)."""
        return self.data.setdefault(native, f"d{len(self.data) + 1}")


def read_root2(
    root: etree._Element, path: str, target_lang: str | None
) -> tuple[str, str, list[ReadUnit], list[FoundNote]]:
    """An XLIFF 2.0 document's languages, units and file notes (``target_lang``, if given,
    must name its target language)."""
    source_lang, found_target = root.get("srcLang", ""), root.get("trgLang", "")
    if target_lang and found_target and not names_language(target_lang, found_target):
        raise FormatError(
            f"{path}: its target language is {found_target}, not {target_lang}; "
            "drop --target-lang or give its own"
        )
    files = root.findall(f"{{{XLIFF2}}}file")
    units = [
        _read_unit2(u, path, file_name(file, len(files)))
        for file in files
        for u in file.iter(f"{{{XLIFF2}}}unit")
    ]
    found = [
        read_note
        for note in root.iterfind(f"{{{XLIFF2}}}file/{{{XLIFF2}}}notes/{{{XLIFF2}}}note")
        if (read_note := _read_note2(note, {})) is not None
    ]
    ours = root.find(f".//{{{XLIFF2}}}unit/{{{XLIFF2}}}notes/{{{XLIFF2}}}note[@category='link']")
    found += one_file_notes(files, ours is not None) + review_file_note(ours is not None, 2)
    return source_lang, found_target, units, found


def _read_unit2(unit: etree._Element, where: str, original: str = "") -> ReadUnit:
    notes: dict[str, str] = {}
    found: list[tuple[NoteKind, str, str]] = []
    if unit.get("name"):
        found.append((NoteKind.CONTEXT, unit.get("name", ""), ""))
    found += _read_metadata(unit)
    found += module_notes(unit)  # (bitext writes them as elements too, not as notes)
    for note in unit.iterfind(f"{{{XLIFF2}}}notes/{{{XLIFF2}}}note"):
        kept_note = _read_note2(note, notes)
        if kept_note is not None:
            found.append(kept_note)
    where = f"{where}: unit {unit.get('id') or unit.sourceline}"
    found += translate_property(unit, bool(notes))
    found += id_property(unit.get("id", ""), bool(notes))
    found += review_property2(unit.iterfind(f"{{{XLIFF2}}}segment"), bool(notes))
    kept = link_notes(with_file(found, original, bool(notes)), where)
    parts = [p for p in unit if p.tag in (f"{{{XLIFF2}}}segment", f"{{{XLIFF2}}}ignorable")]
    data = {
        d.get("id", ""): etree.tostring(d, with_tail=False, encoding="unicode")
        for d in unit.iterfind(f"{{{XLIFF2}}}originalData/{{{XLIFF2}}}data")
    }
    source, target = (
        joined_segments(_with_original_data(segment_text(_part_side(p, side)), data) for p in parts)
        for side in ("source", "target")
    )
    segments = [p for p in parts if p.tag == f"{{{XLIFF2}}}segment"]
    return read_unit(unit.get("id", ""), notes, source, target, unit_review2(segments), kept)


def _part_side(part: etree._Element, side: str) -> etree._Element | None:
    """A segment's or an ignorable's ``source`` or ``target``; an ignorable without a target
    (white space between segments, as Okapi writes it) has its source's content there too,
    so the target's segments are not glued together ("Erster Satz.Zweiter.")."""
    found = part.find(f"{{{XLIFF2}}}{side}")
    if found is None and side == "target" and part.tag == f"{{{XLIFF2}}}ignorable":
        return part.find(f"{{{XLIFF2}}}source")
    return found


def _read_note2(note: etree._Element, fields: dict[str, str]) -> FoundNote | None:
    """An XLIFF 2.0 note: one of bitext's fields (put in ``fields``: None), a note bitext
    wrote as a line, or another tool's note (its category as its author)."""
    category, text = note.get("category", ""), note.text or ""
    if category in FIELDS:
        fields[category] = text
        return None
    line = read_note_line(text) if category == BITEXT else None
    return line if line is not None else (NoteKind.NOTE, text, category)


def _with_original_data(text: SegmentText, data: dict[str, str]) -> SegmentText:
    """An XLIFF 2.0 segment's codes, each with the ``data`` element of the unit's
    ``originalData`` it points at (the native code it stands for) after its own markup."""
    if not data:
        return text
    ends: dict[str, str] = {}  # a pc's number -> the data of its end
    codes = []
    for code in text.codes:
        refs = dict(_DATA_REF.findall(code.markup))
        number = code.placeholder.strip("{}/")
        if "dataRefEnd" in refs:
            ends[number] = refs["dataRefEnd"]
        ref = refs.get("dataRef") or refs.get("dataRefStart")
        if code.markup.startswith("</"):  # a pc's end tag
            ref = ends.get(number)
        codes.append(
            InlineCode(code.placeholder, nfc(code.markup + data[ref])) if ref in data else code
        )
    return SegmentText(text.text, tuple(codes))

"""XLIFF 1.2 (format ``xliff``: what CAT tools read) and XLIFF 2.0 (``xliff2``): one
trans-unit (unit) per link, written as a stream.

The review state comes from the link's status: a manual link is ``reviewed`` (2.0) or
``signed-off`` and approved (1.2); an automatic one is ``translated``, or to review first
(below the review score, or not scored) in 1.2 ``needs-review-translation`` and in 2.0
``translated`` with the subState ``bitext:needs-review``; a link without target is ``initial``
(``needs-translation``). Sentence ids, their lengths, type and score are notes (from
``bitext``, 1.2; by category, 2.0); another tool's notes, resource names (``resname``,
``name``) and 1.2 locations (``context-group``) are kept as the link's notes and written back.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
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
    CodePiece,
    HeldCodes,
    InlineCode,
    SegmentText,
    find_language,
    joined_segments,
    nfc,
    segment_text,
    with_codes,
    written_lengths,
)
from bitext.formats.notes import first_context, note_line, read_note_line
from bitext.formats.rebuild import (
    FoundNote,
    ImportedCorpus,
    ReadUnit,
    link_notes,
    rebuild,
    unit_from_fields,
)
from bitext.model import LinkNote, LinkStatus, NoteKind

XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
# An XLIFF 2.0 code's pointers into its unit's originalData.
_DATA_REF = re.compile(r'\b(dataRef|dataRefStart|dataRefEnd)="([^"]*)"')
# XLIFF 2.0's metadata module: a tool's properties of a unit, kept as mda:CATEGORY:TYPE.
_MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
_MDA_NAME = "mda:"
# The file of an imported XLIFF of several files a unit came from, a property of its link.
_ORIGINAL = "xliff:original"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
# XLIFF 1.2's code elements: all numbered by id; an isolated end's pos open/close.
_CODES12 = HeldCodes(span="id", alone="id", start="open", end="close")
# XLIFF 1.1 (Translate Toolkit's po2xliff writes it) and 1.0 (no namespace) have the elements
# of 1.2 that bitext reads: they are read as 1.2.
_OLDER_1X = frozenset({"urn:oasis:names:tc:xliff:document:1.1", ""})
# A trans-unit that holds a gettext catalogue's header, not text (Translate Toolkit).
_PO_HEADER = "x-gettext-domain-header"
# The contexts in which Translate Toolkit repeats a PO's comments, which it writes as notes.
_PO_COMMENTS = frozenset({"xliff:context x-po-autocomment", "xliff:context x-po-trancomment"})
# The states that mean a person confirmed the translation.
CONFIRMED_12 = frozenset({"signed-off", "final"})
CONFIRMED_2 = frozenset({"reviewed", "final"})
# Trados Studio (SDLXLIFF) keeps each segment's confirmation level in sdl:seg-defs: these
# are a reviewer's (the others, Translated and Draft among them, are not).
_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
CONFIRMED_SDL = frozenset({"ApprovedTranslation", "ApprovedSignOff"})
# memoQ's XLIFF (mqxliff): each trans-unit's status; confirmed by the translator or a reviewer.
_MEMOQ_STATUS = "{MQXliff}status"
CONFIRMED_MEMOQ = frozenset({"ManuallyConfirmed", "Reviewer1Confirmed", "Reviewer2Confirmed"})


def _notes(unit: Unit) -> list[tuple[str, str]]:
    notes = [
        (
            "link",
            f"{unit.type} {unit.status.value}"
            + (f" {unit.score!r}" if unit.score is not None else ""),
        ),
        ("source-ids", " ".join(unit.source_ids)),
        ("source-lengths", written_lengths(unit.source_sentences, unit.source_codes)),
        ("target-ids", " ".join(unit.target_ids)),
        ("target-lengths", written_lengths(unit.target_sentences, unit.target_codes)),
    ]
    return [(category, text) for category, text in notes if text]


# XLIFF 2.0's subState (a prefixed value of the writing tool's own) of an automatic link
# to review first: scored below the review bar, or not scored (1.2 has a state for it).
NEEDS_REVIEW_2 = "bitext:needs-review"
# The author (1.2's from) or category (2.0) of the notes that hold bitext's fields.
_BITEXT = "bitext"
# The categories of bitext's own XLIFF 2.0 notes and the keys of its 1.2 notes.
_FIELDS2 = frozenset({"link", "source-ids", "source-lengths", "target-ids", "target-lengths"})


def _state2(unit: Unit, info: CorpusInfo) -> str:
    """A segment's ``state`` and, for a link to review first, its ``subState``
    (:data:`NEEDS_REVIEW_2`; XLIFF 2.0 has no state of its own for it)."""
    if not unit.target_ids:
        return 'state="initial"'
    if unit.status is LinkStatus.MANUAL:
        return 'state="reviewed"'
    if info.needs_review(unit.status, unit.score):
        return f'state="translated" subState="{NEEDS_REVIEW_2}"'
    return 'state="translated"'


def write_xliff2(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write XLIFF 2.0; return the number of units. The units of an imported XLIFF of several
    files go into files of their own again (see :class:`_Files`)."""
    units, first = _first_original(units, info)
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF2}" version="2.0" '
        f'srcLang="{esc.attribute(info.source_lang)}" '
        f'trgLang="{esc.attribute(info.target_lang)}">\n'
        f'  <file id="f1" original="{esc.attribute(first)}">\n'
    )
    if info.file_notes:  # an imported file's header: notes about the whole file
        head += "\n".join(
            ["    <notes>", *_written_notes2(info.file_notes, "      "), "    </notes>\n"]
        )
    files = _Files(first, "  </file>\n", lambda n, o: f'  <file id="f{n}" original="{o}">\n')
    return write_units(
        stream,
        units,
        lambda unit: files.enter(unit) + _unit2(unit, info),
        head,
        "  </file>\n</xliff>\n",
    )


class _Files:
    """The ``file`` elements of an XLIFF written as a stream: a unit imported from an XLIFF
    of several files (its ``xliff:original`` property names its file) opens its file when it
    differs from the one open; any other unit stays in the file open."""

    def __init__(self, first: str, close: str, open_file: Callable[[int, str], str]) -> None:
        self.current, self.count = first, 1
        self.close, self.open_file = close, open_file

    def enter(self, unit: Unit) -> str:
        """What closes the open file and opens the unit's ('' if it is the one open)."""
        original = _original(unit.notes)
        if not original or original == self.current:
            return ""
        self.current, self.count = original, self.count + 1
        return self.close + self.open_file(self.count, esc.attribute(original))


def _first_original(units: Iterable[Unit], info: CorpusInfo) -> tuple[Iterator[Unit], str]:
    """The units (still all of them) and the file the first one belongs to: its own (an
    imported XLIFF's) or the source document's."""
    stream = iter(units)
    first = next(stream, None)
    if first is None:
        return stream, info.source_name
    return itertools.chain([first], stream), _original(first.notes) or info.source_name


def _original(notes: tuple[LinkNote, ...]) -> str:
    """The file of an imported XLIFF of several files a unit came from ('' if none)."""
    return next((n.text for n in notes if n.kind is NoteKind.PROPERTY and n.name == _ORIGINAL), "")


def _unit2(unit: Unit, info: CorpusInfo) -> str:
    context, others = first_context(unit.notes)
    name = f' name="{esc.attribute(context)}"' if context else ""
    lines = [f'    <unit id="{esc.attribute(unit.id)}"{name}>']
    metadata = [note for note in others if _metadata_place(note)]
    if metadata:
        others = tuple(note for note in others if not _metadata_place(note))
        lines += _metadata(metadata)
    lines.append("      <notes>")
    lines += [
        f'        <note category="{category}">{esc.text(text)}</note>'
        for category, text in _notes(unit)
    ]
    lines += _written_notes2(others, "        ")
    data: dict[str, str] = {}  # native code -> its id in originalData
    source = _content2(unit.source_sentences, unit.source_codes, unit.separators[0], data)
    target = _content2(unit.target_sentences, unit.target_codes, unit.separators[1], data)
    lines.append("      </notes>")
    if data:
        lines.append("      <originalData>")
        lines += [
            f'        <data id="{key}">{esc.text(native)}</data>' for native, key in data.items()
        ]
        lines.append("      </originalData>")
    lines += [f"      <segment {_state2(unit, info)}>", f"        <source>{source}</source>"]
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
        if note.kind is NoteKind.NOTE and note.name and note.name not in _FIELDS2
        else f"{indent}<note>{esc.text(note.text)}</note>"
        if note.kind is NoteKind.NOTE and not note.name
        else f'{indent}<note category="{_BITEXT}">{esc.text(note_line(note))}</note>'
        for note in notes
    ]


def _content2(
    sentences: tuple[str, ...],
    codes: tuple[tuple[InlineCode, ...], ...],
    separator: str,
    data: dict[str, str],
) -> str:
    """A source's or target's content in XLIFF 2.0: the text, its inline codes as ``sc`` and
    ``ec`` around a span (``isolated`` where the other end is elsewhere) and ``ph`` alone,
    each pointing at its native code in the unit's ``originalData`` (``data``, shared by
    source and target)."""
    return with_codes(sentences, codes, separator, esc.text, partial(_code2, data))


def _code2(data: dict[str, str], piece: CodePiece) -> str:
    ref = data.setdefault(piece.native, f"d{len(data) + 1}")
    code, isolated = f"c{piece.number}", ' isolated="yes"' if piece.isolated else ""
    if piece.kind == "open":
        return f'<sc id="{code}"{isolated} dataRef="{ref}"/>'
    if piece.kind == "close" and piece.isolated:
        return f'<ec id="{code}" isolated="yes" dataRef="{ref}"/>'
    if piece.kind == "close":
        return f'<ec startRef="{code}" dataRef="{ref}"/>'
    return f'<ph id="{code}" dataRef="{ref}"/>'


def _state12(unit: Unit, info: CorpusInfo) -> str:
    if not unit.target_ids:
        return "needs-translation"
    if unit.status is LinkStatus.MANUAL:
        return "signed-off"
    return (
        "needs-review-translation" if info.needs_review(unit.status, unit.score) else "translated"
    )


def write_xliff(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write XLIFF 1.2; return the number of trans-units. The units of an imported XLIFF of
    several files go into files of their own again (see :class:`_Files`)."""
    units, first = _first_original(units, info)
    languages = (
        f'source-language="{esc.attribute(info.source_lang)}" '
        f'target-language="{esc.attribute(info.target_lang)}" datatype="plaintext"'
    )
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF12}" version="1.2">\n'
        f'  <file original="{esc.attribute(first)}" {languages}>\n'
    )
    if info.file_notes:  # an imported file's header: notes about the whole file
        head += "\n".join(
            ["    <header>", *_written_notes12(info.file_notes, "      "), "    </header>\n"]
        )
    head += "    <body>\n"
    files = _Files(
        first,
        "    </body>\n  </file>\n",
        lambda _, original: f'  <file original="{original}" {languages}>\n    <body>\n',
    )
    return write_units(
        stream,
        units,
        lambda unit: files.enter(unit) + _unit12(unit, info),
        head,
        "    </body>\n  </file>\n</xliff>\n",
    )


def _unit12(unit: Unit, info: CorpusInfo) -> str:
    approved = "yes" if unit.status is LinkStatus.MANUAL and unit.target_ids else "no"
    source = _content12(unit.source_sentences, unit.source_codes, unit.separators[0])
    context, others = first_context(unit.notes)
    resname = f' resname="{esc.attribute(context)}"' if context else ""
    lines = [
        f'      <trans-unit id="{esc.attribute(unit.id)}"{resname} approved="{approved}">',
        f"        <source>{source}</source>",
    ]
    if unit.target_ids:
        target = _content12(unit.target_sentences, unit.target_codes, unit.separators[1])
        lines.append(f'        <target state="{_state12(unit, info)}">{target}</target>')
    fields = [f"{category}: {text}" for category, text in _notes(unit)]
    lines += _written_notes12(others, "        ", fields, locations=True)
    lines.append("      </trans-unit>\n")
    return "\n".join(lines)


def _written_notes12(
    notes: tuple[LinkNote, ...], indent: str, fields: Sequence[str] = (), locations: bool = False
) -> list[str]:
    """Notes as XLIFF 1.2 has them: a ``note`` (``from`` its author), a reference as a
    location ``context-group`` (in a trans-unit: ``locations``); then bitext's ``fields``
    and the notes it has no element for, as bitext's notes."""
    native, lines = [], list(fields)
    for note in notes:
        if note.kind is NoteKind.NOTE and note.name != _BITEXT:
            author = f' from="{esc.attribute(note.name)}"' if note.name else ""
            native.append(f"{indent}<note{author}>{esc.text(note.text)}</note>")
        elif note.kind is NoteKind.REFERENCE and locations:
            native.append(
                f'{indent}<context-group purpose="location"><context context-type="sourcefile">'
                f"{esc.text(note.text)}</context></context-group>"
            )
        else:
            lines.append(note_line(note))
    return native + [
        f'{indent}<note from="{_BITEXT}" annotates="general">{esc.text(line)}</note>'
        for line in lines
    ]


def _content12(
    sentences: tuple[str, ...], codes: tuple[tuple[InlineCode, ...], ...], separator: str
) -> str:
    """A source's or target's content in XLIFF 1.2: the text, its inline codes as ``bpt`` and
    ``ept`` around a span (``it`` where the other end is elsewhere) and ``ph`` alone, each
    holding the native code it stands for."""
    return with_codes(sentences, codes, separator, esc.text, _CODES12.write)


def read_xliff(path: str | Path, target_lang: str | None = None) -> ImportedCorpus:
    """Read XLIFF 2.0 or 1.2 (the namespace decides; 1.1 and 1.0 are read as 1.2, a gettext
    catalogue's header unit left out). Only a unit's own source and target are read:
    ``alt-trans`` proposals and notes are not segment text, and inline codes become
    placeholders. An XLIFF 1.2 unit a CAT tool split into segments (``seg-source``) gives one
    link a segment. An XLIFF 1.2 whose ``file`` elements are in more than one language pair is
    read for the target ``target_lang`` chooses (never mixed)."""
    root = _as_xliff12(parse_exchange_xml(path))
    if root.tag == f"{{{XLIFF2}}}xliff":
        source_lang, found_target = root.get("srcLang", ""), root.get("trgLang", "")
        if target_lang and found_target and not _names(target_lang, found_target):
            raise FormatError(
                f"{path}: its target language is {found_target}, not {target_lang}; "
                "drop --target-lang or give its own"
            )
        files2 = root.findall(f"{{{XLIFF2}}}file")
        units = [
            _read_unit2(u, str(path), _file_name(file, len(files2)))
            for file in files2
            for u in file.iter(f"{{{XLIFF2}}}unit")
        ]
        found = [
            read_note
            for note in root.iterfind(f"{{{XLIFF2}}}file/{{{XLIFF2}}}notes/{{{XLIFF2}}}note")
            if (read_note := _read_note2(note, {})) is not None
        ]
    elif root.tag == f"{{{XLIFF12}}}xliff":
        files = _files_of_one_pair(str(path), root.findall(f"{{{XLIFF12}}}file"), target_lang)
        source_lang = files[0].get("source-language", "") if files else ""
        found_target = files[0].get("target-language", "") if files else ""
        units = [
            read
            for file in files
            for u in file.iter(f"{{{XLIFF12}}}trans-unit")
            if u.get("restype") != _PO_HEADER
            for read in _read_units12(u, str(path), _file_name(file, len(files)))
        ]
        found = []  # the files' headers' notes: about the whole file
        for file in files:
            for note in file.iterfind(f"{{{XLIFF12}}}header/{{{XLIFF12}}}note"):
                _read_note12(note, {}, found)
    else:
        raise FormatError(f"{path}: not XLIFF 2.0 or 1.2 (root is {etree.QName(root).localname})")
    if not source_lang or not found_target:
        raise FormatError(f"{path}: source or target language missing; add srcLang and trgLang")
    kept = link_notes(found, f"{path}: header")
    return rebuild(units, source_lang, found_target, str(path), file_notes=kept)


def _as_xliff12(root: etree._Element) -> etree._Element:
    """An XLIFF 1.1 or 1.0 document with its elements put in the XLIFF 1.2 namespace (the
    elements bitext reads are the same); any other document as it is."""
    namespace = etree.QName(root).namespace or ""
    if etree.QName(root).localname != "xliff" or namespace not in _OLDER_1X:
        return root
    if not namespace and not root.get("version", "1").startswith("1"):
        return root
    for element in root.iter(etree.Element):
        if (etree.QName(element).namespace or "") == namespace:
            element.tag = f"{{{XLIFF12}}}{etree.QName(element).localname}"
    return root


def _names(wanted: str, tag: str) -> bool:
    """Whether ``wanted`` names the language ``tag`` (BCP 47: ``ko`` names ``ko-KR``)."""
    return find_language(wanted, [tag]) is not None


def _files_of_one_pair(
    path: str, files: list[etree._Element], target_lang: str | None
) -> list[etree._Element]:
    """The ``file`` elements of one language pair: those in ``target_lang`` if given, else
    all of them when they share one pair (a file of another pair is never mixed in)."""
    if target_lang:
        chosen = [f for f in files if _names(target_lang, f.get("target-language", ""))]
        if not chosen:
            found = sorted({f.get("target-language", "") for f in files})
            raise FormatError(
                f"{path}: no <file> has the target language {target_lang} (they have "
                f"{', '.join(found)}); give one of them as --target-lang"
            )
        files = chosen
    pairs = sorted(
        {
            (f.get("source-language", "").lower(), f.get("target-language", "").lower())
            for f in files
        }
    )
    if len(pairs) > 1:
        named = ", ".join(f"{s} -> {t}" for s, t in pairs)
        raise FormatError(
            f"{path}: its <file> elements are in more than one language pair ({named}); "
            "choose the target with --target-lang"
        )
    return files


def _with_file(found: list[FoundNote], original: str, ours: bool) -> list[FoundNote]:
    """A unit's notes with the file it is in (when there are several), unless bitext wrote
    the unit (``ours``: it writes a unit's file among its notes, where it had one, so that
    one file's name is not lost, and a unit that had none has none)."""
    if not original or ours:
        return found
    return [(NoteKind.PROPERTY, original, _ORIGINAL), *found]


def _file_name(file: etree._Element, files: int) -> str:
    """The name of the ``file`` element a unit is in, when there are several (``original``,
    else its ``id``), kept so that an export writes the files again; '' when there is one."""
    return (file.get("original") or file.get("id") or "") if files > 1 else ""


def _read_unit2(unit: etree._Element, where: str, original: str = "") -> ReadUnit:
    notes: dict[str, str] = {}
    found: list[tuple[NoteKind, str, str]] = []
    if unit.get("name"):
        found.append((NoteKind.CONTEXT, unit.get("name", ""), ""))
    found += _read_metadata(unit)
    for note in unit.iterfind(f"{{{XLIFF2}}}notes/{{{XLIFF2}}}note"):
        kept_note = _read_note2(note, notes)
        if kept_note is not None:
            found.append(kept_note)
    where = f"{where}: unit {unit.get('id') or unit.sourceline}"
    kept = link_notes(_with_file(found, original, bool(notes)), where)
    parts = [p for p in unit if p.tag in (f"{{{XLIFF2}}}segment", f"{{{XLIFF2}}}ignorable")]
    data = {
        d.get("id", ""): etree.tostring(d, with_tail=False, encoding="unicode")
        for d in unit.iterfind(f"{{{XLIFF2}}}originalData/{{{XLIFF2}}}data")
    }
    source, target = (
        joined_segments(
            _with_original_data(segment_text(p.find(f"{{{XLIFF2}}}{side}")), data) for p in parts
        )
        for side in ("source", "target")
    )
    states = {p.get("state", "") for p in parts if p.tag == f"{{{XLIFF2}}}segment"}
    return _read_unit(unit.get("id", ""), notes, source, target, _review2(states), kept)


def _read_note2(note: etree._Element, fields: dict[str, str]) -> FoundNote | None:
    """An XLIFF 2.0 note: one of bitext's fields (put in ``fields``: None), a note bitext
    wrote as a line, or another tool's note (its category as its author)."""
    category, text = note.get("category", ""), note.text or ""
    if category in _FIELDS2:
        fields[category] = text
        return None
    line = read_note_line(text) if category == _BITEXT else None
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


def _read_units12(unit: etree._Element, where: str, original: str = "") -> list[ReadUnit]:
    """The links of an XLIFF 1.2 trans-unit: one, or one a segment where a CAT tool split it
    into segments (``seg-source`` and ``target`` of ``mrk mtype="seg"``, paired by ``mid``)."""
    notes, kept = _notes12(unit, where, original)
    target_element = unit.find(f"{{{XLIFF12}}}target")
    state = target_element.get("state", "") if target_element is not None else ""
    # A unit without a target (a 1-0 link) has no review state: bitext's note says.
    review = _review12(unit.get("approved", ""), state) if target_element is not None else None
    memoq = unit.get(_MEMOQ_STATUS)
    if memoq is not None and target_element is not None:
        review = LinkStatus.MANUAL if memoq in CONFIRMED_MEMOQ else LinkStatus.AUTOMATIC
    identifier = unit.get("id", "")
    segments = _segments12(unit.find(f"{{{XLIFF12}}}seg-source"), target_element)
    if segments is None:
        source = segment_text(unit.find(f"{{{XLIFF12}}}source"))
        return [_read_unit(identifier, notes, source, segment_text(target_element), review, kept)]
    levels = {
        seg.get("id", ""): seg.get("conf", "")
        for seg in unit.iter(f"{{{_SDL}}}seg")  # Trados Studio's per-segment levels
    }
    return [
        _read_unit(
            f"{identifier}.{mid}" if identifier else "",
            notes,
            source,
            target,
            _segment_review(review, levels.get(mid)) if target.text else None,
            kept if n == 0 else (),  # the unit's notes go with its first segment
        )
        for n, (mid, source, target) in enumerate(segments)
    ]


def _notes12(
    unit: etree._Element, where: str, original: str = ""
) -> tuple[dict[str, str], tuple[LinkNote, ...]]:
    """Bitext's fields in a trans-unit's notes from bitext, and what the unit has besides:
    other notes (their ``from`` as author), its ``resname`` (a context), the locations of its
    ``context-group`` elements (references) and the notes bitext wrote as lines."""
    fields: dict[str, str] = {}
    found: list[tuple[NoteKind, str, str]] = []
    if unit.get("resname"):
        found.append((NoteKind.CONTEXT, unit.get("resname", ""), ""))
    for element in unit:
        if element.tag == f"{{{XLIFF12}}}note":
            _read_note12(element, fields, found)
        elif element.tag == f"{{{XLIFF12}}}context-group":
            found += _context_group(element)
        elif element.tag == f"{{{XLIFF12}}}alt-trans" and element.get("origin") == "previous":
            # Translate Toolkit's PO's previous msgid ("#|"): kept as PO keeps it
            previous = segment_text(element.find(f"{{{XLIFF12}}}source")).text
            found.append((NoteKind.PROPERTY, previous, "po:previous-msgid"))
    # Translate Toolkit writes a PO's comments twice, as notes and as contexts: keep the notes
    texts = {text for kind, text, _ in found if kind is NoteKind.NOTE}
    found = [n for n in found if not (n[2] in _PO_COMMENTS and n[1] in texts)]
    found = _with_file(found, original, bool(fields))
    where = f"{where}: trans-unit {unit.get('id') or unit.sourceline}"
    return fields, link_notes(found, where)


def _read_note12(
    note: etree._Element, fields: dict[str, str], found: list[tuple[NoteKind, str, str]]
) -> None:
    text, author = note.text or "", note.get("from", "")
    key, sep, value = text.partition(": ")
    if author == _BITEXT and sep and key in _FIELDS2:
        fields[key] = value
        return
    line = read_note_line(text) if author == _BITEXT else None
    found.append(line if line is not None else (NoteKind.NOTE, text, author))


def _context_group(group: etree._Element) -> list[tuple[NoteKind, str, str]]:
    """A 1.2 ``context-group`` as notes: a location (a source file, perhaps a line: what
    Translate Toolkit writes for a PO reference) as a reference; any other context as a
    property named by its type."""
    contexts = {
        c.get("context-type", ""): c.text or "" for c in group.iterfind(f"{{{XLIFF12}}}context")
    }
    if "sourcefile" in contexts:
        line = contexts.pop("linenumber", "")
        name = contexts.pop("sourcefile")
        found = [(NoteKind.REFERENCE, f"{name}:{line}" if line else name, "")]
    else:
        found = []
    return found + [
        (NoteKind.PROPERTY, text, f"xliff:context {kind}") for kind, text in contexts.items()
    ]


def _segment_review(unit_review: LinkStatus | None, level: str | None) -> LinkStatus | None:
    """A segment's review state: its Trados confirmation level where it has one, else the
    unit's."""
    if level is None:
        return unit_review
    return LinkStatus.MANUAL if level in CONFIRMED_SDL else LinkStatus.AUTOMATIC


def _segments12(
    seg_source: etree._Element | None, target: etree._Element | None
) -> list[tuple[str, SegmentText, SegmentText]] | None:
    """The segments of a segmented trans-unit, each ``(mid, source, target)`` (a segment
    one side lacks is empty there), or None where it is not segmented, or has text outside
    its segments (read whole, so that nothing is lost)."""
    sources, targets = _marked_segments(seg_source), _marked_segments(target)
    if not sources or targets is None:
        return None
    empty = SegmentText("")
    mids = [*sources, *(mid for mid in targets if mid not in sources)]
    return [(mid, sources.get(mid, empty), targets.get(mid, empty)) for mid in mids]


def _marked_segments(element: etree._Element | None) -> dict[str, SegmentText] | None:
    """The ``mrk mtype="seg"`` segments of an element by their ``mid``; None if text or
    another element stands between them."""
    if element is None:
        return {}
    segments: dict[str, SegmentText] = {}
    texts = [element.text or ""]
    for child in element:
        texts.append(child.tail or "")
        if child.tag != f"{{{XLIFF12}}}mrk" or child.get("mtype") != "seg":
            return None
        segments[child.get("mid", str(len(segments) + 1))] = segment_text(child)
    return segments if not "".join(texts).strip() else None


def _review12(approved: str, state: str) -> LinkStatus | None:
    """The review state a CAT tool left on an XLIFF 1.2 unit: approved, or a final state,
    is a person's confirmation; any other state is not; None when the unit says nothing."""
    if approved == "yes" or state in CONFIRMED_12:
        return LinkStatus.MANUAL
    return LinkStatus.AUTOMATIC if approved == "no" or state else None


def _review2(states: set[str]) -> LinkStatus | None:
    """The review state of an XLIFF 2.0 unit: every segment reviewed or final is confirmed."""
    states.discard("")
    if not states:
        return None
    return LinkStatus.MANUAL if states <= CONFIRMED_2 else LinkStatus.AUTOMATIC


def _read_unit(
    identifier: str,
    notes: dict[str, str],
    source: SegmentText,
    target: SegmentText,
    review: LinkStatus | None,
    kept: tuple[LinkNote, ...] = (),
) -> ReadUnit:
    """A unit; its status is the review state the file carries (what a CAT tool set), else
    the status bitext noted; ``kept``: what the file's tool kept about it."""
    link = notes.get("link", "").split()
    status, score = read_status(
        link[1] if len(link) > 1 else None, link[2] if len(link) > 2 else None
    )
    return unit_from_fields(identifier, notes, "", (review or status, score), source, target, kept)


def read_xliff2(path: str | Path) -> ImportedCorpus:
    """Read XLIFF 2.0 (or 1.2): the same reader as :func:`read_xliff`."""
    return read_xliff(path)

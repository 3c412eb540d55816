"""XLIFF 1.2 (format ``xliff``: what CAT tools read): one trans-unit per link, written as a
stream; and the reader of XLIFF 1.2 and 2.0 (1.1 and 1.0 read as 1.2).

The review state comes from the link's status: a manual link is ``signed-off`` and
approved; an automatic one is ``translated``, or ``needs-review-translation`` when it is to
review first (below the review score, or not scored); a link without target is
``needs-translation``; but a unit another tool wrote keeps its own (``xliffstate``).
Sentence ids, their lengths, type and score are notes from ``bitext``; another tool's
notes, ``resname``, locations (``context-group``) and proposals (``alt-trans``) are kept as
the link's notes and written back. XLIFF 2.0: xliff2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from bitext.errors import FormatError
from bitext.formats.base import CorpusInfo, Unit, parse_exchange_xml, spaced
from bitext.formats.codes import XLIFF2, XLIFF12
from bitext.formats.inline import SegmentText, segment_text
from bitext.formats.notes import first_context, note_line, read_note_line
from bitext.formats.rebuild import FoundNote, ImportedCorpus, ReadUnit, link_notes, rebuild
from bitext.formats.xliff2 import read_root2
from bitext.formats.xliffcodes import content12
from bitext.formats.xliffgroups import Groups, group_property
from bitext.formats.xliffkept import (
    PO_HEADER_TYPE,
    alt_trans_notes,
    attribute_properties,
    kept_attributes,
    po_header_notes,
    split_alt_trans,
    split_po_header,
)
from bitext.formats.xliffstate import (
    SDL,
    review_attributes,
    review_file_note,
    review_property,
    sdl_segment_review,
    unit_review,
)
from bitext.formats.xliffunits import (
    BITEXT,
    FIELDS,
    Files,
    bitext_fields,
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
from bitext.tei.xml import safe_parser

# XLIFF 1.1 (Translate Toolkit's po2xliff writes it) and 1.0 (no namespace) have the elements
# of 1.2 that bitext reads: they are read as 1.2.
_OLDER_1X = frozenset({"urn:oasis:names:tc:xliff:document:1.1", ""})
# What a file's text is: plain text unless the file said otherwise (a property of the file).
_PLAINTEXT = "plaintext"
_DATATYPE = "xliff:datatype"
# A location's line at the end of a reference (``:18``, ``:18,20``), after a file's name.
_LINE = re.compile(r"(?<=.):(\d+(?:,\d+)?)$")
# The contexts in which Translate Toolkit repeats a PO's comments, which it writes as notes.
_PO_COMMENTS = frozenset({"xliff:context x-po-autocomment", "xliff:context x-po-trancomment"})


def write_xliff(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write XLIFF 1.2; return the number of trans-units. The units of an imported XLIFF of
    several files go into files of their own again (see :class:`Files`)."""
    units, first = first_original(units, info.file_notes)
    first = first or info.source_name
    po_header, notes = split_po_header(info.file_notes)
    datatype = next((n.text for n in notes if n.name == _DATATYPE), _PLAINTEXT)
    notes = tuple(n for n in notes if n.name != _DATATYPE)
    languages = (
        f'source-language="{esc.attribute(info.source_lang)}" '
        f'target-language="{esc.attribute(info.target_lang)}" '
        f'datatype="{esc.attribute(datatype)}"'
    )
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF12}" version="1.2">\n'
        f'  <file original="{esc.attribute(first)}" {languages}>\n'
    )
    if notes:  # an imported file's header: notes about the whole file
        head += "\n".join(["    <header>", *_written_notes12(notes, "      "), "    </header>\n"])
    head += "    <body>\n" + "".join(f"      {unit}\n" for unit in po_header[:1])
    files = Files(
        first,
        "    </body>\n  </file>\n",
        lambda _, original: f'  <file original="{original}" {languages}>\n    <body>\n',
    )
    return files.write(stream, units, lambda unit: _unit12(unit, info), head, Groups())


def _unit12(unit: Unit, info: CorpusInfo) -> str:
    approved, state = review_attributes(unit, info)
    source = spaced(unit, "source", content12(*unit.source_side, unit.separators[0]), esc.text)
    context, others = first_context(unit.notes)
    resname = f' resname="{esc.attribute(context)}"' if context else ""
    lines = [
        f'      <trans-unit id="{esc.attribute(unit_id(unit))}"{resname}{approved}'
        f"{translate_attribute(unit.notes)}{kept_attributes(unit.notes)}{preserved(unit)}>",
        f"        <source>{source}</source>",
    ]
    if unit.target_ids:
        target = content12(
            unit.target_sentences, unit.target_codes, unit.separators[1], unit.source_side
        )
        target = spaced(unit, "target", target, esc.text)
        lines.append(f"        <target{state}>{target}</target>")
    alternatives, others = split_alt_trans(others)
    fields = [f"{category}: {text}" for category, text in bitext_fields(unit)]
    lines += _written_notes12(others, "        ", fields, locations=True)
    lines += [f"        {alternative}" for alternative in alternatives]
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
        if note.kind is NoteKind.NOTE and note.name != BITEXT:
            author = f' from="{esc.attribute(note.name)}"' if note.name else ""
            native.append(f"{indent}<note{author}>{esc.text(note.text)}</note>")
        elif note.kind is NoteKind.REFERENCE and locations:
            native.append(f'{indent}<context-group purpose="location">{_location12(note.text)}')
        else:
            lines.append(note_line(note))
    return native + [
        f'{indent}<note from="{BITEXT}" annotates="general">{esc.text(line)}</note>'
        for line in lines
    ]


def _location12(reference: str) -> str:
    """A reference's contexts in a location ``context-group``, and its end tag: the source
    file, and its line where the reference ends in one (``app.html:18,20``, as Angular and
    Translate Toolkit write them: ``sourcefile`` and ``linenumber``)."""
    name, line = reference, ""
    found = _LINE.search(reference)
    if found:
        name, line = reference[: found.start()], found.group(1)
    contexts = f'<context context-type="sourcefile">{esc.text(name)}</context>'
    if line:
        contexts += f'<context context-type="linenumber">{line}</context>'
    return contexts + "</context-group>"


def read_xliff(path: str | Path, target_lang: str | None = None) -> ImportedCorpus:
    """Read XLIFF 2.0 or 1.2 (the namespace decides; 1.1 and 1.0 are read as 1.2, a gettext
    catalogue's header unit left out). Only a unit's own source and target are read:
    ``alt-trans`` proposals and notes are not segment text, and inline codes become
    placeholders. An XLIFF 1.2 unit a CAT tool split into segments (``seg-source``) gives one
    link a segment. An XLIFF 1.2 whose ``file`` elements are in more than one language pair is
    read for the target ``target_lang`` chooses (never mixed)."""
    root = _as_xliff12(parse_exchange_xml(path))
    if root.tag == f"{{{XLIFF2}}}xliff":
        source_lang, found_target, units, found = read_root2(root, str(path), target_lang)
    elif root.tag == f"{{{XLIFF12}}}xliff":
        source_lang, found_target, units, found = _read_root12(root, str(path), target_lang)
    else:
        raise FormatError(f"{path}: not XLIFF 2.0 or 1.2 (root is {etree.QName(root).localname})")
    found_target = found_target or target_lang or ""
    if not source_lang or not found_target:
        raise FormatError(f"{path}: {_missing_language(root, source_lang)}")
    kept = link_notes(found, f"{path}: header")
    return rebuild(units, source_lang, found_target, str(path), file_notes=kept)


def _missing_language(root: etree._Element, source_lang: str) -> str:
    """What to do about an XLIFF document that does not name its source or target language,
    in the words of its version."""
    if root.tag == f"{{{XLIFF2}}}xliff":
        where, source, target = "its xliff element", "srcLang", "trgLang"
    else:
        where, source, target = "its file elements", "source-language", "target-language"
    if not source_lang:
        return f"no source language; add {source} to {where}"
    return f"no target language; add {target} to {where}, or pass --target-lang"


def _read_root12(
    root: etree._Element, path: str, target_lang: str | None
) -> tuple[str, str, list[ReadUnit], list[FoundNote]]:
    """An XLIFF 1.2 document's languages, units and file notes (those of its ``file``
    elements of one language pair: :func:`_files_of_one_pair`)."""
    files = _files_of_one_pair(path, root.findall(f"{{{XLIFF12}}}file"), target_lang)
    source_lang = files[0].get("source-language", "") if files else ""
    found_target = files[0].get("target-language", "") if files else ""
    units = [
        read
        for file in files
        for u in file.iter(f"{{{XLIFF12}}}trans-unit")
        if u.get("restype") != PO_HEADER_TYPE
        for read in _read_units12(u, path, file_name(file, len(files)))
    ]
    found: list[FoundNote] = []  # the files' headers' notes: about the whole file
    for file in files:
        for note in file.iterfind(f"{{{XLIFF12}}}header/{{{XLIFF12}}}note"):
            _read_note12(note, {}, found)
    datatype = files[0].get("datatype", _PLAINTEXT) if files else _PLAINTEXT
    if datatype != _PLAINTEXT:  # what the file's text is (po: a gettext catalogue)
        found.append((NoteKind.PROPERTY, datatype, _DATATYPE))
    found += po_header_notes(files[0]) if files else []
    bitexts = root.iterfind(f".//{{{XLIFF12}}}trans-unit/{{{XLIFF12}}}note[@from='{BITEXT}']")
    ours = next(bitexts, None) is not None
    found += one_file_notes(files, ours) + review_file_note(ours)
    return source_lang, found_target, units, found


def _as_xliff12(root: etree._Element) -> etree._Element:
    """An XLIFF 1.1 or 1.0 document with its elements in the XLIFF 1.2 namespace (the
    elements bitext reads are the same), declared as the file declared its own, so that an
    inline code is kept as a 1.2 file's would be (``<g xmlns="...1.2" id="1">``, not with a
    prefix lxml makes up for a renamed element); each element keeps its line in the file.
    Any other document as it is."""
    namespace = etree.QName(root).namespace or ""
    if etree.QName(root).localname != "xliff" or namespace not in _OLDER_1X:
        return root
    if not namespace and not root.get("version", "1").startswith("1"):
        return root
    text = etree.tostring(root, encoding="unicode")
    if namespace:  # its declarations name 1.2 instead
        text = _START_TAG.sub(lambda tag: tag.group().replace(namespace, XLIFF12), text)
    else:  # 1.0: its elements without a namespace are 1.2's
        text = _START_TAG.sub(lambda tag: _declaring(tag.group(), XLIFF12), text, 1)
    renamed = etree.fromstring(text, safe_parser())
    for before, after in zip(root.iter(), renamed.iter(), strict=True):
        after.sourceline = before.sourceline  # type: ignore[misc]  # writable; stubs say not
    return renamed


def _declaring(tag: str, namespace: str) -> str:
    """A start tag that declares ``namespace`` its default."""
    end = len(tag) - (2 if tag.endswith("/>") else 1)
    return f'{tag[:end]} xmlns="{namespace}"{tag[end:]}'


# A start tag as lxml writes one (no '<' or '>' inside: attribute values have them escaped).
_START_TAG = re.compile(r"<[^<>!?/][^<>]*?/?>")


def _files_of_one_pair(
    path: str, files: list[etree._Element], target_lang: str | None
) -> list[etree._Element]:
    """The ``file`` elements of one language pair: those in ``target_lang`` if given (all of
    them if none names its target language: an untranslated file), else all of them when
    they share one pair (a file of another pair is never mixed in)."""
    if target_lang and any(f.get("target-language") for f in files):
        chosen = [f for f in files if names_language(target_lang, f.get("target-language", ""))]
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


def _read_units12(unit: etree._Element, where: str, original: str = "") -> list[ReadUnit]:
    """The links of an XLIFF 1.2 trans-unit: one, or one a segment where a CAT tool split it
    into segments (``seg-source`` and ``target`` of ``mrk mtype="seg"``, paired by ``mid``)."""
    notes, kept = _notes12(unit, where, original)
    target_element = unit.find(f"{{{XLIFF12}}}target")
    review = unit_review(unit, target_element)
    identifier = unit.get("id", "")
    segments = _segments12(unit.find(f"{{{XLIFF12}}}seg-source"), target_element)
    if segments is None:
        source = segment_text(unit.find(f"{{{XLIFF12}}}source"))
        own = id_property(identifier, bool(notes))
        own += review_property(unit, target_element, bool(notes))
        own_id = link_notes(own, where)
        target = segment_text(target_element)
        return [read_unit(identifier, notes, source, target, review, own_id + kept)]
    levels = {
        seg.get("id", ""): seg.get("conf", "")
        for seg in unit.iter(f"{{{SDL}}}seg")  # Trados Studio's per-segment levels
    }
    return [
        read_unit(
            f"{identifier}.{mid}" if identifier else "",
            notes,
            source,
            target,
            sdl_segment_review(review, levels.get(mid)) if target.text else None,
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
    found += translate_property(unit, bool(fields))
    found += attribute_properties(unit, bool(fields))
    found += group_property(unit, bool(fields))
    found += alt_trans_notes(unit)  # (bitext writes them as elements too, not as notes)
    found = with_file(found, original, bool(fields))
    where = f"{where}: trans-unit {unit.get('id') or unit.sourceline}"
    return fields, link_notes(found, where)


def _read_note12(
    note: etree._Element, fields: dict[str, str], found: list[tuple[NoteKind, str, str]]
) -> None:
    text, author = note.text or "", note.get("from", "")
    key, sep, value = text.partition(": ")
    if author == BITEXT and sep and key in FIELDS:
        fields[key] = value
        return
    line = read_note_line(text) if author == BITEXT else None
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

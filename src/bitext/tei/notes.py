"""What translation tools kept about a unit, in TEI: the notes of an alignment's links.

A TMX ``tu`` may carry notes and properties, an XLIFF unit notes and a resource name, a PO
entry translator comments, a context, source references and flags. When such a file is
imported, each of those becomes a :class:`~bitext.model.LinkNote` of its link, and the
alignment keeps them as standoff annotations (TEI P5 16.10), before its links so that a
reader streaming the file has them first: one ``note`` each, pointing at its link
(``target``; a note without one is about the whole file, as a PO header's fields), its kind
as ``type``, its name (if any) as ``n``::

    <standOff>
      <listAnnotation type="link-notes">
        <note target="#l1" type="note">Checked by the client.</note>
        <note target="#l1" type="property" n="x-Domain">Politics</note>
      </listAnnotation>
      <linkGrp type="alignment" ...>
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from lxml import etree

from bitext.errors import InvalidTextError, ParseError
from bitext.model import Link, LinkNote, NoteKind
from bitext.tei.xml import sub, tei

NOTES_TYPE = "link-notes"
_LIST = tei("listAnnotation")
_NOTE = tei("note")
KIND_NAMES = tuple(kind.value for kind in NoteKind)

Notes = dict[str, tuple[LinkNote, ...]]


def write_link_notes(
    stand_off: etree._Element, links: Iterable[Link], file_notes: Iterable[LinkNote] = ()
) -> None:
    """Append the annotations of ``links`` that have notes, and the notes about the whole
    file (first, without a target), to ``stand_off`` (nothing if there are none); call it
    before the links are written."""
    noted = [link for link in links if link.notes]
    file_notes = list(file_notes)
    if not noted and not file_notes:
        return
    listing = sub(stand_off, "listAnnotation", type=NOTES_TYPE)
    for note in file_notes:
        sub(listing, "note", note.text, type=note.kind.value, n=note.name)
    for link in noted:
        for note in link.notes:
            sub(listing, "note", note.text, target=f"#{link.id}", type=note.kind.value, n=note.name)


def read_link_notes(stand_off: etree._Element, path: str | Path) -> Notes:
    """The notes of the links of a parsed alignment's ``standOff``, by link id; those about
    the whole file under ``""``."""
    found: dict[str, list[LinkNote]] = {}
    for listing in stand_off.iterfind(_LIST):
        if listing.get("type") != NOTES_TYPE:
            continue
        for note in listing.iterfind(_NOTE):
            add_link_note(found, dict(note.attrib), "".join(note.itertext()), path, note.sourceline)
    return {identifier: tuple(notes) for identifier, notes in found.items()}


def add_link_note(
    found: dict[str, list[LinkNote]],
    attributes: Mapping[str, str],
    text: str,
    path: str | Path,
    line: int | None,
) -> None:
    """Add the note an annotation's attributes and text make to ``found`` (by link id; one
    without a target, about the whole file, under ``""``), or raise a one-line ParseError
    naming what is wrong with it."""
    target, kind = attributes.get("target", "#"), attributes.get("type", "")
    if not target.startswith("#") or " " in target:
        raise ParseError(f"a link note's target {target!r} is not one '#LINK-ID'", path, line)
    if kind not in KIND_NAMES:
        raise ParseError(
            f"a link note's type {kind!r} is not one of {', '.join(KIND_NAMES)}", path, line
        )
    try:
        note = LinkNote(NoteKind(kind), text, attributes.get("n", ""))
    except InvalidTextError as exc:
        raise ParseError(str(exc), path, line) from None
    found.setdefault(target[1:], []).append(note)


def with_notes(link: Link, notes: Mapping[str, tuple[LinkNote, ...]]) -> Link:
    """``link`` with the notes ``notes`` has for it (itself if none)."""
    mine = notes.get(link.id)
    if not mine:
        return link
    return replace(link, notes=mine)

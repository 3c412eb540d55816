"""A gettext catalogue as a whole: what its header says and its obsolete entries, kept as
notes about the file when a catalogue is imported, and written back by the PO export.

The header of another tool's catalogue (its comment and fields) and its obsolete entries
(``#~``, as they were written) are notes about the file; the fields bitext writes for what
it writes (encoding, languages, generator, date) are its own. A PO export writes the kept
fields back (``X-Bitext-Kept`` lists them, so that a re-import tells them from bitext's),
any other note about the file as a field ``X-Bitext-Note-N``, and the obsolete entries after
the entries. A catalogue another tool wrote is a program's, whose msgctxt and msgid are the
keys it looks its messages up by (:data:`OWN_KEYS`).
"""

from __future__ import annotations

import re

import polib

from bitext.formats.notes import note_line, read_note_line
from bitext.formats.rebuild import FoundNote, link_notes
from bitext.model import LinkNote, NoteKind

_HEADER_COMMENT = "po:header"
_HEADER_FIELD = "po:header:"
_OBSOLETE = "po:obsolete"  # an obsolete entry, as it was written
_BITEXT_FIELD = "X-Bitext-"
_NOTE_FIELD = "X-Bitext-Note-"  # a note about the whole file with no place in PO's header
_KEPT_FIELD = "X-Bitext-Kept"  # the fields of the header kept from an imported file
_FIELD_NAME = re.compile(r"[A-Za-z][\w-]*")
_OWN_HEADER = frozenset(
    {
        "Content-Type",
        "Content-Transfer-Encoding",
        "MIME-Version",
        "Language",
        "X-Generator",
        "X-Source-Language",
        "PO-Revision-Date",
    }
)
# A note about the file: its catalogue's own msgctxt and msgid are its messages' keys (a
# program's catalogue another tool wrote), so entries without a context are written with none.
OWN_KEYS = "po:keys"


def catalogue_notes(catalogue: polib.POFile, ours: bool, where: str) -> tuple[LinkNote, ...]:
    """What a catalogue read from ``where`` says as a whole, as notes about the file: its
    header (:func:`_header_notes`), that its keys are its own where another tool wrote it
    (``ours`` false), and its obsolete entries (no text of the catalogue's: kept as they
    were, to be written back)."""
    kept = _header_notes(catalogue, ours, f"{where}: header")
    if not ours:  # a program's catalogue: its msgctxt and msgid are the keys it looks up
        kept += link_notes([(NoteKind.PROPERTY, "msgctxt msgid", OWN_KEYS)], f"{where}: header")
    obsolete: list[FoundNote] = [
        (NoteKind.PROPERTY, entry.__unicode__(wrapwidth=0).rstrip("\n"), _OBSOLETE)
        for entry in catalogue.obsolete_entries()
    ]
    return kept + link_notes(obsolete, f"{where}: obsolete entries")


def has_own_keys(notes: tuple[LinkNote, ...]) -> bool:
    """Whether the notes about a file say its entries keep their own keys (:data:`OWN_KEYS`)."""
    return any(n.kind is NoteKind.PROPERTY and n.name == OWN_KEYS for n in notes)


def obsolete_entries(notes: tuple[LinkNote, ...]) -> list[str]:
    """The obsolete entries an imported catalogue had, as they were written."""
    return [note.text for note in notes if _is_obsolete(note)]


def _is_obsolete(note: LinkNote) -> bool:
    """Whether a note about the file is an obsolete entry (``#~``) of an imported catalogue,
    as it was written: one that gettext reads back as that one obsolete entry (any other
    text is written among bitext's fields, where it cannot break the catalogue)."""
    if note.kind is not NoteKind.PROPERTY or note.name != _OBSOLETE:
        return False
    if not all(line.startswith("#") for line in note.text.split("\n")):
        return False
    try:
        read = polib.pofile(f'msgid ""\nmsgstr ""\n\n{note.text}\n')
    except (OSError, ValueError):
        return False
    entries = read.obsolete_entries()
    return (
        len(read) == 1
        and len(entries) == 1
        and entries[0].__unicode__(wrapwidth=0).rstrip("\n") == note.text
    )


def keep_header(catalogue: polib.POFile, notes: tuple[LinkNote, ...]) -> None:
    """The header an imported catalogue had (its comment, its fields but those bitext
    writes for what it writes: encoding, language, generator, this revision's date); any
    other note about the whole file as a field ``X-Bitext-Note-N`` holding bitext's line."""
    others, kept = [], []
    for note in notes:
        if _is_obsolete(note):
            continue  # written after the entries
        field = note.name.removeprefix(_HEADER_FIELD)
        is_field = field != note.name and field not in kept and _is_field(field, note.text)
        if note.kind is NoteKind.PROPERTY and is_field:
            catalogue.metadata[field] = note.text
            kept.append(field)
        elif _is_header_comment(note) and not catalogue.header:
            catalogue.header = note.text
        else:
            others.append(note)
    for number, note in enumerate(others, 1):
        catalogue.metadata[f"{_NOTE_FIELD}{number}"] = note_line(note)
    if kept:  # so that a re-import tells them from bitext's own
        catalogue.metadata[_KEPT_FIELD] = " ".join(
            sorted(kept)
        )  # one order, however the fields came


def _is_header_comment(note: LinkNote) -> bool:
    """Whether a note is a catalogue's header comment that polib writes and reads back as
    it is (no line ending in white space or starting as a flag or reference, and a first
    line that is not empty: polib drops the empty lines a header comment begins with)."""
    return (
        note.kind is NoteKind.NOTE
        and note.name == _HEADER_COMMENT
        and not note.text.startswith("\n")
        and all(
            not line or (line == line.rstrip() and line[0] not in ",:.|~")
            for line in note.text.split("\n")
        )
    )


def _is_field(name: str, value: str) -> bool:
    """Whether a header field can be written as one, as PO tools read it back."""
    return (
        name not in _OWN_HEADER
        and not name.startswith(_BITEXT_FIELD)
        and bool(_FIELD_NAME.fullmatch(name))
        and value == value.strip()
        and "\n" not in value
    )


def _is_foreign_field(field: str) -> bool:
    return field not in _OWN_HEADER and not field.startswith(_BITEXT_FIELD)


def _header_notes(catalogue: polib.POFile, ours: bool, where: str) -> tuple[LinkNote, ...]:
    """What a catalogue says in its header, as notes about the whole file: its comment, its
    fields (but those bitext writes for what it writes; in a catalogue bitext wrote, only
    those it kept from an imported file) and the notes bitext wrote as fields."""
    found: list[FoundNote] = [(NoteKind.NOTE, catalogue.header, _HEADER_COMMENT)]
    kept = catalogue.metadata.get(_KEPT_FIELD, "").split()
    for field, value in catalogue.metadata.items():
        line = read_note_line(value) if field.startswith(_NOTE_FIELD) else None
        if line is not None:
            found.append(line)
        elif _is_foreign_field(field) and (field in kept or not ours):
            found.append((NoteKind.PROPERTY, value, _HEADER_FIELD + field))
    return link_notes(found, where)

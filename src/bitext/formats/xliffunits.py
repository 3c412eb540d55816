"""What XLIFF 1.2 (:mod:`bitext.formats.xliff`) and 2.0 (:mod:`bitext.formats.xliff2`)
share: bitext's own fields of a unit, the ``file`` elements of an imported XLIFF of several
files written again, the language a ``--target-lang`` names, and a unit read back."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO

from lxml import etree

from bitext.formats.base import (
    NOT_TRANSLATED,
    Unit,
    read_status,
    write_units,
)
from bitext.formats.inline import SegmentText, find_language, written_lengths
from bitext.formats.notes import outer_space
from bitext.formats.rebuild import FoundNote, ReadUnit, can_be_id, unit_from_fields
from bitext.formats.xliffgroups import Groups
from bitext.model import LinkNote, LinkStatus, NoteKind
from bitext.tei import xmltext as esc

# The file of an imported XLIFF of several files a unit came from, a property of its link;
# an XLIFF of one file's original (and, 2.0, its id), notes about the whole file.
ORIGINAL = "xliff:original"
FILE_ID = "xliff:file-id"
# A unit's own id where it cannot be its link's xml:id (Xcode's "%d items selected", Angular's
# "5811701742971715242"), a property of its link, written back as the unit's id: the key by
# which the tool that wrote the file merges its translations back.
UNIT_ID = "xliff:id"
# White space that XML tools may collapse unless told to preserve it: two characters of it
# or more, or any but a space (a tab, a line break).
_COLLAPSIBLE = re.compile(r"\s{2,}|[^\S ]")
# An XML NMTOKEN: one or more name characters (letters, digits, combining marks, . - _ :).
_NMTOKEN = re.compile(r"^[\w.\-:\u00b7\u0300-\u036f\u203f\u2040]+$")
# The author (1.2's from) or category (2.0) of the notes that hold bitext's fields.
BITEXT = "bitext"
# The categories of bitext's own XLIFF 2.0 notes and the keys of its 1.2 notes.
FIELDS = frozenset({"link", "source-ids", "source-lengths", "target-ids", "target-lengths"})


def bitext_fields(unit: Unit) -> list[tuple[str, str]]:
    """bitext's own fields of a unit, each ``(category, text)`` (those with text): its
    link's type, status and score, and each side's sentence ids and lengths."""
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


class Files:
    """The ``file`` elements of an XLIFF written as a stream: a unit imported from an XLIFF
    of several files (its ``xliff:original`` property names its file) opens its file when it
    differs from the one open; any other unit stays in the file open."""

    def __init__(self, first: str, close: str, open_file: Callable[[int, str], str]) -> None:
        self.current, self.count = first, 1
        self.close, self.open_file = close, open_file

    def enter(self, unit: Unit) -> str:
        """What closes the open file and opens the unit's ('' if it is the one open)."""
        original = original_file(unit.notes)
        if not original or original == self.current:
            return ""
        self.current, self.count = original, self.count + 1
        return self.close + self.open_file(self.count, esc.attribute(original))

    def write(
        self,
        stream: BinaryIO,
        units: Iterable[Unit],
        render: Callable[[Unit], str],
        head: str,
        groups: Groups | None = None,
    ) -> int:
        """Write ``head``, then each unit as ``render`` writes it, in its file (see
        :meth:`enter`) and, with ``groups``, in its groups, then what closes the last groups,
        file and the document; return the number of units."""

        def written(unit: Unit) -> str:
            switch = self.enter(unit)
            if groups is None:
                return switch + render(unit)
            closing, opening = groups.enter(unit, new_file=bool(switch))
            return closing + switch + opening + render(unit)

        def tail() -> str:
            return (groups.close() if groups else "") + self.close + "</xliff>\n"

        return write_units(stream, units, written, head, tail)


def first_original(
    units: Iterable[Unit], file_notes: Iterable[LinkNote] = ()
) -> tuple[Iterator[Unit], str]:
    """The units (still all of them) and the file of an imported XLIFF the first one
    belongs to, else the one file an imported XLIFF had (``file_notes``); '' if none: the
    export names its first file after the source document."""
    stream = iter(units)
    first = next(stream, None)
    found = original_file(first.notes) if first is not None else ""
    found = found or original_file(tuple(file_notes))
    return (itertools.chain([first], stream) if first is not None else stream), found


def one_file_notes(files: Sequence[etree._Element], ours: bool) -> list[FoundNote]:
    """What an XLIFF of one ``file`` element says of it, as notes about the whole file: its
    ``original`` (the resource the tool extracted it from: Xcode's
    ``MyApp/en.lproj/Localizable.strings``) and its ``id`` (XLIFF 2.0: Angular's ``ngi18n``),
    which the export writes its file with again. None for several files (each unit keeps
    its own: :func:`with_file`), nor where bitext wrote the file (``ours``: its header's notes
    carry them where the file it came from had them)."""
    if len(files) != 1 or ours:
        return []
    said = ((files[0].get("original"), ORIGINAL), (files[0].get("id"), FILE_ID))
    return [(NoteKind.PROPERTY, value, name) for value, name in said if value]


def file_id(file_notes: Iterable[LinkNote]) -> str:
    """The id an imported XLIFF 2.0's one file had ('' if none)."""
    said = (n.text for n in file_notes if n.kind is NoteKind.PROPERTY and n.name == FILE_ID)
    return next(said, "")


class FileIds:
    """The ids of the ``file`` elements of an XLIFF 2.0 export: the name of the imported file
    each holds where that is an NMTOKEN not used yet (the ids a tool keys by: i18next's
    namespaces), else ``f`` and its number."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def of(self, number: int, name: str) -> str:
        """The id of the ``number``-th file, which holds the imported file ``name`` ('' for
        none)."""
        found = name if name and _NMTOKEN.match(name) and name not in self.used else ""
        found = found or f"f{number}"
        while found in self.used:
            found += "_"
        self.used.add(found)
        return found


def original_file(notes: tuple[LinkNote, ...]) -> str:
    """The file of an imported XLIFF of several files a unit came from ('' if none)."""
    return next((n.text for n in notes if n.kind is NoteKind.PROPERTY and n.name == ORIGINAL), "")


def translate_property(unit: etree._Element, ours: bool) -> list[FoundNote]:
    """The property of a unit not to translate (XLIFF 1.2 and 2.0 alike: the nearest
    ``translate`` of the unit and the elements around it), unless bitext wrote the unit
    (``ours``: its notes carry the property)."""
    if ours:
        return []
    for element in (unit, *unit.iterancestors()):
        value = element.get("translate")
        if value is not None:
            return [(NoteKind.PROPERTY, "no", NOT_TRANSLATED)] if value == "no" else []
    return []


def id_property(identifier: str, ours: bool) -> list[FoundNote]:
    """The property that keeps a unit's own id where it cannot be its link's ``xml:id``
    (not an NCName), unless bitext wrote the unit (``ours``: its notes carry the property)."""
    if ours or not identifier or can_be_id(identifier):
        return []
    return [(NoteKind.PROPERTY, identifier, UNIT_ID)]


def unit_id(unit: Unit, token: bool = False) -> str:
    """The id a unit is written with: the one its tool gave it (``xliff:id``), else its
    link's; with ``token``, the tool's only if it is an NMTOKEN, as XLIFF 2.0's ids must be
    (Angular's "5811701742971715242", not Xcode's "%d items selected")."""
    kept = (n.text for n in unit.notes if n.kind is NoteKind.PROPERTY and n.name == UNIT_ID)
    own = next(kept, "")
    return own if own and (not token or _NMTOKEN.match(own)) else unit.id


def preserved(unit: Unit) -> str:
    """``xml:space="preserve"`` for a unit whose text has white space kept around it, or
    white space inside it that an XML tool may collapse where the unit does not say to
    preserve it (:data:`_COLLAPSIBLE`: Translate Toolkit does, Django's "set.  You may" is
    a program's key), so that a tool keeps it too."""
    kept = any(outer_space(unit.notes, side) != ("", "") for side in ("source", "target"))
    texts = (*unit.source_sentences, *unit.target_sentences, *unit.separators)
    kept = kept or any(_COLLAPSIBLE.search(text) for text in texts)
    return ' xml:space="preserve"' if kept else ""


def translate_attribute(notes: tuple[LinkNote, ...]) -> str:
    """``translate="no"`` for a unit whose link has the property, as its start tag has it."""
    said = any(n.kind is NoteKind.PROPERTY and n.name == NOT_TRANSLATED for n in notes)
    return ' translate="no"' if said else ""


def names_language(wanted: str, tag: str) -> bool:
    """Whether ``wanted`` names the language ``tag`` (BCP 47: ``ko`` names ``ko-KR``)."""
    return find_language(wanted, [tag]) is not None


def with_file(found: list[FoundNote], original: str, ours: bool) -> list[FoundNote]:
    """A unit's notes with the file it is in (when there are several), unless bitext wrote
    the unit (``ours``: it writes a unit's file among its notes, where it had one, so that
    one file's name is not lost, and a unit that had none has none)."""
    if not original or ours:
        return found
    return [(NoteKind.PROPERTY, original, ORIGINAL), *found]


def file_name(file: etree._Element, files: int) -> str:
    """The name of the ``file`` element a unit is in, when there are several (``original``,
    else its ``id``), kept so that an export writes the files again; '' when there is one."""
    return (file.get("original") or file.get("id") or "") if files > 1 else ""


def read_unit(
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

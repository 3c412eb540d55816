"""XLIFF 1.2's ``alt-trans``: a CAT tool's proposals for a unit (a translation memory's
match with its quality and origin, a machine translation), which are no part of the unit's
text. Each is kept whole as a property of its link, ``xliff:alt-trans``, holding the
element's markup, and written back into the unit by the XLIFF 1.2 export (the other
formats carry it as a note), without its pointers into the file's header (``tool-id``,
``phase-name``), whose ``tool`` and ``phase`` the export does not write. A ``previous``
alt-trans (Translate Toolkit's PO's previous msgid) is read as PO keeps it, not here."""

from __future__ import annotations

from lxml import etree

from bitext.formats.codes import XLIFF12
from bitext.formats.rebuild import FoundNote
from bitext.model import LinkNote, NoteKind
from bitext.tei.xml import safe_parser

ALT_TRANS = "xliff:alt-trans"
# An alt-trans's pointers into its file's header (a tool, a phase): the export writes its own
# header, so an alt-trans is written without them (the TEI keeps them).
_HEADER_POINTERS = ("tool-id", "phase-name")
_ELEMENT = f"{{{XLIFF12}}}alt-trans"


def alt_trans_notes(unit: etree._Element) -> list[FoundNote]:
    """The property of each of a trans-unit's ``alt-trans`` elements but a ``previous`` one."""
    return [
        (NoteKind.PROPERTY, etree.tostring(alt, encoding="unicode", with_tail=False), ALT_TRANS)
        for alt in unit.iterchildren(_ELEMENT)
        if alt.get("origin") != "previous"
    ]


def split_alt_trans(notes: tuple[LinkNote, ...]) -> tuple[list[str], tuple[LinkNote, ...]]:
    """The markup of a link's kept ``alt-trans`` elements that is one (a hand-edited TEI's
    may not be: it stays among the notes), and the other notes."""
    kept, others = [], []
    for note in notes:
        markup = _alt_trans(note) if note.name == ALT_TRANS else None
        if markup is None:
            others.append(note)
        else:
            kept.append(markup)
    return kept, tuple(others)


def _alt_trans(note: LinkNote) -> str | None:
    """The note's ``alt-trans`` element as markup, or None if it holds no such element."""
    if note.kind is not NoteKind.PROPERTY:
        return None
    try:
        element = etree.fromstring(note.text, safe_parser())
    except etree.XMLSyntaxError:
        return None
    if element.tag != _ELEMENT:
        return None
    for pointer in _HEADER_POINTERS:  # they name what the header held, which is not written
        element.attrib.pop(pointer, None)
    return etree.tostring(element, encoding="unicode", with_tail=False)

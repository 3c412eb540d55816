"""Elements of an XLIFF unit that are no part of its text, kept whole: XLIFF 1.2's
``alt-trans`` (a CAT tool's proposals: a translation memory's match with its quality and
origin, a machine translation) and XLIFF 2.0's module elements other than metadata (the
translation candidates of ``mtc:matches``, a glossary's ``gls:glossary``, a tool's own).
Each is a property of its link (``xliff:alt-trans``, ``xliff:module``) holding the
element's markup, written back into the unit by the export of its XLIFF version (the other
formats carry it as a note). An alt-trans is written without its pointers into the file's
header (``tool-id``, ``phase-name``), whose ``tool`` and ``phase`` the export does not
write; a ``previous`` alt-trans (Translate Toolkit's PO's previous msgid) is read as PO
keeps it, not here. And, about the whole file, the trans-unit that holds a gettext
catalogue's header (Translate Toolkit's, ``restype="x-gettext-domain-header"``: no text to
align, but what xliff2po makes the catalogue's header of and tells a catalogue's XLIFF by),
a note about the file (``xliff:po-header``) written back as the first unit. And the
attributes XLIFF 1.2 gives a trans-unit that bitext has no other place for (Angular's
``datatype="html"``, a string's ``maxwidth`` and ``size-unit``, a resource's ``restype``,
...), each a property of its link (``xliff:attribute maxwidth``) written back onto the unit by
the 1.2 export."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

from lxml import etree

from bitext.formats.codes import XLIFF2, XLIFF12
from bitext.formats.rebuild import FoundNote
from bitext.model import LinkNote, NoteKind
from bitext.tei import xmltext as esc
from bitext.tei.xml import safe_parser

ALT_TRANS = "xliff:alt-trans"
MODULE = "xliff:module"
PO_HEADER = "xliff:po-header"
PO_HEADER_TYPE = "x-gettext-domain-header"  # the restype of the unit that holds it
_ALT_TRANS = f"{{{XLIFF12}}}alt-trans"
_TRANS_UNIT = f"{{{XLIFF12}}}trans-unit"
# An alt-trans's pointers into its file's header (a tool, a phase): the export writes its own
# header, so an alt-trans is written without them (the TEI keeps them).
_HEADER_POINTERS = ("tool-id", "phase-name")
# A trans-unit's attributes that XLIFF 1.2 defines and bitext keeps as they are (its id,
# resname, approved, translate and xml:space have places of their own; its phase-name points
# at a phase of the file's header, which the export does not write).
ATTRIBUTE = "xliff:attribute "
_UNIT_ATTRIBUTES = (
    "datatype",
    "restype",
    "extradata",
    "help-id",
    "menu",
    "menu-option",
    "menu-name",
    "coord",
    "font",
    "css-style",
    "style",
    "exstyle",
    "extype",
    "maxbytes",
    "minbytes",
    "size-unit",
    "maxheight",
    "minheight",
    "maxwidth",
    "minwidth",
    "charclass",
    "reformat",
)
# XLIFF 2.0's metadata module: read and written as notes of their own (see xliff2).
_METADATA = "urn:oasis:names:tc:xliff:metadata:2.0"


def alt_trans_notes(unit: etree._Element) -> list[FoundNote]:
    """The property of each of a trans-unit's ``alt-trans`` elements but a ``previous`` one."""
    return _kept(
        (alt for alt in unit.iterchildren(_ALT_TRANS) if alt.get("origin") != "previous"),
        ALT_TRANS,
    )


def module_notes(unit: etree._Element) -> list[FoundNote]:
    """The property of each of an XLIFF 2.0 unit's module elements (those of no XLIFF core
    namespace) but metadata."""
    return _kept(
        (
            child
            for child in unit.iterchildren(etree.Element)
            if etree.QName(child).namespace not in (XLIFF2, _METADATA)
        ),
        MODULE,
    )


def po_header_notes(file: etree._Element) -> list[FoundNote]:
    """The note about the file of the first gettext header unit of an XLIFF 1.2 ``file``."""
    units = file.iter(_TRANS_UNIT)
    return _kept(next(([u] for u in units if u.get("restype") == PO_HEADER_TYPE), []), PO_HEADER)


def split_po_header(notes: tuple[LinkNote, ...]) -> tuple[list[str], tuple[LinkNote, ...]]:
    """The markup of a kept gettext header unit, and the other notes about the file."""
    return _split(notes, PO_HEADER, lambda tag: tag == _TRANS_UNIT, PO_HEADER_TYPE)


def _kept(elements: Iterable[etree._Element], name: str) -> list[FoundNote]:
    return [(NoteKind.PROPERTY, _markup(element), name) for element in elements]


def _markup(element: etree._Element) -> str:
    """An element as markup, with the namespace declarations it uses and no others."""
    alone = copy.deepcopy(element)
    alone.tail = None
    etree.cleanup_namespaces(alone)
    return etree.tostring(alone, encoding="unicode")


def split_alt_trans(notes: tuple[LinkNote, ...]) -> tuple[list[str], tuple[LinkNote, ...]]:
    """The markup of a link's kept ``alt-trans`` elements that is one (a hand-edited TEI's
    may not be: it stays among the notes), and the other notes."""
    return _split(notes, ALT_TRANS, lambda tag: tag == _ALT_TRANS)


def split_modules(notes: tuple[LinkNote, ...]) -> tuple[list[str], tuple[LinkNote, ...]]:
    """The markup of a link's kept XLIFF 2.0 module elements (of no core namespace), and
    the other notes."""
    return _split(notes, MODULE, lambda tag: etree.QName(tag).namespace not in (XLIFF2, None))


def _split(
    notes: tuple[LinkNote, ...], name: str, fits: Callable[[str], bool], restype: str = ""
) -> tuple[list[str], tuple[LinkNote, ...]]:
    kept, others = [], []
    for note in notes:
        markup = _element(note, fits, restype) if note.name == name else None
        if markup is None:
            others.append(note)
        else:
            kept.append(markup)
    return kept, tuple(others)


def _element(note: LinkNote, fits: Callable[[str], bool], restype: str = "") -> str | None:
    """The note's element as markup, or None if it holds no element that ``fits`` (and has
    the ``restype``, if one is given)."""
    if note.kind is not NoteKind.PROPERTY:
        return None
    try:
        element = etree.fromstring(note.text, safe_parser())
    except etree.XMLSyntaxError:
        return None
    if not isinstance(element.tag, str) or not fits(element.tag):
        return None
    if restype and element.get("restype") != restype:
        return None
    for pointer in _HEADER_POINTERS if element.tag == _ALT_TRANS else ():
        element.attrib.pop(pointer, None)
    return _markup(element)


def attribute_properties(unit: etree._Element, ours: bool) -> list[FoundNote]:
    """A trans-unit's own attributes that bitext keeps as they are (see the module's
    description), unless bitext wrote the unit (``ours``: its notes carry them)."""
    if ours:
        return []
    found = ((name, unit.get(name)) for name in _UNIT_ATTRIBUTES)
    return [(NoteKind.PROPERTY, value, ATTRIBUTE + name) for name, value in found if value]


def kept_attributes(notes: Iterable[LinkNote]) -> str:
    """The attributes a link keeps of its trans-unit, as its start tag writes them
    (``' datatype="html" maxwidth="40"'``); those XLIFF 1.2 defines only."""
    kept = {
        n.name.removeprefix(ATTRIBUTE): n.text
        for n in notes
        if n.kind is NoteKind.PROPERTY and n.name.startswith(ATTRIBUTE)
    }
    return "".join(
        f' {name}="{esc.attribute(kept[name])}"' for name in _UNIT_ATTRIBUTES if name in kept
    )

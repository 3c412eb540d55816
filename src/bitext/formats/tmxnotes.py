"""What a TMX tool keeps about a unit beside its text: the attributes, props and notes of a
``tu`` and its ``tuv`` elements (and of the ``header``), read as the link's notes and
written back in their places by :mod:`bitext.formats.tmx`."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from bitext.formats.notes import note_line, read_note_line
from bitext.formats.rebuild import FoundNote
from bitext.model import LinkNote, NoteKind
from bitext.tei import xmltext as esc

# A tu's attributes other than tuid and creationdate, which bitext writes: another tool's are
# kept as properties named "tmx:" and the attribute, and written back as attributes.
TU_ATTRIBUTES = frozenset(
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
ATTRIBUTE = "tmx:"
# A tuv's attributes but xml:lang: kept as properties named "tmx:source:" or "tmx:target:" and
# the attribute (OmegaT writes who translated a segment, and when, on its target tuv).
TUV_ATTRIBUTES = TU_ATTRIBUTES - {"tuid", "segtype", "srclang"}
SIDES = ("source", "target")
# The props bitext writes of its own, read back as the link's fields, not as notes.
OWN_PROPS = frozenset(
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
NOTE_PROP = "x-bitext-note"


@dataclass(frozen=True, slots=True)
class Held:
    """What a ``tu`` or a ``tuv`` holds of a unit's notes: attributes, props, notes."""

    attributes: dict[str, str] = field(default_factory=dict)
    props: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# A unit without notes holds nothing anywhere (read only).
NOTHING_HELD: dict[str, Held] = {level: Held() for level in ("", *SIDES)}


def held_notes(notes: tuple[LinkNote, ...], header: bool = False) -> dict[str, Held]:
    """What a tool kept about a unit, as TMX holds it, by where (``""``: the ``tu``,
    ``source`` and ``target``: their ``tuv``): attributes (a tool's ``changeid``,
    ``changedate``, a ``tuid`` where bitext's link id differs; OmegaT's on the ``tuv``),
    props (a property by its name; a context, reference or flag as ``x-context``,
    ``x-reference``, ``x-flag``; a note with an author as ``x-bitext-note``, TMX notes
    having none) and notes. For the ``header`` (notes about the whole file), everything at
    its one level, as props and notes."""
    held = {level: Held() for level in ("", *SIDES)}
    for note in notes:
        level, place, key = _place(note)
        clash = place == "attribute" and key in held[level].attributes  # one value a name
        if clash or (header and (level or place == "attribute")):
            level, place, key = "", "prop", NOTE_PROP
        if place == "attribute":
            held[level].attributes[key] = note.text
        elif place == "prop":
            held[level].props.append((key, note_line(note) if key == NOTE_PROP else note.text))
        else:
            held[level].notes.append(note.text)
    return held


def _place(note: LinkNote) -> tuple[str, str, str]:
    """Where a note goes in TMX: its level (see :func:`held_notes`), its place
    (``attribute``, ``prop`` or ``note``) and its attribute's name or prop's type."""
    side, _, rest = note.name.removeprefix(ATTRIBUTE).partition(":")
    on_tuv = note.name.startswith(ATTRIBUTE) and side in SIDES
    if note.kind is NoteKind.PROPERTY and on_tuv and rest in TUV_ATTRIBUTES:
        return side, "attribute", rest
    if note.kind is NoteKind.PROPERTY and on_tuv and rest.startswith("prop:"):
        return side, "prop", rest.removeprefix("prop:")
    if note.kind is NoteKind.NOTE and note.name in (f"{ATTRIBUTE}{s}" for s in SIDES):
        return note.name.removeprefix(ATTRIBUTE), "note", ""
    attribute = note.name.removeprefix(ATTRIBUTE)
    if note.kind is NoteKind.PROPERTY and attribute in TU_ATTRIBUTES and attribute != note.name:
        return "", "attribute", attribute
    if note.kind is NoteKind.PROPERTY and note.name and note.name not in OWN_PROPS:
        return "", "prop", note.name  # (one named as bitext's own fields: as a note line)
    if note.kind is NoteKind.NOTE and not note.name:
        return "", "note", ""
    if note.kind in _PROP_TYPE and not note.name:
        return "", "prop", _PROP_TYPE[note.kind]
    return "", "prop", NOTE_PROP


def written_attributes(attributes: dict[str, str]) -> str:
    """Attributes as a start tag writes them (``name="value"``, escaped), space-separated."""
    return " ".join(f'{key}="{esc.attribute(value)}"' for key, value in attributes.items())


def written_props_and_notes(
    props: list[tuple[str, str]], notes: list[str], indent: str
) -> list[str]:
    """Props (type, value) and notes as TMX elements, each on a line at ``indent``."""
    lines = [
        f'{indent}<prop type="{esc.attribute(kind)}">{esc.text(value)}</prop>'
        for kind, value in props
    ]
    return lines + [f"{indent}<note>{esc.text(text)}</note>" for text in notes]


def props_and_notes_of(element: etree._Element) -> list[FoundNote]:
    """The notes and props (but bitext's own fields) of a ``tu`` or the ``header``."""
    found: list[FoundNote] = []
    for child in element:
        if child.tag == "note":
            found.append((NoteKind.NOTE, child.text or "", ""))
        elif child.tag == "prop" and child.get("type", "") not in OWN_PROPS:
            found.append(_read_prop(child.get("type", ""), child.text or ""))
    return found


def tuv_notes(tuv: etree._Element, side: str) -> list[FoundNote]:
    """What a ``tuv`` holds besides its text (OmegaT's translator and dates, a tool's props
    and notes on one language), as notes named by its side."""
    level = f"{ATTRIBUTE}{side}"
    found: list[FoundNote] = [
        (NoteKind.PROPERTY, value, f"{level}:{name}")
        for name, value in tuv.attrib.items()
        if name in TUV_ATTRIBUTES
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
    if kind == NOTE_PROP:
        line = read_note_line(text)
        if line is not None:
            return line
    if kind in _PROP_KINDS:
        return _PROP_KINDS[kind], text, ""
    return NoteKind.PROPERTY, text, kind

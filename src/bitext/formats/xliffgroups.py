"""The ``group`` elements around an XLIFF 1.2 trans-unit, kept with its link and written back.

A tool groups units: Translate Toolkit's po2xliff puts the forms of a gettext plural entry in
``<group restype="x-gettext-plurals">`` (xliff2po makes the one entry again from it), other
tools group a dialog's or a resource's strings. The groups around a unit, outermost first,
are its link's property ``xliff:group``: each group's attributes as a JSON list of
``[name, value]`` pairs. The XLIFF 1.2 export opens and closes them as the units it writes
enter and leave them (:class:`Groups`), with the attributes XLIFF 1.2 defines for a group
(a tool's attributes in other namespaces, which the strict schema checks against their own
schemas, stay in the property only).
"""

from __future__ import annotations

import json

from lxml import etree

from bitext.formats.base import Unit
from bitext.formats.codes import XLIFF12
from bitext.formats.rebuild import FoundNote
from bitext.model import LinkNote, NoteKind
from bitext.tei import xmltext as esc

GROUP = "xliff:group"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# The attributes of a 1.2 group (its strict schema's, but xml:space, written as xml:space).
_ATTRIBUTES = frozenset(
    {
        "id", "datatype", "restype", "resname", "extradata", "extype", "help-id", "menu",
        "menu-option", "menu-name", "coord", "font", "css-style", "style", "exstyle",
        "translate", "reformat", "size-unit", "maxwidth", "minwidth", "maxheight",
        "minheight", "maxbytes", "minbytes", "charclass", "merged-trans", "xml:space",
    }
)  # fmt: skip
Chain = tuple[tuple[tuple[str, str], ...], ...]  # each group's attributes, outermost first


def group_property(unit: etree._Element, ours: bool) -> list[FoundNote]:
    """The groups around a trans-unit as the property :data:`GROUP`; none where it is in no
    group, or bitext wrote it (``ours``: bitext writes the property among a unit's notes)."""
    groups = list(unit.iterancestors(f"{{{XLIFF12}}}group"))
    if ours or not groups:
        return []
    chain = [
        [["xml:space" if name == _XML_SPACE else str(name), value] for name, value in g.items()]
        for g in reversed(groups)
    ]
    return [(NoteKind.PROPERTY, json.dumps(chain, ensure_ascii=False), GROUP)]


def unit_groups(notes: tuple[LinkNote, ...]) -> Chain:
    """The groups a link's unit was in (:data:`GROUP`); none if it has no such property, or
    one that is not such a list."""
    text = next((n.text for n in notes if n.kind is NoteKind.PROPERTY and n.name == GROUP), "")
    try:
        chain = json.loads(text) if text else []
    except (ValueError, RecursionError):  # RecursionError: nested too deep
        return ()
    if not isinstance(chain, list) or not all(_is_attributes(group) for group in chain):
        return ()
    return tuple(tuple((name, value) for name, value in group) for group in chain)


def _is_attributes(group: object) -> bool:
    return isinstance(group, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(s, str) for s in pair)
        for pair in group
    )


class Groups:
    """The groups open while an XLIFF 1.2 export writes units as a stream."""

    def __init__(self) -> None:
        self.open: Chain = ()

    def enter(self, unit: Unit, new_file: bool) -> tuple[str, str]:
        """What closes the open groups the unit is not in, and what opens those it is in
        that are not open (all of them in a ``new_file``; the caller writes the first, then
        the file's start, then the second)."""
        chain = unit_groups(unit.notes)
        kept = 0 if new_file else _shared(self.open, chain)
        closing = "      </group>\n" * (len(self.open) - kept)
        self.open = chain
        return closing, "".join(_start(group) for group in chain[kept:])

    def close(self) -> str:
        """What closes every open group."""
        closing = "      </group>\n" * len(self.open)
        self.open = ()
        return closing


def _shared(first: Chain, second: Chain) -> int:
    """How many groups, outermost first, two chains share."""
    count = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        count += 1
    return count


def _start(group: tuple[tuple[str, str], ...]) -> str:
    """A group's start tag, with the attributes XLIFF 1.2 defines for it."""
    attributes = "".join(
        f' {name}="{esc.attribute(value)}"' for name, value in group if name in _ATTRIBUTES
    )
    return f"      <group{attributes}>\n"

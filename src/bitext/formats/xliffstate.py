"""The review state of an XLIFF unit: what a CAT tool said of its translation, read as
its link's status, kept, and written back.

Read: in XLIFF 1.2, ``approved="yes"`` or a final ``state`` (``signed-off``, ``final``) is a
person's confirmation (a manual link), any other state or ``approved="no"`` is not
(automatic); memoQ's ``mq:status`` and Trados Studio's per-segment confirmation levels say
the same in their own words; in XLIFF 2.0, every segment ``reviewed`` or ``final``. Kept: a
1.2 unit's own ``approved``, ``state`` and ``state-qualifier`` (``translated``, ``new``,
``leveraged-tm``, ...) as the link's property ``xliff:review``, a 2.0 unit's segments'
``state`` and ``subState`` (where its segments agree) as ``xliff2:review``, and, as a note
about the file, that its units' review attributes are kept (a link without the property
had none: an Angular catalogue's units). The export of the same XLIFF version writes them
back as they were while the link's status is still the one they read as and no score was
given to it. Otherwise (a link confirmed in bitext, or aligned by it) the state follows
from the link: 1.2 ``signed-off`` and approved, 2.0 ``reviewed``, for a manual link;
``translated`` for an automatic one, or, to review, 1.2 ``needs-review-translation``, 2.0
``translated`` with the subState ``bitext:needs-review``; without target 1.2
``needs-translation``, 2.0 ``initial``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lxml import etree

from bitext.formats.base import CorpusInfo, Unit
from bitext.formats.rebuild import FoundNote
from bitext.model import LinkStatus, NoteKind
from bitext.tei import xmltext as esc

__all__ = [
    "CONFIRMED_2",
    "CONFIRMED_12",
    "NEEDS_REVIEW_2",
    "REVIEW",
    "REVIEW2",
    "SDL",
    "review_attributes",
    "review_file_note",
    "review_property",
    "review_property2",
    "sdl_segment_review",
    "segment_attributes",
    "unit_review",
    "unit_review2",
]

# The states that mean a person confirmed the translation.
CONFIRMED_12 = frozenset({"signed-off", "final"})
# Trados Studio (SDLXLIFF) keeps each segment's confirmation level in sdl:seg-defs: these
# are a reviewer's (the others, Translated and Draft among them, are not).
SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
CONFIRMED_SDL = frozenset({"ApprovedTranslation", "ApprovedSignOff"})
# memoQ's XLIFF (mqxliff): each trans-unit's status; confirmed by the translator or a reviewer.
MEMOQ_STATUS = "{MQXliff}status"
CONFIRMED_MEMOQ = frozenset({"ManuallyConfirmed", "Reviewer1Confirmed", "Reviewer2Confirmed"})
# The property that keeps a unit's own review attributes (1.2's, 2.0's); as a note about the
# whole file, with the text KEPT, it says that they are kept (a link without it had none).
REVIEW = "xliff:review"
REVIEW2 = "xliff2:review"
KEPT = "kept"
# XLIFF 2.0: the states that mean a person confirmed the translation, and the subState (a
# prefixed value of the writing tool's own) of an automatic link to review first: scored
# below the review bar, or not scored (1.2 has a state for it).
CONFIRMED_2 = frozenset({"reviewed", "final"})
NEEDS_REVIEW_2 = "bitext:needs-review"
_SEGMENT_ATTRIBUTES = ("state", "subState")
# The attributes kept: the trans-unit's, then its target's.
_UNIT_ATTRIBUTES = ("approved",)
_TARGET_ATTRIBUTES = ("state", "state-qualifier")


def unit_review(unit: etree._Element, target: etree._Element | None) -> LinkStatus | None:
    """The review state a CAT tool left on a trans-unit with this ``target`` (see the
    module's description); None when the unit says nothing, or has no target (a 1-0 link:
    bitext's note says)."""
    if target is None:
        return None
    memoq = unit.get(MEMOQ_STATUS)
    if memoq is not None:
        return LinkStatus.MANUAL if memoq in CONFIRMED_MEMOQ else LinkStatus.AUTOMATIC
    return _review(unit.get("approved", ""), target.get("state", ""))


def sdl_segment_review(unit_review: LinkStatus | None, level: str | None) -> LinkStatus | None:
    """A segment's review state: its Trados confirmation level where it has one, else the
    unit's."""
    if level is None:
        return unit_review
    return LinkStatus.MANUAL if level in CONFIRMED_SDL else LinkStatus.AUTOMATIC


def review_file_note(ours: bool, version: int = 1) -> list[FoundNote]:
    """The note about a file of XLIFF ``version`` (1: 1.2, 2: 2.0) that its units' review
    attributes are kept, unless bitext wrote it (``ours``: its header's notes say so where
    the file it came from did)."""
    return [] if ours else [(NoteKind.PROPERTY, KEPT, REVIEW if version == 1 else REVIEW2)]


def review_property(
    unit: etree._Element, target: etree._Element | None, ours: bool
) -> list[FoundNote]:
    """The property that keeps a unit's own review attributes (``approved=yes
    state=translated``), unless bitext wrote the unit (``ours``: its notes carry it), it has
    no target or none of them, or memoQ's status says instead."""
    if ours or target is None or unit.get(MEMOQ_STATUS) is not None:
        return []
    found = [(name, unit.get(name)) for name in _UNIT_ATTRIBUTES]
    found += [(name, target.get(name)) for name in _TARGET_ATTRIBUTES]
    return _property(found, REVIEW)


def unit_review2(segments: Iterable[etree._Element]) -> LinkStatus | None:
    """The review state of an XLIFF 2.0 unit of these segments: every segment reviewed or
    final is confirmed; None where none has a state."""
    return _review2({segment.get("state", "") for segment in segments})


def review_property2(segments: Iterable[etree._Element], ours: bool) -> list[FoundNote]:
    """The property that keeps an XLIFF 2.0 unit's segments' ``state`` and ``subState``
    where they all have the same (bitext writes a unit as one segment), unless bitext wrote
    the unit (``ours``)."""
    said = {tuple((name, s.get(name)) for name in _SEGMENT_ATTRIBUTES) for s in segments}
    return [] if ours or len(said) != 1 else _property(said.pop(), REVIEW2)


def _property(found: Iterable[tuple[str, str | None]], name: str) -> list[FoundNote]:
    """The property ``name`` that keeps the attributes ``found`` that have a value (none if
    none has)."""
    text = " ".join(f"{key}={value}" for key, value in found if value and _token(value))
    return [(NoteKind.PROPERTY, text, name)] if text else []


def review_attributes(unit: Unit, info: CorpusInfo) -> tuple[str, str]:
    """The review attributes an XLIFF 1.2 export writes on a unit's trans-unit and on its
    target (each ``' name="value"'`` text): the unit's own as kept, while its link's status is
    the one they read as and it has no score; else as the link's status says."""
    kept = _kept(unit, info, REVIEW, (*_UNIT_ATTRIBUTES, *_TARGET_ATTRIBUTES))
    if kept is not None and unit.target_ids and unit.score is None:
        status = _review(kept.get("approved", ""), kept.get("state", "")) or LinkStatus.AUTOMATIC
        if status is unit.status:
            return _written(kept, _UNIT_ATTRIBUTES), _written(kept, _TARGET_ATTRIBUTES)
    approved = "yes" if unit.status is LinkStatus.MANUAL and unit.target_ids else "no"
    return f' approved="{approved}"', f' state="{_state(unit, info)}"'


def segment_attributes(unit: Unit, info: CorpusInfo) -> str:
    """The review attributes an XLIFF 2.0 export writes on a unit's segment (``' name="value"'``
    text): the unit's own as kept, while its link's status is the one they read as and it has
    no score; else as the link's status says."""
    kept = _kept(unit, info, REVIEW2, _SEGMENT_ATTRIBUTES)
    if kept is not None and unit.target_ids and unit.score is None:
        status = _review2({kept.get("state", "")}) or LinkStatus.AUTOMATIC
        if status is unit.status:
            return _written(kept, _SEGMENT_ATTRIBUTES)
    if not unit.target_ids:
        return ' state="initial"'
    if unit.status is LinkStatus.MANUAL:
        return ' state="reviewed"'
    if info.needs_review(unit.status, unit.score):
        return f' state="translated" subState="{NEEDS_REVIEW_2}"'
    return ' state="translated"'


def _kept(unit: Unit, info: CorpusInfo, name: str, known: tuple[str, ...]) -> dict[str, str] | None:
    """The review attributes (``known``) a link keeps of its unit in its property ``name``,
    by name (none where the file's note says they are kept and the link has no property);
    None if none are kept."""
    text = next(
        (n.text for n in unit.notes if n.kind is NoteKind.PROPERTY and n.name == name), None
    )
    if text is None:
        said = (n for n in info.file_notes if n.kind is NoteKind.PROPERTY and n.name == name)
        return {} if any(n.text == KEPT for n in said) else None
    pairs = (item.partition("=") for item in text.split())
    return {key: value for key, _, value in pairs if key in known and value}


def _written(kept: Mapping[str, str], names: tuple[str, ...]) -> str:
    return "".join(f' {name}="{esc.attribute(kept[name])}"' for name in names if name in kept)


def _token(value: str) -> bool:
    """Whether an attribute's value can be kept and written back as it is (XLIFF's states
    and their qualifiers are names: ``translated``, ``x-my-state``)."""
    return all(c.isalnum() or c in "-_.:" for c in value)


def _review(approved: str, state: str) -> LinkStatus | None:
    """The status an XLIFF 1.2 unit's ``approved`` and target ``state`` read as: approved,
    or a final state, is a person's confirmation; any other state is not; None when the
    unit says nothing."""
    if approved == "yes" or state in CONFIRMED_12:
        return LinkStatus.MANUAL
    return LinkStatus.AUTOMATIC if approved == "no" or state else None


def _review2(states: set[str]) -> LinkStatus | None:
    """The status XLIFF 2.0 segments of these ``state`` values read as: all reviewed or
    final, a person's confirmation; any other, not; None for none ("")."""
    states = states - {""}
    if not states:
        return None
    return LinkStatus.MANUAL if states <= CONFIRMED_2 else LinkStatus.AUTOMATIC


def _state(unit: Unit, info: CorpusInfo) -> str:
    """The state a unit's link says: needs-translation without target, signed-off for a
    manual link, needs-review-translation for an automatic one to review, else translated."""
    if not unit.target_ids:
        return "needs-translation"
    if unit.status is LinkStatus.MANUAL:
        return "signed-off"
    return (
        "needs-review-translation" if info.needs_review(unit.status, unit.score) else "translated"
    )

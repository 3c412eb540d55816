"""A gettext entry with plural forms as two links, and back as one entry.

An entry of a program's catalogue with ``msgid_plural`` (``"%d file"``, ``"%d files"``) and
its forms (``msgstr[0]``, ``msgstr[1]`` ...; as many as the language has: three in Serbian or
Russian, one in Korean) is read as two links, so that no text is lost and each is aligned
text: the msgid with the first form; the msgid_plural with the other forms, a sentence each.
The second carries the property ``po:plural``, the entry's number of forms (or, where the
other forms cannot be sentences, an empty form or one with white space around it, as some
catalogues have, those forms exactly, as a JSON list), so that the PO export writes the two
links back as the one entry they were (:func:`with_plurals`): a
catalogue exported again still has the message the program asks ``ngettext`` for, with every
form in its place. In a language of one form (Korean, Japanese) the msgid_plural has no
translation of its own: it is the property ``po:msgid_plural`` of the msgid's link, no link.
In a catalogue bitext wrote, the second link's fields are the comment's
lines prefixed ``plural`` (``plural link: l14 1-2 manual``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from bitext.formats.base import Unit
from bitext.formats.notes import OUTER_SPACE
from bitext.model import LinkNote, NoteKind

PLURAL = "po:plural"
# The msgid_plural of an entry in a language of one form (Korean, Japanese): no link of its
# own (it has no translation of its own), a property of the msgid's link.
MSGID_PLURAL = "po:msgid_plural"
# Bitext's fields of the link that holds an entry's msgid_plural, among the entry's comment.
PREFIX = "plural "
# The forms a plural entry has where nothing says how many (gettext's default: two), and
# the most a link's po:plural may give (languages have at most six).
DEFAULT_FORMS = 2
MAX_FORMS = 100


def forms_as_sentences(forms: list[str]) -> tuple[str, tuple[int, ...], str]:
    """The forms of a plural entry after the first as one text, the lengths of its
    sentences, a form each, and the value of its ``po:plural`` property: the number of
    forms; where a form is empty or has white space around it (no sentence can be either),
    one sentence and the forms themselves, so that they are written back as they were."""
    text = " ".join(form.strip() for form in forms if form.strip())
    if all(form and form == form.strip() for form in forms):
        return text, tuple(map(len, forms)) if len(forms) > 1 else (), str(len(forms) + 1)
    if not text:
        return "", (), str(len(forms) + 1)
    return text, (), json.dumps(forms, ensure_ascii=False)


def plural_forms(unit: Unit) -> int | None:
    """The number of forms of the plural entry whose msgid_plural ``unit`` holds (its
    ``po:plural`` property), or None: a link of its own."""
    value = _plural_property(unit)
    if isinstance(value, list):
        return len(value) + 1
    return value


def _plural_property(unit: Unit) -> int | list[str] | None:
    """A link's ``po:plural`` property, read: a number of forms, the forms after the first,
    or None (none, or not one of these)."""
    for note in unit.notes:
        if note.kind is not NoteKind.PROPERTY or note.name != PLURAL:
            continue
        if note.text.isdecimal() and note.text.isascii():
            count = int(note.text[:4])  # a hand-edited TEI's may be any number: capped
            return count if 0 < count <= MAX_FORMS and len(note.text) <= 4 else None
        try:
            forms = json.loads(note.text)
        except (ValueError, RecursionError):  # RecursionError: nested too deep
            return None
        if isinstance(forms, list) and all(isinstance(form, str) for form in forms):
            return forms if len(forms) < MAX_FORMS else None
        return None
    return None


def split_msgid_plural(notes: tuple[LinkNote, ...]) -> tuple[str | None, tuple[LinkNote, ...]]:
    """The msgid_plural a link keeps (:data:`MSGID_PLURAL`), or None, and its other notes."""
    for n, note in enumerate(notes):
        if note.kind is NoteKind.PROPERTY and note.name == MSGID_PLURAL and note.text:
            return note.text, notes[:n] + notes[n + 1 :]
    return None, notes


def plural_notes(plural: Unit) -> list[LinkNote]:
    """The notes of the link of an entry's msgid_plural that the entry does not say by its
    form (its :data:`PLURAL`, the white space around its texts): written among the entry's
    comments, prefixed :data:`PREFIX`, and read back as that link's."""
    return [
        note
        for note in plural.notes
        if not (
            note.kind is NoteKind.PROPERTY
            and (note.name == PLURAL or note.name.startswith(OUTER_SPACE))
        )
    ]


def with_plurals(units: Iterable[Unit]) -> Iterator[tuple[Unit, Unit | None]]:
    """Each unit with the one after it where that holds its entry's msgid_plural
    (:func:`plural_forms`): the two are written as one entry."""
    held: Unit | None = None
    for unit in units:
        if held is not None and plural_forms(unit):
            yield held, unit
            held = None
            continue
        if held is not None:
            yield held, None
        held = unit
    if held is not None:
        yield held, None


def other_forms(plural: Unit) -> list[str]:
    """The forms after the first of the entry whose msgid_plural ``plural`` holds: a target
    sentence each, as imported; else its whole target as the second form and the rest empty
    (a link aligned or edited anew)."""
    kept = _plural_property(plural)
    if isinstance(kept, list) and " ".join(f.strip() for f in kept if f.strip()) == plural.target:
        return kept  # as the catalogue had them, unless the link's text has changed since
    count = (plural_forms(plural) or DEFAULT_FORMS) - 1
    sentences = list(plural.target_sentences)
    if len(sentences) == count or not plural.target:
        return sentences + [""] * (count - len(sentences))
    return [plural.target, *[""] * (count - 1)]

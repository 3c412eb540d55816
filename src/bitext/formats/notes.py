"""What a translation tool kept about a unit, as the exchange formats write it.

Each format writes a :class:`~bitext.model.LinkNote` in its own place where it has one (a
TMX ``note`` or ``prop``, an XLIFF ``note`` or ``resname``, a PO translator comment,
``msgctxt``, ``#:`` reference or flag). A note a format has no place for goes among the
fields bitext writes beside the unit as one line, ``KIND NAME: TEXT`` (``property x-Domain:
Politics``; the text's backslashes and line breaks escaped as ``\\\\`` and ``\\n``), which
:func:`read_note_line` reads back, so that nothing is lost on the way through any of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from bitext.model import LinkNote, NoteKind

KINDS = {kind.value: kind for kind in NoteKind}
# Notes that PO and XLIFF 1.2 tools keep from a program's source: gettext's extracted
# comments ("#."), which Translate Toolkit writes as XLIFF notes from "developer".
DEVELOPER = "developer"


def note_line(note: LinkNote) -> str:
    """``note`` as one line: ``KIND NAME: TEXT`` (``KIND: TEXT`` without a name).

    >>> note_line(LinkNote(NoteKind.PROPERTY, "two\\nlines", "x-Domain"))
    'property x-Domain: two\\\\nlines'
    """
    name = f" {note.name}" if note.name else ""
    return f"{note.kind.value}{name}: {_escaped(note.text)}"


def read_note_line(line: str) -> tuple[NoteKind, str, str] | None:
    """The kind, text and name of a line :func:`note_line` wrote; None for any other line.

    >>> read_note_line("property x-Domain: two\\\\nlines")
    (<NoteKind.PROPERTY: 'property'>, 'two\\nlines', 'x-Domain')
    >>> read_note_line("source-ids: en.p1.s1") is None
    True
    """
    if line.endswith(":") and ": " not in line:  # an empty text (trailing space stripped)
        line += " "
    head, sep, text = line.partition(": ")
    kind, _, name = head.partition(" ")
    if not sep or kind not in KINDS:
        return None
    return KINDS[kind], _unescaped(text), name


def _escaped(text: str) -> str:
    """``text`` on one line that no reader trims: backslashes and line breaks escaped, and
    white space at either end as ``\\u{HEX}`` (PO tools strip it from comment lines)."""
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    body = text.strip()
    if body == text:
        return text
    start = text.index(body) if body else len(text)
    return _hex(text[:start]) + body + _hex(text[start + len(body) :])


def _hex(spaces: str) -> str:
    return "".join(f"\\u{{{ord(c):x}}}" for c in spaces)


_ESCAPE = re.compile(r"\\(?:u\{([0-9a-f]+)\}|(.))", re.S)


def _unescaped(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group(1):
            return chr(int(match.group(1), 16))
        return {"n": "\n", "r": "\r", "\\": "\\"}.get(match.group(2), match.group(0))

    return _ESCAPE.sub(one, text)


def first_context(notes: tuple[LinkNote, ...]) -> tuple[str, tuple[LinkNote, ...]]:
    """The text of the first context note (a PO msgctxt, an XLIFF resname: '' if none) and
    the other notes."""
    for n, note in enumerate(notes):
        if note.kind is NoteKind.CONTEXT:
            return note.text, notes[:n] + notes[n + 1 :]
    return "", notes


# The white space around a side's text in the file it came from (software strings: "Total: "
# is a gettext msgid, a key, and XLIFF keeps it with xml:space="preserve"), a property of the
# link named for the side; its value the leading and the trailing space as a JSON list.
OUTER_SPACE = "space:"


def outer_space(notes: Iterable[LinkNote], side: str) -> tuple[str, str]:
    """The white space before and after ``side``'s text (``source`` or ``target``) in the
    file a link came from; ``("", "")`` if none was kept or the kept value is unreadable."""
    for note in notes:
        if note.kind is NoteKind.PROPERTY and note.name == OUTER_SPACE + side:
            try:
                lead, trail = json.loads(note.text)
            except (ValueError, TypeError, RecursionError):
                return "", ""
            if isinstance(lead, str) and isinstance(trail, str) and not (lead + trail).strip():
                return lead, trail
    return "", ""


def outer_space_note(side: str, text: str) -> LinkNote | None:
    """The property that keeps the white space around ``side``'s ``text`` (None if it has
    none, or nothing but white space)."""
    core = text.strip()
    if not core or core == text:
        return None
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return LinkNote(NoteKind.PROPERTY, json.dumps([lead, trail]), OUTER_SPACE + side)

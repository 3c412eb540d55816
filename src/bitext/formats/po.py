"""gettext PO via polib: one entry per link (msgctxt = link id, or the context an imported
entry had; msgid = source, msgstr = target). A program's catalogue that another tool wrote
keeps its own keys: its entries are written back with the msgctxt they had, or none.

Sentence ids, their lengths, link type, score and status go in extracted comments (``#.``).
Every automatic link is flagged ``fuzzy`` (found by the aligner, not yet confirmed: Poedit and
other PO editors show it for review, the score in its comment); a manual link is not. On
import, an entry that is translated and not fuzzy is a confirmed (manual) link, so a
translator confirms a link by clearing its fuzzy flag. With a review threshold
(:attr:`CorpusInfo.review_below`, ``bitext export --review-below``) only the automatic links
scored below it are fuzzy, so that an editor shows just the doubtful ones; the others say in
their comment that they were written without the flag, and import as automatic links still.
A link with an empty source cannot be a PO entry (an empty msgid is the header) and is left
out. A catalogue other tools wrote may have plural forms: its msgid links to the first form,
its msgid_plural to the others (a sentence each), and the two links are written back as the
one entry (:mod:`bitext.formats.poplural`); an untranslated entry is never fuzzy; its comments,
context, references, flags, previous strings, header and obsolete entries are kept as notes
and written back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import polib

from bitext.errors import FormatError
from bitext.formats.base import CorpusInfo, Unit, lengths, read_status, spaced, write_units
from bitext.formats.notes import DEVELOPER, first_context, note_line, read_note_line
from bitext.formats.poheader import (
    catalogue_notes,
    has_own_keys,
    keep_header,
    obsolete_entries,
)
from bitext.formats.poplural import (
    DEFAULT_FORMS,
    MSGID_PLURAL,
    PLURAL,
    PREFIX,
    forms_as_sentences,
    other_forms,
    plural_notes,
    split_msgid_plural,
    with_plurals,
)
from bitext.formats.rebuild import FoundNote, ImportedCorpus, ReadUnit, link_notes, rebuild
from bitext.lang.locales import locale_of_tag
from bitext.model import LinkNote, LinkStatus, NoteKind

# The comment of an automatic link written without the fuzzy flag (scored above the review
# threshold): it imports as automatic, not as confirmed.
_UNFLAGGED = "not fuzzy"
# The fields of bitext's extracted comments, read back as the link's, not as notes.
_LINK_FIELDS = ("link", "source", "source-lengths", "target", "target-lengths")
_FIELDS = frozenset({*_LINK_FIELDS, *(PREFIX + field for field in _LINK_FIELDS), _UNFLAGGED})
# A source reference as "#:" lines hold them (white space parts them).
_REFERENCE = re.compile(r"\S+")
# A flag as gettext writes them (c-format, no-wrap, range: 0..5).
_FLAG = re.compile(r"[\w-]+(?::[^,\n]*)?")
# The authors of notes that are a PO's translator comments ("#"): none, or Translate
# Toolkit's name for them in XLIFF.
_TRANSLATOR = frozenset({"", "po-translator"})
# An entry's previous strings ("#|"), kept as properties of these names.
_PREVIOUS = {
    "po:previous-msgctxt": "msgctxt",
    "po:previous-msgid": "msgid",
    "po:previous-msgid_plural": "msgid_plural",
}


def write_po(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a PO catalogue; return the number of entries."""
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": f"{info.source_name} -> {info.target_name}",
        "POT-Creation-Date": info.created.strftime("%Y-%m-%d %H:%M+0000"),
        "PO-Revision-Date": info.created.strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": "bitext",
        "Language-Team": info.target_lang,
        "Language": locale_of_tag(info.target_lang),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
        "X-Generator": f"bitext {info.tool_version}".strip(),
        "X-Source-Language": info.source_lang,
    }
    keep_header(catalogue, info.file_notes)
    # The header through polib, then each entry as it comes: memory stays flat.
    keys = _Keys(set(), has_own_keys(info.file_notes))
    return write_units(
        stream,
        with_plurals(units),
        lambda pair: _entry(*pair, info, keys),
        head=str(catalogue),
        tail="".join(f"\n{entry}\n" for entry in obsolete_entries(info.file_notes)),
    )


@dataclass(frozen=True, slots=True)
class _Keys:
    """The (msgctxt, msgid) pairs written so far with an entry's own context (or none), and
    whether the catalogue's own keys are kept (:data:`_OWN_KEYS`)."""

    used: set[tuple[str, str]]
    own: bool

    def context(self, unit: Unit) -> tuple[str, tuple[LinkNote, ...]]:
        """An entry's msgctxt ('' for none) and the notes left to write: the context another
        tool gave it, or none in a catalogue whose keys are its own; else, or where msgctxt
        and msgid would be repeated, the link id (the context among the notes)."""
        context, notes = first_context(unit.notes)
        if (context, unit.source) in self.used or not (context or self.own):
            return unit.id, unit.notes
        self.used.add((context, unit.source))
        return context, notes


def _entry(unit: Unit, plural: Unit | None, info: CorpusInfo, keys: _Keys) -> str | None:
    """One PO entry, escaped by polib (POEntry objects would pile up as reference cycles);
    None for a link without source (an empty msgid is the header). Its msgctxt as
    :meth:`_Keys.context` says; with ``plural``, the link of its msgid_plural and other forms
    (:mod:`bitext.formats.poplural`)."""
    if not unit.source_ids:
        return None
    context, notes = keys.context(unit)
    own_plural, notes = split_msgid_plural(notes)
    fuzzy, comment = _review(unit, info)
    if plural is not None:
        plural_fuzzy, plural_comment = _review(plural, info)
        fuzzy = fuzzy or plural_fuzzy
        comment += "".join(f"\n{PREFIX}{line}" for line in plural_comment.split("\n"))
        comment += "".join(f"\n{PREFIX}{note_line(note)}" for note in plural_notes(plural))
    native = _native(notes) if notes else _NO_NATIVE
    lines = ["", *native.comments, *(f"#. {line}" for line in comment.split("\n"))]
    lines += native.extracted + [f"#. {note_line(note)}" for note in native.others]
    lines += [f"#: {reference}" for reference in native.references]
    flags = ["fuzzy"] if fuzzy else []
    if flags or native.flags:
        lines.append(f"#, {', '.join(flags + native.flags)}")
    lines += native.previous
    lines += [f'msgctxt "{polib.escape(context)}"'] if context else []
    lines.append(f'msgid "{polib.escape(spaced(unit, "source", unit.source))}"')
    target = polib.escape(spaced(unit, "target", unit.target))
    if plural is None and own_plural is None:
        return "\n".join([*lines, f'msgstr "{target}"', ""])
    if plural is None:  # a language of one form: msgid_plural kept with this link
        lines.append(f'msgid_plural "{polib.escape(own_plural or "")}"')
        return "\n".join([*lines, f'msgstr[0] "{target}"', ""])
    lines.append(f'msgid_plural "{polib.escape(spaced(plural, "source", plural.source))}"')
    forms = [target, *map(polib.escape, other_forms(plural))]
    lines += [f'msgstr[{n}] "{form}"' for n, form in enumerate(forms)]
    return "\n".join([*lines, ""])


def _review(unit: Unit, info: CorpusInfo) -> tuple[bool, str]:
    """Whether a link's entry is fuzzy (an automatic link with a translation: an empty
    msgstr is untranslated, nothing to review; with a review threshold, one scored below
    it), and bitext's comment lines for it (which say where an automatic link was written
    without the flag, so that it imports as automatic still)."""
    automatic = unit.status is LinkStatus.AUTOMATIC
    unflagged = (
        automatic
        and info.review_below is not None
        and not info.needs_review(unit.status, unit.score)
    )
    comment = _comment(unit)
    if unflagged:
        comment += f"\n{_UNFLAGGED}: scored at least {info.review_below}"
    return automatic and not unflagged and bool(unit.target_ids), comment


@dataclass(frozen=True, slots=True)
class _Native:
    """A unit's notes as PO lines: translator comments, extracted comments (a note of the
    program's source), references, flags, previous strings; ``others`` are written among
    bitext's comments as lines it reads back."""

    comments: list[str]
    extracted: list[str]
    references: list[str]
    flags: list[str]
    previous: list[str]
    others: list[LinkNote]


# The PO lines of a unit without notes: none (read only).
_NO_NATIVE = _Native([], [], [], [], [], [])


def _native(notes: tuple[LinkNote, ...]) -> _Native:
    native = _Native([], [], [], [], [], [])
    previous: dict[str, str] = {}  # in PO's order: msgctxt, msgid, msgid_plural
    for note in notes:
        # PO has one translator comment and one extracted comment an entry: a second note
        # of either kind goes among bitext's lines, as does what PO tools would trim
        if _is_translators(note) and not native.comments and _untrimmed(note.text):
            native.comments.extend(f"# {line}" for line in note.text.split("\n"))
        elif _is_developers(note) and not native.extracted and _plain(note.text):
            native.extracted.extend(f"#. {line}" for line in note.text.split("\n"))
        elif note.kind is NoteKind.REFERENCE and _REFERENCE.fullmatch(note.text):
            native.references.append(note.text)
        elif note.kind is NoteKind.FLAG and _is_flag(note.text, native.flags):
            native.flags.append(note.text)
        elif _is_previous(note) and note.name not in previous:
            previous[note.name] = f'#| {_PREVIOUS[note.name]} "{polib.escape(note.text)}"'
        else:
            native.others.append(note)
    native.previous.extend(previous[name] for name in _PREVIOUS if name in previous)
    return native


def _is_previous(note: LinkNote) -> bool:
    """Whether a note is a previous msgid or msgctxt PO can write as one (not empty)."""
    return note.kind is NoteKind.PROPERTY and note.name in _PREVIOUS and bool(note.text)


def _is_translators(note: LinkNote) -> bool:
    return note.kind is NoteKind.NOTE and note.name in _TRANSLATOR


def _is_developers(note: LinkNote) -> bool:
    return note.kind is NoteKind.NOTE and note.name == DEVELOPER


def _is_flag(text: str, already: list[str]) -> bool:
    """Whether a flag can be written as one (not fuzzy, which is the link's status, nor one
    written already; as PO tools read it back, trimmed)."""
    return (
        bool(_FLAG.fullmatch(text))
        and text == text.strip()
        and text != "fuzzy"
        and text not in already
    )


def _untrimmed(text: str) -> bool:
    """Whether a comment's lines are as PO tools read them back: trimmed, and not empty."""
    return all(line and line == line.strip() for line in text.split("\n"))


def _plain(text: str) -> bool:
    """Whether a comment of the program's source can be written as extracted comments among
    bitext's own: none of its lines reads back as one of bitext's fields or notes."""
    return _untrimmed(text) and all(
        read_note_line(line) is None and line.partition(": ")[0].strip() not in _FIELDS
        for line in text.split("\n")
    )


def _comment(unit: Unit) -> str:
    fields = [
        f"link: {unit.id} {unit.type} {unit.status.value}"
        + (f" score {unit.score!r}" if unit.score is not None else ""),  # read back by read_po
        f"source: {' '.join(unit.source_ids)}",
        f"source-lengths: {','.join(str(len(s)) for s in unit.source_sentences)}",
    ]
    if unit.target_ids:
        fields += [
            f"target: {' '.join(unit.target_ids)}",
            f"target-lengths: {','.join(str(len(s)) for s in unit.target_sentences)}",
        ]
    return "\n".join(fields)


def read_po(path: str | Path) -> ImportedCorpus:
    """Read a PO catalogue written by bitext (or any PO: ids are then positional)."""
    try:
        catalogue = polib.pofile(str(path))
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path}: byte {exc.start} is not {exc.encoding.upper()}, the encoding its header "
            "names (UTF-8 if none): save it as UTF-8 with charset=UTF-8 in its header"
        ) from None
    except (OSError, ValueError) as exc:
        raise FormatError(f"{path}: not a readable PO file: {exc}") from exc
    source_lang = catalogue.metadata.get("X-Source-Language", "en")
    target_lang = catalogue.metadata.get("Language", "")  # a locale: rebuild reads its tag
    if not target_lang:
        raise FormatError(f"{path}: the header has no Language; add 'Language: ko'")
    ours = catalogue.metadata.get("X-Generator", "").startswith("bitext")
    units = []
    for number, entry in enumerate(catalogue, 1):
        if not entry.obsolete:
            units += _units_of(entry, ours, f"{path}: entry {number} (line {entry.linenum})")
    kept = catalogue_notes(catalogue, ours, str(path))
    return rebuild(units, source_lang, target_lang, str(path), file_notes=kept)


def _units_of(entry: polib.POEntry, ours: bool, where: str) -> list[ReadUnit]:
    """The links of one entry: its msgid and msgstr; for an entry with plural forms (a
    catalogue other tools wrote), msgid and the first form, then msgid_plural and the other
    forms (none where the language has one form: Korean, Japanese), so no text is lost.
    Bitext's comments are read as the link's fields only in a catalogue bitext wrote
    (``ours``); the rest of what the entry has (translator and extracted comments, context,
    references, flags, previous strings) as its notes."""
    fields, extracted, plural_notes = (
        _comment_fields(entry.comment) if ours else ({}, [entry.comment], [])
    )
    link = fields.get("link", "").split()
    noted, score = read_status(
        link[2] if len(link) > 2 else None, link[4] if len(link) > 4 else None
    )
    # A translated entry is confirmed unless fuzzy or written without the flag for its
    # score; an untranslated one (a 1-0 link) has no review state, so bitext's comment says.
    unconfirmed = "fuzzy" in entry.flags or _UNFLAGGED in fields
    confirmed = LinkStatus.AUTOMATIC if unconfirmed else LinkStatus.MANUAL
    forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
    target = forms[0] if entry.msgid_plural and forms else entry.msgstr
    # Bitext writes the link id in its comment, and as msgctxt unless the entry has a context
    # of its own; another tool's msgctxt is a context, no id.
    identifier = (link[0] if link else entry.msgctxt or "") if ours else ""
    # In a language of one form (Korean, Japanese), msgid_plural has no translation of its
    # own: it is kept with the msgid's link, not a link of its own left untranslated.
    one_form = bool(entry.msgid_plural) and len(forms) == 1
    own_plural = [(NoteKind.PROPERTY, entry.msgid_plural, MSGID_PLURAL)] if one_form else []
    unit = ReadUnit(
        identifier,
        tuple(fields.get("source", "").split()),
        tuple(fields.get("target", "").split()) if target else (),
        confirmed if target else noted,
        score,
        entry.msgid,
        target,
        lengths(fields.get("source-lengths")),
        lengths(fields.get("target-lengths")),
        notes=_entry_notes(entry, identifier, extracted, where, own_plural),
    )
    if not entry.msgid_plural or one_form:
        return [unit]
    return [unit, _plural_unit(entry, forms, fields, confirmed, where, plural_notes)]


def _plural_unit(
    entry: polib.POEntry,
    forms: list[str],
    fields: dict[str, str],
    confirmed: LinkStatus,
    where: str,
    noted: list[FoundNote],
) -> ReadUnit:
    """The link of an entry's msgid_plural and its forms after the first, a sentence each
    (:mod:`bitext.formats.poplural`), marked with the entry's number of forms, with the
    notes bitext wrote of it (``noted``)."""
    text, target_lengths, marker = forms_as_sentences(forms[1:])
    link = fields.get(PREFIX + "link", "").split()
    status, score = read_status(
        link[2] if len(link) > 2 else None, link[4] if len(link) > 4 else None
    )
    if not forms:  # a template's entry: as many empty forms as gettext's default
        marker = str(DEFAULT_FORMS)
    return ReadUnit(
        link[0] if link else "",
        tuple(fields.get(PREFIX + "source", "").split()),
        tuple(fields.get(PREFIX + "target", "").split()) if text else (),
        confirmed if text else status,
        score,
        entry.msgid_plural,
        text,
        lengths(fields.get(PREFIX + "source-lengths")),
        target_lengths,
        notes=link_notes([(NoteKind.PROPERTY, marker, PLURAL), *noted], f"{where}: msgid_plural"),
    )


def _comment_fields(
    comment: str,
) -> tuple[dict[str, str], list[str | LinkNote], list[FoundNote]]:
    """Bitext's fields in the extracted comments of an entry bitext wrote, the other lines
    (notes bitext wrote as lines, or comments of the program's source), and the notes of
    the link of its msgid_plural (lines prefixed :data:`PREFIX`)."""
    fields: dict[str, str] = {}
    others: list[str | LinkNote] = []
    plural: list[FoundNote] = []
    for line in comment.splitlines():
        key, sep, value = line.partition(": ")
        if sep and key.strip() in _FIELDS:
            fields[key.strip()] = value.strip()
            continue
        of_plural = read_note_line(line.removeprefix(PREFIX)) if line.startswith(PREFIX) else None
        if of_plural is not None:
            plural.append(of_plural)
            continue
        noted = read_note_line(line)
        others.append(line if noted is None else LinkNote(*noted))
    return fields, others, plural


def _entry_notes(
    entry: polib.POEntry,
    identifier: str,
    extracted: list[str | LinkNote],
    where: str,
    found: list[tuple[NoteKind, str, str]],
) -> tuple[LinkNote, ...]:
    """What an entry has besides its texts and bitext's fields, as link notes, after those
    ``found`` already."""
    found = list(found)
    if entry.tcomment:
        found.append((NoteKind.NOTE, entry.tcomment, ""))
    lines = [line for line in extracted if isinstance(line, str) and line]
    if lines:
        found.append((NoteKind.NOTE, "\n".join(lines), DEVELOPER))
    found += [(note.kind, note.text, note.name) for note in extracted if isinstance(note, LinkNote)]
    if entry.msgctxt and entry.msgctxt != identifier:
        found.append((NoteKind.CONTEXT, entry.msgctxt, ""))
    found += [
        (NoteKind.REFERENCE, f"{name}:{line}" if line else name, "")
        for name, line in entry.occurrences
    ]
    found += [(NoteKind.FLAG, flag, "") for flag in entry.flags if flag != "fuzzy"]
    for name, attribute in _PREVIOUS.items():
        value = getattr(entry, f"previous_{attribute}")
        if value:
            found.append((NoteKind.PROPERTY, value, name))
    return link_notes(found, where)

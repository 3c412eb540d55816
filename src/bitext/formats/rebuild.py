"""Rebuilding two documents and their alignment from units read back from a file.

Sentence ids and texts come from the units (a unit's text is split into its sentences by the
lengths that bitext records); paragraphs are regrouped from the ids (``en.p3.s2`` belongs to
``en.p3``; ``en.h1`` is a heading that opens a division). Units without ids get positional
ones (``en.p1.s7``).
"""

from __future__ import annotations

import itertools
import re
import sys
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from bitext._chars import nfc
from bitext.errors import (
    FormatError,
    InlineCodesWarning,
    InvalidTextError,
    UnsupportedLanguageError,
)
from bitext.formats.base import lengths
from bitext.formats.inline import InlineCode, SegmentText
from bitext.formats.notes import OUTER_SPACE, outer_space_note
from bitext.ids import block_id, division_id, sentence_id
from bitext.lang.locales import tag_of_locale
from bitext.lang.rules import canonical_language_tag
from bitext.model import (
    Alignment,
    Block,
    Division,
    Document,
    Header,
    Link,
    LinkNote,
    LinkStatus,
    NoteKind,
    Sentence,
    text_digest,
)

_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")


# A sentence as read: its id, text and inline codes.
_Read = tuple[str, str, tuple[InlineCode, ...]]


@dataclass(frozen=True, slots=True)
class ReadUnit:
    """A unit as a reader found it: ids may be missing, sentences may need splitting; inline
    codes are placeholders in the texts, the codes themselves in ``*_codes``."""

    id: str
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    status: LinkStatus
    score: float | None
    source_text: str
    target_text: str
    source_lengths: tuple[int, ...] = ()
    target_lengths: tuple[int, ...] = ()
    source_codes: tuple[InlineCode, ...] = ()
    target_codes: tuple[InlineCode, ...] = ()
    notes: tuple[LinkNote, ...] = ()


def unit_from_fields(
    identifier: str,
    fields: Mapping[str, str],
    prefix: str,
    status: tuple[LinkStatus, float | None],
    source: SegmentText,
    target: SegmentText,
    notes: tuple[LinkNote, ...] = (),
) -> ReadUnit:
    """A unit from a segment pair and the fields bitext writes beside it (``source-ids``,
    ``target-ids``, ``source-lengths``, ``target-lengths``, each named with ``prefix``: TMX
    props have ``x-``, XLIFF notes none), and the notes the file's tool kept about it."""
    return ReadUnit(
        identifier,
        tuple(fields.get(f"{prefix}source-ids", "").split()),
        tuple(fields.get(f"{prefix}target-ids", "").split()),
        status[0],
        status[1],
        source.text,
        target.text,
        lengths(fields.get(f"{prefix}source-lengths")),
        lengths(fields.get(f"{prefix}target-lengths")),
        source.codes,
        target.codes,
        notes,
    )


# A note as a reader found it: its kind, text and name.
FoundNote = tuple[NoteKind, str, str]


def link_notes(found: Iterable[FoundNote], where: str) -> tuple[LinkNote, ...]:
    """The notes a file's tool kept about unit ``where`` (a file and unit, for the error),
    their texts and names in Unicode NFC; those without text are nothing to keep (but a
    property's: it is there, empty). FormatError if one has a character XML cannot hold."""
    try:
        return tuple(
            LinkNote(kind, _shared(nfc(text)), sys.intern(nfc(name)))
            for kind, text, name in found
            if text or kind is NoteKind.PROPERTY
        )
    except InvalidTextError as exc:
        raise FormatError(f"{where}: {exc}; remove it from the file") from None


# A note's name repeats on every unit (``tmx:attribute creationid``), and so do its short
# values (dates, user names, usage counts): each is kept once, not once a unit (the notes of
# 50,000 Trados units took 138 MB, 94 MB so). A longer text (a comment) is seldom repeated.
_SHARED_TEXT = 40


def _shared(text: str) -> str:
    return sys.intern(text) if len(text) <= _SHARED_TEXT else text


@dataclass(frozen=True, slots=True)
class ImportedCorpus:
    """Two documents and the alignment between them, read from an exchange file."""

    source: Document
    target: Document
    alignment: Alignment


def split_sentences_by_lengths(
    text: str, lengths: Sequence[int], count: int, where: str
) -> tuple[str, ...]:
    """Split a unit's text into ``count`` sentences, using the recorded ``lengths``: the
    sentences are joined by one space, or by nothing (Chinese and Japanese, as
    :func:`~bitext.lang.rules.sentence_separator` joins them)."""
    if count == 0:
        return ()
    if count == 1:
        return (text,)
    total = sum(lengths)
    if len(lengths) != count or len(text) not in (total, total + count - 1):
        raise FormatError(
            f"{where}: cannot split its text into its {count} sentences (sentence lengths "
            "missing or not matching); export it with bitext, or give one sentence a unit"
        )
    gap = 0 if len(text) == total else 1
    pieces, start = [], 0
    for length in lengths:
        pieces.append(text[start : start + length])
        start += length + gap
    return tuple(pieces)


def _composed(unit: ReadUnit) -> ReadUnit:
    """A unit with its texts in Unicode NFC, as bitext keeps all text (another tool's file
    may be in NFD: decomposed Hangul from macOS, accents apart); a text of white space only
    (an untranslated segment a CAT tool left blank) is no text."""
    source, target = (
        nfc(text) if text.strip() else "" for text in (unit.source_text, unit.target_text)
    )
    if source == unit.source_text and target == unit.target_text:
        return unit
    return replace(unit, source_text=source, target_text=target)


def _usual_case(tag: str) -> str:
    """A language tag in the case BCP 47 recommends, a locale name (a PO's ``sr@latin``, a
    TMX's ``en_US``) as its tag; one that is no tag as it is (the document's own check then
    refuses it)."""
    tag = tag_of_locale(tag)
    try:
        return canonical_language_tag(tag)
    except UnsupportedLanguageError:
        return tag


def nothing_to_import(name: str) -> FormatError:
    """The error of the file ``name`` that has no units of text."""
    return FormatError(
        f"{name}: has no units of text (an empty file, or one of nothing but empty "
        "lines or units): nothing to import; give a file with text"
    )


def rebuild(
    read: Sequence[ReadUnit],
    source_lang: str,
    target_lang: str,
    name: str,
    known_codes: tuple[Mapping[str, tuple[InlineCode, ...]], ...] = (),
    file_notes: tuple[LinkNote, ...] = (),
) -> ImportedCorpus:
    """Documents and alignment from the units of one file named ``name``. The alignment
    points at ``source.xml`` and ``target.xml`` until the caller names the files it writes.
    The language tags are put in their usual case (OmegaT writes ``EN``, ``KO``). A sentence's
    inline codes are those of its unit whose placeholders it has, or, with ``known_codes``
    (source and target: by sentence id, as a review workbook keeps them), those.
    ``file_notes``: what the file's tool kept about the whole file (its header's fields)."""
    if not read:
        raise nothing_to_import(name)
    source_lang, target_lang = _usual_case(source_lang), _usual_case(target_lang)
    source: list[_Read] = []
    target: list[_Read] = []
    links: list[Link] = []
    used: set[str] = set()
    unplaced = 0
    for number, unit in enumerate(map(_composed, read), 1):
        where = f"{name}: unit {unit.id or number}"
        source_read, source_unplaced = _side(
            (unit.source_ids, unit.source_text, unit.source_lengths, unit.source_codes),
            source_lang,
            len(source),
            known_codes[0] if known_codes else None,
            where,
        )
        target_read, target_unplaced = _side(
            (unit.target_ids, unit.target_text, unit.target_lengths, unit.target_codes),
            target_lang,
            len(target),
            known_codes[1] if known_codes else None,
            where,
        )
        if not source_read and not target_read:
            raise FormatError(f"{where}: has no text on either side")
        source += source_read
        target += target_read
        unplaced += source_unplaced + target_unplaced
        links.append(_link(unit, number, source_read, target_read, used))
    try:
        documents = (_document(source, source_lang, name), _document(target, target_lang, name))
    except InvalidTextError as exc:
        raise FormatError(f"{name}: {exc}") from None
    if unplaced:
        _warn_unplaced(name, unplaced)
    alignment = Alignment(
        "source.xml",
        "target.xml",
        source_lang,
        target_lang,
        tuple(links),
        notes=(f"Imported from {name}.",),
        file_notes=file_notes,
    )
    return ImportedCorpus(documents[0], documents[1], alignment)


# One side of a read unit: its sentence ids, text, sentence lengths and inline codes.
_SideOfUnit = tuple[tuple[str, ...], str, tuple[int, ...], tuple[InlineCode, ...]]


def _side(
    side: _SideOfUnit,
    lang: str,
    placed: int,
    known: Mapping[str, tuple[InlineCode, ...]] | None,
    where: str,
) -> tuple[list[_Read], int]:
    """One side of a unit as sentences (id, text, inline codes) and how many of its codes
    found no place: ids as the unit gives them, else numbered on from the ``placed``
    sentences before; codes by sentence id from ``known`` (a review workbook's), else
    placed in the sentences whose placeholders they have."""
    ids, text, lengths, codes = side
    text = text.strip()  # the white space around it is kept with the link (_outer_space)
    ids = ids or _positional(lang, placed, text, len(lengths))
    texts = split_sentences_by_lengths(text, lengths, len(ids), where)
    if known is not None:
        found, unplaced = [known.get(i, ()) for i in ids], 0
    else:
        found, unplaced = _codes_by_sentence(texts, codes)
    return list(zip(ids, texts, found, strict=True)), unplaced


def _link(
    unit: ReadUnit, number: int, source: list[_Read], target: list[_Read], used: set[str]
) -> Link:
    """The link of a unit (the ``number``-th of its file), its id one not ``used`` yet
    (added to them); a manual link carries the digest of its texts."""
    digest = (
        text_digest([t.strip() for _, t, _ in source], [t.strip() for _, t, _ in target])
        if unit.status is LinkStatus.MANUAL
        else ""
    )
    identifier = _link_id(unit.id, number, used)
    used.add(identifier)
    return Link(
        identifier,
        tuple(i for i, _, _ in source),
        tuple(i for i, _, _ in target),
        unit.status,
        unit.score,
        digest=digest,
        notes=unit.notes + _outer_space(unit),
    )


def _outer_space(unit: ReadUnit) -> tuple[LinkNote, ...]:
    """The white space around each side's text of a unit, as properties of its link (unless
    the unit's notes hold them: a file bitext wrote)."""
    found = (
        outer_space_note(side, text)
        for side, text in (("source", unit.source_text), ("target", unit.target_text))
        if not any(n.name == OUTER_SPACE + side for n in unit.notes)
    )
    return tuple(note for note in found if note is not None)


def _warn_unplaced(name: str, unplaced: int) -> None:
    warnings.warn(
        InlineCodesWarning(
            f"{name}: {unplaced} inline codes (formatting tags, placeholders) have a "
            "placeholder that the text also has as words ({1}, {/1}, {2/}), so they are "
            "kept as text only, without their markup"
        ),
        stacklevel=3,
    )


def can_be_id(text: str) -> bool:
    """Whether a unit's own id can be its link's ``xml:id`` (an NCName: ``l1``, not ``1``)."""
    return bool(_NCNAME.match(text))


def _link_id(wanted: str, number: int, used: set[str]) -> str:
    """A link's id: the unit's own where it can be one (an NCName not used yet: bitext's
    exports), else ``l`` and the unit's number (the first free one from there). CAT tools
    number their units (``tuid="1"``, ``id="1"`` in every file of an XLIFF), which no
    ``xml:id`` can be."""
    if wanted and can_be_id(wanted) and wanted not in used:
        return wanted
    candidates = (f"l{n}" for n in itertools.count(number))
    return next(c for c in candidates if c not in used)


def _positional(lang: str, already: int, text: str, count: int) -> tuple[str, ...]:
    """Ids for a side's sentences that its file does not name: numbered on from the
    ``already`` placed, one a sentence (``count``, at least one where there is text)."""
    if not text:
        return ()
    block = block_id(lang, "body", "p", 1)
    return tuple(sentence_id(block, already + n) for n in range(1, max(1, count) + 1))


def _codes_by_sentence(
    texts: Sequence[str], codes: Sequence[InlineCode]
) -> tuple[list[tuple[InlineCode, ...]], int]:
    """The inline codes of each of a unit's sentences (those whose placeholder it has), in
    the order of the text, and how many codes have a placeholder the unit's text has more
    than once (a placeholder written as words too): those are left out."""
    found: list[list[tuple[int, InlineCode]]] = [[] for _ in texts]
    unplaced = 0
    for code in codes:
        where = [n for n, text in enumerate(texts) for _ in range(text.count(code.placeholder))]
        if len(where) != 1:
            unplaced += 1
            continue
        found[where[0]].append((texts[where[0]].index(code.placeholder), code))
    return [tuple(code for _, code in sorted(pairs, key=lambda p: p[0])) for pairs in found], (
        unplaced
    )


def _document(sentences: list[_Read], lang: str, name: str) -> Document:
    front, divisions = _front_and_divisions(_blocks(sentences, name), lang)
    return Document(
        lang,
        Header(title=f"Imported from {name}", source=f"Imported from {name}."),
        tuple(divisions),
        front=(Division(division_id(lang, "front", 0), "front", None, tuple(front)),)
        if front
        else (),
    )


def _blocks(sentences: list[_Read], name: str) -> list[Block]:
    """The sentences grouped into paragraphs by their ids (``en.p3.s2`` belongs to
    ``en.p3``; a sentence id without ``.s`` is a paragraph of its own, ``en.h1.b``)."""
    seen: set[str] = set()
    blocks: list[tuple[str, list[Sentence]]] = []
    for identifier, text, codes in sentences:
        if identifier in seen or not _NCNAME.match(identifier):
            raise FormatError(f"{name}: sentence id {identifier!r} is repeated or not an NCName")
        seen.add(identifier)
        prefix = identifier.rsplit(".s", 1)[0] if ".s" in identifier else identifier + ".b"
        if not blocks or blocks[-1][0] != prefix:
            blocks.append((prefix, []))
        blocks[-1][1].append(Sentence(identifier, text.strip(), codes))
    return [Block(prefix, tuple(members)) for prefix, members in blocks]


def _front_and_divisions(blocks: list[Block], lang: str) -> tuple[list[Block], list[Division]]:
    """The front matter (a title or byline exported by bitext) and the body's divisions: a
    heading (``en.h1``) opens one, the paragraphs before the first heading are an opening
    division. Each division is made once, when its paragraphs are all known (a document of
    a paragraph a sentence has hundreds of thousands)."""
    front: list[Block] = []
    opened: list[tuple[Block | None, list[Block]]] = []
    for block in blocks:
        if f"{lang}.front." in f"{block.id}.":
            front.append(block)  # a title or byline exported by bitext: front matter again
            continue
        last_part = block.id.rsplit(".", 1)[-1]
        if last_part.startswith("h") and last_part[1:].isdigit():
            opened.append((block, []))
        elif not opened:
            opened.append((None, [block]))
        else:
            opened[-1][1].append(block)
    divisions = [
        Division(
            division_id(lang, "body", number),
            "opening" if head is None else "section",
            head,
            tuple(paragraphs),
        )
        for number, (head, paragraphs) in enumerate(opened, 1)
    ]
    return front, divisions

"""An ingested text's document assembled from its blocks: the front matter (one paragraph a
line), the body's divisions (one at each heading) and the back matter, each paragraph split
into sentences with ids by position, and the header (the options, and what the front matter
says: title, byline, date, issue number). Shared by the whole-file and the streamed ingest."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

import regex

from bitext._version import __version__
from bitext.ids import block_id, division_id, sentence_id
from bitext.model import Author, Block, Division, Header, Identifier, Sentence
from bitext.readers.plain import PARAGRAPHS as PLAIN_PARAGRAPHS
from bitext.segment import split_sentences
from bitext.text.blocks import BodyBlock, RawBlock
from bitext.text.options import IngestOptions

Splitter = Callable[[str], Sequence[str]]
UNTITLED = "Untitled"
_DATE = regex.compile(r"^(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?$")
_ISSUE_NUMBER = regex.compile(r"^\d{4}-\d{1,3}(\([A-Z]\))?$")


def default_splitter(lang: str, abbreviations: tuple[str, ...]) -> Splitter:
    """Split a paragraph with the language's rules and the caller's abbreviations."""

    def split(paragraph: str) -> list[str]:
        return [s.text for s in split_sentences(paragraph, lang, abbreviations=abbreviations)]

    return split


def _front_lines(front: tuple[RawBlock, ...]) -> list[str]:
    return [line for block in front for line in block.lines]


def _make_block(identifier: str, text: str, split: Splitter) -> Block:
    pieces = [p.strip() for p in split(text) if p.strip()] or [text.strip()]
    sentences = tuple(Sentence(sentence_id(identifier, i), p) for i, p in enumerate(pieces, 1))
    return Block(identifier, sentences)


def front_matter(lang: str, blocks: tuple[RawBlock, ...], split: Splitter) -> tuple[Division, ...]:
    """The front matter division: one paragraph a line (title, byline, date)."""
    return _matter(lang, "front", _front_lines(blocks), split)


def back_matter(lang: str, blocks: tuple[RawBlock, ...], split: Splitter) -> tuple[Division, ...]:
    """The back matter division: one paragraph a block."""
    return _matter(lang, "back", [b.text for b in blocks], split)


def _matter(lang: str, part: str, texts: list[str], split: Splitter) -> tuple[Division, ...]:
    if not texts:
        return ()
    paragraphs = tuple(
        _make_block(block_id(lang, part, "p", i), t, split) for i, t in enumerate(texts, 1)
    )
    return (Division(division_id(lang, part, 0), part, None, paragraphs),)


@dataclass(frozen=True, slots=True)
class DivisionStart:
    """A body division begins: its id, type and heading (None for the opening division)."""

    id: str
    type: str
    head: Block | None


def body_parts(
    lang: str, blocks: Iterable[BodyBlock], split: Splitter
) -> Iterator[DivisionStart | Block]:
    """The body as a stream: a :class:`DivisionStart` at each heading (and before text that
    comes before any heading), then each paragraph as a :class:`Block`, ids by position."""
    counts = {"h": 0, "p": 0, "d": 0}

    def new_block(kind: str, text: str) -> Block:
        counts[kind] += 1
        return _make_block(block_id(lang, "body", kind, counts[kind]), text, split)

    for block in blocks:
        if block.heading:
            counts["d"] += 1
            kind = "section" if block.numbered else "subsection"
            yield DivisionStart(
                division_id(lang, "body", counts["d"]), kind, new_block("h", block.text)
            )
            continue
        if not counts["d"]:
            counts["d"] += 1
            yield DivisionStart(division_id(lang, "body", 1), "opening", None)
        yield new_block("p", block.text)


def body_divisions(
    lang: str, blocks: tuple[BodyBlock, ...], split: Splitter
) -> tuple[Division, ...]:
    """The body's divisions, each with its heading and paragraphs (:func:`body_parts`
    gathered)."""
    divisions: list[Division] = []
    paragraphs: list[Block] = []
    for part in body_parts(lang, blocks, split):
        if isinstance(part, DivisionStart):
            if divisions:
                divisions[-1] = replace(divisions[-1], paragraphs=tuple(paragraphs))
            divisions.append(Division(part.id, part.type, part.head, ()))
            paragraphs = []
        else:
            paragraphs.append(part)
    if divisions:
        divisions[-1] = replace(divisions[-1], paragraphs=tuple(paragraphs))
    return tuple(divisions)


def make_header(
    front: tuple[RawBlock, ...],
    options: IngestOptions,
    source: str,
    lang: str,
    rules_digest: str,
    paragraphs: str = "",
) -> Header:
    """The header of an ingested text: the options, and what its front matter says."""
    lines = _front_lines(front)
    found_title, found_author = _title_and_author(lines)
    identifiers = options.identifiers or tuple(
        Identifier("issue", line) for line in lines if _ISSUE_NUMBER.match(line)
    )
    how = (
        f"bitext.segment with the '{lang}' rules (data digest {rules_digest})"
        if rules_digest
        else "a caller-supplied splitter"
    )
    paragraphs = paragraphs or PLAIN_PARAGRAPHS
    return Header(
        title=options.title or found_title or UNTITLED,
        authors=options.authors or ((found_author,) if found_author else ()),
        responsibilities=options.responsibilities,
        related=options.related,
        date=options.date or _find_date(lines),
        publisher=options.publisher,
        identifiers=identifiers,
        notes=options.notes,
        source=source,
        licence=options.licence,
        segmentation=(f"{paragraphs}; sentences: {how}. Made by bitext {__version__}."),
    )


def _title_and_author(lines: list[str]) -> tuple[str, Author | None]:
    candidates = [i for i, line in enumerate(lines) if not _is_metadata_line(line)]
    if not candidates:
        return "", None
    title_at = max(candidates, key=lambda i: len(lines[i]))
    rest = [line for line in lines[title_at + 1 :] if not _is_metadata_line(line)]
    if not rest:
        return lines[title_at], None
    name, _, role = rest[0].partition(",")
    affiliation = ", ".join(part for part in [role.strip(), *rest[1:]] if part)
    return lines[title_at], Author(name.strip(), affiliation)


def _is_metadata_line(line: str) -> bool:
    return bool(_DATE.match(line) or _ISSUE_NUMBER.match(line))


def _find_date(lines: list[str]) -> str:
    for line in lines:
        match = _DATE.match(line)
        if match:
            year, month, day = match.groups()
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return ""

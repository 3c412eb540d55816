"""Ingest: a plain-text file in, a :class:`~bitext.model.Document` out."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from bitext._version import __version__
from bitext.errors import GenericRulesWarning, ParseError
from bitext.ids import block_id, division_id, sentence_id
from bitext.lang import (
    LanguageRules,
    available_languages,
    check_language_tag,
    get_rules,
    primary_subtag,
)
from bitext.lang.detect import Detection, detect_language
from bitext.lang.scripts import warn_if_mismatched
from bitext.model import (
    Author,
    Block,
    Division,
    Document,
    Header,
    Identifier,
    Licence,
    RelatedItem,
    Responsibility,
    Sentence,
)
from bitext.readers.base import (
    BACK,
    FRONT,
    Progress,
    ReadHints,
    SourceText,
    read_source,
    refuse_exchange_file,
)
from bitext.readers.plain import PARAGRAPHS as PLAIN_PARAGRAPHS
from bitext.segment import split_sentences
from bitext.text.blocks import (
    BodyBlock,
    Layout,
    RawBlock,
    find_layout,
    lines_as_paragraphs,
    split_blocks,
)
from bitext.text.decode import decode_bytes
from bitext.text.normalize import normalize_text

Splitter = Callable[[str], Sequence[str]]
UNTITLED = "Untitled"

_DATE = regex.compile(r"^(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?$")
_ISSUE_NUMBER = regex.compile(r"^\d{4}-\d{1,3}(\([A-Z]\))?$")


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read a plain text. Empty fields are filled from the front matter when possible.

    ``front_blocks`` / ``back_blocks`` override the detection of front and back matter;
    ``format`` the detection of the file's format (``text``, ``docx``, ``html``, ``pdf``,
    ``hwpx``).
    """

    title: str = ""
    authors: tuple[Author, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    date: str = ""
    publisher: str = ""
    identifiers: tuple[Identifier, ...] = ()
    related: tuple[RelatedItem, ...] = ()
    notes: tuple[str, ...] = ()
    source: str = ""
    licence: Licence | None = None
    encoding: str | None = None
    format: str = ""
    front_blocks: int | None = None
    back_blocks: int | None = None
    abbreviations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestResult:
    """The ingested document and what ingest had to do to the text to get it.

    ``format`` is the reader's (``text``, ``docx`` ...); ``detected`` the detected language,
    when none was given. ``back_blocks`` blocks were taken out of the body as back matter
    (never aligned or exported), from line ``back_line`` (whose first words are ``back_start``) on.
    """

    document: Document
    encoding: str
    dropped_chars: int
    recomposed: bool
    repaired_breaks: int
    back_blocks: int = 0
    back_line: int = 0
    back_start: str = ""
    format: str = "text"
    detected: Detection | None = None


def ingest_file(
    path: str | Path,
    lang: str = "",
    options: IngestOptions | None = None,
    split: Splitter | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Read and structure the file at ``path``: plain text, DOCX, HTML, PDF, HWPX or TEI (found
    from its content; see :mod:`bitext.readers`), in language ``lang`` (detected from the
    text when empty; the result says how sure the detection was).

    ``split`` turns a paragraph into sentences; by default :func:`bitext.segment.split_sentences`
    with the language's rules and ``options.abbreviations``. ``progress`` is told
    (done, total) as the pages of a long PDF are read.

    >>> import tempfile
    >>> from pathlib import Path
    >>> seed = Path(tempfile.mkdtemp()) / "seed.txt"
    >>> _ = seed.write_text("A Title\\n\\nJapan acts. Korea watches.\\n", encoding="utf-8")
    >>> result = ingest_file(seed, "en")
    >>> result.encoding, [s.text for s in result.document.body_sentences()]
    ('utf-8', ['Japan acts.', 'Korea watches.'])
    >>> result.document.header.title
    'A Title'

    """
    options = options or IngestOptions()
    if lang:
        check_language_tag(lang)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", path) from exc
    if not options.format:
        refuse_exchange_file(path)  # a TMX, XLIFF or PO: bitext import's, not one document
    hints = ReadHints(options.encoding or "", lang, progress)
    read = read_source(data, path, options.format, hints)
    blocks, dropped, recomposed = _normalized_blocks(read)
    if not blocks:
        raise ParseError("the file is empty or holds only whitespace; give a text to ingest", path)
    detection = None
    if not lang and read.lang:
        lang = check_language_tag(read.lang)  # the language the file declares (TEI)
    if not lang:
        detection = detect_language(_sample(blocks), str(path))
        lang = detection.lang
    rules = language_rules(lang)
    warn_if_mismatched(_sample(blocks), lang, str(path))
    if read.text is not None:
        blocks = lines_as_paragraphs(blocks, rules)
    source = options.source or _describe(read, path)
    document, layout = _structure(blocks, path, lang, rules, options, source, split, read)
    document = _with_file_metadata(document, read, options)
    return IngestResult(
        document,
        read.encoding,
        dropped,
        recomposed,
        layout.repaired,
        len(layout.back),
        layout.back[0].line if layout.back else 0,
        layout.back[0].text[:60] if layout.back else "",
        read.format,
        detection,
    )


def language_rules(lang: str) -> LanguageRules:
    """The rules of ``lang``, or the generic rules (with a warning) for a language bitext has
    no data for."""
    rules = get_rules(lang, fallback=True)
    if primary_subtag(lang) not in available_languages():
        warnings.warn(
            f"no sentence rules for {lang!r}: sentences are split by the generic rules "
            "(no abbreviation list); check them, or add a data folder for the language",
            GenericRulesWarning,
            stacklevel=2,
        )
    return rules


def _normalized_blocks(read: SourceText) -> tuple[list[RawBlock], int, bool]:
    """The reader's text or blocks as RawBlocks of NFC text, with what normalizing did."""
    if read.text is not None:
        normalized = normalize_text(read.text)
        return split_blocks(normalized.text), normalized.dropped, normalized.recomposed
    blocks: list[RawBlock] = []
    dropped, recomposed = 0, False
    for block in read.blocks:
        lines = []
        for line in block.lines:
            normalized = normalize_text(line)
            dropped += normalized.dropped
            recomposed = recomposed or normalized.recomposed
            if normalized.text.strip():
                lines.append(" ".join(normalized.text.split()))
        if lines:
            blocks.append(RawBlock(tuple(lines), block.place, block.kind))
    return blocks, dropped, recomposed


def _sample(blocks: list[RawBlock]) -> str:
    """The first 20,000 characters of the text, for language checks."""
    parts: list[str] = []
    size = 0
    for block in blocks:
        parts.append(block.text)
        size += len(parts[-1])
        if size > 20_000:
            break
    return "\n".join(parts)


def _describe(read: SourceText, path: str | Path) -> str:
    name = Path(path).name
    if read.format == "text":
        return f"{read.description} {name} ({read.encoding})."
    return f"{read.description} {name}."


def _with_file_metadata(document: Document, read: SourceText, options: IngestOptions) -> Document:
    """The file's own title and author (DOCX properties, HTML title, a TEI header) where
    neither the options nor the front matter gave one (a TEI header's over the front
    matter's too)."""
    header = document.header
    if read.title and not options.title and (header.title == UNTITLED or read.catalogued):
        header = replace(header, title=read.title)
    if read.author and not options.authors and (not header.authors or read.catalogued):
        header = replace(header, authors=(Author(read.author),))
    if read.licence is not None and options.licence is None:
        header = replace(header, licence=read.licence)
    return replace(document, header=header)


def ingest_text(
    text: str, lang: str, options: IngestOptions | None = None, split: Splitter | None = None
) -> Document:
    """Structure an already decoded ``text`` (see :func:`ingest_file`)."""
    options = options or IngestOptions()
    normalized = normalize_text(text)
    source = options.source or "Plain text."
    rules = language_rules(lang)
    blocks = lines_as_paragraphs(split_blocks(normalized.text), rules)
    document, _ = _structure(blocks, "<text>", lang, rules, options, source, split, None)
    return document


def _structure(
    blocks: list[RawBlock],
    path: str | Path,
    lang: str,
    rules: LanguageRules,
    options: IngestOptions,
    source: str,
    split: Splitter | None,
    read: SourceText | None,
) -> tuple[Document, Layout]:
    check_language_tag(lang)
    if not blocks:
        raise ParseError("the file is empty or holds only whitespace; give a text to ingest", path)
    layout = find_layout(blocks, rules, *_marked_counts(blocks, read, options))
    if not layout.body:
        raise ParseError(
            "no body text found (everything looks like front or back matter); "
            "set --front-blocks/--back-blocks",
            path,
        )
    splitter = split or default_splitter(lang, options.abbreviations)
    paragraphs = read.paragraphs if read else PLAIN_PARAGRAPHS
    header = make_header(
        layout.front, options, source, lang, rules.digest if split is None else "", paragraphs
    )
    document = Document(
        lang=lang,
        header=header,
        front=front_matter(lang, layout.front, splitter),
        body=_body(lang, layout.body, splitter),
        back=back_matter(lang, layout.back, splitter),
    )
    return document, layout


def _marked_counts(
    blocks: list[RawBlock], read: SourceText | None, options: IngestOptions
) -> tuple[int | None, int | None]:
    """How many blocks are front and back matter, as the options say, else as the file
    marks them: its leading front blocks where it marks its layout (TEI), its trailing back
    blocks (notes) always; None leaves the count to the layout rules."""
    kinds = [block.kind for block in blocks]
    front, back = options.front_blocks, options.back_blocks
    if front is None and read is not None and read.layout_marked:
        front = next((i for i, kind in enumerate(kinds) if kind != FRONT), len(kinds))
    if back is None and kinds[-1] == BACK:
        back = next((i for i, kind in enumerate(reversed(kinds)) if kind != BACK), len(kinds))
    return front, back


def read_word_list(path: str | Path) -> tuple[str, ...]:
    """Read a user's word list (UTF-8, one item a line, ``#`` starts a comment line)."""
    data = Path(path).read_bytes()
    text = normalize_text(decode_bytes(data, path).text).text
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


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


def _body(lang: str, blocks: tuple[BodyBlock, ...], split: Splitter) -> tuple[Division, ...]:
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

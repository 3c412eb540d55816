"""Ingest: a plain-text file in, a :class:`~bitext.model.Document` out."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from bitext.errors import GenericRulesWarning, ParseError
from bitext.lang import (
    LanguageRules,
    available_languages,
    check_language_tag,
    data_language,
    get_rules,
)
from bitext.lang.detect import Detection, detect_language
from bitext.lang.scripts import warn_if_mismatched
from bitext.model import Author, Document
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
from bitext.text.assemble import (
    UNTITLED,
    Splitter,
    back_matter,
    body_divisions,
    default_splitter,
    front_matter,
    make_header,
)
from bitext.text.blocks import Layout, RawBlock, find_layout, lines_as_paragraphs, split_blocks
from bitext.text.decode import decode_bytes
from bitext.text.normalize import normalize_text
from bitext.text.options import IngestOptions


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
    if data_language(lang) not in available_languages():
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
        body=body_divisions(lang, layout.body, splitter),
        back=back_matter(lang, layout.back, splitter),
    )
    return document, layout


def _marked_counts(
    blocks: list[RawBlock], read: SourceText | None, options: IngestOptions
) -> tuple[int | None, int | None]:
    """How many blocks are front and back matter, as the options say, else as the file
    marks them: its leading front blocks and trailing back blocks where it marks its layout
    (TEI: none where it has no ``front`` or ``back``, whatever its text looks like), its
    trailing back blocks (notes) always; None leaves the count to the layout rules."""
    kinds = [block.kind for block in blocks]
    front, back = options.front_blocks, options.back_blocks
    marked = read is not None and read.layout_marked
    if front is None and marked:
        front = next((i for i, kind in enumerate(kinds) if kind != FRONT), len(kinds))
    if back is None and (marked or kinds[-1] == BACK):
        back = next((i for i, kind in enumerate(reversed(kinds)) if kind != BACK), len(kinds))
    return front, back


def read_word_list(path: str | Path) -> tuple[str, ...]:
    """Read a user's word list (UTF-8, one item a line, ``#`` starts a comment line)."""
    data = Path(path).read_bytes()
    text = normalize_text(decode_bytes(data, path).text).text
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )

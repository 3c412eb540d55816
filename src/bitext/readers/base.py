"""The common interface of the readers, and the choice of a reader from a file's content.

A reader module has ``NAME`` (the format's name), ``DESCRIPTION`` (for a document's
header: "Word document (DOCX)"), ``PARAGRAPHS`` (how its paragraphs were found, for the
header's segmentation note) and ``read(data, path, hints) -> SourceText``. The format is
found from the first bytes of the file (a ZIP package is opened to tell DOCX from HWPX),
never only from its extension.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from lxml import etree

from bitext.errors import ParseError
from bitext.model import Licence

# Block kinds a reader can give; an empty kind leaves the decision to ingest's layout rules.
FRONT = "front"
HEADING = "heading"
PARAGRAPH = "paragraph"
BACK = "back"  # back matter: kept, never aligned (notes, appendices)
UNKNOWN = ""
# What sniff_format says of a ZIP package before it is opened.
PACKAGE = "package"
# A first-level heading's kind until its place decides (:func:`titled`): the title, or a
# heading.
TOP_HEADING = "h1"

# Reader modules by format name, in the order --help lists them.
_READERS = {
    "text": "bitext.readers.plain",
    "docx": "bitext.readers.word",
    "html": "bitext.readers.html",
    "pdf": "bitext.readers.pdf",
    "hwpx": "bitext.readers.hwpx",
    "odt": "bitext.readers.odt",
    "epub": "bitext.readers.epub",
    "subtitles": "bitext.readers.subtitles",
    "tei": "bitext.readers.tei",
    "markdown": "bitext.readers.markdown",
}
# A subtitle cue's time (SRT 00:01:02,500; WebVTT 01:02.500) and an SRT timing line.
SUBTITLE_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_SRT_TIMING = re.compile(rf"{SUBTITLE_TIME}\s*-->\s*{SUBTITLE_TIME}")
# The file name endings of Markdown: a text file so named is read as Markdown.
MARKDOWN_ENDINGS = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
# Marks of a web page (or a fragment of one) in the first kilobyte of a file.
_HTML_MARKS = (
    b"<!doctype html", b"<html", b"<head", b"<body", b"<p>", b"<p ", b"<div", b"<h1",
    b"<h2", b"<article", b"<section", b"<main", b"<br", b"<span", b"<table", b"<ul",
)  # fmt: skip
# A ZIP package bigger than this, unpacked, is refused (a "zip bomb" guard).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024


Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ReadHints:
    """What a reader may use: the encoding and language of a plain text (the language picks
    the legacy encoding to try), and a callback told (done, total) as pages are read."""

    encoding: str = ""
    lang: str = ""
    progress: Progress | None = None


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A block of text in reading order: its lines, its kind and where it starts.

    ``kind`` is :data:`FRONT` (title, byline), :data:`HEADING`, :data:`PARAGRAPH`,
    :data:`BACK` (notes: the last blocks a reader gives), or empty when the format does not
    say (plain text, PDF); ``place`` is a 1-based line, paragraph or page number, as the
    format counts, for messages.
    """

    lines: tuple[str, ...]
    kind: str = UNKNOWN
    place: int = 0


@dataclass(frozen=True, slots=True)
class SourceText:
    """What a reader found: the format, an encoding when there is one, and either the text
    (plain text and PDF, laid out by ingest's rules) or marked blocks.

    ``title`` and ``author`` come from the file's own metadata when it has them (DOCX core
    properties, HTML ``<title>``, a TEI header), for the header; ``lang`` is the language
    the file declares (TEI ``xml:lang``), if it does; ``catalogued`` says the title and author
    are a catalogue's (a TEI header's), which win over what ingest reads off the front
    matter; ``licence`` is the file's own statement of who may use it (a TEI header's
    ``availability``); ``layout_marked`` says the blocks' kinds mark the front matter, body
    and back matter exactly (a TEI document's ``front``, ``body`` and ``back``), so ingest
    takes them as they are instead of guessing; ``place`` names what ``TextBlock.place``
    counts (``line``, ``paragraph``, ``page``, ``block``); ``description`` and ``paragraphs``
    are the reader's ``DESCRIPTION`` and ``PARAGRAPHS``.
    """

    format: str
    text: str | None = None
    blocks: tuple[TextBlock, ...] = ()
    encoding: str = ""
    title: str = ""
    author: str = ""
    place: str = "line"
    lang: str = ""
    catalogued: bool = False
    licence: Licence | None = None
    layout_marked: bool = False
    description: str = ""
    paragraphs: str = ""


def reader_names() -> tuple[str, ...]:
    """The formats bitext reads, e.g. ``('text', 'docx', 'html', 'pdf', 'hwpx', 'tei')``."""
    return tuple(_READERS)


def detect_format(data: bytes, path: str | Path) -> str:
    """The format of ``data`` from its content: ``pdf``, ``docx``, ``hwpx``, ``odt``, ``epub``,
    ``html``, ``tei`` (XML in the TEI namespace), or, for text, ``markdown`` where the file's
    name ends in ``.md`` (or ``.markdown``), else ``text``. Files bitext cannot read raise
    ParseError, as does a workbook (``bitext import`` reads bilingual ones)."""
    fmt = sniff_format(data[:4096], path)
    return _package_format(data, path) if fmt == PACKAGE else fmt


def refuse_exchange_file(path: str | Path) -> None:
    """A one-line ParseError for a translation tool's bilingual file, told by its first
    bytes or its name (a TMX, an XLIFF, a PO catalogue, a TSV or JSON lines file of pairs):
    read as one document, it would mix both languages in one text; ``bitext import`` reads
    it. Call it where no format was asked for."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return  # the reader says why it cannot read the file
    codec = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    text = head.decode(codec, "ignore").lstrip("\ufeff")
    root = _EXCHANGE_ROOT.match(text)
    # The root element names an XML exchange file; a PO, TSV or JSON lines file its name.
    kind = _EXCHANGE_KINDS.get(root.group(1).lower() if root else Path(path).suffix.lower())
    if kind:
        raise ParseError(
            f"is {kind}, which holds both languages: bitext import reads it into two TEI "
            "documents and their alignment (bitext ingest --format text reads it as one text)",
            path,
        )


# A TMX's or XLIFF's root element, after the XML declaration, a DOCTYPE line and comments.
_EXCHANGE_ROOT = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(tmx|xliff)[\s>]",
    re.S | re.I,
)
_EXCHANGE_KINDS = {
    "tmx": "a TMX translation memory",
    "xliff": "an XLIFF file",
    ".po": "a gettext PO catalogue",
    ".pot": "a gettext PO catalogue",
    ".tsv": "a file of tab-separated pairs",
    ".jsonl": "a JSON lines file of pairs",
}


def sniff_format(head: bytes, path: str | Path) -> str:
    """The format the first bytes of a file show (4 KB is plenty), without reading the
    rest: as :func:`detect_format`, but a ZIP package is only ``package`` (DOCX or HWPX)."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return PACKAGE
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ParseError(
            "is an old binary Office or Hangul (HWP 5) file; save it as DOCX or HWPX and give that",
            path,
        )
    stripped = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"<"):
        if b"http://www.tei-c.org/ns/1.0" in head:
            return "tei"
        if any(mark in stripped for mark in _HTML_MARKS):
            return "html"
    if _subtitle_head(head):
        return "subtitles"
    if Path(path).suffix.lower() in MARKDOWN_ENDINGS:
        return "markdown"  # its text shows no format of its own: the name says Markdown
    return "text"


def _subtitle_head(head: bytes) -> bool:
    """Whether a file's first bytes are a subtitle file's: WebVTT's header, or SRT's first
    cue number followed by its timing line (``00:00:01,000 --> 00:00:04,000``); in UTF-8
    or, with its byte order mark, UTF-16."""
    codec = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    text = head[:512].decode(codec, "ignore").lstrip("\ufeff")
    lines = [line.strip() for line in text.splitlines()[:6] if line.strip()]
    if lines and lines[0].startswith("WEBVTT"):
        return True
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_TIMING.match(lines[1]))


def _package_format(data: bytes, path: str | Path) -> str:
    package = open_package(data, path)
    names = set(package.namelist())
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("Contents/section") for n in names):
        return "hwpx"
    kind = _mimetype(package, names, path)
    if kind == "application/epub+zip" and "META-INF/container.xml" in names:
        return "epub"
    if "content.xml" in names:
        if kind.startswith("application/vnd.oasis.opendocument.text"):
            return "odt"
        raise ParseError(
            f"is an OpenDocument file but no text document ({kind or 'no mimetype'}); save "
            "the text as ODT or DOCX and give that",
            path,
        )
    if "xl/workbook.xml" in names:
        raise ParseError(
            "is a spreadsheet: bitext import reads a bilingual workbook (a review sheet, or a "
            "source and a target column) into two TEI documents and their alignment",
            path,
        )
    raise ParseError("is a ZIP archive but no DOCX, HWPX, ODT or EPUB; give a document file", path)


def _mimetype(package: zipfile.ZipFile, names: set[str], path: str | Path) -> str:
    """What an OpenDocument or EPUB package's ``mimetype`` file says it is ('' if none)."""
    if "mimetype" not in names:
        return ""
    return read_member(package, "mimetype", path).decode("ascii", "replace").strip()


def open_package(data: bytes, path: str | Path) -> zipfile.ZipFile:
    """Open a ZIP package, refusing a damaged one or one that unpacks to too much."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise ParseError(
            f"is a damaged ZIP package ({exc}); save the document again", path
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ParseError(
            f"unpacks to {unpacked // 2**20} MB, more than bitext reads from one document",
            path,
        )
    return package


def titled(found: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Blocks ``(text, kind)`` with each :data:`TOP_HEADING` decided: the title (FRONT) when
    only front matter precedes it (a web page's first ``h1``, a document's leading first-level
    heading), else a heading."""
    decided: list[tuple[str, str]] = []
    for text, kind in found:
        if kind == TOP_HEADING:
            kind = FRONT if all(k == FRONT for _, k in decided) else HEADING
        decided.append((text, kind))
    return decided


def package_parser() -> etree.XMLParser:
    """The parser of a package's XML members: no entities, DTDs or network; comments out."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )


def package_xml(package: zipfile.ZipFile, name: str, path: str | Path) -> etree._Element:
    """A member of a package parsed as XML (untrusted); ParseError naming it if it is
    missing, damaged or not well-formed."""
    data = read_member(package, name, path)
    try:
        return etree.fromstring(data, package_parser())
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"{name} in the package cannot be read ({exc})", path) from None


def read_member(package: zipfile.ZipFile, name: str, path: str | Path) -> bytes:
    """A file inside a ZIP package; ParseError if it is missing or damaged."""
    try:
        return package.read(name)
    except KeyError:
        raise ParseError(f"the package has no {name}; save the document again", path) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise ParseError(
            f"{name} in the package is damaged ({exc}); save the document again", path
        ) from None


def read_source(
    data: bytes, path: str | Path, fmt: str = "", hints: ReadHints | None = None
) -> SourceText:
    """Read ``data`` (the bytes of the file at ``path``) with the reader of ``fmt`` (default:
    the format found in the content)."""
    fmt = fmt or detect_format(data, path)
    module = _reader(fmt, path)
    source: SourceText = module.read(data, path, hints or ReadHints())
    return replace(source, description=module.DESCRIPTION, paragraphs=module.PARAGRAPHS)


def _reader(fmt: str, path: str | Path) -> ModuleType:
    if fmt not in _READERS:
        raise ParseError(f"no reader for {fmt!r}; bitext reads {', '.join(_READERS)}", path)
    return importlib.import_module(_READERS[fmt])

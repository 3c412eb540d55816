"""PDF with pdfminer.six: the text boxes of each page in reading order, one block a box;
running headers, footers and page numbers dropped. The text is then laid out as ingest lays
out a plain text (wrapped lines joined, paragraphs broken by a page break repaired).

A glyph whose font maps it to no character (a font embedded without its Unicode map)
comes out of pdfminer as ``(cid:N)``: a few (a bullet, a dingbat) are dropped with a
warning; where they are more than a few, the PDF's text cannot be read (the characters
around them are as likely wrong) and it is refused."""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from bitext.errors import ParseError, PdfReadWarning, UnmappedGlyphsWarning
from bitext.readers.base import ReadHints, SourceText

NAME = "pdf"
DESCRIPTION = "PDF document"
PARAGRAPHS = (
    "Paragraphs are the PDF's text boxes in reading order, running heads and page numbers "
    "dropped (page breaks inside sentences repaired)"
)

# A box in the top or bottom margin (this share of the page height) that repeats on many
# pages, with its digits ignored, is a running header or footer.
_MARGIN = 0.09
_REPEATS = 0.5
_PAGE_NUMBER = regex.compile(
    r"^[\s\-–—(\[]*(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[\s\-–—)\]]*$", regex.I
)
_DIGITS = regex.compile(r"\d+")
_WORD = regex.compile(r"\p{L}+")
_HYPHENATED = regex.compile(r"(?<![\p{L}-])(\p{L}+)-$")
_FIRST_WORD = regex.compile(r"(\p{Ll}+)(\S*)")
# What ends a sentence in any language, and the quotes and brackets that may follow it: a
# page that ends otherwise breaks a paragraph.
_TERMINATORS = ".!?。！？…:;"
# pdfminer's stand-in for a glyph with no character; a few of them are symbols, more mean
# the text cannot be read.
_UNMAPPED = regex.compile(r"\(cid:\d+\)")
_FEW_UNMAPPED = 20
_UNMAPPED_SHARE = 0.01
_CLOSERS = "\"')]}»”’」』"
# What pdfminer logs while it reads: its font module's notes (a font it could not measure,
# laid out from a default) cost no text; its page module's is the PDF's permission flag.
_PDFMINER = "pdfminer"
_HARMLESS = ("pdfminer.pdffont",)
_PERMISSION = "pdfminer.pdfpage"


@dataclass(frozen=True, slots=True)
class _Box:
    page: int
    lines: tuple[str, ...]
    in_margin: bool

    @property
    def key(self) -> str:
        return _DIGITS.sub("#", " ".join(self.lines)).strip().lower()


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The text of the PDF's pages, boxes as paragraphs, without running heads and page
    numbers; laid out later like a plain text."""
    with _pdfminer_reports() as reported:
        boxes = list(_boxes(data, path, hints))
    _warn_reported(reported, path)
    if not any(box.lines for box in boxes):
        raise ParseError(
            "has no text layer (a scanned PDF?); run OCR on it first or give the text", path
        )
    pages = len({box.page for box in boxes})
    running = _running_keys(boxes, pages)
    kept = [b for b in boxes if not (b.in_margin and (b.key in running or _is_page_number(b)))]
    boxes = _join_across_pages(kept)
    words = _vocabulary(boxes)
    text = "\n\n".join("\n".join(_dehyphenate(box.lines, words)) for box in boxes)
    return SourceText(NAME, text=_without_unmapped(text, path) + "\n", place="line")


class _Reports(logging.Handler):
    """Keeps what pdfminer logs (at WARNING and above) while it reads one PDF."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep ``record``."""
        self.records.append(record)


@contextlib.contextmanager
def _pdfminer_reports() -> Iterator[list[logging.LogRecord]]:
    """What pdfminer logs inside the block, kept instead of printed on stderr by Python's
    last-resort handler (an application's own handlers still get it)."""
    logger = logging.getLogger(_PDFMINER)
    handler = _Reports()
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def _warn_reported(records: list[logging.LogRecord], path: str | Path) -> None:
    """One warning for the trouble pdfminer reported reading the PDF (text may be missing),
    one for its permission flag against text extraction; nothing for harmless notes."""
    name = Path(path).name
    if any(r.name == _PERMISSION for r in records):
        warnings.warn(
            PdfReadWarning(
                f"{name}: the PDF asks not to have its text extracted (its permissions); "
                "bitext read it anyway: make sure you may use its text"
            ),
            stacklevel=3,
        )
    trouble = [r for r in records if r.name not in (_PERMISSION, *_HARMLESS)]
    if trouble:
        first = trouble[0].getMessage().rstrip(".")
        warnings.warn(
            PdfReadWarning(
                f"{name}: the PDF reader met {len(trouble)} problem(s) in the file "
                f"({first}): some of its text may be missing; check the text, or save the "
                "PDF again from its source"
            ),
            stacklevel=3,
        )


def _without_unmapped(text: str, path: str | Path) -> str:
    """The text without its unmapped glyphs (see the module docstring)."""
    kept, unmapped = _UNMAPPED.subn("", text)
    if not unmapped:
        return text
    if unmapped > max(_FEW_UNMAPPED, _UNMAPPED_SHARE * len(kept)):
        raise ParseError(
            f"has {unmapped} glyphs that its fonts map to no character (fonts embedded without "
            "their Unicode map), so its text cannot be read; export the text from the "
            "original document, or run OCR on the PDF",
            path,
        )
    warnings.warn(
        UnmappedGlyphsWarning(
            f"{Path(path).name}: {unmapped} glyphs that the PDF's fonts map to no character "
            "(bullets, symbols) were left out"
        ),
        stacklevel=2,
    )
    return kept


def _boxes(data: bytes, path: str | Path, hints: ReadHints) -> Iterator[_Box]:
    try:
        total = _page_count(data) if hints.progress is not None else 0
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), 1):
            yield from _page_boxes(page, number)
            if hints.progress is not None:
                hints.progress(number, total)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ParseError("is encrypted; save an unprotected copy and give that", path) from None
    except (PDFSyntaxError, PSException) as exc:
        raise ParseError(f"cannot be read as PDF ({exc}); save it again", path) from None
    except Exception as exc:  # pdfminer raises many kinds (AssertionError ...) on damage
        what = f"{type(exc).__name__}: {exc}"[:120]
        raise ParseError(f"cannot be read as PDF ({what}); save it again", path) from None


def _page_count(data: bytes) -> int:
    """How many pages the PDF has (its page tree only; no page is laid out)."""
    return sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))


def _page_boxes(page: LTPage, number: int) -> Iterator[_Box]:
    height = page.height or 1.0
    for element in page:
        if not isinstance(element, LTTextBox):
            continue
        lines = tuple(
            " ".join(line.get_text().split())
            for line in element
            if isinstance(line, LTTextLine) and line.get_text().strip()
        )
        if lines:
            in_margin = element.y0 > height * (1 - _MARGIN) or element.y1 < height * _MARGIN
            yield _Box(number, lines, in_margin)


def _join_across_pages(boxes: list[_Box]) -> list[_Box]:
    """A page's last box that ends no sentence goes on in the next page's first box: one
    paragraph (so its first half is not taken for a heading)."""
    joined: list[_Box] = []
    for index, box in enumerate(boxes):
        previous = joined[-1] if joined else None
        first_on_page = index == 0 or boxes[index - 1].page != box.page
        if (
            previous is not None
            and first_on_page
            and previous.page + 1 == box.page
            and not _ends_sentence(previous.lines[-1])
        ):
            joined[-1] = _Box(box.page, previous.lines + box.lines, False)
            continue
        joined.append(box)
    return joined


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINATORS


def _vocabulary(boxes: list[_Box]) -> set[str]:
    """Every word of the text, lower-cased, to tell a hyphenated word from a compound."""
    return {w.lower() for box in boxes for line in box.lines for w in _WORD.findall(line)}


def _dehyphenate(lines: tuple[str, ...], words: set[str]) -> list[str]:
    """Lines with words broken by end-of-line hyphenation made whole again ("recon-" +
    "struction"), where the whole word occurs elsewhere in the text; a compound ("well-"
    "known") keeps its hyphen."""
    out = list(lines)
    for k in range(len(out) - 1):
        head = _HYPHENATED.search(out[k])
        tail = _FIRST_WORD.match(out[k + 1])
        if head and tail and (head.group(1) + tail.group(1)).lower() in words:
            out[k] = out[k][: head.start(1)] + head.group(1) + tail.group(1) + tail.group(2)
            out[k + 1] = out[k + 1][tail.end() :].lstrip()
    return [line for line in out if line]


def _running_keys(boxes: list[_Box], pages: int) -> set[str]:
    if pages < 2:
        return set()
    counts = Counter(key for key in {(b.page, b.key) for b in boxes if b.in_margin})
    on_pages = Counter(key for _page, key in counts)
    return {key for key, n in on_pages.items() if n >= max(2, _REPEATS * pages)}


def _is_page_number(box: _Box) -> bool:
    return len(box.lines) == 1 and bool(_PAGE_NUMBER.match(box.lines[0]))

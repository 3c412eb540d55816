"""PDF with pdfminer.six: the text boxes of each page in reading order, one block a box;
running headers, footers and page numbers dropped. The text is then laid out as ingest lays
out a plain text (wrapped lines joined, paragraphs broken by a page break repaired)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from bitext.errors import ParseError
from bitext.readers.base import ReadHints, SourceText

NAME = "pdf"
DESCRIPTION = "PDF with a text layer"

# A box in the top or bottom margin (this share of the page height) that repeats on many
# pages, with its digits ignored, is a running header or footer.
_MARGIN = 0.09
_REPEATS = 0.5
_PAGE_NUMBER = regex.compile(
    r"^[\s\-–—(\[]*(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[\s\-–—)\]]*$", regex.I
)
_DIGITS = regex.compile(r"\d+")


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
    boxes = list(_boxes(data, path, hints))
    if not any(box.lines for box in boxes):
        raise ParseError(
            "has no text layer (a scanned PDF?); run OCR on it first or give the text", path
        )
    pages = len({box.page for box in boxes})
    running = _running_keys(boxes, pages)
    kept = [b for b in boxes if not (b.in_margin and (b.key in running or _is_page_number(b)))]
    text = "\n\n".join("\n".join(box.lines) for box in kept)
    return SourceText(NAME, text=text + "\n", place="line")


def _boxes(data: bytes, path: str | Path, hints: ReadHints) -> Iterator[_Box]:
    try:
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), 1):
            yield from _page_boxes(page, number)
            if hints.progress is not None:
                hints.progress(number, 0)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ParseError("is encrypted; save an unprotected copy and give that", path) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"cannot be read as PDF ({exc}); save it again", path) from None


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


def _running_keys(boxes: list[_Box], pages: int) -> set[str]:
    if pages < 2:
        return set()
    counts = Counter(key for key in {(b.page, b.key) for b in boxes if b.in_margin})
    on_pages = Counter(key for _page, key in counts)
    return {key for key, n in on_pages.items() if n >= max(2, _REPEATS * pages)}


def _is_page_number(box: _Box) -> bool:
    return len(box.lines) == 1 and bool(_PAGE_NUMBER.match(box.lines[0]))

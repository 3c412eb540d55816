"""Markdown (CommonMark, with tables): its headings and paragraphs, not its markup.

The text is parsed by markdown-it-py (the well-kept CommonMark parser) into HTML and read as
a web page is (:mod:`bitext.readers.html`): ``#`` headings are headings (the first, before
any paragraph, the title), paragraphs, list items, table cells and quotations are
paragraphs; emphasis, links and inline code keep their text only, images their place.
Code blocks (fenced or indented) are code, not prose, and are left out. A YAML front matter
block (``---`` lines around ``title: ...``, as static site generators write it) gives the
title and is not text.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import regex
from markdown_it import MarkdownIt

from bitext.readers import html
from bitext.readers.base import ReadHints, SourceText
from bitext.text.decode import decode_bytes

NAME = "markdown"
DESCRIPTION = "Markdown"
PARAGRAPHS = "Paragraphs and headings are the Markdown's own blocks (code blocks left out)"

_FRONT_MATTER = regex.compile(
    r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S
)
_TITLE = regex.compile(r"""^title[ \t]*:[ \t]*(["']?)(.*?)\1[ \t]*$""", regex.M)


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The Markdown's headings and paragraphs as marked blocks, and its front matter's title."""
    text = decode_bytes(data, path, hints.lang, hints.encoding or None).text
    title = ""
    front = _FRONT_MATTER.match(text)
    if front:
        found = _TITLE.search(front.group(1))
        title = " ".join(found.group(2).split()) if found else ""
        text = text[front.end() :]
    page = _parser().render(text)
    source = html.read(f"<html><body>{page}</body></html>".encode(), path, hints)
    return replace(source, format=NAME, title=title)


def _parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough; raw HTML passes to the HTML reader, code
    blocks render as nothing."""
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    for rule in ("fence", "code_block"):
        parser.add_render_rule(rule, _nothing)
    return parser


def _nothing(*_: Any) -> str:
    return ""

"""Subtitles (SubRip ``.srt`` and WebVTT ``.vtt``): the spoken text, in paragraphs by pauses.

A subtitle file is a list of cues, each a time span and a line or two of text; a sentence
often runs over two cues. The cues' text is joined (markup such as ``<i>`` and ASS
overrides such as ``{\\an8}`` dropped, a ``<br>`` read as a space, so are WebVTT's notes,
styles and regions; WebVTT's character references, ``&amp;`` ``&lt;`` ``&nbsp;``, read as
the characters), and a pause of :data:`PAUSE_SECONDS` or more between two cues starts a
new paragraph; the sentences are then found in the paragraphs as in any text. Timings are
not kept.
"""

from __future__ import annotations

import html
from pathlib import Path

import regex

from bitext.errors import ParseError
from bitext.readers.base import PARAGRAPH, SUBTITLE_TIME, ReadHints, SourceText, TextBlock
from bitext.text.decode import decode_bytes

NAME = "subtitles"
DESCRIPTION = "Subtitles (SRT, WebVTT)"
PARAGRAPHS = "Paragraphs are the subtitles' runs of cues without a pause of two seconds"
# A pause this long between two cues ends a paragraph.
PAUSE_SECONDS = 2.0

_TIMING = regex.compile(rf"^\s*{SUBTITLE_TIME}\s*-->\s*{SUBTITLE_TIME}")
_MARKUP = regex.compile(r"<[^<>\n]*>|\{\\[^{}\n]*\}")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The subtitles' text as paragraphs, a new one after each pause."""
    text = decode_bytes(data, path, hints.lang, hints.encoding or None).text
    paragraphs: list[list[str]] = []
    last_end: float | None = None
    for start, end, words in _cues(text, webvtt=text.lstrip("\ufeff").startswith("WEBVTT")):
        if not words:
            continue
        if last_end is None or start - last_end >= PAUSE_SECONDS or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(words)
        last_end = end
    if not paragraphs:
        raise ParseError("holds no subtitle with text; give an SRT or WebVTT file", path)
    blocks = tuple(
        TextBlock((" ".join(cues),), PARAGRAPH, number) for number, cues in enumerate(paragraphs, 1)
    )
    return SourceText(NAME, blocks=blocks, place="paragraph")


def _cues(text: str, webvtt: bool = False) -> list[tuple[float, float, str]]:
    """(start, end, text) of each cue, in the file's order; in a WebVTT file (``webvtt``),
    character references read as the characters they stand for, after the markup is gone
    (``&lt;b&gt;`` is text)."""
    cues = []
    for chunk in regex.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = chunk.strip("\n").split("\n")
        at = next((k for k, line in enumerate(lines[:3]) if _TIMING.match(line)), None)
        if at is None or lines[0].startswith(_VTT_BLOCKS):
            continue
        timing = _TIMING.match(lines[at])
        assert timing is not None  # found just above
        words = " ".join(_MARKUP.sub(_unmarked, line).strip() for line in lines[at + 1 :])
        words = html.unescape(words) if webvtt else words
        cues.append(
            (_seconds(timing.groups()[:4]), _seconds(timing.groups()[4:]), " ".join(words.split()))
        )
    return cues


def _unmarked(markup: regex.Match[str]) -> str:
    """What a piece of markup leaves in the text: a line break (``<br>``) a space, else
    nothing."""
    return " " if markup.group()[:3].lower() == "<br" else ""


def _seconds(parts: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, fraction = parts
    return (
        int(hours or 0) * 3600
        + int(minutes or 0) * 60
        + int(seconds or 0)
        + int((fraction or "0").ljust(3, "0")) / 1000
    )

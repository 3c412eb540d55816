"""Plain files with one sentence a line (the input of most aligners) as documents."""

from __future__ import annotations

from pathlib import Path

from bitext._chars import split_lines
from bitext.errors import ParseError
from bitext.ids import block_id, division_id, sentence_id
from bitext.lang import check_language_tag
from bitext.lang.scripts import warn_if_mismatched
from bitext.model import Block, Division, Document, Header, Sentence
from bitext.text.decode import decode_bytes
from bitext.text.normalize import normalize_text


def read_sentence_lines(path: str | Path, lang: str, encoding: str | None = None) -> Document:
    """Read a file of one sentence a line into a one-paragraph document.

    Sentence ``k`` (1-based line number) gets the id ``<lang>.p1.s<k>``. Empty lines are
    refused: they would shift every index after them.
    """
    check_language_tag(lang)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", path) from exc
    text = normalize_text(decode_bytes(data, path, lang, encoding).text).text
    warn_if_mismatched(text, lang, str(path))
    lines = split_lines(text)
    if not lines:
        raise ParseError("the file is empty; give one sentence a line", path)
    sentences = []
    paragraph = block_id(lang, "body", "p", 1)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            raise ParseError("empty line; give exactly one sentence a line", path, number)
        sentences.append(Sentence(sentence_id(paragraph, number), line.strip()))
    body = (
        Division(
            division_id(lang, "body", 1), "lines", None, (Block(paragraph, tuple(sentences)),)
        ),
    )
    header = Header(title=Path(path).name, source=f"One sentence a line: {Path(path).name}.")
    return Document(lang, header, body)

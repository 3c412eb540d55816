"""Hypothesis strategies that build valid bitext documents from arbitrary Unicode."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from bitext._chars import XML_FORBIDDEN
from bitext.model import (
    Author,
    Block,
    Division,
    Document,
    Header,
    Identifier,
    RelatedItem,
    Responsibility,
    Sentence,
)

# Arbitrary text with the characters that stress XML writers: Hangul, markup characters,
# quotes, controls, combining marks and astral characters.
raw_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("&<>\"'\u1100\u1161\u11a8한국어\x00\x07\x0b\r\n\t\u0301\U0001f600"),
    ),
    max_size=40,
)


def clean(text: str) -> str:
    """What the library accepts: NFC, no XML-forbidden characters, no surrounding space."""
    return unicodedata.normalize("NFC", XML_FORBIDDEN.sub("", text)).strip()


valid_text = raw_text.map(clean).filter(lambda t: bool(t) and unicodedata.is_normalized("NFC", t))
free_text = raw_text.map(lambda t: unicodedata.normalize("NFC", XML_FORBIDDEN.sub("", t)))


@st.composite
def blocks(draw: st.DrawFn, prefix: str) -> Block:
    texts = draw(st.lists(valid_text, min_size=1, max_size=3))
    return Block(prefix, tuple(Sentence(f"{prefix}.s{i}", t) for i, t in enumerate(texts, 1)))


@st.composite
def divisions(draw: st.DrawFn, lang: str, part: str, count: int) -> tuple[Division, ...]:
    out = []
    for d in range(1, count + 1):
        base = f"{lang}.{part}{d}"
        head = draw(blocks(f"{base}.h")) if draw(st.booleans()) else None
        n = draw(st.integers(min_value=0 if head else 1, max_value=3))
        paragraphs = tuple(draw(blocks(f"{base}.p{i}")) for i in range(1, n + 1))
        out.append(
            Division(base, draw(st.sampled_from(["section", "opening", "x"])), head, paragraphs)
        )
    return tuple(out)


@st.composite
def headers(draw: st.DrawFn) -> Header:
    return Header(
        title=draw(valid_text),
        authors=tuple(
            Author(draw(valid_text), draw(free_text)) for _ in range(draw(st.integers(0, 2)))
        ),
        responsibilities=(Responsibility(draw(valid_text), draw(valid_text)),)
        if draw(st.booleans())
        else (),
        date=draw(st.sampled_from(["", "2024-08-07", "August 2024"])),
        publisher=draw(st.one_of(st.just(""), valid_text)),
        identifiers=(Identifier("series", draw(valid_text)),) if draw(st.booleans()) else (),
        related=(RelatedItem("original", draw(valid_text), "https://example.org/?p=1", "ko"),)
        if draw(st.booleans())
        else (),
        notes=tuple(draw(st.lists(valid_text, max_size=2))),
        source=draw(free_text),
        segmentation=draw(st.one_of(st.just(""), valid_text)),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    lang = draw(st.sampled_from(["en", "ko", "ko-KR", "de"]))
    return Document(
        lang=lang,
        header=draw(headers()),
        front=draw(divisions(lang, "f", draw(st.integers(0, 1)))),
        body=draw(divisions(lang, "d", draw(st.integers(1, 3)))),
        back=draw(divisions(lang, "b", draw(st.integers(0, 1)))),
    )

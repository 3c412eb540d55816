"""A sentence's span, and the last step of splitting: the marks that end a sentence kept
with it (no sentence is marks alone or opens with a closing mark)."""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence: its text and its ``[start, end)`` character offsets in the input."""

    start: int
    end: int
    text: str


def marks_kept_with_sentence(spans: list[Span], text: str, closing: str) -> list[Span]:
    """The spans with the marks that end a sentence kept with it: a span that has no letter
    or digit (French spaces a question mark after an ellipsis, "monsieur... ?", and a
    closing guillemet, "demain. »") joined to the one before, and a span's first word that
    is ``closing`` marks alone (a quotation closed that opened in a paragraph before:
    "reviendrai. » Puis") moved to the one before. No sentence is marks alone or opens with
    a closing one."""
    joined: list[Span] = []
    for span in spans:
        if not joined:
            joined.append(span)
            continue
        first = _FIRST_WORD.match(span.text)
        assert first is not None
        if _NO_WORD.fullmatch(span.text) or not first.group().strip(closing):
            cut = span.end if _NO_WORD.fullmatch(span.text) else span.start + first.end()
            start = joined[-1].start
            joined[-1] = Span(start, cut, text[start:cut])
            if cut < span.end:
                rest = len(text) - len(text[cut:].lstrip())
                joined.append(Span(rest, span.end, text[rest : span.end]))
        else:
            joined.append(span)
    return joined


# A text without a letter, a mark of a letter or a digit; the first word of a text.
_NO_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
_FIRST_WORD = regex.compile(r"\S*")

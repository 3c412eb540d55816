"""Line breaks the segmenter doubts: two lines that a language's rules read as one sentence.

Text given one sentence a line was often split by a simpler rule than bitext's (after every
period before a capital): ``Sgt.`` / ``Pierre Lemaitre said DNA testing ...``, ``(CNN) A
U.S.`` / ``Air Force B-52 ...``. Such a break is probably a splitting error, and the aligner
lets the two lines share a bead at no extra cost. Only a period after a word that can fail to
end a sentence (a title, an abbreviation, a word that takes a number, an initialism or a
single letter, as the language's data lists them) is looked at; the segmenter then decides.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bitext.lang import LanguageRules, get_rules
from bitext.segment.engine import split_sentences


def joined_lines(lines: Sequence[str], lang: str) -> list[bool]:
    """For each line but the last, whether it and the next read as one sentence to the
    segmenter of ``lang`` (one value fewer than there are lines).

    >>> joined_lines(["The crew spoke to Sgt.", "Pierre Lemaitre.", "He left."], "en")
    [True, False]
    """
    rules = get_rules(lang, fallback=True)
    return [
        _may_continue(left, right, rules) and _one_sentence(left, right, lang)
        for left, right in itertools.pairwise(lines)
    ]


def _may_continue(left: str, right: str, rules: LanguageRules) -> bool:
    """A quick test that rules out most breaks before the segmenter is asked: the next line
    starts with a word that continues a sentence (Korean 라고 after a quotation), or the
    line ends in a period after a word that may not end a sentence and the next line does
    not start in lower case (a lower-case start is as often noise in the source data as a
    split)."""
    stripped = left.rstrip().rstrip(rules.closers)
    following = right.lstrip().lstrip(rules.openers)
    if not stripped or not following:
        return False
    first_word = following.split(None, 1)[0].rstrip(",.")
    if first_word in rules.continuations or (
        rules.continuation_starts and first_word.startswith(rules.continuation_starts)
    ):
        return stripped[-1] in rules.terminators
    if not stripped.endswith(".") or following[:1].islower():
        return False
    word = stripped.rsplit(None, 1)[-1].lstrip(rules.openers).rstrip(".")
    lower = word.lower()
    return bool(word) and (
        word in rules.titles
        or lower in rules.abbreviations
        or lower in rules.numbered
        or "." in word
        or len(word) == 1
    )


def _one_sentence(left: str, right: str, lang: str) -> bool:
    """Whether the segmenter finds no sentence end where ``left`` meets ``right``."""
    left = left.rstrip()
    spans = split_sentences(f"{left} {right.lstrip()}", lang)
    return all(span.end != len(left) for span in spans)

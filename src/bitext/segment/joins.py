"""Line breaks the segmenter doubts: two lines that a language's rules read as one sentence.

Text given one sentence a line was often split by a simpler rule than bitext's (after every
period before a capital): ``Sgt.`` / ``Pierre Lemaitre said DNA testing ...``, ``(CNN) A
U.S.`` / ``Air Force B-52 ...``, or before a Korean ``라고`` that continues a quotation. Such a
break is probably a splitting error, and the aligner lets the two lines share a bead at no
extra cost; where both sides have a lone such break at the same point (the same simple rule
split both), it keeps a link from ending there (``bitext.align.costs.SPLIT_SENTENCE_COST``). Only
two kinds of break are looked at, as the language's data lists them: a line that ends in a
period after a word that can fail to end a sentence (a title, an abbreviation, a word that
takes a number, an initialism or a single letter), and a line whose next one starts with a
word that continues a sentence; the segmenter then decides.
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
    """A quick test that rules out most breaks before the segmenter is asked."""
    ending = left.rstrip().rstrip(rules.closers)
    following = right.lstrip().lstrip(rules.openers).lstrip()
    if not ending or not following:
        return False
    if _starts_continuation(following, rules):
        return ending[-1] in rules.terminators
    return _ends_in_abbreviation(ending, rules) and not rules.starts_lower(following)


def _starts_continuation(text: str, rules: LanguageRules) -> bool:
    """Whether ``text`` starts with a word that continues a sentence (Korean 라고)."""
    word = text.split(None, 1)[0].rstrip(",.")
    return word in rules.continuations or bool(
        rules.continuation_starts and word.startswith(rules.continuation_starts)
    )


def _ends_in_abbreviation(text: str, rules: LanguageRules) -> bool:
    """Whether ``text`` ends in a period after a word that may not end a sentence (a lower-
    case start of the next line is left alone: in source data it is as often noise as a
    split)."""
    if not text.endswith("."):
        return False
    word = text.rsplit(None, 1)[-1].lstrip(rules.openers).rstrip(".")
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

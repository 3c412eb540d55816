"""Sentence alignment of lists of sentences and of batches: a first pass on every pair, word
pairs learned from all of them, a second pass on every pair (see :mod:`bitext.align.passes`)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace

from bitext._collector import with_collector_paused
from bitext.align.costs import AlignOptions, Bead, Pair, Progress
from bitext.align.lexicon import Lexicon
from bitext.align.overlap import OverlapScorer
from bitext.align.passes import FirstPass, first_pass, learned_lexicon, second_pass
from bitext.align.scoring import Scorer
from bitext.errors import SameLanguageWarning
from bitext.lang import primary_subtag
from bitext.segment import joined_lines


def align_sentences(
    source: Sequence[str],
    target: Sequence[str],
    source_lang: str,
    target_lang: str,
    *,
    scorers: Sequence[Scorer] | None = None,
    lexicon: Lexicon | None = None,
    locked: Sequence[Bead] = (),
    source_blocks: Sequence[int] | None = None,
    target_blocks: Sequence[int] | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[Bead]:
    """Align two lists of sentences; return beads covering every sentence once, in order.

    ``scorers`` default to an :class:`OverlapScorer` with the bundled lexicon for the pair
    (plus ``lexicon``). ``locked`` beads (manual links) are kept unchanged and only the gaps
    between them are aligned. ``*_blocks`` give each sentence's paragraph number, so beads
    that span a paragraph boundary cost more.

    >>> beads = align_sentences(["Japan acts.", "In 2024."], ["일본이 행동한다.", "2024년에."],
    ...                         "en", "ko")
    >>> [(b.source, b.target) for b in beads]
    [((0,), (0,)), ((1,), (1,))]
    """
    pair = Pair(source, target, locked, source_blocks, target_blocks)
    options = options or AlignOptions()
    return align_batch(
        [pair],
        source_lang,
        target_lang,
        scorers=scorers,
        lexicon=lexicon,
        options=options,
        progress=progress,
    )[0]


@with_collector_paused
def align_batch(
    pairs: Sequence[Pair],
    source_lang: str,
    target_lang: str,
    *,
    scorers: Sequence[Scorer] | None = None,
    lexicon: Lexicon | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[list[Bead]]:
    """Align many document pairs of one language pair; word pairs for the second pass are
    learned from the confident links of all of them (more data, cleaner pairs).

    It is :func:`first_pass` on every pair, :func:`learned_lexicon` of them all, then
    :func:`second_pass` on every pair: the steps a batch on many processes or machines runs.
    A pair's breaks that the segmenter reads as no sentence end are found here where the
    pair does not give them (:func:`with_joins`).
    """
    options = options or AlignOptions()
    if primary_subtag(source_lang) == primary_subtag(target_lang):
        warnings.warn(
            SameLanguageWarning(f"aligning two texts in the same language ({source_lang})"),
            stacklevel=2,
        )
    scorers = (
        list(scorers) if scorers is not None else default_scorers(source_lang, target_lang, lexicon)
    )
    pairs = [with_joins(p, source_lang, target_lang) for p in pairs]
    passes = 2 if options.realign else 1
    tell = _overall_progress(pairs, passes, progress)
    firsts = [first_pass(p, scorers, options, tell(0, k)) for k, p in enumerate(pairs)]
    if not options.realign:
        return [first.beads for first in firsts]
    learned = learned_lexicon(firsts)
    return [
        second_pass(p, first, scorers, learned, options, tell(1, k))
        for k, (p, first) in enumerate(zip(pairs, firsts, strict=True))
    ]


def with_joins(pair: Pair, source_lang: str, target_lang: str) -> Pair:
    """The pair with, on each side that lacks them, the breaks between its sentences that
    the language's segmenter reads as no sentence end (``Sgt.`` / ``Pierre Lemaitre said``:
    lines split by a simpler rule; see :func:`bitext.segment.joined_lines`)."""
    source = pair.source_joins
    target = pair.target_joins
    if source is not None and target is not None:
        return pair
    return replace(
        pair,
        source_joins=joined_lines(pair.source, source_lang) if source is None else source,
        target_joins=joined_lines(pair.target, target_lang) if target is None else target,
    )


def _overall_progress(
    pairs: Sequence[Pair], passes: int, progress: Progress | None
) -> Callable[[int, int], Progress | None]:
    """Per pass and pair, a callback that reports to ``progress`` the source sentences done
    over all passes and pairs (so one bar moves steadily from 0 to the end)."""
    sizes = [len(p.source) for p in pairs]
    total = max(1, sum(sizes) * passes)

    def for_pair(pass_number: int, index: int) -> Progress | None:
        if progress is None:
            return None
        done_before = pass_number * sum(sizes) + sum(sizes[:index])
        return lambda position, _size: progress(min(total, done_before + position), total)

    return for_pair


def default_scorers(
    source_lang: str, target_lang: str, lexicon: Lexicon | None = None
) -> list[Scorer]:
    """The built-in scorer: overlap of numbers, names, Latin words and lexicon concepts, with
    the bundled lexicon of the language pair plus ``lexicon``."""
    bundled = Lexicon.bundled(source_lang, target_lang)
    return [OverlapScorer(source_lang, target_lang, bundled.merged(lexicon or Lexicon()))]


__all__ = [
    "FirstPass",
    "align_batch",
    "align_sentences",
    "default_scorers",
    "first_pass",
    "learned_lexicon",
    "second_pass",
    "with_joins",
]

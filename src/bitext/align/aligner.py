"""Sentence alignment: anchors first, then a banded dynamic program, then a second pass with
word pairs learned from the first (as hunalign's realign mode does)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import replace

from bitext.align.costs import (
    BEADS,
    SIMPLE_BEADS,
    AlignOptions,
    Bead,
    LengthModel,
    Pair,
    Progress,
)
from bitext.align.job import PairSearch
from bitext.align.lexicon import Lexicon
from bitext.align.scoring import LearningScorer, OverlapScorer, Scorer
from bitext.errors import AlignmentError, SameLanguageWarning
from bitext.lang import primary_subtag


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
    learned from the confident links of all of them (more data, cleaner pairs)."""
    options = options or AlignOptions()
    if primary_subtag(source_lang) == primary_subtag(target_lang):
        warnings.warn(
            SameLanguageWarning(f"aligning two texts in the same language ({source_lang})"),
            stacklevel=2,
        )
    if scorers is None:
        bundled = Lexicon.bundled(source_lang, target_lang)
        scorers = [OverlapScorer(source_lang, target_lang, bundled.merged(lexicon or Lexicon()))]
    jobs = [
        PairSearch(p.source, p.target, p.source_blocks, p.target_blocks, options, progress)
        for p in pairs
    ]
    locks = [_checked_locks(p.locked, len(p.source), len(p.target)) for p in pairs]
    if options.realign:
        # The first pass only has to find confident 1-1 links to learn from.
        for job in jobs:
            job.beads = SIMPLE_BEADS
    results = [job.run(list(scorers), lock) for job, lock in zip(jobs, locks, strict=True)]
    if not options.realign:
        return results
    teachers = [_teachers(beads, options.confident) for beads in results]
    learned = _learned_scorers(scorers, pairs, teachers)
    for job, pair_teachers in zip(jobs, teachers, strict=True):
        job.set_lengths(
            LengthModel.estimate(
                [(len(job.source[i]), len(job.target[j])) for i, j in pair_teachers],
                job.lengths.ratio,
            )
        )
        job.beads = BEADS
    return [
        job.run(list(scorers), lock, anchor_scorers=learned)
        for job, lock in zip(jobs, locks, strict=True)
    ]


def _teachers(beads: Sequence[Bead], confident: float) -> list[tuple[int, int]]:
    """The 1-1 links a second pass may learn from: manual ones and confident automatic ones."""
    return [
        (b.source[0], b.target[0])
        for b in beads
        if len(b.source) == len(b.target) == 1 and (b.manual or (b.score or 0) >= confident)
    ]


def _learned_scorers(
    scorers: Sequence[Scorer], pairs: Sequence[Pair], teachers: Sequence[list[tuple[int, int]]]
) -> list[Scorer]:
    source = [s for p in pairs for s in p.source]
    target = [t for p in pairs for t in p.target]
    offsets, shifted = (0, 0), []
    for pair, links in zip(pairs, teachers, strict=True):
        shifted += [(i + offsets[0], j + offsets[1]) for i, j in links]
        offsets = (offsets[0] + len(pair.source), offsets[1] + len(pair.target))
    return [
        s.learned(source, target, shifted) if isinstance(s, LearningScorer) else s for s in scorers
    ]


def _document_order(beads: Sequence[Bead]) -> list[Bead]:
    """Beads in document order on both sides: those with source sentences by source
    position, each target-only bead (0-1) before the first later bead on the target side."""
    with_source = sorted((b for b in beads if b.source), key=lambda b: min(b.source))
    target_only = sorted((b for b in beads if not b.source), key=lambda b: min(b.target))
    ordered: list[Bead] = []
    waiting = iter(target_only)
    pending = next(waiting, None)
    for bead in with_source:
        while pending is not None and bead.target and min(pending.target) < min(bead.target):
            ordered.append(pending)
            pending = next(waiting, None)
        ordered.append(bead)
    if pending is not None:
        ordered += [pending, *waiting]
    return ordered


def _checked_locks(locked: Sequence[Bead], n: int, m: int) -> list[Bead]:
    """The manual beads in document order (as given when that order is valid), checked."""
    try:
        _check_order(locked, n, m)
        ordered = list(locked)
    except AlignmentError:
        ordered = _document_order(locked)
        _check_order(ordered, n, m)
    return [replace(b, manual=True) for b in ordered]


def _check_order(ordered: Sequence[Bead], n: int, m: int) -> None:
    last_source = last_target = -1
    for bead in ordered:
        for side, indexes, last, size in (
            ("source", bead.source, last_source, n),
            ("target", bead.target, last_target, m),
        ):
            if any(k < 0 or k >= size for k in indexes):
                raise AlignmentError(f"manual link points outside the {side} ({indexes})")
            if indexes and (
                min(indexes) <= last or list(indexes) != list(range(min(indexes), max(indexes) + 1))
            ):
                raise AlignmentError(
                    f"manual links must be contiguous and in order on the {side} side "
                    f"(at sentence {min(indexes) + 1}); fix or unlock the crossing links"
                )
        last_source = max(bead.source, default=last_source)
        last_target = max(bead.target, default=last_target)

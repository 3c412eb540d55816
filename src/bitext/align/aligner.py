"""Sentence alignment: anchors first, then a banded dynamic program, then a second pass with
word pairs learned from the first (as hunalign's realign mode does)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from bitext.align.costs import (
    SIMPLE_BEADS,
    AlignOptions,
    Bead,
    LengthModel,
    Pair,
    Progress,
)
from bitext.align.job import PairSearch
from bitext.align.lexicon import Lexicon
from bitext.align.scoring import (
    LearningScorer,
    OverlapScorer,
    Scorer,
    WordCounts,
    pooled_counts,
)
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
    learned from the confident links of all of them (more data, cleaner pairs).

    It is :func:`first_pass` on every pair, :func:`learned_lexicon` of them all, then
    :func:`second_pass` on every pair: the steps a batch on many processes or machines runs.
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


@dataclass(frozen=True)
class FirstPass:
    """What the first pass over one pair found: its beads, the confident 1-1 links to learn
    from, their word counts, and the length ratio it settled on (and whether it estimated
    it from anchors). A small value, sent back from a worker in a batch."""

    beads: list[Bead]
    teachers: tuple[tuple[int, int], ...]
    counts: WordCounts
    ratio: float
    estimated: bool


def first_pass(
    pair: Pair,
    scorers: Sequence[Scorer],
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> FirstPass:
    """Align one pair once. With ``options.realign`` (the default) only 1-1, 1-0 and 0-1
    beads are looked for, to find confident links to learn word pairs from; without it, the
    beads are the final alignment."""
    options = options or AlignOptions()
    job = PairSearch(
        pair.source, pair.target, pair.source_blocks, pair.target_blocks, options, progress
    )
    locks = _checked_locks(pair.locked, len(pair.source), len(pair.target))
    if options.realign:
        job.beads = SIMPLE_BEADS
    beads = job.run(list(scorers), locks)
    teachers = tuple(_teachers(beads, options.confident)) if options.realign else ()
    counts = WordCounts()
    for scorer in scorers:
        if isinstance(scorer, LearningScorer) and teachers:
            counts = counts.merged(scorer.word_counts(pair.source, pair.target, teachers))
    return FirstPass(beads, teachers, counts, job.lengths.ratio, job.estimated)


def learned_lexicon(firsts: Iterable[FirstPass]) -> Lexicon:
    """The word pairs all the pairs' first passes teach together (counts pooled in the
    order of the pairs, so that it is the same however the passes were distributed)."""
    return pooled_counts(first.counts for first in firsts).lexicon()


def second_pass(
    pair: Pair,
    first: FirstPass,
    scorers: Sequence[Scorer],
    learned: Lexicon,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[Bead]:
    """Align one pair again, with every bead type, a length model estimated from the first
    pass's confident links, and anchors found with the learned word pairs."""
    options = options or AlignOptions()
    job = PairSearch(
        pair.source, pair.target, pair.source_blocks, pair.target_blocks, options, progress
    )
    job.resume(
        LengthModel.estimate(
            [(len(pair.source[i]), len(pair.target[j])) for i, j in first.teachers], first.ratio
        ),
        first.estimated,
    )
    anchoring = [s.with_learned(learned) if isinstance(s, LearningScorer) else s for s in scorers]
    locks = _checked_locks(pair.locked, len(pair.source), len(pair.target))
    return job.run(list(scorers), locks, anchor_scorers=anchoring)


def _teachers(beads: Sequence[Bead], confident: float) -> list[tuple[int, int]]:
    """The 1-1 links a second pass may learn from: manual ones and confident automatic ones."""
    return [
        (b.source[0], b.target[0])
        for b in beads
        if len(b.source) == len(b.target) == 1 and (b.manual or (b.score or 0) >= confident)
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

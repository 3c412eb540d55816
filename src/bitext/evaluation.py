"""Alignment files scored against gold files: TEI alignments or ladder files, one pair or
two folders of them, with warnings of what makes a score doubtful (``bitext evaluate``).

Above every other layer, like :mod:`bitext.pipeline`; the measures themselves are
:mod:`bitext.align.evaluate`'s.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bitext.align import score
from bitext.align.evaluate import (
    BeadKey,
    Confidence,
    Scores,
    confidence,
    finer_links,
    past_the_gold,
    recall_by_type,
    sentences_in_two_beads,
    with_finer_merged,
)
from bitext.errors import EvaluationWarning, FormatError
from bitext.formats.ladder import format_ladder, read_scored_ladder
from bitext.tei import read_alignment


def looks_like_xml(path: str | Path) -> bool:
    """Whether a file starts like XML (after a byte-order mark and white space)."""
    with Path(path).open("rb") as handle:
        return handle.read(200).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def read_beads(path: str | Path) -> list[BeadKey]:
    """The beads of a TEI alignment (as sentence ids) or a ladder file (as positions)."""
    return [bead for bead, _ in read_scored_beads(path)]


def read_scored_beads(path: str | Path) -> list[tuple[BeadKey, float | None]]:
    """:func:`read_beads` with each bead's score (a TEI link's, a ladder line's third
    field; ``None`` where there is none)."""
    if looks_like_xml(path):
        return [
            ((tuple(link.source), tuple(link.target)), link.score)
            for link in read_alignment(path).links
        ]
    return [((tuple(s), tuple(t)), score) for (s, t), score in read_scored_ladder(path)]


@dataclass(frozen=True, slots=True)
class Evaluation:
    """An alignment (or a folder of them) scored against gold: the number of documents,
    precision, recall and F1, recall by bead type (found, in the gold), and how well the
    test links' scores tell right from wrong (``None`` when the test has no scores); then
    how many test links are finer than the gold (:func:`~bitext.align.evaluate.finer_links`)
    and the scores with them merged back into the gold beads they split (the same scores
    when there are none)."""

    documents: int
    scores: Scores
    recall_by_type: dict[str, tuple[int, int]]
    confidence: Confidence | None
    finer: int
    scores_finer_merged: Scores


def evaluate_paths(gold: str | Path, test: str | Path) -> Evaluation:
    """Score the alignment ``test`` against ``gold``: two TEI alignments or two ladder
    files, or two folders of them (paired by file name; every gold file needs its test
    file). Counts are summed over the documents before dividing."""
    return evaluate_pairs(evaluation_pairs(Path(gold), Path(test)))


def evaluate_pairs(pairs: Sequence[tuple[Path, Path]]) -> Evaluation:
    """Score each pair's test file against its gold file (see :func:`evaluate_paths`)."""
    golds, tests, scores = [], [], []
    for gold_path, test_path in pairs:
        golds.append(read_beads(gold_path))
        scored = read_scored_beads(test_path)
        tests.append([bead for bead, _ in scored])
        scores.append([value for _, value in scored])
        warn_doubtful_evaluation(gold_path, test_path, golds[-1], tests[-1])
    has_scores = any(value is not None for values in scores for value in values)
    return Evaluation(
        len(pairs),
        score(golds, tests),
        recall_by_type(golds, tests),
        confidence(golds, tests, scores) if has_scores else None,
        sum(len(finer_links(g, t)) for g, t in zip(golds, tests, strict=True)),
        score(golds, [with_finer_merged(g, t) for g, t in zip(golds, tests, strict=True)]),
    )


def warn_doubtful_evaluation(
    gold_path: Path, test_path: Path, gold: Sequence[BeadKey], test: Sequence[BeadKey]
) -> None:
    """Warn (:class:`~bitext.errors.EvaluationWarning`) of what makes the scores of ``test``
    against ``gold`` doubtful: a sentence in two beads of either (scored as written), a test
    reaching past the gold's last sentence (other sentences, or another segmentation)."""
    for path, beads in ((gold_path, gold), (test_path, test)):
        for side, sentence, first, second in sentences_in_two_beads(beads)[:1]:
            warnings.warn(
                EvaluationWarning(
                    f"{path}: {side} sentence {sentence} is in two beads, "
                    f"{format_ladder([first]).strip()} and {format_ladder([second]).strip()}; "
                    "both are scored as written"
                ),
                stacklevel=2,
            )
    for side, test_last, gold_last in past_the_gold(gold, test):
        warnings.warn(
            EvaluationWarning(
                f"{test_path}: {side} sentence {test_last} is past the last one of the gold "
                f"{gold_path} ({gold_last}): are the two of the same sentences, segmented alike?"
            ),
            stacklevel=2,
        )


def evaluation_pairs(gold: Path, test: Path) -> list[tuple[Path, Path]]:
    """The (gold, test) files to compare: the two files, or the files of two folders
    paired by name; refused where the kinds differ (a TEI alignment against a ladder file,
    a folder against a file) or a gold file has no test file."""
    if gold.is_dir() != test.is_dir():
        raise FormatError(
            f"{gold if gold.is_dir() else test} is a folder and the other is a file; give two "
            "files or two folders"
        )
    if gold.is_dir():
        golds = sorted(p for p in gold.iterdir() if p.is_file() and not p.name.startswith("."))
        if not golds:
            raise FormatError(f"{gold}: no gold files in the folder")
        missing = [p.name for p in golds if not (test / p.name).is_file()]
        if missing:
            raise FormatError(
                f"{test}: no test file {missing[0]} for the gold one in {gold} "
                f"({len(missing)} missing); name each test file as its gold file"
            )
        pairs = [(p, test / p.name) for p in golds]
    else:
        pairs = [(gold, test)]
    kinds = {True: "a TEI alignment", False: "a ladder file"}
    for gold_file, test_file in pairs:
        gold_kind, test_kind = kinds[looks_like_xml(gold_file)], kinds[looks_like_xml(test_file)]
        if gold_kind != test_kind:
            raise FormatError(
                f"{gold_file} is {gold_kind} and {test_file} is {test_kind}; their beads cannot "
                "be compared: give two of one kind"
            )
    return pairs

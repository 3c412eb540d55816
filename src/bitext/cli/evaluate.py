"""``bitext evaluate``: an alignment scored against a gold one (F1, recall by bead type,
how well the link scores tell right links from wrong ones, what a minimum score keeps)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from bitext.align.evaluate import Confidence
from bitext.cli._group import _input_file, cli, reported_warnings
from bitext.errors import FormatError
from bitext.evaluation import Evaluation, evaluate_pairs, evaluation_pairs


@cli.command("evaluate")
@_input_file("gold", folders=True)
@_input_file("test", folders=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as one JSON object.")
def evaluate_command(gold: Path, test: Path, as_json: bool) -> None:
    """Score TEST against GOLD: precision, recall and F1, strict and lax (vecalign's
    definitions), recall by bead type, and, when TEST's links have scores, how well the
    scores tell right links from wrong ones (ROC AUC, the share of wrong links among the
    lowest-scored 10%, calibration error; a higher score must mean a likelier link, as in
    bitext's output) and what a minimum score (--min-score 0.5, 0.9, 0.99) would keep of
    them, and how many of those right. Where links split a gold bead exactly (finer than
    the gold), also the F1 with them merged into it, and the AUC and calibration error with
    them counted right. GOLD and TEST are two TEI alignments, two ladder files (vecalign's
    [0]:[0, 1] lines or hunalign's rungs, 3<TAB>2<TAB>0.42, found from the first line), or
    two folders of them paired by file name (counts summed over the documents). A sentence
    in two beads of either, or a TEST reaching past GOLD's last sentence, is warned of (the
    scores are as written)."""
    try:
        pairs = evaluation_pairs(gold, test)
    except FormatError as exc:  # inputs of two kinds: a usage error, not a bad file
        raise click.UsageError(str(exc)) from exc
    with reported_warnings():
        result = evaluate_pairs(pairs)
    if as_json:
        click.echo(json.dumps(_evaluation_json(result)))
        return
    for line in _evaluation_lines(result):
        click.echo(line)


def _evaluation_json(result: Evaluation) -> dict[str, object]:
    """The evaluation as JSON: the scores at the top (as before), then the rest."""
    return {
        **dataclasses.asdict(result.scores),
        "documents": result.documents,
        "recall_by_type": {
            name: {"found": found, "gold": total}
            for name, (found, total) in result.recall_by_type.items()
        },
        "confidence": (
            dataclasses.asdict(result.confidence) if result.confidence is not None else None
        ),
        "finer": result.finer,
        "finer_merged": dataclasses.asdict(result.scores_finer_merged),
    }


def _evaluation_lines(result: Evaluation) -> list[str]:
    """The evaluation as a few aligned tables of text."""
    scores = result.scores
    lines = [f"{'':10} {'strict':>7} {'lax':>7}"]
    for name in ("precision", "recall", "f1"):
        strict, lax = getattr(scores, name + "_strict"), getattr(scores, name + "_lax")
        lines.append(f"{name:10} {strict:7.3f} {lax:7.3f}")
    merged = result.scores_finer_merged
    if result.finer:
        lines.append(
            f"{'f1 merged':10} {merged.f1_strict:7.3f} {merged.f1_lax:7.3f}   (the "
            f"{result.finer} links finer than the gold merged into the gold beads they split)"
        )
    lines += ["", f"{'bead type':10} {'gold':>7} {'found':>7} {'recall':>7}"]
    for name, (found, total) in result.recall_by_type.items():
        recall = f"{found / total:7.3f}" if total else f"{'-':>7}"
        lines.append(f"{name:10} {total:7d} {found:7d} {recall}")
    known = result.confidence
    if known is None:
        return [*lines, "", "link scores: none in TEST (its links carry no score)"]
    auc = f"{known.auc:.3f}" if known.auc is not None else "- (no wrong or no right link)"
    calibration = (
        f"{known.calibration_error:.3f}"
        if known.calibration_error is not None
        else "- (scores outside 0..1)"
    )
    reviewed = round(known.wrong_found_in_lowest * known.wrong)
    return [
        *lines,
        "",
        f"link scores ({known.links} links with text on both sides, {known.wrong} wrong):",
        f"  ROC AUC (a right link outscores a wrong one)  {auc}",
        f"  wrong links among the lowest-scored 10%      "
        f"{known.wrong_found_in_lowest:.2f} ({reviewed} of {known.wrong})",
        f"  calibration error                            {calibration}",
        *_finer_lines(known),
        *_kept_lines(known),
    ]


def _kept_lines(known: Confidence) -> list[str]:
    """What each minimum score keeps (``--min-score`` of align and export): the share of
    the links, and the share of those right."""
    lines = [
        f"    links scored {kept.score:g} or more (--min-score {kept.score:g}): "
        f"{kept.links / known.links:.1%} of the links, {kept.precision:.1%} of them right"
        for kept in known.kept
        if kept.precision is not None
    ]
    return ["  what a minimum score keeps:", *lines] if lines else []


def _finer_lines(known: Confidence) -> list[str]:
    """The AUC and calibration error again with the links finer than the gold counted
    right (none when no link is)."""
    if not known.finer:
        return []
    auc = f"{known.auc_finer_right:.3f}" if known.auc_finer_right is not None else "-"
    calibration = (
        f"{known.calibration_error_finer_right:.3f}"
        if known.calibration_error_finer_right is not None
        else "-"
    )
    return [
        f"  with the {known.finer} links that split a gold bead exactly counted right "
        "(finer than the gold):",
        f"    ROC AUC {auc}, calibration error {calibration}",
    ]

"""Commands on aligned pairs: align and build (export and import: :mod:`bitext.cli.exchange`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from bitext.align import AlignOptions, Lexicon, align
from bitext.cli._group import (
    _certainty,
    _format_named_by,
    _input_file,
    _progress,
    _refuse_output_over_input,
    _review_below_option,
    cli,
    counted,
    reported_warnings,
)
from bitext.exchange import export_alignment
from bitext.formats.registry import canonical_format, format_names
from bitext.lang import check_language_tag
from bitext.model import Alignment, Document
from bitext.pipeline import AlignmentOutput, build_corpus, load_alignment_input, load_kept_alignment
from bitext.stats import alignment_stats


@cli.command("align")
@_input_file("source")
@_input_file("target")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; its extension names the format: .xml (TEI alignment, with the "
    "documents beside it), .tmx, .xlf (XLIFF 1.2), .po, .tsv, .jsonl, .html.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    help=f"Format of OUTPUT, instead of its extension: tei, {', '.join(format_names())}.",
)
@click.option(
    "--ladder",
    is_flag=True,
    help="Write [0]:[0, 1]:0.98 lines as vecalign does (the third field: the link's score).",
)
@click.option("--source-lang", help="Language of SOURCE (default: detected from its text).")
@click.option("--target-lang", help="Language of TARGET (default: detected from its text).")
@click.option(
    "--keep",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Alignment whose manual links are kept (default: a TEI OUTPUT if it exists).",
)
@click.option(
    "--lexicon",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your own word pairs, SOURCE<TAB>TARGET[,TARGET] a line, added to the bundled lexicon.",
)
@click.option("--no-realign", is_flag=True, help="One pass only (no learned word pairs).")
@_review_below_option
@click.option(
    "--lines",
    is_flag=True,
    help="Plain-text inputs hold one sentence a line (default: decided from the text; "
    "always so with --ladder).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no report on stderr.")
def align_command(
    source: Path,
    target: Path,
    output: Path,
    fmt: str | None,
    ladder: bool,
    source_lang: str | None,
    target_lang: str | None,
    keep: Path | None,
    lexicon: Path | None,
    no_realign: bool,
    review_below: float | None,
    lines: bool,
    quiet: bool,
) -> None:
    """Align SOURCE and TARGET and write OUTPUT: two files in, a TMX (or TEI, XLIFF, PO ...)
    out, in one command.

    SOURCE and TARGET may be plain text (in paragraphs, or one sentence a line), DOCX,
    ODT, HTML, EPUB, Markdown, subtitles, PDF, HWPX or TEI documents, in any language: the
    format is found from the content and the language detected (--source-lang/--target-lang
    override it). Titles,
    bylines and headings are aligned as their own links. A TEI OUTPUT gets the ingested
    documents written beside it (OUTPUT-stem.source.xml, .target.xml), and keeps the manual
    links of --keep (or of an existing OUTPUT): only the gaps between them are aligned.
    """
    _refuse_output_over_input(output, source, target, keep, lexicon)
    out_format = _align_output_format(output, fmt, ladder)
    for code in (source_lang, target_lang):
        if code:
            check_language_tag(code)
    lines = lines or out_format == "ladder"
    reports: list[str] = []  # said at the end: an error stays the only line
    with reported_warnings():
        src = _load_input(source, source_lang, "--source-lang", quiet, reports.append, lines)
        tgt = _load_input(target, target_lang, "--target-lang", quiet, reports.append, lines)
    keep = keep or (output if out_format == "tei" and output.exists() else None)
    destination = AlignmentOutput(output, out_format == "ladder", source, target)
    refs = destination.refs() if out_format in ("tei", "ladder") else _export_refs(output)
    with reported_warnings(), _progress("aligning", quiet) as progress:
        alignment = align(
            src,
            tgt,
            source_ref=refs[0],
            target_ref=refs[1],
            keep=load_kept_alignment(keep) if keep else None,
            lexicon=Lexicon.load(lexicon) if lexicon else None,
            options=AlignOptions(realign=not no_realign),
            progress=progress,
        )
    if out_format in ("tei", "ladder"):
        destination.write(alignment, src, tgt)
        written = [str(output)]
    else:
        exported = export_alignment(
            alignment, src, tgt, out_format, output, review_below=review_below
        )
        written = [f"{e.path} ({counted(e.units, 'unit')}, {e.format})" for e in exported]
    reports.append(_alignment_report(written, alignment, review_below))
    for line in [] if quiet else reports:
        click.echo(line, err=True)


def _alignment_report(written: list[str], alignment: Alignment, review_below: float | None) -> str:
    """What align wrote and the links it made: how many of each type, manual links kept, and
    how many to review first."""
    stats = alignment_stats(alignment, review_below)
    return (
        f"{', '.join(written)}: {counted(stats.links, 'link')} ("
        + ", ".join(f"{t}: {n}" for t, n in stats.by_type)
        + f"), {stats.manual} manual kept, {stats.to_review} scored below "
        + f"{stats.review_below:g} to review first"
    )


def _align_output_format(output: Path, fmt: str | None, ladder: bool) -> str:
    """tei, ladder or an export format (:func:`_output_format_named`); a TEI alignment is
    refused on standard output (it is written with the documents it points at)."""
    out_format = _output_format_named(output, fmt, ladder)
    if str(output) == "-" and out_format == "tei":
        raise click.BadParameter(
            "a TEI alignment is written with the documents it points at: give a file name "
            "(or --ladder, or -f tmx, to write to standard output)",
            param_hint="'-o'",
        )
    return out_format


def _output_format_named(output: Path, fmt: str | None, ladder: bool) -> str:
    """tei, ladder or an export format: -f, else --ladder, else the output's extension."""
    if fmt:
        name = canonical_format(fmt)
        if name != "tei" and name not in format_names():
            raise click.BadParameter(
                f"unknown format {fmt!r}; use tei or one of {', '.join(format_names())}",
                param_hint="'-f'",
            )
        return name
    if ladder:
        return "ladder"
    if output.suffix.lower() == ".xml" or str(output) == "-":
        return "tei"
    return _format_named_by(output, tei=True)


def _export_refs(output: Path) -> tuple[str, str]:
    stem = output.name.split(".")[0] or "bitext"
    return f"{stem}.source.xml", f"{stem}.target.xml"


def _load_input(
    path: Path,
    lang: str | None,
    option: str,
    quiet: bool,
    report: Callable[[str], None],
    lines: bool,
) -> Document:
    with _progress(f"reading {path.name}", quiet) as progress:
        loaded = load_alignment_input(path, lang, option, progress, lines=lines)
    document = loaded.document
    how = {"tei": "TEI", "lines": "one sentence a line"}.get(loaded.format, loaded.format)
    language = document.lang
    if loaded.detected is not None:
        language += f" (detected, {_certainty(loaded.detected, option)})"
    report(f"{path}: {how}, {language}, {counted(len(list(document.sentences())), 'sentence')}")
    return document


@cli.command("build")
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="The corpus folder.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Where to write.",
)
def build_command(corpus: Path, output: Path) -> None:
    """The main job on the bundled corpus: validate it, align each pair automatically and
    score that against the hand-checked links, align again keeping them, export every
    format into OUTPUT, and summarize."""
    report = build_corpus(corpus, output)
    for problem in report.problems:
        click.echo(str(problem))
    if report.problems:
        click.echo(
            f"bitext build: {counted(len(report.problems), 'problem')} in {corpus}; fix them first",
            err=True,
        )
        sys.exit(1)
    for name, scores in report.scores:
        click.echo(
            f"{name}: automatic alignment vs hand-checked links: strict F1 "
            f"{scores.f1_strict:.3f} (P {scores.precision_strict:.3f}, "
            f"R {scores.recall_strict:.3f}), lax F1 {scores.f1_lax:.3f}"
        )
    for path in report.written:
        click.echo(f"  wrote {path}")
    click.echo(f"bitext build: {counted(len(report.written), 'file')} in {output}", err=True)

"""The ``bitext`` command: parse arguments, call one library function, print, map errors.

This is the only module that imports click. Every :class:`~bitext.errors.BitextError` becomes
one line on stderr and exit code 1 (bad data) or 2 (bad usage); no traceback is shown.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from bitext._version import __version__
from bitext.align import AlignOptions, Lexicon, align, read_pairs, score
from bitext.errors import BitextError, OutputError, SameLanguageWarning, UnsupportedLanguageError
from bitext.formats.base import ExportFilter, format_names
from bitext.lang import available_languages, check_language_tag, get_rules
from bitext.model import Author, Identifier, RelatedItem, Responsibility
from bitext.pipeline import (
    IMPORT_FORMATS,
    AlignmentOutput,
    build_corpus,
    export_corpus,
    import_corpus,
    load_alignment_input,
    load_kept_alignment,
    read_beads,
)
from bitext.stats import alignment_stats, describe, document_stats
from bitext.tei import document_to_bytes, read_tei, write_document
from bitext.text import IngestOptions, ingest_file, read_word_list
from bitext.validate import validate_paths

_USAGE_ERRORS = (UnsupportedLanguageError, OutputError)


def _check_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        get_rules(value)
    except UnsupportedLanguageError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _pair(value: str, sep: str, what: str) -> tuple[str, str]:
    left, found, right = value.partition(sep)
    if not found or not left.strip() or not right.strip():
        raise click.BadParameter(f"{value!r} is not {what}")
    return left.strip(), right.strip()


def _abbreviation_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The --abbrev and --abbrev-file options, shared by ingest and segment."""
    command = click.option(
        "--abbrev-file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="File of extra abbreviations, one a line ('#' starts a comment line).",
    )(command)
    return click.option(
        "--abbrev",
        "abbrevs",
        multiple=True,
        metavar="WORD",
        help="Extra abbreviation after which no sentence ends (e.g. 'Amb.'), repeatable.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bitext")
def cli() -> None:
    """bitext: translation-aligned bilingual corpora (TEI P5, alignment, export)."""


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--lang",
    required=True,
    callback=_check_lang,
    help=f"Language of the text (BCP 47 tag; rules exist for: {', '.join(available_languages())}).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TEI file to write (default: standard output).",
)
@click.option("--encoding", help="Decode with this encoding instead of detecting it.")
@click.option("--title", default="", help="Title (default: the longest front-matter line).")
@click.option(
    "--author",
    "authors",
    multiple=True,
    metavar="NAME[;AFFILIATION]",
    help="Author, repeatable (default: the line after the title).",
)
@click.option(
    "--resp",
    "resps",
    multiple=True,
    metavar="ROLE:NAME",
    help="Other responsibility, e.g. 'Korean rendering:bitext contributors'.",
)
@click.option("--date", default="", help="Publication date, ISO 8601 (default: from front matter).")
@click.option("--publisher", default="", help="Publisher.")
@click.option(
    "--idno",
    "idnos",
    multiple=True,
    metavar="TYPE=VALUE",
    help="Publication identifier, repeatable, e.g. 'series=Asan Issue Brief 2024-13(S)'.",
)
@click.option(
    "--related",
    "related",
    multiple=True,
    metavar="RELATION|LANG|URL|TITLE",
    help="Related publication, e.g. 'original|ko|https://...|Title'.",
)
@click.option("--note", "notes", multiple=True, help="Provenance note for the header, repeatable.")
@click.option("--source", default="", help="Description of the source (default: file name).")
@_abbreviation_options
@click.option(
    "--front-blocks",
    type=click.IntRange(min=0),
    help="Number of leading blocks that are front matter (default: detected).",
)
@click.option(
    "--back-blocks",
    type=click.IntRange(min=0),
    help="Number of trailing blocks that are back matter (default: detected).",
)
def ingest(file: Path, lang: str, output: Path | None, **options: Any) -> None:
    """Turn a plain-text FILE into a TEI document with paragraphs and sentences."""
    ingest_options = IngestOptions(
        title=options["title"],
        authors=tuple(_author(a) for a in options["authors"]),
        responsibilities=tuple(
            Responsibility(*_pair(r, ":", "ROLE:NAME")) for r in options["resps"]
        ),
        date=options["date"],
        publisher=options["publisher"],
        identifiers=tuple(Identifier(*_pair(i, "=", "TYPE=VALUE")) for i in options["idnos"]),
        related=tuple(_related(r) for r in options["related"]),
        notes=tuple(options["notes"]),
        source=options["source"],
        encoding=options["encoding"],
        front_blocks=options["front_blocks"],
        back_blocks=options["back_blocks"],
        abbreviations=_abbreviations(options["abbrevs"], options["abbrev_file"]),
    )
    result = ingest_file(file, lang, ingest_options)
    if output is None:
        sys.stdout.buffer.write(document_to_bytes(result.document))
    else:
        write_document(result.document, output)
    body = document_stats(result.document).body
    click.echo(
        f"{output or '<stdout>'}: {body.divisions} divisions, {body.paragraphs} paragraphs, "
        f"{body.sentences} sentences (read {file} as {result.encoding}"
        + (", recomposed to NFC" if result.recomposed else "")
        + (f", {result.dropped_chars} control characters dropped" if result.dropped_chars else "")
        + (f", {result.repaired_breaks} broken paragraphs joined" if result.repaired_breaks else "")
        + ")",
        err=True,
    )


def _abbreviations(words: tuple[str, ...], path: Path | None) -> tuple[str, ...]:
    return words + (read_word_list(path) if path else ())


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", required=True, callback=_check_lang, help="Language of the text.")
@click.option("--encoding", help="Decode with this encoding instead of detecting it.")
@_abbreviation_options
@click.option("--tei", is_flag=True, help="Print a TEI document instead of one sentence a line.")
def segment(
    file: Path,
    lang: str,
    encoding: str | None,
    abbrevs: tuple[str, ...],
    abbrev_file: Path | None,
    tei: bool,
) -> None:
    """Split the paragraphs of a plain-text FILE into sentences, one a line."""
    options = IngestOptions(
        encoding=encoding,
        abbreviations=_abbreviations(abbrevs, abbrev_file),
        front_blocks=0,
        back_blocks=0,
    )
    document = ingest_file(file, lang, options).document
    if tei:
        sys.stdout.buffer.write(document_to_bytes(document))
        return
    for sentence in document.sentences():
        click.echo(sentence.text)


def _author(value: str) -> Author:
    name, _, affiliation = value.partition(";")
    if not name.strip():
        raise click.BadParameter(f"{value!r} has no name")
    return Author(name.strip(), affiliation.strip())


def _related(value: str) -> RelatedItem:
    parts = [p.strip() for p in value.split("|")]
    if len(parts) != 4 or not parts[0] or not parts[3]:
        raise click.BadParameter(f"{value!r} is not RELATION|LANG|URL|TITLE")
    return RelatedItem(relation=parts[0], lang=parts[1], target=parts[2], title=parts[3])


@cli.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def info(files: tuple[Path, ...]) -> None:
    """Show the header and counts of each TEI document or alignment in FILES."""
    for file in files:
        loaded = read_tei(file)
        lines = describe(loaded)
        click.echo(f"{file}")
        for line in lines:
            click.echo(f"  {line}")


@cli.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print problems as JSON lines.")
def validate_command(paths: tuple[Path, ...], as_json: bool) -> None:
    """Validate TEI documents and alignments (files or folders of *.xml).

    Checks the bitext RELAX NG grammar, the Schematron rules and, for an alignment, the
    documents it points at. Prints FILE:LINE: rule: message for each problem; exits 1 if any.
    """
    report = validate_paths(paths)
    problems = report.problems
    for problem in problems:
        if as_json:
            click.echo(json.dumps(dataclasses.asdict(problem), ensure_ascii=False))
        else:
            click.echo(str(problem))
    bad = len({p.path for p in problems})
    checked = len(report.checked)
    summary = f"{checked} file{'s' * (checked != 1)} checked, " + (
        f"{len(problems)} problem{'s' * (len(problems) != 1)} in {bad} file{'s' * (bad != 1)}"
        if problems
        else "all valid"
    )
    click.echo(f"bitext validate: {summary}", err=True)
    if problems:
        sys.exit(1)


@cli.command("align")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Alignment to write (TEI, or ladder lines with --ladder).",
)
@click.option("--ladder", is_flag=True, help="Write [0]:[0, 1] lines (vecalign/bertalign).")
@click.option("--source-lang", help="Language of SOURCE when it is plain text.")
@click.option("--target-lang", help="Language of TARGET when it is plain text.")
@click.option(
    "--keep",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Alignment whose manual links are kept (default: OUTPUT if it exists).",
)
@click.option(
    "--lexicon",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your own word pairs, SOURCE<TAB>TARGET[,TARGET] a line, added to the bundled lexicon.",
)
@click.option("--no-realign", is_flag=True, help="One pass only (no learned word pairs).")
def align_command(
    source: Path,
    target: Path,
    output: Path,
    ladder: bool,
    source_lang: str | None,
    target_lang: str | None,
    keep: Path | None,
    lexicon: Path | None,
    no_realign: bool,
) -> None:
    """Align the sentences of SOURCE and TARGET (TEI documents, or one sentence a line).

    Manual links of --keep (or of an existing OUTPUT) are kept unchanged; only the gaps
    between them are aligned. For plain-text inputs a TEI alignment also writes the two
    documents beside OUTPUT (OUTPUT-stem.source.xml, .target.xml) for its links to point at.
    """
    src = load_alignment_input(source, source_lang, "--source-lang")
    tgt = load_alignment_input(target, target_lang, "--target-lang")
    keep = keep or (output if output.exists() and not ladder else None)
    kept = load_kept_alignment(keep) if keep else None
    destination = AlignmentOutput(output, ladder, source, target)
    refs = destination.refs()
    user_lexicon = Lexicon.from_pairs(read_pairs(lexicon)) if lexicon else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SameLanguageWarning)
        with _progress(len(list(src.sentences()))) as progress:
            alignment = align(
                src,
                tgt,
                source_ref=refs[0],
                target_ref=refs[1],
                keep=kept,
                lexicon=user_lexicon,
                options=AlignOptions(realign=not no_realign),
                progress=progress,
            )
    for warning in caught:
        click.echo(f"bitext: warning: {warning.message}", err=True)
    destination.write(alignment, src, tgt)
    stats = alignment_stats(alignment)
    click.echo(
        f"{output}: {stats.links} links ("
        + ", ".join(f"{t}: {n}" for t, n in stats.by_type)
        + f"), {stats.manual} manual kept",
        err=True,
    )


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for long inputs, when stderr is a terminal."""
    if total < 2000 or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, label="aligning", file=sys.stderr) as bar:
        done = [0]

        def update(position: int, _total: int) -> None:
            bar.update(max(0, position - done[0]))
            done[0] = max(done[0], position)

        yield update


@cli.command("export")
@click.argument("alignment", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    required=True,
    help=f"Format, repeatable or comma-separated: {', '.join(format_names())}.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="File to write (one format; Moses: prefix of OUT.<lang>) or folder (several).",
)
@click.option(
    "--min-score", type=click.FloatRange(0, 1), help="Leave out automatic links scored below this."
)
@click.option("--types", help="Only these link types, e.g. '1-1,2-1'.")
@click.option("--manual-only", is_flag=True, help="Only links made or checked by hand.")
@click.option(
    "--include-unaligned",
    is_flag=True,
    help="Also export links with an empty side (1-0, 0-1), marked as such.",
)
@click.option("--source-code", help="Language code written for the source (e.g. en-US).")
@click.option("--target-code", help="Language code written for the target (e.g. ko-KR).")
def export_command(
    alignment: Path,
    formats: tuple[str, ...],
    output: Path,
    min_score: float | None,
    types: str | None,
    manual_only: bool,
    include_unaligned: bool,
    source_code: str | None,
    target_code: str | None,
) -> None:
    """Export an aligned corpus for CAT tools (TMX, PO, XLIFF) and MT training (Moses, TSV,
    JSONL)."""
    names = [n.strip() for f in formats for n in f.split(",") if n.strip()]
    for code in (source_code, target_code):
        if code:
            check_language_tag(code)
    keep = ExportFilter(
        min_score=min_score,
        types=frozenset(t.strip() for t in types.split(",")) if types else frozenset(),
        manual_only=manual_only,
        include_unaligned=include_unaligned,
    )
    for written in export_corpus(alignment, names, output, keep, source_code, target_code):
        click.echo(f"{written.path}: {written.units} units ({written.format})", err=True)


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
            f"bitext build: {len(report.problems)} problems in {corpus}; fix them first", err=True
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
    click.echo(f"bitext build: {len(report.written)} files in {output}", err=True)


@cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-f",
    "--format",
    "kind",
    required=True,
    type=click.Choice(IMPORT_FORMATS),
    help="Format of FILE.",
)
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the two TEI documents and the TEI alignment.",
)
@click.option(
    "--target",
    "target_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Moses: the target-language file (FILE is the source).",
)
@click.option("--source-lang", help="Moses: language of FILE.")
@click.option("--target-lang", help="Moses: language of --target.")
def import_command(
    file: Path,
    kind: str,
    outdir: Path,
    target_file: Path | None,
    source_lang: str | None,
    target_lang: str | None,
) -> None:
    """Read a TMX, PO, XLIFF or Moses corpus back into TEI documents and an alignment."""
    outdir.mkdir(parents=True, exist_ok=True)
    for path in import_corpus(file, kind, outdir, target_file, source_lang, target_lang):
        click.echo(f"wrote {path}", err=True)


@cli.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("test", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def evaluate_command(gold: Path, test: Path, as_json: bool) -> None:
    """Score TEST against GOLD: precision, recall and F1, strict and lax (vecalign's
    definitions). Both are TEI alignments or both ladder files."""
    scores = score([read_beads(gold)], [read_beads(test)])
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(scores)))
        return
    click.echo(f"{'':10} {'strict':>7} {'lax':>7}")
    for name in ("precision", "recall", "f1"):
        click.echo(
            f"{name:10} {getattr(scores, name + '_strict'):7.3f} "
            f"{getattr(scores, name + '_lax'):7.3f}"
        )


def run(args: Sequence[str] | None = None, entry: click.Command = cli) -> int:
    """Run the CLI with ``args`` and return its exit code (errors as one line, no traceback)."""
    try:
        entry.main(args=args, prog_name="bitext", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except click.Abort:
        click.echo("bitext: aborted", err=True)
        return 130
    except click.UsageError as exc:
        hint = (
            f" (see 'bitext {exc.ctx.command.name} --help')"
            if exc.ctx and exc.ctx.command.name != "cli"
            else ""
        )
        click.echo(f"bitext: error: {exc.format_message()}{hint}", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"bitext: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except _USAGE_ERRORS as exc:
        click.echo(f"bitext: error: {exc}", err=True)
        return 2
    except BitextError as exc:
        click.echo(f"bitext: error: {exc}", err=True)
        return 1
    except BrokenPipeError:
        return 1
    return 0


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())

"""The ``bitext`` command group and what its commands share (the only click users are
this package's modules)."""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from bitext._version import __version__
from bitext.errors import (
    EvaluationWarning,
    GenericRulesWarning,
    InlineCodesWarning,
    OutputError,
    PdfReadWarning,
    SameLanguageWarning,
    UnmappedGlyphsWarning,
    UnsupportedLanguageError,
)
from bitext.formats.registry import format_for_path, format_names
from bitext.lang import check_language_tag
from bitext.lang.detect import Detection
from bitext.lang.scripts import LanguageMismatchWarning
from bitext.model import REVIEW_BELOW

_USAGE_ERRORS = (UnsupportedLanguageError, OutputError)


def _check_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        check_language_tag(value)
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
@click.option(
    "--debug",
    is_flag=True,
    help="On an internal error (a bug in bitext, exit code 3), show its traceback.",
)
def cli(debug: bool) -> None:
    """bitext: translation-aligned bilingual corpora (TEI P5, alignment, export)."""


def _allow_outside_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """The --allow-outside flag of the commands that read an alignment's documents."""
    return click.option(
        "--allow-outside",
        is_flag=True,
        help="Read an alignment's documents even where they are outside its folder "
        "(absolute paths, ../); by default they must be inside it.",
    )(command)


def _input_file(
    name: str, *, folders: bool = False, **extra: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """An existing input file argument where ``-`` means standard input (or a folder, with
    ``folders``)."""
    return click.argument(
        name,
        type=click.Path(exists=True, dir_okay=folders, path_type=Path, allow_dash=True),
        callback=_stdin,
        **extra,
    )


def _review_below_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--review-below: the score under which an automatic link is marked for review."""
    return click.option(
        "--review-below",
        type=click.FloatRange(0, 1),
        help="Mark automatic links scored below this (or not scored) for review: XLIFF 1.2 "
        "needs-review-translation (a unit imported from XLIFF 1.2 keeps its own state), "
        "XLIFF 2.0 subState bitext:needs-review, the HTML view, the "
        f"XLSX sheet, the review editor and the counts of align and info (default {REVIEW_BELOW}), "
        "and in PO the fuzzy flag "
        "(default: every automatic link, so that clearing it confirms a link; with this "
        "option the others are written without it and import as automatic).",
    )(command)


def _stdin(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Callback of file arguments: ``-`` is standard input, read into a temporary file that
    lives as long as the command (the library reads files by path)."""

    def convert(item: Path) -> Path:
        if str(item) != "-":
            return item
        if ctx.meta.get("bitext.stdin_used"):
            raise click.BadParameter("standard input ('-') can be read only once")
        ctx.meta["bitext.stdin_used"] = True
        folder = Path(ctx.with_resource(tempfile.TemporaryDirectory(prefix="bitext-stdin-")))
        path = folder / "stdin"
        path.write_bytes(sys.stdin.buffer.read())
        return path

    if isinstance(value, tuple):
        return tuple(convert(v) for v in value)
    return convert(value) if value is not None else None


def _refuse_output_over_input(output: Path | None, *inputs: Path | None) -> None:
    """Refuse an output that is one of the inputs: writing it would destroy what is read."""
    if output is None or str(output) == "-" or not output.exists():
        return
    for item in inputs:
        if item is not None and item.exists() and output.resolve() == item.resolve():
            raise click.BadParameter(
                f"{output} is also an input; write to another file", param_hint="'-o'"
            )


# The warnings bitext issues to the person running it (each printed once, as one line).
_REPORTED = (
    SameLanguageWarning,
    EvaluationWarning,
    LanguageMismatchWarning,
    GenericRulesWarning,
    InlineCodesWarning,
    UnmappedGlyphsWarning,
    PdfReadWarning,
)


@contextlib.contextmanager
def reported_warnings() -> Iterator[None]:
    """Print the warnings bitext issues inside the block as one line each on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        for category in _REPORTED:
            warnings.simplefilter("always", category)
        try:
            yield
        finally:
            for warning in caught:
                if issubclass(warning.category, _REPORTED):
                    click.echo(f"bitext: warning: {warning.message}", err=True)


@contextlib.contextmanager
def _progress(label: str, quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr while ``label`` runs, when stderr is a terminal and not
    --quiet; the callback takes (done, total), a total of 0 meaning unknown."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    shown = [0.0, 0.0, 0.0]  # when last drawn, whether drawn at all, the furthest point

    def update(done: int, total: int) -> None:
        now = time.monotonic()
        done = max(done, int(shown[2]))  # the bar never moves back
        shown[2] = done
        if now - shown[0] < 0.1 and done < total:
            return
        shown[0], shown[1] = now, 1.0
        what = f"{done}/{total} ({done / total:.0%})" if total else f"{done}"
        click.echo(f"\r{label}: {what}   ", err=True, nl=False)

    try:
        yield update
    finally:
        if shown[1]:
            click.echo(f"\r{label}: done{' ' * 20}", err=True)


def counted(number: int, noun: str) -> str:
    """A count and its noun, singular for one: ``1 paragraph``, ``2 paragraphs``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _certainty(detected: Detection, option: str) -> str:
    """How sure a language detection is, for a report: "99%", or "55%; not sure: give --lang
    if wrong"."""
    sure = "" if detected.sure else f"; not sure: give {option} if wrong"
    return f"{detected.confidence:.0%}{sure}"


def _format_named_by(output: Path, *, tei: bool = False) -> str:
    """The export format OUT's extension names (align and export without -f); a refusal
    names the extensions and formats the command writes (``tei``: align's TEI too)."""
    names = ", ".join([*(["tei"] if tei else []), *format_names()])
    if str(output) == "-":
        raise click.BadParameter(
            f"standard output has no extension to name a format; give -f ({names})",
            param_hint="'-o'",
        )
    found = format_for_path(output)
    if found == "moses":
        raise click.BadParameter(
            f"{output.name}: Moses writes two files, OUT.<source lang> and OUT.<target lang>; "
            "give -f moses and a prefix as -o, or name the file for another format",
            param_hint="'-o'",
        )
    if found is None:
        raise click.BadParameter(
            f"{output.name}: cannot tell the format from the extension; name the file "
            f"{'.xml (TEI), ' if tei else ''}.tmx, .xlf, .po, .tsv, .jsonl, .html or .xlsx, "
            f"or give -f ({names})",
            param_hint="'-o'",
        )
    return found

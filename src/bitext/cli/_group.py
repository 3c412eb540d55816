"""The ``bitext`` command group and what its commands share (the only click users are
this package's modules)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from bitext._version import __version__
from bitext.errors import OutputError, UnsupportedLanguageError
from bitext.lang import get_rules

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

"""The ``bitext`` command: parse arguments, call one library function, print, map errors.

Only this package imports click. Every :class:`~bitext.errors.BitextError` becomes one line on
stderr and exit code 1 (bad data) or 2 (bad usage); anything else is a bug in bitext: one line
and exit code 3 (``--debug`` shows the traceback). No traceback is shown otherwise.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence

import click

from bitext.cli import (  # noqa: F401  (importing them registers the commands)
    batch,
    corpus,
    documents,
    evaluate,
    exchange,
    review,
)
from bitext.cli._group import _USAGE_ERRORS, cli
from bitext.errors import BitextError

__all__ = ["cli", "main", "run"]


# Exit codes: 0 success, 1 bad data, 2 bad usage, 3 a bug in bitext, 130 interrupted.
EXIT_DATA, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 1, 2, 3, 130


def run(args: Sequence[str] | None = None, entry: click.Command = cli) -> int:
    """Run the CLI with ``args`` and return its exit code (errors as one line, no traceback).

    With ``--debug`` (or BITEXT_DEBUG=1) anything unexpected shows its traceback.
    """
    arguments = list(sys.argv[1:] if args is None else args)
    debug = "--debug" in arguments or os.environ.get("BITEXT_DEBUG") == "1"
    arguments = [a for a in arguments if a != "--debug"]
    try:
        return _run(arguments, entry)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        click.echo(
            f"bitext: internal error: {type(exc).__name__}: {exc}. This is a bug in bitext; "
            "run again with --debug to see where, and please report it",
            err=True,
        )
        return EXIT_BUG


def _run(args: list[str], entry: click.Command) -> int:
    try:
        entry.main(args=args, prog_name="bitext", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except click.Abort:
        click.echo("bitext: aborted", err=True)
        return EXIT_INTERRUPTED
    except click.UsageError as exc:
        hint = (
            f" (see 'bitext {exc.ctx.command.name} --help')"
            if exc.ctx and exc.ctx.command.name != "cli"
            else ""
        )
        click.echo(f"bitext: error: {exc.format_message()}{hint}", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        click.echo(f"bitext: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except _USAGE_ERRORS as exc:
        click.echo(f"bitext: error: {_one_line(exc)}", err=True)
        return EXIT_USAGE
    except BitextError as exc:
        click.echo(f"bitext: error: {_one_line(exc)}", err=True)
        return EXIT_DATA
    except BrokenPipeError:
        return EXIT_DATA
    except KeyboardInterrupt:
        click.echo("bitext: interrupted", err=True)
        return EXIT_INTERRUPTED
    except OSError as exc:  # the file system's own word: disk full, read-only, no permission
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"bitext: error: {where}{exc.strerror or exc}", err=True)
        return EXIT_DATA
    return 0


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())

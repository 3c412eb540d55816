"""The ``bitext`` command: parse arguments, call one library function, print, map errors.

Only this package imports click. Every :class:`~bitext.errors.BitextError` becomes one line on
stderr and exit code 1 (bad data) or 2 (bad usage); no traceback is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from bitext.cli import corpus, documents  # noqa: F401  (importing them registers the commands)
from bitext.cli._group import _USAGE_ERRORS, cli
from bitext.errors import BitextError

__all__ = ["cli", "main", "run"]


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

"""``bitext review``: the alignment editor in the browser, served on this machine."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from bitext.cli._group import _allow_outside_option, _review_below_option, cli
from bitext.exchange import alignment_in
from bitext.review.server import ReviewServer, ReviewSession


@cli.command("review")
@click.argument("alignment", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port (default: a free one)."
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@_review_below_option
@_allow_outside_option
def review_command(
    alignment: Path, port: int, no_browser: bool, review_below: float | None, allow_outside: bool
) -> None:
    """Review ALIGNMENT in your browser: both texts side by side, a link a row; merge, split,
    move a sentence up or down, confirm, undo (buttons or keys). Every edit is saved to
    ALIGNMENT at once (atomically); the editor works offline, on 127.0.0.1 only. Ctrl-C
    stops it. Links to review first (automatic, scored below --review-below or not scored)
    are marked orange, counted in the header, reached one by one with n (back: Shift+N), and
    come first when sorted by lowest confidence. ALIGNMENT may be a folder that holds one
    alignment (as import writes)."""
    if alignment.is_dir():
        alignment = alignment_in(alignment)
    session = ReviewSession.open(alignment, allow_outside=allow_outside, review_below=review_below)
    server = ReviewServer(session, port)
    click.echo(f"bitext review: {alignment} at {server.url} (Ctrl-C to stop)")
    if not no_browser:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("bitext review: stopped; every edit is saved", err=True)
    finally:
        server.server_close()

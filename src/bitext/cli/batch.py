"""The command for many document pairs: align-many (on every core, or a Dask cluster)."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

import click

from bitext.align import AlignOptions
from bitext.batch import (
    BatchPair,
    BatchSettings,
    PairResult,
    align_many,
    pair_folders,
    read_manifest,
)
from bitext.cli._group import _review_below_option, cli
from bitext.errors import ParseError
from bitext.formats.registry import format_names
from bitext.model import review_bar


@cli.command("align-many")
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TSV: SOURCE, TARGET[, NAME[, SOURCE_LANG, TARGET_LANG]] a line (paths relative to it).",
)
@click.option("--source-dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--target-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="With --source-dir: files of the same name in both folders are a pair.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the alignments (NAME.xml), their documents and exports.",
)
@click.option(
    "--source-lang", default="", help="Language of the sources (unless the manifest says)."
)
@click.option(
    "--target-lang", default="", help="Language of the targets (unless the manifest says)."
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    help=f"Also export each pair: {', '.join(format_names())} (repeatable or comma-separated).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes on this machine (default: the number of cores; 1: in this process).",
)
@click.option(
    "--scheduler",
    help="Run on a Dask cluster: the address of its scheduler (tcp://host:8786), or 'local' "
    "for a local cluster of --jobs worker processes (needs pip install 'bitext[dask]').",
)
@click.option(
    "--lexicon",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your own word pairs, SOURCE<TAB>TARGET a line, for every pair.",
)
@click.option("--no-realign", is_flag=True, help="One pass only (no learned word pairs).")
@_review_below_option
def align_many_command(
    manifest: Path | None,
    source_dir: Path | None,
    target_dir: Path | None,
    output: Path,
    source_lang: str,
    target_lang: str,
    formats: tuple[str, ...],
    jobs: int | None,
    scheduler: str | None,
    lexicon: Path | None,
    no_realign: bool,
    review_below: float | None,
) -> None:
    """Align many document pairs into OUTPUT: resumable (pairs already done and unchanged are
    skipped), a failing pair never stops the others, on every core or on a Dask cluster."""
    pairs = _pairs(manifest, source_dir, target_dir, source_lang, target_lang)
    names = [n.strip() for f in formats for n in f.split(",") if n.strip()]
    unknown = [n for n in names if n not in format_names()]
    if unknown:
        raise click.BadParameter(
            f"unknown format {unknown[0]!r}; use one of {', '.join(format_names())}",
            param_hint="'-f'",
        )
    settings = BatchSettings(
        output, tuple(names), AlignOptions(realign=not no_realign), lexicon, review_below
    )
    progress = _Progress(len(pairs))
    with _executor(jobs, scheduler) as executor:
        results = align_many(pairs, settings, executor=executor, on_result=progress.update)
    progress.close()
    _summary(results, review_bar(settings.review_below))
    if any(r.status == "failed" for r in results):
        sys.exit(1)


def _pairs(
    manifest: Path | None,
    source_dir: Path | None,
    target_dir: Path | None,
    source_lang: str,
    target_lang: str,
) -> list[BatchPair]:
    """The pairs the options name, refused in one line where they name none (a manifest of
    comments only, folders without a file name in common: nothing would be aligned)."""
    if manifest is not None and source_dir is None and target_dir is None:
        pairs = list(read_manifest(manifest, source_lang, target_lang))
        if not pairs:
            raise ParseError("lists no pair; give one SOURCE<TAB>TARGET line a pair", manifest)
        return pairs
    if manifest is None and source_dir is not None and target_dir is not None:
        if not source_lang or not target_lang:
            raise click.UsageError(
                "with --source-dir/--target-dir give --source-lang and --target-lang"
            )
        pairs = list(pair_folders(source_dir, target_dir, source_lang, target_lang))
        if not pairs:
            raise ParseError(
                f"no file here has a namesake in {target_dir}: a pair is two files of the "
                "same name, one in each folder (or list the pairs in a --manifest)",
                source_dir,
            )
        return pairs
    raise click.UsageError("give either --manifest or both --source-dir and --target-dir")


@contextlib.contextmanager
def _executor(jobs: int | None, scheduler: str | None) -> Iterator[Executor | None]:
    """Where the pairs run: a Dask cluster, a pool of processes, or this process."""
    workers = jobs or os.cpu_count() or 1
    if scheduler:
        try:
            import dask
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise click.UsageError("--scheduler needs Dask: pip install 'bitext[dask]'") from None
        with contextlib.ExitStack() as stack:
            # The workers' statistical profiler (it samples every task's stack 100 times a
            # second) and the memory monitor of a local cluster take CPU time the alignment
            # needs: both off (memory_limit=0).
            stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
            if scheduler == "local":
                cluster = stack.enter_context(
                    LocalCluster(  # type: ignore[no-untyped-call]
                        n_workers=workers, threads_per_worker=1, processes=True, memory_limit=0
                    )
                )
                client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
            else:
                client = stack.enter_context(Client(scheduler))  # type: ignore[no-untyped-call]
            yield client.get_executor()
        return
    if workers == 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield pool


class _Progress:
    """Pairs done, sentences a second and time left, on one stderr line (a terminal only);
    a failed pair is one line whatever stderr is."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = self.sentences = 0
        self.start = time.perf_counter()
        self.live = sys.stderr.isatty()

    def update(self, result: PairResult) -> None:
        self.done += 1
        self.sentences += result.sentences
        if result.status == "failed":
            self._clear()
            click.echo(f"bitext: {result.name}: failed: {result.error}", err=True)
        if self.live:
            elapsed = time.perf_counter() - self.start
            left = elapsed / self.done * (self.total - self.done)
            click.echo(
                f"\r{self.done}/{self.total} pairs, {self.sentences / max(elapsed, 1e-9):.0f} "
                f"sentences/s, {left:.0f} s left ",
                err=True,
                nl=False,
            )

    def _clear(self) -> None:
        if self.live:
            click.echo("\r" + " " * 60 + "\r", err=True, nl=False)

    def close(self) -> None:
        self._clear()


def _summary(results: list[PairResult], bar: float) -> None:
    """The counts of the pairs by status, of their sentences and links, and of the links
    (in the pairs aligned now) marked for review at ``bar`` (automatic links scored below
    it or not scored: :func:`~bitext.model.needs_review`)."""
    counts = {
        status: sum(1 for r in results if r.status == status)
        for status in ("done", "skipped", "failed")
    }
    sentences = sum(r.sentences for r in results)
    seconds = sum(r.seconds for r in results)
    below = f"below {bar:g}"
    click.echo(
        f"{'pairs':8} {'done':>6} {'skipped':>8} {'failed':>7} {'sentences':>10} {'links':>8} "
        f"{below:>10}",
        err=True,
    )
    click.echo(
        f"{len(results):<8} {counts['done']:>6} {counts['skipped']:>8} {counts['failed']:>7} "
        f"{sentences:>10} {sum(r.links for r in results):>8} "
        f"{sum(r.to_review for r in results):>10}",
        err=True,
    )
    if counts["done"]:
        click.echo(
            f"bitext align-many: {sentences / max(seconds, 1e-9):.0f} sentences/s per worker",
            err=True,
        )

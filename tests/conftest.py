"""Shared fixtures: paths to the repository, its English source text and the bundled corpus."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from bitext.align import align_sentences, score
from bitext.align.evaluate import Scores
from bitext.cli import run
from bitext.formats.ladder import read_ladder

# Hypothesis checks behaviour, not speed (benchmarks in bench/ measure that): no deadline,
# which a first call that loads a lexicon, on a busy machine, can overrun (a zh-en example
# took 308 ms once, 7 ms the next time).
settings.register_profile("bitext", deadline=None)
settings.load_profile("bitext")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "en" / "asan-2024-13s.en.txt"
DATA = Path(__file__).resolve().parent / "data"
SEG = DATA / "seg"
ALIGN_SETS = DATA / "align"


def aligned_alone(folder: str, name: str, langs: tuple[str, str]) -> Scores:
    """How one real document of tests/data/FOLDER, aligned on its own, scores against its
    gold (``NAME.gold`` beside ``NAME.<source>`` and ``NAME.<target>``)."""
    path = DATA / folder
    source, target = ((path / f"{name}.{lang}").read_text("utf-8").splitlines() for lang in langs)
    beads = align_sentences(source, target, *langs)
    return score([read_ladder(path / f"{name}.gold")], [[(b.source, b.target) for b in beads]])


@dataclass(frozen=True)
class Run:
    """The outcome of one ``bitext`` command: exit code, stdout and stderr."""

    code: int
    out: str
    err: str


def run_bitext(*args: str | Path, cwd: Path | None = None, stdin: str | None = None) -> Run:
    """Run the ``bitext`` command in this process (so coverage counts it) and capture its output.

    It goes through :func:`bitext.cli.run`, the function the console script calls, with click's
    test streams in place of the real ones; ``cwd`` is the working directory for the run.
    """
    runner = CliRunner()
    previous = Path.cwd()
    with runner.isolation(input=stdin) as (stdout, stderr, _):
        try:
            if cwd is not None:
                os.chdir(cwd)
            code = run([str(a) for a in args])
        finally:
            os.chdir(previous)
        return Run(code, _text(stdout), _text(stderr))


def write_utf8(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` to ``folder / name`` in UTF-8 (a file another tool wrote); its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _text(stream: io.BytesIO) -> str:
    return stream.getvalue().decode("utf-8", "replace").replace("\r\n", "\n")


def run_bitext_process(*args: str | Path, cwd: Path | None = None) -> Run:
    """Run the real console entry point (``python -m bitext``) in a subprocess."""
    proc = subprocess.run(
        [sys.executable, "-m", "bitext", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def run_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run bitext with its stderr on a pseudo-terminal; return the exit code and what the
    terminal showed."""
    import os
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bitext", *args],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        cwd=cwd,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return proc.wait(), shown.decode("utf-8", "replace")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The English seed text, exactly as published (with its PDF artefacts)."""
    assert SEED.is_file(), f"{SEED} is missing from the checkout"
    return SEED


@pytest.fixture()
def automatic(tmp_path: Path) -> Path:
    """An automatic alignment of the corpus (no manual link), with copies of its documents,
    in tmp_path/auto; returns the alignment's path."""
    import shutil

    folder = tmp_path / "auto"
    for name in ("en", "ko"):
        shutil.copytree(ROOT / "corpus" / name, folder / name)
    out = folder / "a.xml"
    result = run_bitext(
        "align",
        folder / "en" / "asan-2024-13s.en.xml",
        folder / "ko" / "asan-2024-13s.ko.xml",
        "-o",
        out,
    )
    assert result.code == 0, result.err
    return out

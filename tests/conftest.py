"""Shared fixtures: paths to the repository, the shared seed and the bundled corpus."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "asan-2024-20-summary.en.txt"
DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Run:
    """The outcome of one ``bitext`` command run in a subprocess."""

    code: int
    out: str
    err: str


def run_bitext(*args: str | Path, cwd: Path | None = None) -> Run:
    """Run the real console entry point (``python -m bitext``) and capture its output."""
    proc = subprocess.run(
        [sys.executable, "-m", "bitext", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The English seed text, exactly as published (with its PDF artefacts)."""
    assert SEED.is_file(), f"{SEED} is missing: tests need ../shared beside the checkout"
    return SEED

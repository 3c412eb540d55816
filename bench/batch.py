"""Batch benchmark: 1,000 document pairs, one by one, on 2 processes, on a Dask cluster.

Run: ``python bench/batch.py`` (about 6 minutes; ``--pairs N`` for another number). The
pairs are the documents of the four dev sets of bench/data/align/ (about 100 sentences a
side each) under 1,000 names (the held-out sets, added later, are left out, as when the
README's figures were measured). ``bitext align-many`` runs three times in the same run,
each time as a fresh process whose peak memory (max RSS, the parent only: workers are
processes of their own) is measured: ``--jobs 1``, ``--jobs 2`` and ``--jobs 2 --scheduler
local`` (a Dask LocalCluster of 2 worker processes, started for the run). The three output
folders must be identical.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ALIGN_DEV_SETS, DATA, print_table

try:  # the project's own environment, with the optional Dask extra
    import distributed  # noqa: F401
except ImportError:
    sys.exit("bench/batch.py needs Dask in this environment: pip install -e '.[dask]'")

RUNS = {
    "sequential (--jobs 1)": ["--jobs", "1"],
    "2 processes (--jobs 2)": ["--jobs", "2"],
    "Dask LocalCluster, 2 workers": ["--jobs", "2", "--scheduler", "local"],
}


def make_pairs(folder: Path, count: int) -> Path:
    """``count`` pairs named pair-0000..., cycling through the dev documents; a manifest."""
    golds = sorted(
        gold for pattern in ALIGN_DEV_SETS.values() for gold in DATA.glob(f"align/{pattern}.gold")
    )
    lines = []
    for number in range(count):
        base = golds[number % len(golds)].with_suffix("")
        name = f"pair-{number:04d}"
        shutil.copy(base.with_suffix(".en"), folder / f"{name}.en")
        shutil.copy(base.with_suffix(".ko"), folder / f"{name}.ko")
        lines.append(f"{name}.en\t{name}.ko\t{name}\ten\tko\n")
    manifest = folder / "pairs.tsv"
    manifest.write_text("".join(lines), encoding="utf-8")
    return manifest


def run(manifest: Path, out: Path, options: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak MB of the align-many process."""
    command = [sys.executable, "-m", "bitext", "align-many", "--manifest", str(manifest)]
    command += ["-o", str(out), *options]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        error = process.stderr.read().decode()[-500:] if process.stderr else ""
        sys.exit(f"align-many failed: {error}")
    return seconds, usage.ru_maxrss / 1024


def outputs(folder: Path) -> dict[str, bytes]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {str(p.relative_to(folder)): p.read_bytes() for p in files}


def main() -> None:
    count = int(sys.argv[sys.argv.index("--pairs") + 1]) if "--pairs" in sys.argv else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = make_pairs(folder, count)
        rows, seen = [], []
        for name, options in RUNS.items():
            out = folder / f"out-{len(seen)}"
            seconds, peak = run(manifest, out, options)
            seen.append(outputs(out))
            base = rows[0][2] if rows else seconds
            rows.append([name, count, seconds, base / seconds, peak])
        identical = all(s == seen[0] for s in seen[1:])
    print(f"\n{count} document pairs (outputs identical in all three runs: {identical}):")
    print_table(["run", "pairs", "seconds", "speed-up vs sequential", "parent peak MB"], rows)


if __name__ == "__main__":
    main()

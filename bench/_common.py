"""Shared helpers for the benchmarks: the benchmark environment and table printing.

Baselines (pySBD, kss, nltk, galechurch) are installed only in ``bench/.env``, never in the
project's own environment. ``ensure_env`` creates it on first use and re-runs the calling
script inside it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
# The English-Korean alignment dev sets of DATA / "align" (name: file pattern).
ALIGN_DEV_SETS = {
    "news-dev": "news-dev-0*",
    "news-dev-summary": "news-dev-summary-*",
    "jhe-dev": "jhe-dev-*",
    "nk-dev": "nk-dev-*",
}
ENV = ROOT / "bench" / ".env"
BASELINES = ["pysbd==0.3.4", "kss", "nltk", "galechurch", "translate-toolkit"]


def ensure_env(modules: Sequence[str]) -> None:
    """Re-run this script in bench/.env (created if needed) unless ``modules`` import here."""
    if all(importlib.util.find_spec(m) for m in modules):
        return
    python = ENV / "bin" / "python"
    if os.environ.get("BITEXT_BENCH_ENV"):
        missing = [m for m in modules if not importlib.util.find_spec(m)]
        sys.exit(f"bench: {missing} still missing in {ENV}; delete it and run again")
    if not python.exists():
        print(f"bench: creating {ENV} with the baselines {BASELINES} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(ENV)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", *BASELINES, "-e", str(ROOT)], check=True
    )
    env = {**os.environ, "BITEXT_BENCH_ENV": "1"}
    sys.exit(subprocess.run([str(python), *sys.argv], env=env, check=False).returncode)


def timed(function: Callable[[], object], minimum: float = 0.5, runs: int = 3) -> float:
    """Seconds of the fastest of at least ``runs`` calls of ``function``, repeated for at
    least ``minimum`` seconds: the fastest call is the one least disturbed by whatever else
    the machine was doing (as Python's timeit advises), for every system alike."""
    fastest, calls, start = float("inf"), 0, time.perf_counter()
    while calls < runs or time.perf_counter() - start < minimum:
        before = time.perf_counter()
        function()
        fastest = min(fastest, time.perf_counter() - before)
        calls += 1
    return fastest


def peak_mb() -> float:
    """This process's peak resident memory in MB: Linux's VmHWM, which starts afresh at exec
    (``ru_maxrss`` does not: a child started by fork carries the parent's peak), else
    ``ru_maxrss``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_figures(script: str, *args: str) -> dict[str, Any] | str:
    """What ``script`` run as ``script --child ARGS`` in a fresh process prints last, as
    JSON (a process of its own, so that its peak memory is its own); if it fails, the end
    of what it wrote on stderr."""
    proc = subprocess.run(
        [sys.executable, script, "--child", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode:
        return proc.stderr.strip()[-80:]
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return figures


def clone(cache: Path, url: str, option: str, variable: str, paths: Sequence[str] = ()) -> bool:
    """Clone a public repository into ``cache`` (afresh) for a benchmark: from the path
    after ``option`` on the command line, else the environment ``variable``, else ``url``;
    with ``paths``, only those files are checked out. Whether it worked (a failure is
    said on stderr)."""
    source = _option(option) or os.environ.get(variable) or url
    checkout = ["git", "-C", str(cache), "checkout", "-q", "HEAD", "--", *paths]
    try:
        if cache.exists():
            shutil.rmtree(cache)
        subprocess.run(["git", "clone", "-q", "--no-checkout", source, str(cache)], check=True)
        subprocess.run(checkout if paths else checkout[:-1], check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"cannot clone {source}: {exc}", file=sys.stderr)
        return False
    return True


def _option(name: str) -> str | None:
    """The command-line value after ``name``, if given."""
    if name in sys.argv:
        at = sys.argv.index(name)
        return sys.argv[at + 1] if at + 1 < len(sys.argv) else None
    return None


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a Markdown table (so it can go into the README as it is)."""
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)

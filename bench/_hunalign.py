"""hunalign (Varga et al. 2005), built from its public source for the alignment benchmark.

The source is cloned into ``bench/.cache/hunalign`` (ignored by git; none of its code is in
this repository) from ``https://github.com/danielvarga/hunalign`` or from ``--hunalign-src
PATH`` / ``HUNALIGN_SRC`` (a local clone), and built with ``make`` in ``src/hunalign``. It is
run as its README describes for a language pair without a dictionary: the empty dictionary
``data/null.dic`` and byte lengths (``-onebyteencoding``), one process per document.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, clone

CACHE = ROOT / "bench" / ".cache" / "hunalign"
URL = "https://github.com/danielvarga/hunalign"
Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def binary() -> Path | None:
    """The built hunalign (building it first if needed), or None when it cannot be built."""
    program = CACHE / "src" / "hunalign" / "hunalign"
    if program.is_file():
        return program
    if not clone(CACHE, URL, "--hunalign-src", "HUNALIGN_SRC"):
        return None
    try:
        subprocess.run(["make", "-j2"], cwd=CACHE / "src" / "hunalign", check=True,
                       capture_output=True)  # fmt: skip
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"hunalign: cannot build: {exc}", file=sys.stderr)
        return None
    return program if program.is_file() else None


def align(program: Path, source: list[str], target: list[str]) -> Beads:
    """One document pair through hunalign; its ladder turned into beads."""
    with tempfile.TemporaryDirectory() as folder:
        src, tgt = Path(folder) / "src.txt", Path(folder) / "tgt.txt"
        src.write_text("\n".join(source) + "\n", encoding="utf-8")
        tgt.write_text("\n".join(target) + "\n", encoding="utf-8")
        dictionary = CACHE / "data" / "null.dic"
        output = subprocess.run(
            [str(program), "-onebyteencoding", str(dictionary), str(src), str(tgt)],
            capture_output=True,
            text=True,
            check=True,
            cwd=folder,  # hunalign leaves a translate.txt in its working folder
        ).stdout
    return ladder_to_beads(output, len(source), len(target))


def ladder_to_beads(output: str, n: int, m: int) -> Beads:
    """hunalign's ladder (rungs "i<TAB>j<TAB>score") as beads between consecutive rungs."""
    rungs = []
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
            rungs.append((int(parts[0]), int(parts[1])))
    if not rungs or rungs[0] != (0, 0):
        rungs.insert(0, (0, 0))
    if rungs[-1] != (n, m):
        rungs.append((n, m))
    beads: Beads = []
    for (i0, j0), (i1, j1) in itertools.pairwise(rungs):
        if i1 > i0 or j1 > j0:
            beads.append((tuple(range(i0, i1)), tuple(range(j0, j1))))
    return beads

"""hunalign (Varga et al. 2005), built from its public source for the alignment benchmark.

The source is cloned into ``bench/.cache/hunalign`` (ignored by git; none of its code is in
this repository) from ``https://github.com/danielvarga/hunalign`` or from ``--hunalign-src
PATH`` / ``HUNALIGN_SRC`` (a local clone), and built with ``make`` in ``src/hunalign``. It is
run as its README describes for a language pair without a dictionary: the empty dictionary
``data/null.dic`` and byte lengths (``-onebyteencoding``), one process per document; on its
own hand-aligned regression sets (:data:`REGTEST`) also as its regression test runs it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from _common import ROOT, clone
from bitext.formats.ladder import parse_rungs

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


def align(
    program: Path, source: list[str], target: list[str], options: tuple[str, ...] = ()
) -> Beads:
    """One document pair through hunalign (with ``options`` such as ``-realign``); its ladder
    turned into beads."""
    return [bead for bead, _ in align_scored(program, source, target, options)]


def align_scored(
    program: Path, source: list[str], target: list[str], options: tuple[str, ...] = ()
) -> list[tuple[tuple[tuple[int, ...], tuple[int, ...]], float | None]]:
    """:func:`align` with each bead's confidence, as hunalign's ladder gives it (the third
    column of the rung the bead starts at; not a probability: it may be negative)."""
    with tempfile.TemporaryDirectory() as folder:
        src, tgt = Path(folder) / "src.txt", Path(folder) / "tgt.txt"
        src.write_text("\n".join(source) + "\n", encoding="utf-8")
        tgt.write_text("\n".join(target) + "\n", encoding="utf-8")
        dictionary = CACHE / "data" / "null.dic"
        output = subprocess.run(
            [str(program), "-onebyteencoding", *options, str(dictionary), str(src), str(tgt)],
            capture_output=True,
            text=True,
            check=True,
            cwd=folder,  # hunalign leaves a translate.txt in its working folder
        ).stdout
    return scored_rungs(output, len(source), len(target))


def ladder_to_beads(output: str, n: int, m: int) -> Beads:
    """The beads of hunalign's ladder (:func:`scored_rungs`)."""
    return [bead for bead, _ in scored_rungs(output, n, m)]


def scored_rungs(
    output: str, n: int, m: int
) -> list[tuple[tuple[tuple[int, ...], tuple[int, ...]], float | None]]:
    """hunalign's ladder (rungs "i<TAB>j<TAB>score"), read by bitext's ladder reader (the
    beads between consecutive rungs, each with its first rung's score; sentences between
    rungs that advance on one side only each a bead of their own), for documents of ``n``
    and ``m`` sentences. hunalign writes the last rung, (n, m); a hand-made ladder may leave
    it out, and it is added."""
    return parse_rungs(f"{output.rstrip()}\n{n}\t{m}\n", "a ladder")


@dataclass(frozen=True)
class RegressionSet:
    """One of hunalign's own hand-aligned regression sets (``regtest/handaligns`` of its
    repository, with the data's notes there): its name, its folder, the source language and
    the encoding of its files, and hunalign as ``regtest/regtest.sh`` runs it (dictionary,
    flags, and the folder of its ``.pre`` input: the sentences tokenized, punctuation
    deleted; for 1984 in Hungarian hand-stemmed). Their texts stay in the clone: they are
    not ours to copy."""

    name: str
    folder: str
    lang: str
    encoding: str
    dictionary: str
    flags: tuple[str, ...]
    pre_folder: str

    @property
    def data(self) -> Path:
        """Where its files are in the clone."""
        return CACHE / "regtest" / "handaligns" / self.folder


# George Orwell's 1984 from the Multext-East corpus in Romanian and Hungarian, John
# Steinbeck's Cup of Gold and a Diplomacy and Trade Magazine article in Hungarian, each
# against English.
REGTEST = (
    RegressionSet("1984 ro-en", "1984.ro.utf8", "ro", "utf-8", "null.dic", ("-realign",),
                  "1984.ro.utf8"),
    RegressionSet("1984 hu-en", "1984.hu", "hu", "iso8859_2", "hu-en.dic",
                  ("-onebyteencoding",), "1984.hu.handstem"),
    RegressionSet("Cup of Gold hu-en", "steinbeck.huntoken.nopara", "hu", "iso8859_2",
                  "hu-en.dic", ("-onebyteencoding",), "steinbeck.huntoken.nopara"),
    RegressionSet("DTM hu-en", "dtm", "hu", "iso8859_2", "hu-en.dic", ("-onebyteencoding",),
                  "dtm"),
)  # fmt: skip


def regtest_sets() -> list[tuple[RegressionSet, list[str], list[str], Beads]]:
    """Each regression set with its source and English sentences (the ``.sen`` files, one
    sentence a line) and its hand alignment; none without the clone."""
    if binary() is None:
        return []
    sets = []
    for regression in REGTEST:
        source = (regression.data / "hu.sen").read_text(encoding=regression.encoding)
        english = (regression.data / "en.sen").read_text(encoding=regression.encoding)
        rungs = (regression.data / "hand.ladder").read_text(encoding="ascii")
        lines = source.splitlines(), english.splitlines()
        sets.append((regression, *lines, ladder_to_beads(rungs, *map(len, lines))))
    return sets


def align_as_regtest(program: Path, regression: RegressionSet) -> tuple[Beads, str]:
    """A regression set through hunalign as its regression test runs it (its flags and
    ``.pre`` input, and its dictionary where the clone has it: a snapshot without its large
    files lacks ``hu-en.dic``, and ``null.dic`` stands in); the beads, and the dictionary's
    name."""
    dictionary = regression.dictionary
    if not (CACHE / "data" / dictionary).is_file():
        dictionary = "null.dic"
    data = CACHE / "regtest" / "handaligns" / regression.pre_folder
    source, english = data / "hu.pre", data / "en.pre"
    with tempfile.TemporaryDirectory() as work:
        output = subprocess.run(
            [str(program), *regression.flags, str(CACHE / "data" / dictionary), str(source),
             str(english)],
            capture_output=True,
            text=True,
            errors="replace",
            check=True,
            cwd=work,
        ).stdout  # fmt: skip
    return ladder_to_beads(output, _lines(source), _lines(english)), dictionary


def _lines(path: Path) -> int:
    """How many lines hunalign reads in a file (ended by a line feed; a stray carriage
    return inside a line is no end)."""
    data = path.read_bytes()
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)

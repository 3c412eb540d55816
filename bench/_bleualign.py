"""A German-French alignment benchmark that nobody here wrote: the Text+Berg test data of
Bleualign (Sennrich and Volk 2010), as vecalign (Thompson and Koehn 2019) distributes it.

The files are GPL-2.0, so none of them is in this repository: the repository
``https://github.com/thompsonb/vecalign`` is cloned into ``bench/.cache/vecalign`` (ignored
by git), or taken from ``--vecalign-src PATH`` / ``VECALIGN_SRC`` (a local clone). Its
``bleualign_data/`` holds a development document (``dev``) and seven test documents
(``test0`` .. ``test6``): Swiss Alpine Club yearbook articles, one sentence a line (tokenized,
with OCR slips), and gold alignments in the ladder format (``[3]:[3, 4]``) of the .gold files
here. bitext has no German-French lexicon: this is the "no lexicon" case.
"""

from __future__ import annotations

import random
from pathlib import Path

from _common import ROOT, clone
from bitext.formats.ladder import read_ladder

CACHE = ROOT / "bench" / ".cache" / "vecalign"
URL = "https://github.com/thompsonb/vecalign"
SETS = {"de-fr dev": ["dev"], "de-fr test": [f"test{k}" for k in range(7)]}
# The same documents made summaries' originals: this share of the German left out.
SUMMARY_SHARES = (0.2, 0.3)
Doc = tuple[list[str], list[str], list]


def folder() -> Path | None:
    """``bleualign_data/`` of a vecalign clone (cloning it first if needed), or None."""
    data = CACHE / "bleualign_data"
    if data.is_dir():
        return data
    # Only the files used (the clone's large embedding files are not needed).
    wanted = [
        f"bleualign_data/{name}.{ext}"
        for names in SETS.values()
        for name in names
        for ext in ("de", "fr", "defr")
    ]
    if not clone(CACHE, URL, "--vecalign-src", "VECALIGN_SRC", wanted):
        return None
    return data if data.is_dir() else None


def load(names: list[str]) -> list[Doc]:
    """The documents ``names`` (German, French, gold), or none without the data."""
    data = folder()
    if data is None:
        return []
    return [
        (
            (data / f"{name}.de").read_text(encoding="utf-8").splitlines(),
            (data / f"{name}.fr").read_text(encoding="utf-8").splitlines(),
            read_ladder(data / f"{name}.defr"),
        )
        for name in names
    ]


def summarised(doc: Doc, share: float, seed: int) -> Doc:
    """The document made a summary's original against its French: runs of 3-15 consecutive
    gold beads lose their German (chosen with a fixed seed, as ``bench/make_heldout.py``
    makes news-test-summary) until ``share`` of the German sentences are gone; the French
    sentences of those beads become beads of their own, without counterpart."""
    german, french, gold = doc
    rng = random.Random(seed)
    emptied: set[int] = set()
    while sum(len(gold[k][0]) for k in emptied) < share * len(german):
        start = rng.randrange(len(gold))
        emptied.update(range(start, min(len(gold), start + rng.randint(3, 15))))
    gone = {i for k in emptied for i in gold[k][0]}
    kept = {old: new for new, old in enumerate(i for i in range(len(german)) if i not in gone)}
    beads = []
    for source, target in gold:
        if gone.isdisjoint(source):
            beads.append((tuple(kept[i] for i in source), tuple(target)))
        else:
            beads += [((), (j,)) for j in target]
    return [german[i] for i in kept], french, beads

"""Alignment benchmark: bitext against nltk's Gale-Church and the galechurch package.

Run: ``python bench/align.py`` (creates bench/.env with the baselines on first use);
``--no-scaling`` skips the 1k/4k/16k runs, ``--scaling-only`` runs only them.

Part 1, on bench/data/align/ (real Korean-English news with gold alignments): strict
and lax F1 (vecalign's definitions) and wall time, all systems in the same run, hunalign
included: built from its public source into bench/.cache (see _hunalign.py; ``--hunalign-src
PATH`` takes a local clone), run with an empty dictionary and byte lengths, one process a
document.

Then, per set, the recall of each gold bead type (so the weak spots stay visible) for bitext
and hunalign, and how well bitext's link scores separate right links from wrong ones (ROC
AUC; the share of the wrong links found by reviewing the lowest-scored tenth).

Part 2, scaling: the ten news-dev documents concatenated to 1k, 4k and 16k sentences per
side; each size runs in its own process so that its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import glob
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import _hunalign
from _common import DATA as BENCH_DATA
from _common import ensure_env, print_table

ensure_env(["nltk", "galechurch"])

import galechurch  # noqa: E402
from nltk.translate import gale_church  # noqa: E402

from bitext.align import Pair, align_batch, align_sentences, score  # noqa: E402
from bitext.formats.ladder import parse_ladder, read_ladder  # noqa: E402

DATA = BENCH_DATA / "align"
SETS = {
    "news-dev": "news-dev-0*",
    "news-dev-summary": "news-dev-summary-*",
    "jhe-dev": "jhe-dev-*",
    "nk-dev": "nk-dev-*",
}
Doc = tuple[list[str], list[str], list]


def load(pattern: str) -> list[Doc]:
    docs = []
    for gold in sorted(glob.glob(str(DATA / f"{pattern}.gold"))):
        base = gold[: -len(".gold")]
        en = Path(base + ".en").read_text(encoding="utf-8").splitlines()
        ko = Path(base + ".ko").read_text(encoding="utf-8").splitlines()
        docs.append((en, ko, read_ladder(gold)))
    return docs


def beads_from_pairs(pairs: list[tuple[int, int]], n: int, m: int) -> list:
    """nltk returns linked index pairs; group them into beads, the rest as 1-0 / 0-1."""
    beads: list[tuple[set[int], set[int]]] = []
    for i, j in pairs:
        if beads and (i in beads[-1][0] or j in beads[-1][1]):
            beads[-1][0].add(i)
            beads[-1][1].add(j)
        else:
            beads.append(({i}, {j}))
    out = [(tuple(sorted(s)), tuple(sorted(t))) for s, t in beads]
    linked_s = {i for s, _ in out for i in s}
    linked_t = {j for _, t in out for j in t}
    out += [((i,), ()) for i in range(n) if i not in linked_s]
    out += [((), (j,)) for j in range(m) if j not in linked_t]
    return out


def run_bitext(docs: list[Doc]) -> list:
    return [
        [(b.source, b.target) for b in align_sentences(en, ko, "en", "ko")] for en, ko, _ in docs
    ]


def run_bitext_batch(docs: list[Doc]) -> list:
    results = align_batch([Pair(en, ko) for en, ko, _ in docs], "en", "ko")
    return [[(b.source, b.target) for b in beads] for beads in results]


def run_nltk(docs: list[Doc], length=len) -> list:
    out = []
    for en, ko, _ in docs:
        pairs = gale_church.align_blocks([length(s) for s in en], [length(s) for s in ko])
        out.append(beads_from_pairs(pairs, len(en), len(ko)))
    return out


def run_galechurch(docs: list[Doc]) -> list:
    return [
        parse_ladder("\n".join(galechurch.align(en, ko).to_pharaoh_lines())) for en, ko, _ in docs
    ]


SYSTEMS = {
    "bitext": run_bitext,
    "bitext (batch)": run_bitext_batch,
    "nltk gale_church (chars)": run_nltk,
    "nltk gale_church (bytes)": lambda d: run_nltk(d, lambda s: len(s.encode())),
    "galechurch 0.1.0": run_galechurch,
}


def quality() -> None:
    rows = []
    for name, pattern in SETS.items():
        docs = load(pattern)
        for system, run in SYSTEMS.items():
            start = time.perf_counter()
            test = run(docs)
            seconds = time.perf_counter() - start
            s = score([gold for *_, gold in docs], test)
            rows.append(
                [name, system, s.precision_strict, s.recall_strict, s.f1_strict, s.f1_lax, seconds]
            )
        program = _hunalign.binary()
        if program is None:
            rows.append([name, "hunalign (could not be built)", "", "", "", "", ""])
            continue
        start = time.perf_counter()
        test = [_hunalign.align(program, en, ko) for en, ko, _ in docs]
        seconds = time.perf_counter() - start
        s = score([gold for *_, gold in docs], test)
        rows.append(
            [name, "hunalign 1.2 (C++)", s.precision_strict, s.recall_strict, s.f1_strict,
             s.f1_lax, seconds]
        )  # fmt: skip
    print_table(["set", "system", "strict P", "strict R", "strict F1", "lax F1", "seconds"], rows)


BEAD_TYPES = ["1-1", "1-2", "2-1", "1-0", "0-1", "2-2", "other"]


def bead_type(bead: tuple[tuple[int, ...], tuple[int, ...]]) -> str:
    name = f"{len(bead[0])}-{len(bead[1])}"
    return name if name in BEAD_TYPES else "other"


def recall_by_type(golds: list, tests: list) -> dict[str, tuple[int, int]]:
    """For each gold bead type: (found exactly by the system, in the gold)."""
    counts = {t: [0, 0] for t in BEAD_TYPES}
    for gold, test in zip(golds, tests, strict=True):
        found = {(tuple(a), tuple(b)) for a, b in test}
        for bead in gold:
            key = (tuple(bead[0]), tuple(bead[1]))
            counts[bead_type(key)][1] += 1
            counts[bead_type(key)][0] += key in found
    return {t: (c[0], c[1]) for t, c in counts.items()}


def confidence(golds: list, beads: list) -> tuple[float, float, int]:
    """How well bitext's link scores tell right links from wrong ones: ROC AUC (the chance
    that a right link outscores a wrong one), the share of wrong links among the lowest-scored
    10% found by reviewing them, and the number of wrong links."""
    scored = []
    for gold, test in zip(golds, beads, strict=True):
        right = {(tuple(a), tuple(b)) for a, b in gold}
        for bead in test:
            if bead.source and bead.target:
                key = (tuple(bead.source), tuple(bead.target))
                scored.append((bead.score if bead.score is not None else 1.0, key in right))
    wrong = [score for score, ok in scored if not ok]
    good = [score for score, ok in scored if ok]
    if not wrong or not good:
        return 1.0, 1.0, len(wrong)
    wins = sum((g > w) + 0.5 * (g == w) for g in good for w in wrong)
    auc = wins / (len(good) * len(wrong))
    lowest = sorted(scored, key=lambda item: item[0])[: max(1, len(scored) // 10)]
    return auc, sum(1 for _, ok in lowest if not ok) / len(wrong), len(wrong)


def diagnostics() -> None:
    """Per-bead-type recall of bitext and hunalign, and bitext's confidence, per set."""
    program = _hunalign.binary()
    rows = []
    for name, pattern in SETS.items():
        docs = load(pattern)
        golds = [gold for *_, gold in docs]
        beads = [align_sentences(en, ko, "en", "ko") for en, ko, _ in docs]
        ours = recall_by_type(golds, [[(b.source, b.target) for b in bs] for bs in beads])
        theirs = (
            recall_by_type(golds, [_hunalign.align(program, en, ko) for en, ko, _ in docs])
            if program
            else None
        )
        auc, found, wrong = confidence(golds, beads)
        for system, recall in (("bitext", ours), ("hunalign", theirs)):
            if recall is None:
                continue
            cells = [
                f"{hit / total:.2f} ({total})" if total else "-" for hit, total in recall.values()
            ]
            extra = [f"{auc:.3f}", f"{found:.2f} of {wrong}"] if system == "bitext" else ["", ""]
            rows.append([name, system, *cells, *extra])
    print_table(
        ["set", "system", *(f"recall {t}" for t in BEAD_TYPES), "score AUC", "wrong in lowest 10%"],
        rows,
    )


def scaling_child(size: int, system: str) -> None:
    docs = load(SETS["news-dev"])
    en: list[str] = []
    ko: list[str] = []
    while len(en) < size:
        for e, k, _ in docs:
            en += e
            ko += k
    en, ko = en[:size], ko[:size]
    start = time.perf_counter()
    if system == "bitext":
        align_sentences(en, ko, "en", "ko")
    else:
        galechurch.align(en, ko)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def scaling() -> None:
    rows = []
    base: dict[str, float] = {}
    for system in ("bitext", "galechurch"):
        for size in (1000, 4000, 16000):
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(size), system],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode:
                reason = proc.stderr.strip().splitlines()[-1][:80]
                rows.append([system, size, "failed", "", reason])
                continue
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            base.setdefault(system, result["seconds"])
            rows.append(
                [
                    system,
                    size,
                    result["seconds"],
                    result["peak_mb"],
                    f"{result['seconds'] / base[system]:.1f}x",
                ]
            )
    print_table(["system", "sentences/side", "seconds", "peak MB", "time vs 1k"], rows)


if __name__ == "__main__":
    if "--child" in sys.argv:
        at = sys.argv.index("--child")
        scaling_child(int(sys.argv[at + 1]), sys.argv[at + 2])
    else:
        if "--scaling-only" not in sys.argv:
            quality()
            print()
            diagnostics()
        if "--no-scaling" not in sys.argv:
            print()
            scaling()

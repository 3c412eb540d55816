"""Alignment benchmark: bitext against nltk's Gale-Church and the galechurch package.

Run: ``python bench/align.py`` (creates bench/.env with the baselines on first use);
``--no-scaling`` skips the scaling runs, ``--scaling-only`` runs only them, ``--plug-in-only``
only part 2, ``--speed-only`` only the speed comparison with hunalign (and the import time),
``--korean-english-only`` only the English-Korean sets the other way round,
``--german-french-only`` only the German-French documents, ``--chinese-english-only`` only the
Chinese-English chapters, ``--other-languages-only`` only the six other-language pairs,
``--english-to-many-only`` only English against the nineteen PUD languages
(``--english-to-ten-only``, its name before Japanese came, the same),
``--korean-han-only`` only Korean against Chinese and Japanese and Chinese against Japanese,
``--hunalign-sets-only`` only hunalign's own hand-aligned regression sets;
``--data DIR [--langs SRC TGT]``
only the comparison and the diagnostics on your own documents with gold alignments
(``NAME.gold`` ladders beside ``NAME.<SRC>`` and ``NAME.<TGT>``, one sentence a line).

Part 1, on bench/data/align/ (real Korean-English news with gold alignments: the four dev
sets, then the six held-out sets made by make_heldout.py, no parameter set on them (but
two bars moved knowing how some of their documents read, kinds.SUMMARY_SIZES and
passes.GROWN_LINKS, as RESULTS.md says), then its second held-out sample of three sets): strict
and lax F1 (vecalign's definitions) and wall time, all systems in the same run, hunalign
included: built from its public source into bench/.cache (see _hunalign.py; ``--hunalign-src
PATH`` takes a local clone), run with an empty dictionary and byte lengths, one process a
document; bitext's time is of its second run of the set (the words known to the process).

Then, per set, the recall of each gold bead type (so the weak spots stay visible) for bitext
(the batch) and hunalign, and how well each one's link scores separate right links from
wrong ones (hunalign's: the confidence its ladder gives a bead): ROC AUC, the share of the
wrong links found by reviewing the lowest-scored tenth, and calibration (mean |score -
accuracy| over ten score bins, weighted by links; 0 is perfect; none for hunalign, whose
confidences are no probabilities); and, for the links finer than the gold (that split one
gold bead exactly: a gold line of two sentences a side aligned as two sentence links, finer
than the gold, not wrong), the strict F1 with them merged into the gold bead, and the AUC
and the calibration error with them counted right. After each such table, what
``--min-score`` 0.5, 0.9 and 0.99 keep of bitext's links and how many of those are right.

Then the same sets the other way round, Korean as the source and the bundled lexicon used
backward (``--korean-english-only``).

Then a language pair with no lexicon, on data nobody here wrote: Bleualign's German-French
Text+Berg documents as vecalign distributes them (GPL-2.0, so never copied here: cloned into
bench/.cache, see _bleualign.py; ``--vecalign-src PATH`` takes a local clone), its dev
document and its seven test documents, and the same made summaries' originals (20% and 30%
of the German left out in runs), bitext against galechurch and hunalign
(``--german-french-only`` runs only this). And a pair with little shared but lengths (and
a small everyday lexicon): MAC, chapters of six Chinese novels and their published English
translations, aligned by hand (GPL-3.0, cloned into bench/.cache, see _mac.py; ``--mac-src
PATH`` takes a local clone),
its 6 dev and 24 test chapters, with the diagnostics (``--chinese-english-only``). And
six pairs of languages bitext has neither a lexicon nor language data for, on text nobody
here wrote: New Testament chapters, Ukrainian-Latvian, Swahili-Zulu, Latvian-Basque,
Ukrainian-Swahili, Syriac-Ukrainian and Gujarati-Latvian, with one gold bead a verse (CC0,
copied into bench/data/bible/ by make_bible.py; ten dev and ten held-out chapters a pair), the same
table and diagnostics (``--other-languages-only``). And English against nineteen languages
(Arabic, Czech, German, Spanish, Finnish, French, Hindi, Indonesian, Icelandic, Italian,
Japanese, Korean, Polish, Portuguese, Russian, Swedish, Thai, Turkish, Chinese): the same 1000
news and Wikipedia sentences of the PUD treebanks in each, ten documents of 100 a language
with omissions and joined pairs (CC BY-SA 3.0, Japanese, Czech, Icelandic, Polish and
Swedish 4.0, made by make_pud.py; five dev
and five held-out documents), the same table and diagnostics (``--english-to-many-only``);
Korean against Chinese and Japanese, and Chinese against Japanese, from the same sentences
(``--korean-han-only``). And
hunalign's own hand-aligned
regression sets (1984 in Romanian and Hungarian, Cup of Gold and a magazine article in
Hungarian, each against English; read from the hunalign clone, never copied), bitext against
hunalign run as its regression test runs it and with no dictionary
(``--hunalign-sets-only``).

Then the speed target of issue 12, side by side: hunalign on the ten news-dev documents (ten
processes, as above, the fastest of five runs) against bitext's batch of them in a process
of its own that holds bitext alone (as a user's would; the baselines' modules would make
every garbage collection cost 60-80 ms more): in a fresh process after one small pair, when
nearly every word of news-dev is new to it (what documents a process has not seen cost;
the fastest of three processes); its first call after aligning the other three sets; then
the fastest of five more (warm: the words remembered). Like for like besides: hunalign
with ``-realign`` (its second pass with the word pairs the first taught, as bitext's), and
bitext's warm batch in one pass (``AlignOptions(realign=False)``), each against hunalign's
single pass. It says whether bitext's
compiled parts (the search's sweeps, the pair counts) were built. Then what one call costs
on a small pair (the first three sentences a side of each news-dev document): hunalign one
process a pair against ``align_sentences`` one call a pair in the same process. And the
import time of ``bitext.align`` (``python -X importtime``, fresh processes, alternating with
``import numpy`` alone as the baseline, fastest and median of 15 each), with the bytecode
cache written first as any install does (without it, with ``PYTHONDONTWRITEBYTECODE=1`` set
before the first import of an editable install, bitext's modules are compiled from source
at every start, which is slower).

Part 2, a plug-in scorer: the same 1k x 1k pair aligned with the built-in scorer and with a
scorer written against the documented interface (an EmbeddingScorer of hashed character
trigrams, vectors made with NumPy), and with an older per-bead scorer of the same vectors;
the fastest of three runs each, with new scorer objects every run.

Part 3, scaling: each size runs in its own process so that its peak memory (VmHWM) is its
own: "distinct" is every sentence pair of the four sets once (about 3k a side, then cut),
"repeated" the ten news-dev documents over and over (repetitive text: boilerplate, a corpus
with duplicates) to 1k, 4k, 16k and 64k sentences a side.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import ALIGN_DEV_SETS, ensure_env, peak_mb, print_table, timed
from _common import DATA as BENCH_DATA

# Before any module that imports bitext: a Python without it re-runs this in bench/.env.
ensure_env(["nltk", "galechurch"])

import numpy as np  # noqa: E402

import _bleualign  # noqa: E402
import _hunalign  # noqa: E402
import _mac  # noqa: E402
import make_bible  # noqa: E402
import make_pud  # noqa: E402
from bitext.align import (  # noqa: E402
    AlignOptions,
    EmbeddingScorer,
    OverlapScorer,
    Pair,
    align_batch,
    align_sentences,
    score,
)
from bitext.align.evaluate import (  # noqa: E402
    BEAD_TYPES,
    SCORE_THRESHOLDS,
    Confidence,
    recall_by_type,
    with_finer_merged,
)
from bitext.align.evaluate import confidence as score_confidence  # noqa: E402
from bitext.align.lexicon import Lexicon  # noqa: E402
from bitext.formats.ladder import parse_ladder, read_ladder  # noqa: E402

DATA = BENCH_DATA / "align"
SETS = ALIGN_DEV_SETS
# Held out (bench/make_heldout.py): no parameter set on them (two bars moved knowing how some
# of their documents read: RESULTS.md); reported beside the dev sets.
HELD_OUT = {
    "news-test": "news-test-0*",
    "news-test-summary": "news-test-summary-*",
    "news-test-scattered": "news-test-scattered-*",
    "news-test-joined": "news-test-joined-*",
    "jhe-test": "jhe-test-*",
    "nk-test": "nk-test-*",
}
# A second held-out sample (make_heldout.py: the test splits' next 1000 line pairs), read to
# find the rule for sentences cut on both sides (costs.SPLIT_SENTENCE_COST): no parameter
# set on it, but not untouched either (see bench/data/align/README.md).
SECOND_SAMPLE = {
    "news-test2": "news-test2-0*",
    "news-test2-summary": "news-test2-summary-*",
    "nk-test2": "nk-test2-*",
}
# Every English-Korean set, in the order of the tables.
KOREAN_SETS = {**SETS, **HELD_OUT, **SECOND_SAMPLE}
# Sentences a side of the small pairs whose per-call cost the speed comparison measures.
SMALL = 3
# English against nineteen languages (bench/make_pud.py): the PUD treebanks' sentences.
PUD = make_pud.OUT
PUD_LANGUAGES = make_pud.LANGUAGES
# The other-languages sets (bench/make_bible.py) and their (source, target) language codes.
BIBLE = make_bible.OUT
BIBLE_PAIRS = tuple((source[1], target[1]) for source, target in make_bible.PAIRS)
Doc = tuple[list[str], list[str], list]


def load(pattern: str, folder: Path = DATA, langs: tuple[str, str] = ("en", "ko")) -> list[Doc]:
    """The documents ``NAME.gold`` of ``folder`` matching ``pattern``, each with its
    ``NAME.<source>`` and ``NAME.<target>`` (one sentence a line)."""
    docs = []
    for gold in sorted(glob.glob(str(folder / f"{pattern}.gold"))):
        base = gold[: -len(".gold")]
        source, target = (
            Path(f"{base}.{lang}").read_text(encoding="utf-8").splitlines() for lang in langs
        )
        docs.append((source, target, read_ladder(gold)))
    return docs


def own_data(argv: list[str]) -> None:
    """``--data DIR [--langs SOURCE TARGET]``: the comparison and the diagnostics on one's
    own documents with gold alignments (``NAME.gold`` ladders beside ``NAME.<source>`` and
    ``NAME.<target>``, one sentence a line; English and Korean unless ``--langs``)."""
    folder = Path(argv[argv.index("--data") + 1])
    langs = ("en", "ko")
    if "--langs" in argv:
        at = argv.index("--langs")
        langs = (argv[at + 1], argv[at + 2])
    docs = load("*", folder, langs)
    if not docs:
        sys.exit(f"{folder}: no NAME.gold with NAME.{langs[0]} and NAME.{langs[1]} beside it")
    sets = {folder.name: docs}
    pair_table(sets, langs)
    print()
    diagnostics(sets, langs)


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


def run_bitext(docs: list[Doc], langs: tuple[str, str] = ("en", "ko")) -> list:
    return [[(b.source, b.target) for b in align_sentences(en, ko, *langs)] for en, ko, _ in docs]


def run_bitext_batch(docs: list[Doc], langs: tuple[str, str] = ("en", "ko")) -> list:
    results = align_batch([Pair(en, ko) for en, ko, _ in docs], *langs)
    return [[(b.source, b.target) for b in beads] for beads in results]


def run_nltk(docs: list[Doc], length=len) -> list:
    out = []
    for en, ko, _ in docs:
        pairs = _gale_church().align_blocks([length(s) for s in en], [length(s) for s in ko])
        out.append(beads_from_pairs(pairs, len(en), len(ko)))
    return out


def _gale_church():
    """nltk's Gale-Church (imported when used: nltk brings 60k Python objects, and every
    garbage collection of a process that holds them takes 60-80 ms, which would be charged
    to whatever runs beside it)."""
    from nltk.translate import gale_church

    return gale_church


def run_galechurch(docs: list[Doc]) -> list:
    import galechurch

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
    program = _hunalign.binary()
    for name, pattern in KOREAN_SETS.items():
        docs = load(pattern)
        golds = [gold for *_, gold in docs]
        for system, run in SYSTEMS.items():
            timing = _warm_run if system.startswith("bitext") else _timed_run
            rows.append(_row(name, system, golds, *timing(run, docs)))
        if program is None:
            rows.append([name, "hunalign (could not be built)", "", "", "", "", ""])
            continue
        rows.append(
            _row(name, "hunalign 1.2 (C++)", golds, *_timed_run(run_hunalign(program), docs))
        )
    print_table(["set", "system", "strict P", "strict R", "strict F1", "lax F1", "seconds"], rows)


def korean_english() -> None:
    """The English-Korean sets the other way round, Korean as the source (the bundled
    lexicon then used backward): :func:`pair_table`."""
    sets = {}
    for name, pattern in KOREAN_SETS.items():
        docs = load(pattern, DATA, ("ko", "en"))
        sets[f"{name}, ko-en"] = [(ko, en, [(t, s) for s, t in gold]) for ko, en, gold in docs]
    pair_table(sets, ("ko", "en"))


def german_french() -> None:
    """The Bleualign German-French documents (see _bleualign.py), and the same made
    summaries' originals (runs of German sentences left out): :func:`pair_table`."""
    sets = {name: _bleualign.load(names) for name, names in _bleualign.SETS.items()}
    if not all(sets.values()):
        print("German-French: the Bleualign data could not be had (--vecalign-src PATH)")
        return
    for share in _bleualign.SUMMARY_SHARES:
        for name in _bleualign.SETS:
            sets[f"{name}, {share:.0%} of the German left out"] = [
                _bleualign.summarised(doc, share, seed) for seed, doc in enumerate(sets[name])
            ]
    pair_table(sets, ("de", "fr"))


def chinese_english() -> None:
    """MAC's Chinese-English chapters (see _mac.py): :func:`pair_table` and the
    diagnostics."""
    sets = {name: _mac.load(split) for name, split in _mac.SETS.items()}
    if not all(sets.values()):
        print("Chinese-English: the MAC data could not be had (--mac-src PATH)")
        return
    pair_table(sets, ("zh", "en"))
    print()
    diagnostics(sets, ("zh", "en"))


def other_languages() -> None:
    """Six pairs with no lexicon and no language data in bitext (bench/data/bible/: New
    Testament chapters, verse-level gold): :func:`pair_table` and the diagnostics of each
    pair's dev and held-out test chapters."""
    for langs in BIBLE_PAIRS:
        dev_and_test(BIBLE, langs)


def dev_and_test(folder: Path, langs: tuple[str, str]) -> None:
    """:func:`pair_table` and the diagnostics of one pair's dev and held-out documents
    (``SRC-TGT-dev-*`` and ``SRC-TGT-test-*`` in ``folder``)."""
    prefix = "-".join(langs)
    sets = {f"{prefix} {split}": load(f"{prefix}-{split}-*", folder, langs)
            for split in ("dev", "test")}  # fmt: skip
    pair_table(sets, langs)
    print()
    diagnostics(sets, langs)
    print()


def english_to_many() -> None:
    """English against nineteen languages (bench/data/pud/: the PUD treebanks' news and Wikipedia
    sentences, omissions and joined pairs made by make_pud.py): :func:`pair_table` of every
    language's dev and held-out documents, then the diagnostics."""
    sets = {
        f"en-{lang} {split}": load(f"en-{lang}-{split}-*", PUD, ("en", lang))
        for lang in PUD_LANGUAGES
        for split in ("dev", "test")
    }
    for lang in PUD_LANGUAGES:
        pair_table({name: docs for name, docs in sets.items() if name.startswith(f"en-{lang} ")},
                   ("en", lang))  # fmt: skip
        print()
    for lang in PUD_LANGUAGES:
        diagnostics({name: docs for name, docs in sets.items() if name.startswith(f"en-{lang} ")},
                    ("en", lang))  # fmt: skip
        print()


def han_script_pairs() -> None:
    """Korean against Chinese and Japanese, and Chinese against Japanese (bench/data/pud/:
    the same PUD sentences, made by make_pud.py as the English ones are): :func:`pair_table`
    and the diagnostics of each pair's dev and held-out documents."""
    for langs in make_pud.OTHER_PAIRS:
        dev_and_test(PUD, langs)


def hunalign_regtest() -> None:
    """hunalign's own hand-aligned regression sets (see _hunalign.REGTEST; one document
    each): bitext on the sentences against hunalign run as its regression test runs it (its
    flags, its tokenized and, for 1984 in Hungarian, hand-stemmed input, and its
    Hungarian-English dictionary where the clone has it) and as above (no dictionary, byte
    lengths, the same sentences as bitext's)."""
    program = _hunalign.binary()
    sets = _hunalign.regtest_sets()
    if program is None or not sets:
        print("hunalign's regression sets: its source could not be had (--hunalign-src PATH)")
        return
    rows = []
    for regression, source, english, gold in sets:
        name = regression.name
        start = time.perf_counter()
        beads = align_sentences(source, english, regression.lang, "en")
        seconds = time.perf_counter() - start
        test = [(b.source, b.target) for b in beads]
        auc = _figure(confidence([gold], [beads]).auc)
        rows.append(_row(name, "bitext", [gold], [test], seconds, auc))
        start = time.perf_counter()
        found, dictionary = _hunalign.align_as_regtest(program, regression)
        seconds = time.perf_counter() - start
        system = f"hunalign as its regression test runs it ({dictionary})"
        rows.append(_row(name, system, [gold], [found], seconds, ""))
        start = time.perf_counter()
        found = _hunalign.align(program, source, english)
        seconds = time.perf_counter() - start
        rows.append(_row(name, "hunalign, no dictionary", [gold], [found], seconds, ""))
    print_table(
        ["set", "system", "strict P", "strict R", "strict F1", "lax F1", "seconds", "score AUC"],
        rows,
    )


def pair_table(sets: dict[str, list[Doc]], langs: tuple[str, str]) -> None:
    """bitext, one document at a time and as a batch, against galechurch and hunalign on
    sets of one language pair, with bitext's score AUC."""
    program = _hunalign.binary()
    rows = []
    for name, docs in sets.items():
        golds = [gold for *_, gold in docs]
        bitext = {
            "bitext": lambda d: [align_sentences(a, b, *langs) for a, b, _ in d],
            "bitext (batch)": lambda d: align_batch([Pair(a, b) for a, b, _ in d], *langs),
        }
        for system, run in bitext.items():
            results, seconds = _warm_run(run, docs)
            test = [[(b.source, b.target) for b in beads] for beads in results]
            auc = _figure(confidence(golds, results).auc)
            rows.append(_row(name, system, golds, test, seconds, auc))
        others = {"galechurch 0.1.0": run_galechurch}
        if program is not None:
            others["hunalign 1.2 (C++)"] = run_hunalign(program)
        for system, run in others.items():
            rows.append(_row(name, system, golds, *_timed_run(run, docs), ""))
    print_table(
        ["set", "system", "strict P", "strict R", "strict F1", "lax F1", "seconds", "score AUC"],
        rows,
    )


def run_hunalign(program: Path) -> Callable[[list[Doc]], list]:
    """hunalign on each document, one process a document."""
    return lambda docs: [_hunalign.align(program, src, tgt) for src, tgt, _ in docs]


def _warm_run(run: Callable[[list[Doc]], list], docs: list[Doc]) -> tuple[list, float]:
    """:func:`_timed_run` of a second run of ``docs``: bitext's columns are of a warm process,
    the set's words known to it (as they are once it has aligned text of the kind; the first
    run of the set paid for them, so that the system run first, one document at a time, took
    twice the time of the batch after it). What new words cost is in the speed tables."""
    run(docs)
    return _timed_run(run, docs)


def _timed_run(run: Callable[[list[Doc]], list], docs: list[Doc]) -> tuple[list, float]:
    """What ``run`` gives for ``docs``, and the seconds it took."""
    start = time.perf_counter()
    results = run(docs)
    return results, time.perf_counter() - start


def _row(name: str, system: str, golds: list, test: list, seconds: float, *extra: str) -> list:
    """A table row: strict precision, recall and F1, lax F1, seconds (and ``extra``)."""
    s = score(golds, test)
    return [name, system, s.precision_strict, s.recall_strict, s.f1_strict, s.f1_lax, seconds,
            *extra]  # fmt: skip


def confidence(golds: list, beads: list) -> Confidence:
    """How well bitext's link scores (of ``beads``, document by document) tell right links
    from wrong ones: the library's :class:`~bitext.align.evaluate.Confidence`."""
    tests = [[(b.source, b.target) for b in bs] for bs in beads]
    return score_confidence(golds, tests, [[b.score for b in bs] for bs in beads])


def _figure(value: float | None) -> str:
    """A measure of three decimals; ``-`` where it is undefined (no wrong or no right link,
    scores that are no probabilities)."""
    return "-" if value is None else f"{value:.3f}"


def merged_f1(golds: list, tests: list) -> float:
    """Strict F1 with the links finer than the gold merged into the gold beads they split
    (:func:`bitext.align.evaluate.with_finer_merged`): the alignment at the gold's
    granularity."""
    return score(
        golds, [with_finer_merged(g, t) for g, t in zip(golds, tests, strict=True)]
    ).f1_strict


def diagnostics(
    sets: dict[str, list[Doc]] | None = None, langs: tuple[str, str] = ("en", "ko")
) -> None:
    """Per-bead-type recall of bitext (batch) and hunalign, the strict F1 of both with the
    links finer than the gold merged (:func:`merged_f1`), and how well each one's scores
    tell right links from wrong ones (hunalign's: the confidence its ladder gives a bead,
    which is no probability, so it has no calibration error), per set (the Korean-English
    sets unless ``sets`` are given); then what each ``--min-score`` of
    :data:`~bitext.align.evaluate.SCORE_THRESHOLDS` keeps of bitext's links, and how many of
    those are right."""
    program = _hunalign.binary()
    rows, kept_rows = [], []
    if sets is None:
        sets = {name: load(pattern) for name, pattern in KOREAN_SETS.items()}
    for name, docs in sets.items():
        golds = [gold for *_, gold in docs]
        beads = align_batch([Pair(a, b) for a, b, _ in docs], *langs)
        kept_rows.append([name, *_kept_cells(confidence(golds, beads))])
        scored = {"bitext (batch)": [[((b.source, b.target), b.score) for b in bs] for bs in beads]}
        if program:
            scored["hunalign"] = [_hunalign.align_scored(program, a, b) for a, b, _ in docs]
        for system, links in scored.items():
            test = [[bead for bead, _ in doc] for doc in links]
            known = score_confidence(golds, test, [[s for _, s in doc] for doc in links])
            cells = [
                f"{hit / total:.2f} ({total})" if total else "-"
                for hit, total in recall_by_type(golds, test).values()
            ]
            extra = [
                _figure(known.auc),
                f"{known.wrong_found_in_lowest:.2f} of {known.wrong}",
                _figure(known.calibration_error),
                f"{_figure(known.auc_finer_right)} / "
                f"{_figure(known.calibration_error_finer_right)} ({known.finer})",
            ]
            rows.append([name, system, *cells, f"{merged_f1(golds, test):.3f}", *extra])
    print_table(
        [
            "set",
            "system",
            *(f"recall {t}" for t in BEAD_TYPES),
            "strict F1, finer links merged",
            "score AUC",
            "wrong in lowest 10%",
            "calibration error",
            "AUC / calibration error, finer links right (links)",
        ],
        rows,
    )
    print()
    print_table(
        [
            "set, bitext (batch)",
            "links",
            *(f"--min-score {bar:g}: kept / right" for bar in SCORE_THRESHOLDS),
        ],
        kept_rows,
    )


def _kept_cells(known: Confidence) -> list[str]:
    """The number of links (sentences on both sides), then for each minimum score the share
    of them it keeps and the share of those right."""
    cells = [str(known.links)]
    for kept in known.kept:
        right = f"{kept.precision:.1%}" if kept.precision is not None else "-"
        cells.append(f"{kept.links / max(1, known.links):.1%} / {right}")
    return cells


def speed() -> None:
    """The ten news-dev documents: hunalign (ten processes) against bitext's batch; then
    small pairs (:func:`small_pairs`) and the import time."""
    from bitext.align import overlap, search

    docs = load(SETS["news-dev"])
    rows = []
    program = _hunalign.binary()
    hunalign = (
        timed(lambda: [_hunalign.align(program, en, ko) for en, ko, _ in docs], runs=5)
        if program
        else None
    )
    realign = (
        timed(
            lambda: [_hunalign.align(program, en, ko, ("-realign",)) for en, ko, _ in docs],
            runs=5,
        )
        if program
        else None
    )
    first_seconds, warm, small_calls, one_pass = _child_figures("--speed-child")
    new_words = min(_child_figures("--new-words-child") for _ in range(3))
    compiled = "yes" if search._sweep and overlap._paircounts else "no (NumPy and Python)"
    if hunalign is not None:
        rows.append(["hunalign 1.2 (C++), ten processes, fastest of 5", hunalign, "1.0x"])
    for label, seconds in (
        ("bitext batch, news-dev's words new (after one small pair)", new_words),
        ("bitext batch, first call (process warmed on the other sets)", first_seconds),
        ("bitext batch, warm, fastest of 5 more", warm),
        ("hunalign -realign (a second pass, as bitext's), fastest of 5", realign),
        ("bitext batch, one pass (no realign), warm, fastest of 5", one_pass),
    ):
        if seconds is None:
            continue
        ratio = f"{seconds / hunalign:.1f}x" if hunalign else ""
        rows.append([label, seconds, ratio])
    print(f"bitext's compiled parts built: {compiled}")
    print_table(["news-dev, ten documents (1049 x 1008 sentences)", "seconds", "vs hunalign"], rows)
    print()
    small_pairs(docs, program, small_calls)
    print()
    import_times()


def small_pairs(docs: list[Doc], program: Path | None, bitext_seconds: float) -> None:
    """What one call costs on a small pair: the first :data:`SMALL` sentences a side of each
    news-dev document, hunalign one process a pair against ``align_sentences`` one call a
    pair (``bitext_seconds``, from the speed child: the fastest of five rounds or more)."""
    rows = []
    hunalign = None
    if program is not None:
        small = [(en[:SMALL], ko[:SMALL]) for en, ko, _ in docs]
        hunalign = timed(lambda: [_hunalign.align(program, en, ko) for en, ko in small], runs=5)
        rows.append(["hunalign 1.2 (C++), one process a pair", hunalign * 100, "1.0x"])
    ratio = f"{bitext_seconds / hunalign:.1f}x" if hunalign else ""
    rows.append(["bitext align_sentences, one call a pair (warm)", bitext_seconds * 100, ratio])
    print_table(
        [f"ten pairs of {SMALL} sentences a side (news-dev's first)", "ms a pair", "vs hunalign"],
        rows,
    )


def import_ms(module: str, env: dict[str, str]) -> float:
    """Milliseconds of ``import module`` in a fresh interpreter, by ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stderr.strip().splitlines()[-1].split("|")[1]) / 1000


def import_times() -> None:
    """``import bitext.align`` against ``import numpy`` (which it needs) in fresh processes."""
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    import_ms("bitext.align", cached)  # writes the bytecode cache, as an install does
    times: dict[str, list[float]] = {"numpy": [], "bitext.align": []}
    for _ in range(15):
        for module, found in times.items():
            found.append(import_ms(module, cached))
    rows = [
        [f"import {module}", f"{min(found):.0f}", f"{sorted(found)[len(found) // 2]:.0f}"]
        for module, found in times.items()
    ]
    rows.append(
        [
            "bitext.align's own share (fastest minus numpy's fastest)",
            f"{min(times['bitext.align']) - min(times['numpy']):.0f}",
            "",
        ]
    )
    print_table(["python -X importtime, 15 fresh processes each", "fastest ms", "median ms"], rows)


def speed_child() -> None:
    """In a process with bitext alone (no baseline loaded, as a user's would be): after the
    other three sets, the seconds of the first batch of news-dev, then of the fastest of five
    more, of small pairs one call each, and of the batch in one pass (no realign); printed
    as JSON."""
    for name in ("jhe-dev", "nk-dev", "news-dev-summary"):
        align_batch([Pair(en, ko) for en, ko, _ in load(SETS[name])], "en", "ko")
    pairs = [Pair(en, ko) for en, ko, _ in load(SETS["news-dev"])]
    start = time.perf_counter()
    align_batch(pairs, "en", "ko")
    first = time.perf_counter() - start
    warm = timed(lambda: align_batch(pairs, "en", "ko"), runs=5)
    small = [(p.source[:SMALL], p.target[:SMALL]) for p in pairs]
    small_calls = timed(lambda: [align_sentences(en, ko, "en", "ko") for en, ko in small], runs=5)
    single = AlignOptions(realign=False)
    one_pass = timed(lambda: align_batch(pairs, "en", "ko", options=single), runs=5)
    print(json.dumps([first, warm, small_calls, one_pass]))


def _child_figures(flag: str) -> Any:
    """What this script run in a fresh process with ``flag`` prints last, as JSON."""
    child = subprocess.run(
        [sys.executable, __file__, flag], capture_output=True, text=True, check=True
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def new_words_child() -> None:
    """In a fresh process with bitext alone: after one pair of three sentences a side (the
    lexicon and the language tables loaded, a few words analysed), the seconds of a batch of
    news-dev, nearly all of whose words are new to the process: what a batch of documents
    the process has not seen costs. Printed as JSON."""
    pairs = [Pair(en, ko) for en, ko, _ in load(SETS["news-dev"])]
    other = load(SETS["nk-dev"])[0]
    align_sentences(other[0][:SMALL], other[1][:SMALL], "en", "ko")
    start = time.perf_counter()
    align_batch(pairs, "en", "ko")
    print(json.dumps(time.perf_counter() - start))


def trigram_vectors(texts: list[str], size: int = 256) -> np.ndarray:
    """Hashed character trigrams (digits and Latin letters only, so that they carry across
    English and Korean): a stand-in for a sentence-embedding model, made with NumPy."""
    vectors = np.zeros((len(texts), size))
    for row, text in enumerate(texts):
        kept = "".join(c if c.isdigit() or (c.isascii() and c.isalpha()) else " " for c in text)
        for word in kept.lower().split():
            padded = f" {word} "
            for k in range(len(padded) - 2):
                vectors[row, zlib.crc32(padded[k : k + 3].encode()) % size] += 1.0
    return vectors


class PerBeadTrigrams:
    """The same vectors behind the older one-bead-at-a-time interface."""

    name, weight = "trigrams (per bead)", 1.0

    def prepare(self, source, target):
        s, t = trigram_vectors(list(source)), trigram_vectors(list(target))

        class Prepared:
            def similarity(self, i0, i1, j0, j1):
                a, b = s[i0:i1].sum(0), t[j0:j1].sum(0)
                norm = float(np.linalg.norm(a) * np.linalg.norm(b))
                return max(0.0, float(a @ b) / norm) if norm else 0.0

        return Prepared()


def plug_in() -> None:
    """The built-in scorer against plug-in scorers on the same 1k x 1k pair (one process,
    the fastest of three runs each, every run with new scorer objects: nothing of a
    sentence is kept from one run to the next, the built-in scorer's word analyses are)."""
    en, ko = repeated_text(1000)
    scorers = {
        "built-in OverlapScorer": lambda: [OverlapScorer("en", "ko", Lexicon.bundled("en", "ko"))],
        "EmbeddingScorer (plug-in)": lambda: [EmbeddingScorer("trigrams", trigram_vectors)],
        "per-bead similarity() (older plug-in)": lambda: [PerBeadTrigrams()],
    }
    rows = []
    base = None
    for name, made in scorers.items():
        seconds = timed(
            lambda made=made: align_sentences(en, ko, "en", "ko", scorers=made()), runs=3
        )
        base = base or seconds
        rows.append([name, seconds, f"{seconds / base:.1f}x"])
    print_table(["scorer (1k x 1k, news-dev repeated)", "seconds", "vs built-in"], rows)


def repeated_text(size: int) -> tuple[list[str], list[str]]:
    """The ten news-dev documents over and over, cut at ``size`` sentences a side."""
    docs = load(SETS["news-dev"])
    en: list[str] = []
    ko: list[str] = []
    while len(en) < size or len(ko) < size:
        for e, k, _ in docs:
            en += e
            ko += k
    return en[:size], ko[:size]


def distinct_text(size: int) -> tuple[list[str], list[str]]:
    """Every document of the four sets once, in order, cut at ``size`` sentences a side."""
    en: list[str] = []
    ko: list[str] = []
    for pattern in SETS.values():
        for e, k, _ in load(pattern):
            en += e
            ko += k
    return en[:size], ko[:size]


def scaling_child(size: int, system: str, kind: str) -> None:
    en, ko = repeated_text(size) if kind == "repeated" else distinct_text(size)
    start = time.perf_counter()
    if system == "bitext":
        align_sentences(en, ko, "en", "ko")
    else:
        import galechurch

        galechurch.align(en, ko)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "size": min(len(en), len(ko))}))


SIZES = {"distinct": (1000, 3000), "repeated": (1000, 4000, 16000, 64000)}


def scaling() -> None:
    rows = []
    for kind, sizes in SIZES.items():
        for system in ("bitext", "galechurch"):
            base: float | None = None
            for size in sizes:
                if system == "galechurch" and size > 16000:
                    continue  # its full matrix: tens of minutes at 64k
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", str(size), system, kind],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode:
                    reason = proc.stderr.strip().splitlines()[-1][:80]
                    rows.append([kind, system, size, "failed", "", reason])
                    continue
                result = json.loads(proc.stdout.strip().splitlines()[-1])
                base = base or result["seconds"] / result["size"]
                per = result["seconds"] / result["size"]
                rows.append(
                    [kind, system, result["size"], result["seconds"], result["peak_mb"],
                     f"{per / base:.2f}x"]
                )  # fmt: skip
    print_table(
        ["text", "system", "sentences/side", "seconds", "peak MB", "time per sentence vs first"],
        rows,
    )


if __name__ == "__main__":
    if "--child" in sys.argv:
        at = sys.argv.index("--child")
        scaling_child(int(sys.argv[at + 1]), sys.argv[at + 2], sys.argv[at + 3])
    elif "--speed-child" in sys.argv:
        speed_child()
    elif "--new-words-child" in sys.argv:
        new_words_child()
    elif "--speed-only" in sys.argv:
        speed()
    elif "--plug-in-only" in sys.argv:
        plug_in()
    elif "--german-french-only" in sys.argv:
        german_french()
    elif "--korean-english-only" in sys.argv:
        korean_english()
    elif "--chinese-english-only" in sys.argv:
        chinese_english()
    elif "--other-languages-only" in sys.argv:
        other_languages()
    elif "--english-to-many-only" in sys.argv or "--english-to-ten-only" in sys.argv:
        english_to_many()
    elif "--korean-han-only" in sys.argv:
        han_script_pairs()
    elif "--hunalign-sets-only" in sys.argv:
        hunalign_regtest()
    elif "--data" in sys.argv:
        own_data(sys.argv)
    else:
        if "--scaling-only" not in sys.argv:
            quality()
            print()
            diagnostics()
            print()
            korean_english()
            print()
            german_french()
            print()
            chinese_english()
            print()
            other_languages()
            english_to_many()
            han_script_pairs()
            hunalign_regtest()
            print()
            speed()
            print()
            plug_in()
        if "--no-scaling" not in sys.argv:
            print()
            scaling()

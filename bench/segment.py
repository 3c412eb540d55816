"""Segmentation benchmark: bitext against pySBD (English and 21 more languages) and kss
(Korean), side by side.

Run: ``python bench/segment.py`` (creates bench/.env with the baselines on first use).
``--quick`` skips kss on the large informal sets (kss is very slow); ``--ud-only`` runs only
the Universal Dependencies sets.

For each set in bench/data/seg/: exact-match pass rate (a case passes when the stripped
sentences equal the expected ones), boundary precision/recall/F1 (Korean sets), and throughput
in MB/s of UTF-8 input.

Then the languages whose rules are mostly abbreviations bitext has data for since the
Universal Dependencies sets (``ud_<lang>_<split>``, made by make_ud.py from eleven treebanks,
CC BY-SA 4.0: paragraphs of consecutive sentences as the treebank split them): boundary
precision, recall and F1 of bitext with the language's rules against bitext with the
generic rules a language without data gets (``und``), and the share of paragraphs split
exactly as the treebank; dev (looked at) and test (held out) apart. The treebanks' own
conventions (a split at a colon, a quotation of several sentences kept whole) cap every
figure below 1.0.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from _common import DATA, ensure_env, print_table, timed

ensure_env(["pysbd", "kss"])

import kss  # noqa: E402
import pysbd  # noqa: E402

from bitext.segment import split_sentences  # noqa: E402

SEG = DATA / "seg"
Splitter = Callable[[str], list[str]]
KOREAN_SETS = ["wikipedia", "nested", "v_ending", "sample", "blogs_ko", "blogs_lee", "tweets"]
FORMAL = {"wikipedia", "nested"}
# The columns of a table row (see row()).
COLUMNS = [
    "set",
    "baseline",
    "bitext pass",
    "base pass",
    "bitext P",
    "bitext R",
    "bitext F1",
    "base F1",
    "bitext MB/s",
    "base MB/s",
    "speed ratio",
]
UD_LANGUAGES = ["pt", "sv", "fi", "id", "tr", "vi", "fa", "he", "nb", "ro", "ka", "lt"]


@dataclass
class Score:
    passed: int
    cases: int
    precision: float
    recall: float
    f1: float
    mb_per_s: float
    size: float = 0.0  # MB of UTF-8 input


def load(name: str) -> list[dict[str, object]]:
    lines = (SEG / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def boundaries(text: str, sentences: list[str]) -> set[int]:
    """End offsets of every sentence but the last, found in ``text`` in order."""
    found, position = set(), 0
    for sentence in sentences[:-1]:
        at = text.find(sentence.strip(), position)
        if at < 0:
            continue
        position = at + len(sentence.strip())
        found.add(position)
    return found


def score(cases: list[dict[str, object]], split: Splitter, time_it: bool = True) -> Score:
    tp = fp = fn = passed = 0
    for case in cases:
        text, expected = str(case["text"]), list(case["expected"])  # type: ignore[call-overload]
        got = [s.strip() for s in split(text) if s.strip()]
        passed += got == expected
        gold, pred = boundaries(text, expected), boundaries(text, got)
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    size = sum(len(str(c["text"]).encode()) for c in cases) / 1e6
    seconds = timed(lambda: [split(str(c["text"])) for c in cases], 1.0) if time_it else 0.0
    return Score(
        passed, len(cases), precision, recall, f1, size / seconds if seconds else 0.0, size
    )


def bitext_splitter(lang: str) -> Splitter:
    return lambda text: [s.text for s in split_sentences(text, lang)]


PYSBD_LANGUAGES = [
    "am", "bg", "da", "de", "el", "es", "fa", "fr", "hi", "hy", "it", "ja", "kk", "mr", "my",
    "nl", "pl", "ru", "sk", "ur", "zh",
]  # fmt: skip


def main() -> None:
    if "--ud-only" in sys.argv:
        ud_sets()
        return
    quick = "--quick" in sys.argv
    rows = []
    english = pysbd.Segmenter(language="en", clean=False)
    en = load("en_golden")
    ours, base = score(en, bitext_splitter("en")), score(en, english.segment)
    rows.append(row("en_golden", "pySBD", ours, base, f1=False))
    totals: list[tuple[Score, Score]] = []
    for lang in PYSBD_LANGUAGES:
        cases = load(f"{lang}_golden")
        segmenter = pysbd.Segmenter(language=lang, clean=False)
        ours, base = score(cases, bitext_splitter(lang)), score(cases, segmenter.segment)
        totals.append((ours, base))
        rows.append(row(f"{lang}_golden", "pySBD", ours, base, f1=False))
    rows.append(
        row(
            "21 languages",
            "pySBD",
            _sum(t[0] for t in totals),
            _sum(t[1] for t in totals),
            f1=False,
        )
    )
    for name in KOREAN_SETS:
        cases = load(f"ko_kss_{name}")
        ours = score(cases, bitext_splitter("ko"))
        if quick and name not in FORMAL:
            base = None
        else:
            base = score(cases, lambda t: list(kss.split_sentences(t)), time_it=name in FORMAL)
        rows.append(row(f"ko_kss_{name}", "kss", ours, base))
    print_table(COLUMNS, rows)
    ud_sets()


def ud_sets() -> None:
    """The Universal Dependencies sets: the language's rules against the generic ones."""
    rows = []
    for split in ("dev", "test"):
        for lang in UD_LANGUAGES:
            cases = load(f"ud_{lang}_{split}")
            ours = score(cases, bitext_splitter(lang))
            base = score(cases, bitext_splitter("und"))
            rows.append(row(f"ud_{lang}_{split}", "bitext, generic rules", ours, base))
    print_table(COLUMNS, rows)


def _sum(scores: Iterable[Score]) -> Score:
    """Pass counts added up; throughput over all the sets (total size / total time)."""
    items = list(scores)
    size = sum(s.size for s in items)
    seconds = sum(s.size / s.mb_per_s for s in items if s.mb_per_s)
    return Score(
        sum(s.passed for s in items),
        sum(s.cases for s in items),
        0.0,
        0.0,
        0.0,
        size / seconds if seconds else 0.0,
        size,
    )


def row(name: str, baseline: str, ours: Score, base: Score | None, f1: bool = True) -> list[object]:
    """One table row: pass counts, boundary scores and speed of bitext and the baseline."""
    na = "n/a"
    ratio = f"{ours.mb_per_s / base.mb_per_s:.1f}x" if base and base.mb_per_s else na
    return [
        name,
        baseline,
        f"{ours.passed}/{ours.cases}",
        f"{base.passed}/{base.cases}" if base else na,
        ours.precision if f1 else na,
        ours.recall if f1 else na,
        ours.f1 if f1 else na,
        (base.f1 if base else na) if f1 else na,
        ours.mb_per_s,
        base.mb_per_s if base and base.mb_per_s else na,
        ratio,
    ]


if __name__ == "__main__":
    main()

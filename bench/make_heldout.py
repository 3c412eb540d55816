"""Build the held-out alignment sets (``*-test``) in bench/data/align/ from the public source.

Run: ``python bench/make_heldout.py PATH`` where PATH is a clone of
``jungyeul/korean-parallel-corpora`` (the repository the dev sets came from). It writes, with
fixed random seeds, these sets made from the splits the dev sets did not use; four first:

- ``news-test``: the first 1000 line pairs of ``korean-english-park.test`` as ten documents of
  100 pairs; about 5% of the pairs lose one side (an omission);
- ``news-test-summary``: the same documents without omissions, and runs of 3-15 consecutive
  pairs' English deleted until about half of all pairs have lost it (a summary against its
  original);
- ``jhe-test``: the first 720 lines of the JHE evaluation split (``jhe-koen-eval``) as six
  documents of 120 pairs, about 5% omissions;
- ``nk-test``: the English of ``news-test`` against ``northkorean-english.test.nk`` (the same
  Korean in North Korean grammar and spelling), about 5% omissions, another seed.

And ``news-test-scattered``: the documents of ``news-test`` without omissions and the English
of a random 45% of the line pairs deleted, each pair on its own (a summary that keeps a
sentence here and there rather than runs; added with the rule that tells it from a
translation, ``kinds.UNANCHORED_EXCESS``, whose bar lies between the benchmark's
translations and its run-deleted summaries; no parameter was set on this set). And
``news-test-joined``: the same documents with 70% of the runs of two line pairs of one
English sentence each joined into one pair whose English is one sentence (a translation
that renders each sentence by two, with a summary's sizes; added with ``sizes.anchor_beads``,
which tells it from a summary's original; no parameter was set on this set, but one bar
was moved knowing how its weakest document read, ``kinds.SUMMARY_SIZES``, as
bench/RESULTS.md says).

And a second sample of the same kinds, from the next 1000 line pairs of the same test
splits (lines 1001-2000; the JHE evaluation split has no more lines), with other seeds:
``news-test2``, ``news-test2-summary`` and ``nk-test2``, made as the three above.

Each line is split into sentences after ``.``, ``!`` or ``?`` (and closing quotes) followed by
a space and anything but a lower-case letter, so a line of two sentences makes a 2-1, 1-2 or 2-2
bead, as in the dev sets. The gold is one bead a line pair, in the ladder format
(``[3, 4]:[3]``); the sentences of a line pair that lost its other side are beads of their own
(``[5]:[]``, ``[6]:[]``). These sets are for checking that what was tuned on the dev sets
holds on text it was not tuned on: set no parameter on them.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

import regex

OUT = Path(__file__).resolve().parent / "data" / "align"
_SPLIT = regex.compile(r"(?<=[.!?][\"'”’)\]]*)\s+(?=[^\p{Ll}\s])")
Pairs = list[tuple[str, str]]


def read(repo: Path, path: str) -> bytes:
    """A file of the source repository: from its work tree, or from git (a bare mirror)."""
    if (repo / path).exists():
        return (repo / path).read_bytes()
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def lines(data: bytes) -> list[str]:
    """The lines of a UTF-8 text, without the final empty one."""
    return data.decode("utf-8").rstrip("\n").split("\n")


def from_tar(data: bytes, suffix: str) -> list[str]:
    """The lines of the one member of a gzipped tar whose name ends in ``suffix``."""
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(suffix))
        extracted = tar.extractfile(member)
        assert extracted is not None
        return lines(extracted.read())


def sentences(line: str) -> list[str]:
    """A line split into sentences by the fixed simple rule (see the module docstring)."""
    return [s.strip() for s in _SPLIT.split(line.strip()) if s.strip()]


Split = list[tuple[list[str], list[str]]]  # line pairs as sentences, a side may be empty


def split(pairs: Pairs) -> Split:
    """Each line pair as its two sides' sentences (pairs with an empty line left out)."""
    sides = [(sentences(source), sentences(target)) for source, target in pairs]
    return [(left, right) for left, right in sides if left and right]


def omitted(pairs: Split, rng: random.Random, share: float) -> Split:
    """The pairs with a share of them losing one side (chosen at random, which side too)."""
    kept: Split = []
    for left, right in pairs:
        if rng.random() < share:
            left, right = ([], right) if rng.random() < 0.5 else (left, [])
        kept.append((left, right))
    return kept


def summarised(pairs: Split, rng: random.Random) -> Split:
    """The pairs with runs of 3-15 consecutive English sides emptied, about half of them."""
    english = [left for left, _ in pairs]
    while sum(not side for side in english) < len(english) // 2:
        start, length = rng.randrange(len(english)), rng.randint(3, 15)
        for k in range(start, min(len(english), start + length)):
            english[k] = []
    return [(left, right) for left, (_, right) in zip(english, pairs, strict=True)]


def scattered(pairs: Split, rng: random.Random, share: float) -> Split:
    """The pairs with the English side of a share of them emptied, each pair on its own (a
    summary that keeps a sentence here and there, against its original)."""
    return [([] if rng.random() < share else left, right) for left, right in pairs]


def joined(pairs: Split, rng: random.Random, share: float) -> Split:
    """The pairs with a share of the runs of two consecutive pairs of one English sentence
    each made one pair, the two English sentences one (a translation that renders each
    sentence by two, with a summary's sizes)."""
    kept: Split = []
    k = 0
    while k < len(pairs):
        (left, right), after = pairs[k], pairs[k + 1 : k + 2]
        if after and len(left) == len(after[0][0]) == 1 and rng.random() < share:
            kept.append(([f"{left[0]} {after[0][0][0]}"], right + after[0][1]))
            k += 2
            continue
        kept.append((left, right))
        k += 1
    return kept


def document(pairs: Split) -> tuple[list, list, list]:
    """One document's English and Korean sentences and its gold beads."""
    en: list[str] = []
    ko: list[str] = []
    gold: list[tuple[list[int], list[int]]] = []
    for left, right in pairs:
        gold += beads(left, right, len(en), len(ko))
        en += left
        ko += right
    return en, ko, gold


def beads(left: list[str], right: list[str], i: int, j: int) -> list:
    """The gold beads of one line pair whose sentences start at source i, target j: one bead,
    or, when a side is empty, one bead a sentence of the other."""
    if left and right:
        return [(list(range(i, i + len(left))), list(range(j, j + len(right))))]
    return [([k], []) for k in range(i, i + len(left))] + [
        ([], [k]) for k in range(j, j + len(right))
    ]


def write(name: str, docs: list[tuple[list, list, list]]) -> None:
    """Write a set's documents as NAME-000.en / .ko / .gold ..."""
    for k, (en, ko, gold) in enumerate(docs):
        base = OUT / f"{name}-{k:03d}"
        base.with_suffix(".en").write_text("".join(s + "\n" for s in en), encoding="utf-8")
        base.with_suffix(".ko").write_text("".join(s + "\n" for s in ko), encoding="utf-8")
        ladder = "".join(f"{s}:{t}\n" for s, t in gold)
        base.with_suffix(".gold").write_text(ladder, encoding="utf-8")


def chunks(pairs: Pairs, size: int, count: int) -> list[Pairs]:
    """The first ``count`` runs of ``size`` consecutive pairs."""
    return [pairs[k * size : (k + 1) * size] for k in range(count)]


def main(repo: Path) -> None:
    """Build the held-out sets (the four, then the later two) and the second sample."""
    news_data = read(repo, "korean-english-news-v1/korean-english-park.test.tar.gz")
    news_en, news_ko = from_tar(news_data, ".en"), from_tar(news_data, ".ko")
    nk = lines(read(repo, "northkorean-english-news-v1/northkorean-english.test.nk"))
    jhe_en = lines(read(repo, "korean-english-jhe/jhe-koen-eval.en"))
    jhe_ko = lines(read(repo, "korean-english-jhe/jhe-koen-eval.ko"))
    news = [split(p) for p in chunks(list(zip(news_en, news_ko, strict=True)), 100, 10)]
    rng = random.Random(2026_12_01)
    write("news-test", [document(omitted(p, rng, 0.05)) for p in news])
    rng = random.Random(12)
    write("news-test-summary", [document(summarised(p, rng)) for p in news])
    rng = random.Random(2026)
    jhe = [split(p) for p in chunks(list(zip(jhe_en, jhe_ko, strict=True)), 120, 6)]
    write("jhe-test", [document(omitted(p, rng, 0.05)) for p in jhe])
    rng = random.Random(1201)
    north = [split(p) for p in chunks(list(zip(news_en, nk, strict=True)), 100, 10)]
    write("nk-test", [document(omitted(p, rng, 0.05)) for p in north])
    second_sample(news_en, news_ko, nk)
    rng = random.Random(45)
    write("news-test-scattered", [document(scattered(p, rng, 0.45)) for p in news])
    rng = random.Random(46)
    write("news-test-joined", [document(joined(p, rng, 0.7)) for p in news])


def second_sample(news_en: list[str], news_ko: list[str], nk: list[str]) -> None:
    """The second held-out sample: the same three kinds from the test splits' next 1000
    line pairs."""
    later = slice(1000, 2000)
    news = [split(p) for p in chunks(list(zip(news_en, news_ko, strict=True))[later], 100, 10)]
    rng = random.Random(7)
    write("news-test2", [document(omitted(p, rng, 0.05)) for p in news])
    rng = random.Random(8)
    write("news-test2-summary", [document(summarised(p, rng)) for p in news])
    north = [split(p) for p in chunks(list(zip(news_en, nk, strict=True))[later], 100, 10)]
    rng = random.Random(9)
    write("nk-test2", [document(omitted(p, rng, 0.05)) for p in north])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/make_heldout.py PATH-TO-korean-parallel-corpora")
    main(Path(sys.argv[1]))

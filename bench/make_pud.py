"""Build English-to-many alignment sets in bench/data/pud/ from the Parallel Universal
Dependencies treebanks (PUD): the same 1000 sentences of news and Wikipedia, translated from
English into each language, sentence by sentence; and, from the same sentences, Korean
against Chinese and Japanese and Chinese against Japanese (:data:`OTHER_PAIRS`, the first
language the source).

Run: ``python bench/make_pud.py DIR`` where DIR holds the test files of the PUD treebanks
(``UniversalDependencies/UD_<Language>-PUD``: ``en_pud-ud-test.conllu`` and one of each
language of :data:`LANGUAGES`; Japanese's is UD_Japanese-PUDLUW's ``ja_pudluw-ud-test.conllu``
saved as ``ja_pud-ud-test.conllu``; the text CC BY-SA 3.0, Japanese's 4.0, see
bench/data/pud/README.md). Each
language's sentences (their ``# text`` lines) are paired with the English ones by
``sent_id``, in the treebank's order, and cut into ten documents of 100 pairs: five dev (for
looking at errors) and five held out. With a fixed seed a language and document, about 5% of
the pairs lose one side (an omission) and about 8% are joined to the next pair on one side
(a line of two sentences against two lines: a 1-2 or 2-1 bead), as a translation divides
sentences differently. The gold is one bead a pair as so made, in the ladder format of
bench/data/align/ (``[3]:[3, 4]``; ``[5]:[]`` a sentence without counterpart); English is the
source.
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

from bitext.formats.ladder import format_ladder
from bitext.lang.rules import sentence_separator

OUT = Path(__file__).resolve().parent / "data" / "pud"
# The languages (their two sentences on one line are joined as bitext joins them:
# sentence_separator, nothing in Chinese).
LANGUAGES = (
    "ar",
    "cs",
    "de",
    "es",
    "fi",
    "fr",
    "hi",
    "id",
    "is",
    "it",
    "ja",
    "ko",
    "pl",
    "pt",
    "ru",
    "sv",
    "th",
    "tr",
    "zh",
)
# Pairs without English, the first language the source: Korean against the two languages
# written in Han characters, and those two against each other (made as the English ones
# are, from the same sentences).
OTHER_PAIRS = (("ko", "zh"), ("ko", "ja"), ("zh", "ja"))
DOCUMENTS = 10
PAIRS = 100
DEV = 5  # the first five documents: dev; the rest held out
OMITTED = 0.05
JOINED = 0.08
Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def sentences(conllu: Path) -> dict[str, str]:
    """Every sentence of a treebank by its ``sent_id``, in order."""
    found: dict[str, str] = {}
    sent_id = ""
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text =") and sent_id:
            found[sent_id] = line.split("=", 1)[1].strip()
    return found


def document(
    pairs: list[tuple[str, str]], joiner: str, seed: int
) -> tuple[list[str], list[str], Beads]:
    """One document's English and other-language lines and its gold beads."""
    rng = random.Random(seed)
    source: list[str] = []
    target: list[str] = []
    gold: Beads = []
    index = 0
    while index < len(pairs):
        english, other = pairs[index]
        roll = rng.random()
        if roll < OMITTED:
            if rng.random() < 0.5:
                gold.append(((len(source),), ()))
                source.append(english)
            else:
                gold.append(((), (len(target),)))
                target.append(other)
            index += 1
            continue
        if roll < OMITTED + JOINED and index + 1 < len(pairs):
            next_english, next_other = pairs[index + 1]
            if rng.random() < 0.5:  # the English of two pairs on one line
                gold.append(((len(source),), (len(target), len(target) + 1)))
                source.append(f"{english} {next_english}")
                target += [other, next_other]
            else:
                gold.append(((len(source), len(source) + 1), (len(target),)))
                source += [english, next_english]
                target.append(f"{other}{joiner}{next_other}")
            index += 2
            continue
        gold.append(((len(source),), (len(target),)))
        source.append(english)
        target.append(other)
        index += 1
    return source, target, gold


def main(folder: Path) -> None:
    """Write every pair's dev and held-out documents: English against each language of
    :data:`LANGUAGES`, then the pairs of :data:`OTHER_PAIRS`."""
    OUT.mkdir(parents=True, exist_ok=True)
    for source, target in [("en", lang) for lang in LANGUAGES] + list(OTHER_PAIRS):
        write_pair(folder, source, target)


def write_pair(folder: Path, source_lang: str, target_lang: str) -> None:
    """Write one pair's ten documents (``SRC-TGT-dev-000`` ... ``SRC-TGT-test-009``)."""
    joiner = sentence_separator(target_lang)
    first, second = (
        sentences(folder / f"{lang}_pud-ud-test.conllu") for lang in (source_lang, target_lang)
    )
    pairs = [(first[k], second[k]) for k in first if k in second]
    if len(pairs) < DOCUMENTS * PAIRS:
        sys.exit(
            f"{source_lang}-{target_lang}: {len(pairs)} sentence pairs, {DOCUMENTS * PAIRS} wanted"
        )
    for number in range(DOCUMENTS):
        split = "dev" if number < DEV else "test"
        name = f"{source_lang}-{target_lang}-{split}-{number:03d}"
        chunk = pairs[number * PAIRS : (number + 1) * PAIRS]
        source, target, gold = document(chunk, joiner, zlib.crc32(name.encode()))
        (OUT / f"{name}.{source_lang}").write_text("\n".join(source) + "\n", "utf-8")
        (OUT / f"{name}.{target_lang}").write_text("\n".join(target) + "\n", "utf-8")
        (OUT / f"{name}.gold").write_text(format_ladder(gold), "utf-8")
    print(f"{source_lang}-{target_lang}", len(pairs), "pairs")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/make_pud.py DIR (the PUD treebanks' test files)")
    main(Path(sys.argv[1]))

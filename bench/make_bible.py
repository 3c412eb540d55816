"""Build the other-languages alignment sets in bench/data/bible/ from the public source.

Run: ``python bench/make_bible.py PATH`` where PATH is a clone of ``christos-c/bible-corpus``
(CC0 1.0: the New Testament of 100 languages in Corpus Encoding Standard XML, one ``seg`` a
verse with its book, chapter and verse in its id). It writes, for six language pairs with
no lexicon in bitext and no language data of their own (Ukrainian-Latvian: Cyrillic against
Latin; Swahili-Zulu; Latvian-Basque; Ukrainian-Swahili; Syriac-Ukrainian; Gujarati-Latvian),
each chapter of :data:`DEV` and of :data:`TEST` as one document:

- the verses of the chapter in order (the ids of either side; a verse one translation does
  not have is a sentence without counterpart), and, with a fixed seed a pair and chapter,
  about 5% of the verses that both have lose one side (an omission);
- each verse split into sentences after ``.``, ``!`` or ``?`` (and closing quotes) followed
  by a space and anything but a lower-case letter, so a verse of two sentences against one
  makes a 2-1 bead (the translations are of 1689 to 1903 and divide verses differently);
- the gold: one bead a verse, in the ladder format (``[3, 4]:[3]``); the sentences of a
  verse without counterpart are beads of their own (``[5]:[]``).

The gold is a verse's, not a sentence's: a verse of two sentences a side is a 2-2 bead even
where its sentences translate one to one (the benchmark's diagnostics count such exact
splits apart). The dev chapters are for looking at errors; the test chapters are held out.
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

import regex
from lxml import etree

from bitext.formats.ladder import format_ladder

OUT = Path(__file__).resolve().parent / "data" / "bible"
# (file, bitext language code) of each side.
PAIRS = (
    (("Ukranian-NT", "uk"), ("Latvian-NT", "lv")),
    (("Swahili-NT", "sw"), ("Zulu-NT", "zu")),
    (("Latvian-NT", "lv"), ("Basque-NT", "eu")),
    # Names met only by their sounds: Cyrillic against Latin, Syriac against Cyrillic, and
    # Gujarati (a modern version that divides verses into short sentences) against Latin.
    (("Ukranian-NT", "uk"), ("Swahili-NT", "sw")),
    (("Syriac-NT", "syr"), ("Ukranian-NT", "uk")),
    (("Gujarati-NT", "gu"), ("Latvian-NT", "lv")),
)
DEV = ("MAT.5", "MAT.13", "MAR.4", "LUK.15", "JOH.3", "ACT.2", "ACT.27", "ROM.8", "1CO.13",
       "REV.21")  # fmt: skip
TEST = ("MAT.8", "MAT.26", "MAR.10", "LUK.2", "LUK.22", "JOH.11", "ACT.9", "ACT.16", "HEB.11",
        "JAM.3")  # fmt: skip
OMITTED = 0.05
_SPLIT = regex.compile(r"(?<=[.!?][\"'”’»)\]]*)\s+(?=[^\p{Ll}\s])")
Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def verses(path: Path) -> dict[str, str]:
    """Every verse of one translation by its id (``b.MAT.5.3`` -> its text, spaces
    collapsed); an untrusted file, parsed without entities or network."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.parse(str(path), parser).getroot()
    found = {}
    for seg in root.iter("seg"):
        text = " ".join("".join(seg.itertext()).split())
        if text:
            found[seg.get("id", "")] = text
    return found


def chapter_ids(source: dict[str, str], target: dict[str, str], chapter: str) -> list[str]:
    """The verse ids of a chapter on either side, in verse order."""
    prefix = f"b.{chapter}."
    ids = {k for k in source if k.startswith(prefix)} | {k for k in target if k.startswith(prefix)}
    return sorted(ids, key=lambda k: int(k.rsplit(".", 1)[1]))


def document(
    source: dict[str, str], target: dict[str, str], chapter: str, seed: int
) -> tuple[list[str], list[str], Beads]:
    """One chapter's sentences on each side and its verse-level gold beads."""
    rng = random.Random(seed)
    src: list[str] = []
    tgt: list[str] = []
    gold: Beads = []
    for verse in chapter_ids(source, target, chapter):
        a = _SPLIT.split(source[verse]) if verse in source else []
        b = _SPLIT.split(target[verse]) if verse in target else []
        if a and b and rng.random() < OMITTED:
            a, b = ([], b) if rng.random() < 0.5 else (a, [])
        a_ids = tuple(range(len(src), len(src) + len(a)))
        b_ids = tuple(range(len(tgt), len(tgt) + len(b)))
        if a and b:
            gold.append((a_ids, b_ids))
        else:
            gold += [((i,), ()) for i in a_ids] + [((), (j,)) for j in b_ids]
        src += a
        tgt += b
    return src, tgt, gold


def main(clone: Path) -> None:
    """Write every pair's dev and test documents."""
    OUT.mkdir(parents=True, exist_ok=True)
    for (source_file, source_lang), (target_file, target_lang) in PAIRS:
        source = verses(clone / "bibles" / f"{source_file}.xml")
        target = verses(clone / "bibles" / f"{target_file}.xml")
        for split, chapters in (("dev", DEV), ("test", TEST)):
            for number, chapter in enumerate(chapters):
                name = f"{source_lang}-{target_lang}-{split}-{number:03d}"
                seed = zlib.crc32(f"{name} {chapter}".encode())
                src, tgt, gold = document(source, target, chapter, seed)
                if not src or not tgt:
                    sys.exit(f"{source_file} / {target_file}: no verse of chapter {chapter}")
                (OUT / f"{name}.{source_lang}").write_text("\n".join(src) + "\n", "utf-8")
                (OUT / f"{name}.{target_lang}").write_text("\n".join(tgt) + "\n", "utf-8")
                (OUT / f"{name}.gold").write_text(format_ladder(gold), "utf-8")
                print(name, chapter, len(src), len(tgt), len(gold))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/make_bible.py PATH-TO-A-CLONE-OF-christos-c/bible-corpus")
    main(Path(sys.argv[1]))

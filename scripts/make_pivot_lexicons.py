"""Write src/bitext/lang/data/lexicon/ko-zh.cc-cedict-pivot.tsv and ko-ja.jmdict-pivot.tsv:
Korean-Chinese and Korean-Japanese word pairs through English, from lexicons bitext already
bundles.

Each Korean word of the lexicon written for bitext (``lexicon/en-ko.tsv``: Korean stems, as
inflected forms begin) is paired with every Chinese word of ``zh-en.tsv`` and
``zh-en.cc-cedict.tsv``, and every Japanese word of ``ja-en.jmdict.tsv``, that has one of its
English words (관리하 manage 管理; 호텔 hotel ホテル). Korean and Chinese or Japanese words of
one meaning then meet where the Korean readings of Han characters cannot tie them (a native
Korean word, a katakana loanword, or a word the two write with other characters). A word's
English may have other senses, so some pairs are wrong; only the written lexicon's Korean is
taken (CC-CEDICT's words read as Korean, ``en-ko.cc-cedict-hanja.tsv``, would make the files
ten times as large). In the format of bitext's lexicons, ``KOREAN<TAB>OTHER[,OTHER...]``.

Run: ``python scripts/make_pivot_lexicons.py``. The output is sorted, so the same lexicons
always give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from lexicon_glosses import LEXICONS, write_lexicon

from bitext.align.lexicon import read_pairs

WRITTEN = LEXICONS / "en-ko.tsv"
# Each file made: its name, the lexicons of the other language's words with their English,
# and its header (the licence is the source dictionary's).
PIVOTS = {
    "ko-zh.cc-cedict-pivot.tsv": (
        ("zh-en.tsv", "zh-en.cc-cedict.tsv"),
        """# Korean-Chinese word pairs through English, made by scripts/make_pivot_lexicons.py:
# each Korean word of lexicon/en-ko.tsv with the Chinese words of lexicon/zh-en.tsv and
# lexicon/zh-en.cc-cedict.tsv that share one of its English words (관리하 manage 管理):
# KOREAN<TAB>CHINESE[,CHINESE...]. Not checked by hand: an English word of two senses pairs
# words of either. CC-CEDICT: community maintained free Chinese-English dictionary,
# published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), from CEDICT,
# copyright (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons
# Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/);
# this file, adapted from it (its words paired with Korean ones through their English), is
# under the same licence.
""",
    ),
    "ko-ja.jmdict-pivot.tsv": (
        ("ja-en.jmdict.tsv",),
        """# Korean-Japanese word pairs through English, made by scripts/make_pivot_lexicons.py:
# each Korean word of lexicon/en-ko.tsv with the Japanese words of lexicon/ja-en.jmdict.tsv
# that share one of its English words (호텔 hotel ホテル): KOREAN<TAB>JAPANESE[,JAPANESE...].
# Not checked by hand: an English word of two senses pairs words of either. JMdict, the
# Japanese-Multilingual Dictionary of the Electronic Dictionary Research and Development
# Group (EDRDG), copyright James William Breen and the EDRDG; project page
# https://www.edrdg.org/wiki/index.php/JMdict-EDICT_Dictionary_Project, licence statement
# https://www.edrdg.org/edrdg/licence.html (and lexicon/ja-en.jmdict.LICENSE.md). Licence:
# Creative Commons Attribution-ShareAlike 3.0 (https://creativecommons.org/licenses/by-sa/3.0/);
# this file, adapted from it (its words paired with Korean ones through their English), is
# under the same licence.
""",
    ),
}


def pivot(written: Path, others: tuple[Path, ...]) -> dict[str, set[str]]:
    """Korean word -> the other language's words that share one of its English words."""
    korean: dict[str, set[str]] = {}
    for english, word in read_pairs(written):
        korean.setdefault(english, set()).add(word)
    table: dict[str, set[str]] = {}
    for path in others:
        for other, english in read_pairs(path):
            for word in korean.get(english, ()):
                table.setdefault(word, set()).add(other)
    return table


def main() -> None:
    """Write both files from the bundled lexicons."""
    for name, (sources, header) in PIVOTS.items():
        table = pivot(WRITTEN, tuple(LEXICONS / source for source in sources))
        write_lexicon(LEXICONS / name, header, table)


if __name__ == "__main__":
    main()

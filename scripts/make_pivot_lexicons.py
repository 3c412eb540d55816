"""Write src/bitext/lang/data/lexicon/ko-zh.cc-cedict-pivot.tsv, ko-ja.jmdict-pivot.tsv and
zh-ja.cc-cedict-jmdict-pivot.tsv: Korean-Chinese, Korean-Japanese and Chinese-Japanese word
pairs through English, from lexicons bitext already bundles.

Each Korean word of the lexicon written for bitext (``lexicon/en-ko.tsv``: Korean stems, as
inflected forms begin) is paired with every Chinese word of ``zh-en.tsv`` and
``zh-en.cc-cedict.tsv``, and every Japanese word of ``ja-en.jmdict.tsv``, that has one of its
English words (관리하 manage 管理; 호텔 hotel ホテル); and each Chinese word of those two
with every such Japanese word (酒店 hotel ホテル). Words of one meaning then meet where the
Korean readings of Han characters, or the characters the two write alike, cannot tie them (a
native Korean word, a katakana loanword, a word written with other characters). A word's
English may have other senses, so some pairs are wrong; only the written lexicon's Korean is
taken (CC-CEDICT's words read as Korean, ``en-ko.cc-cedict-hanja.tsv``, would make the
Korean files ten times as large). In the format of bitext's lexicons,
``WORD<TAB>OTHER[,OTHER...]``.

Run: ``python scripts/make_pivot_lexicons.py``. The output is sorted, so the same lexicons
always give the same bytes.
"""

from __future__ import annotations

from lexicon_glosses import LEXICONS, write_lexicon

from bitext.align.lexicon import read_pairs

# The lexicons of each language's words with their English, and whether a file's lines give
# the English first (en-ko.tsv) or the word (zh-en.tsv).
KOREAN = (("en-ko.tsv", True),)
CHINESE = (("zh-en.tsv", False), ("zh-en.cc-cedict.tsv", False))
JAPANESE = (("ja-en.jmdict.tsv", False),)
# Each file made: its name, the lexicons of its two languages and its header (the licence is
# the source dictionaries').
PIVOTS = {
    "ko-zh.cc-cedict-pivot.tsv": (
        KOREAN,
        CHINESE,
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
        KOREAN,
        JAPANESE,
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
    "zh-ja.cc-cedict-jmdict-pivot.tsv": (
        CHINESE,
        JAPANESE,
        """# Chinese-Japanese word pairs through English, made by scripts/make_pivot_lexicons.py:
# each Chinese word of lexicon/zh-en.tsv and lexicon/zh-en.cc-cedict.tsv with the Japanese
# words of lexicon/ja-en.jmdict.tsv that share one of its English words (酒店 hotel ホテル):
# CHINESE<TAB>JAPANESE[,JAPANESE...]. Not checked by hand: an English word of two senses
# pairs words of either. CC-CEDICT: community maintained free Chinese-English dictionary,
# published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), from CEDICT,
# copyright (C) 1997, 1998 Paul Andrew Denisowski, licensed under Creative Commons
# Attribution-ShareAlike 4.0 International. JMdict, the Japanese-Multilingual Dictionary of
# the Electronic Dictionary Research and Development Group (EDRDG), copyright James William
# Breen and the EDRDG; project page
# https://www.edrdg.org/wiki/index.php/JMdict-EDICT_Dictionary_Project, licence statement
# https://www.edrdg.org/edrdg/licence.html (and lexicon/ja-en.jmdict.LICENSE.md), licensed
# under Creative Commons Attribution-ShareAlike 3.0, which lets adaptations take a later
# version. This file, adapted from both (their words paired through their English), is under
# Creative Commons Attribution-ShareAlike 4.0 International
# (https://creativecommons.org/licenses/by-sa/4.0/).
""",
    ),
}


Lexicons = tuple[tuple[str, bool], ...]


def by_english(lexicons: Lexicons) -> dict[str, set[str]]:
    """English word -> the words of one language these lexicons give it (``(file, whether
    its lines give the English first)``, in :data:`LEXICONS`)."""
    table: dict[str, set[str]] = {}
    for name, english_first in lexicons:
        for left, right in read_pairs(LEXICONS / name):
            english, word = (left, right) if english_first else (right, left)
            table.setdefault(english, set()).add(word)
    return table


def pivot(first: Lexicons, second: Lexicons) -> dict[str, set[str]]:
    """Each word of the first language -> the words of the second that share one of its
    English words.

    >>> sorted(pivot(KOREAN, JAPANESE)["호텔"])
    ['ホテル', '泊']
    """
    words, others = by_english(first), by_english(second)
    table: dict[str, set[str]] = {}
    for english in words.keys() & others.keys():
        for word in words[english]:
            table.setdefault(word, set()).update(others[english])
    return table


def main() -> None:
    """Write the files from the bundled lexicons."""
    for name, (first, second, header) in PIVOTS.items():
        write_lexicon(LEXICONS / name, header, pivot(first, second))


if __name__ == "__main__":
    main()

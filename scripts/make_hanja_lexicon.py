"""Write src/bitext/lang/data/lexicon/en-ko.cc-cedict-hanja.tsv from two files bitext
already bundles: CC-CEDICT's Chinese-English word pairs (``lexicon/zh-en.cc-cedict.tsv``)
and the Korean readings of Han characters (``ko/hanja.txt``, from Unihan).

Most words of Korean news and policy prose are Sino-Korean: written in Hangul, they are the
Korean readings of Chinese words (經濟, 经济 ~ 경제; 政府 ~ 정부; 同盟 ~ 동맹). Each
two-character Chinese word of CC-CEDICT whose characters both have a reading gives its
Korean reading (the first character as Korean reads it at the start of a word, the second
as inside one: 歷史 ~ 역사) for each English word of its glosses, in the format of bitext's
lexicons (``ENGLISH<TAB>KOREAN[,KOREAN...]``). The Korean is a stem: the aligner matches it
as the beginning of a Korean word (경제 meets 경제를, 경제적). Such a reading is also that of
words Korea does not use, and sometimes a native word (a gloss's rare sense, 危害 harm ~
위해, reads like 위해 "for"): noise the aligner weighs like any lexicon's, measured in
bench/RESULTS.md.

The lexicon written for bitext (``lexicon/en-ko.tsv``) decides where it has decided: a
reading that begins one of its Korean words is left out (it gives 관리하, not 관리, which
begins 관리들, officials; 차이가, not 차이, which begins 차이나), and so are the words its
comments name as left out, :data:`LEFT_OUT` (통화: currency and a telephone call).

Run: ``python scripts/make_hanja_lexicon.py``. The output is sorted, so the same two files
always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lexicon_glosses import LEXICONS, write_lexicon

from bitext.align.lexicon import read_pairs
from bitext.lang.words import get_word_rules

OUT = LEXICONS / "en-ko.cc-cedict-hanja.tsv"
CEDICT = LEXICONS / "zh-en.cc-cedict.tsv"
WRITTEN = LEXICONS / "en-ko.tsv"
# The Korean words en-ko.tsv's comments say it leaves out: stems that begin common words of
# another meaning (아프: 아프간; 따라: 따라서; 시인: to admit; 관리: 관리들; 차이: 차이나;
# 유리: glass) and words of two meanings (통화: currency and a telephone call; 유대: bond
# and Jewish; 화상: a burn and video).
LEFT_OUT = frozenset({"아프", "따라", "시인", "관리", "차이", "유리", "통화", "유대", "화상"})
HEADER = """# English-Korean word pairs: CC-CEDICT's two-character Chinese words read as Korean
# reads their characters (经济 economy ~ 경제), made by scripts/make_hanja_lexicon.py from
# lexicon/zh-en.cc-cedict.tsv and ko/hanja.txt: ENGLISH<TAB>KOREAN[,KOREAN...], English
# words of the glosses, Korean readings matched as the beginning of a Korean word; none
# that lexicon/en-ko.tsv decides otherwise on (관리: it gives 관리하). Not checked by hand:
# a reading may be of a word Korean does not use, or read like a native one.
# CC-CEDICT: community maintained free Chinese-English dictionary, published by MDBG
# (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), from CEDICT, copyright (C) 1997,
# 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# International (https://creativecommons.org/licenses/by-sa/4.0/); this file, adapted from it
# (Chinese words replaced by their Korean readings, pairs turned round), is under the same
# licence. The readings: the kHangul field of the Unicode Character Database's Unihan files,
# under the Unicode License: Copyright (c) 1991-2022 Unicode, Inc. All rights reserved.
# Distributed under the Terms of Use in https://www.unicode.org/copyright.html.
"""


def korean_reading(word: str, readings: dict[str, tuple[str, str]]) -> str | None:
    """The Korean reading of a two-character Chinese word (None where a character has
    none): the first character as read at a word's start, the second as inside a word.

    >>> korean_reading("历史", {"历": ("력", "역"), "史": ("사", "사")})
    '역사'
    """
    if len(word) != 2 or word[0] not in readings or word[1] not in readings:
        return None
    return readings[word[0]][1] + readings[word[1]][0]


def lexicon(cedict: Path, written: Path) -> dict[str, set[str]]:
    """English word -> the Korean readings of the Chinese words it glosses, but those the
    written lexicon decides otherwise on (:func:`written_decides`)."""
    readings = {char: (inside, first) for char, inside, first in get_word_rules("ko").hanja}
    decides = written_decides({korean for _, korean in read_pairs(written)})
    table: dict[str, set[str]] = {}
    for chinese, english in read_pairs(cedict):
        reading = korean_reading(chinese, readings)
        if reading is not None and not decides(reading):
            table.setdefault(english, set()).add(reading)
    return table


def written_decides(written: set[str]) -> Callable[[str], bool]:
    """Whether a reading is one the written lexicon decides otherwise on: it begins one of
    the written Korean words (given with endings there), or is :data:`LEFT_OUT`.

    >>> decides = written_decides({"관리하", "경제"})
    >>> [decides(word) for word in ("관리", "경제", "통화", "외교")]
    [True, False, True, False]
    """
    prefixes = {word[:k] for word in written for k in range(1, len(word))}
    return lambda reading: reading in LEFT_OUT or reading in prefixes


def main() -> None:
    """Write the lexicon from the bundled files."""
    write_lexicon(OUT, HEADER, lexicon(CEDICT, WRITTEN))


if __name__ == "__main__":
    main()

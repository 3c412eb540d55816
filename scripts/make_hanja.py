"""Write src/bitext/lang/data/ko/hanja.txt from the Unicode Character Database's Unihan files:
the Korean reading of each Han character (its kHangul field, in Unihan_Readings.txt: the
reading inside a word, which the field tags E where the first syllable of a word reads
otherwise, else the first); of each simplified character whose traditional form has one
(kTraditionalVariant, in Unihan_Variants.txt: 经 is read as 經, 경); and of each variant form
the East Asian Character Code places beside a character that has one (kEACC, in
Unihan_OtherMappings.txt: a variant's code is its standard form's, 21xxxx, in another
layer, so the Japanese 経, 33513C, is read as 經, 21513C); one "CHARACTER READING" pair a
line, so that the aligner meets a Chinese or Japanese word (經濟, 经济, 経済) in the Korean
word read the same (경제); a third column where Korean reads it otherwise at the start of a
word (the initial sound rule, 두음 법칙: ㄹ is read ㄴ, and ㄹ and ㄴ before i or y are silent:
歷 력 역, 勞 로 노, 女 녀 여).

Run: ``python scripts/make_hanja.py FOLDER`` where FOLDER holds Unihan_Readings.txt,
Unihan_Variants.txt and Unihan_OtherMappings.txt (or their .bz2, as Debian's unicode-data
package installs them in /usr/share/unicode/). The output is sorted, so the same files
always give the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from unihan import code_point, field_values, read_unihan

OUT = Path(__file__).resolve().parent.parent / "src" / "bitext" / "lang" / "data" / "ko"
HEADER = """# The Korean reading of Han characters (hanja), by which a Chinese or Japanese word
# meets the Korean word read the same (經濟, 经济 ~ 경제): CHARACTER READING. Made by
# scripts/make_hanja.py from the kHangul field of Unihan_Readings.txt (the reading inside a
# word, tagged E, where it has two, else the first),
# and for a character without one the reading of its traditional form (kTraditionalVariant,
# Unihan_Variants.txt) or of the standard form of its East Asian Character Code (kEACC,
# Unihan_OtherMappings.txt: Japanese 経 as 經); a third column where a word's first
# syllable is read otherwise (the initial sound rule: 歷史 역사, 勞動 노동). Unicode {version}
# (the Unicode Character Database), under the Unicode License: Copyright (c) 1991-2022
# Unicode, Inc. All rights reserved. Distributed under the Terms of Use in
# https://www.unicode.org/copyright.html.
"""


def _reading(value: str) -> str:
    """A character's reading from its kHangul value: the one its E tag marks as read inside
    a word where the value has both (勞 노:0 로:0E: 로), else the first."""
    readings = [reading.split(":") for reading in value.split()]
    inside = [hangul for hangul, tags in readings if "E" in tags]
    return inside[0] if inside else readings[0][0]


def readings(readings_text: str, variants_text: str, mappings_text: str) -> dict[str, str]:
    """Han character -> its Korean reading inside a word (:func:`_reading`; a simplified
    character without one, its traditional form's; a variant form without one, its East
    Asian Character Code standard form's)."""
    table = {chr(code): _reading(value) for code, value in field_values(readings_text, "kHangul")}
    for code, value in field_values(variants_text, "kTraditionalVariant"):
        simplified = chr(code)
        if simplified not in table:
            known = [table[t] for t in (chr(code_point(v)) for v in value.split()) if t in table]
            if known:
                table[simplified] = known[0]
    codes = {chr(code): value for code, value in field_values(mappings_text, "kEACC")}
    standard = {value: char for char, value in codes.items() if value.startswith("21")}
    for char, value in codes.items():
        form = standard.get("21" + value[2:])
        if char not in table and form in table:
            table[char] = table[form]
    return table


# Hangul syllables: 19 initials by 21 vowels by 28 finals from U+AC00.
_SYLLABLES, _PER_INITIAL, _FINALS = 0xAC00, 21 * 28, 28
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial ㄹ, ㄴ, ㅇ
_I_OR_Y = {2, 3, 6, 7, 12, 17, 20}  # vowels ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def initial_reading(syllable: str) -> str:
    """How Korean reads a syllable at the start of a word (the initial sound rule): ㄹ as
    ㄴ, and ㄹ or ㄴ before i or y as nothing (력 역, 로 노, 녀 여); any other as it is."""
    code = ord(syllable) - _SYLLABLES
    if not 0 <= code < 19 * _PER_INITIAL:
        return syllable
    initial, rest = divmod(code, _PER_INITIAL)
    before_i_or_y = rest // _FINALS in _I_OR_Y
    if initial == _RIEUL:
        initial = _IEUNG if before_i_or_y else _NIEUN
    elif initial == _NIEUN and before_i_or_y:
        initial = _IEUNG
    return chr(_SYLLABLES + initial * _PER_INITIAL + rest)


def main(folder: str) -> None:
    """Write the readings from the Unihan files in ``folder``."""
    readings_text, version = read_unihan(Path(folder) / "Unihan_Readings.txt")
    variants_text, _ = read_unihan(Path(folder) / "Unihan_Variants.txt")
    mappings_text, _ = read_unihan(Path(folder) / "Unihan_OtherMappings.txt")
    table = readings(readings_text, variants_text, mappings_text)
    body = "".join(_line(char, table[char]) for char in sorted(table))
    (OUT / "hanja.txt").write_text(HEADER.format(version=version) + body, encoding="utf-8")
    print(f"hanja.txt: {len(table)} characters")


def _line(char: str, reading: str) -> str:
    initial = initial_reading(reading)
    return f"{char} {reading} {initial}\n" if initial != reading else f"{char} {reading}\n"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/make_hanja.py FOLDER (holding Unihan_Readings.txt[.bz2])")
    main(sys.argv[1])

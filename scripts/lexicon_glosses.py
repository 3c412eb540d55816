"""What the scripts that make bitext's lexicons from other dictionaries share: the folder
they write to, the single English words a dictionary's glosses give, and the writing of a
lexicon file.

The aligner matches an English word by its beginning (a lexicon's ``forget`` meets
"forgets" and "forgetting"), so a gloss is taken only where it is one word of four letters
or more and no English stopword, once a leading "to", "a", "an" or "the", then "be",
"become" or "get", and any parenthesis are dropped ("to forget" gives forget, "to be
fooled" fooled; "to look after" and "go" give nothing).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import regex

from bitext.lang.words import get_word_rules

LEXICONS = Path(__file__).resolve().parent.parent / "src" / "bitext" / "lang" / "data" / "lexicon"
ONE_WORD = regex.compile(r"^[a-z]+$")
PARENTHESIS = regex.compile(r"\([^)]*\)")
LEADING = regex.compile(r"^(?:(?:to|a|an|the) )?(?:(?:be|become|get) )?")
SHORTEST = 4


def single_words(glosses: Iterable[str]) -> set[str]:
    """The single English words of ``glosses`` (each may hold several, ``;``-separated)."""
    stopwords = get_word_rules("en").stopwords
    found = set()
    for gloss in glosses:
        for part in gloss.lower().split(";"):
            word = LEADING.sub("", PARENTHESIS.sub("", part).strip()).strip()
            if ONE_WORD.match(word) and len(word) >= SHORTEST and word not in stopwords:
                found.add(word)
    return found


def write_lexicon(path: Path, header: str, table: dict[str, set[str]]) -> None:
    """Write ``table`` (word -> its translations) to ``path`` in the format of bitext's
    lexicons, after ``header`` (its ``#`` lines), sorted: the same table always gives the
    same bytes."""
    body = "".join(f"{word}\t{','.join(sorted(table[word]))}\n" for word in sorted(table))
    path.write_text(header + body, encoding="utf-8")
    print(f"{path}: {len(table)} words")

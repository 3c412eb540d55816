"""Word-level language data for alignment: months, dates, particles, stopwords and phonetic
classes (numbers: :mod:`bitext.lang.numbers`), loaded from ``data/<lang>/`` like the
segmentation rules."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from bitext.errors import UnsupportedLanguageError
from bitext.lang.rules import (
    available_languages,
    data_folder,
    data_language,
    get_rules,
    primary_subtag,
    read_settings,
)


@dataclass(frozen=True, slots=True)
class WordRules:
    """What the aligner knows of one language's words (for a language without data, those
    of ``data/default/``: its phonetic classes, its symbols and marks; the rest empty).

    ``months`` maps month names to numbers; ``dates`` are patterns with named
    groups ``month``/``day``; ``suffixes`` are endings stripped to find a stem (Korean
    particles 의, 은; English -s); ``stopwords`` are function words; ``phonetic`` maps
    spellings to phonetic classes, longest first (``r_``: r before a consonant or at the
    end; ``^μπ``: at the start of a word; a lower-case class: one a spelling may or may not
    sound; see ``data/default/phonetic.txt``);
    ``symbols`` are signs read as words ($ = dollar); ``marks`` are the kinds of sentence
    (question, exclamation, quotation) with the marks that show each; ``latin_script``: the
    language is written in Latin letters; ``word_spaces``: spaces separate its words (else
    its words are compared by their character pairs); ``lexicon_prefixes``: a lexicon gives
    its words as the stems their inflected forms begin with (Korean 말했 for 말했다), so a
    source word is looked up by its stems' prefixes too; ``caseless_key``: the fewest
    phonetic classes a key of a word without capitals needs (every such word is keyed, not
    names alone) (both ``aligner.txt``, or the default's); ``unicase_letters``: letters
    Unicode calls lower case of a script written without capitals (Georgian), whose words
    are as caseless as Hangul's (the segmentation rules' setting); ``variants``: characters
    the language writes in two forms, read as the form its lexicon uses when words are
    compared (``variants.txt``: Traditional Chinese as Simplified), as (written, read) pairs;
    ``function_script``: the Unicode script whose words are function words, as the
    stopwords are (``aligner.txt``: Japanese Hiragana, its particles and endings; empty for
    none); ``hanja``: the language's reading of each Han character (``hanja.txt``: Korean's,
    by which Chinese and Japanese words meet Korean ones read the same), as (character,
    reading, reading at the start of a word) triples.
    """

    code: str
    months: tuple[tuple[str, int], ...]
    dates: tuple[regex.Pattern[str], ...]
    suffixes: tuple[tuple[str, str], ...]
    stopwords: frozenset[str]
    phonetic: tuple[tuple[str, str], ...]
    symbols: tuple[tuple[str, str], ...] = ()
    marks: tuple[tuple[str, str], ...] = ()
    latin_script: bool = False
    word_spaces: bool = True
    lexicon_prefixes: bool = False
    caseless_key: int = 4  # default/aligner.txt's
    unicase_letters: str = ""
    variants: tuple[tuple[str, str], ...] = ()
    function_script: str = ""
    hanja: tuple[tuple[str, str, str], ...] = ()

    def __hash__(self) -> int:
        """Hashed by the language's code alone (equal rules have equal codes): every call of
        the aligner looks its compiled tables up by the rules, and hashing Korean's 12,969
        Han readings took 0.1 ms a time."""
        return hash(self.code)


def data_lines(lang: str, name: str) -> list[str]:
    """The lines of ``data/<lang>/<name>`` that are not blank or ``#`` comments."""
    path = data_folder() / lang / name
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _pairs(lang: str, name: str) -> list[list[str]]:
    rows = [line.split() for line in data_lines(lang, name)]
    for row in rows:
        if len(row) < 2:
            raise UnsupportedLanguageError(f"data/{lang}/{name}: {' '.join(row)!r} needs a value")
    return rows


@functools.lru_cache(maxsize=64)
def get_word_rules(code: str) -> WordRules:
    """The word rules of ``code`` (its primary subtag); empty rules for unknown languages."""
    lang = data_language(code)
    if lang not in available_languages():
        lang = "default"
    # A language with no spellings of its own reads its script as the defaults do (the
    # Cyrillic letters of Ukrainian, which has sentence rules but no phonetic.txt).
    spelled = lang if data_lines(lang, "phonetic.txt") else "default"
    phonetic = sorted(
        (tuple(row[:2]) for row in _pairs(spelled, "phonetic.txt")), key=lambda p: -len(p[0])
    )
    rules = get_rules(code, fallback=True)
    # aligner.txt: how the aligner reads the language's words, kept apart from
    # settings.txt, whose digest identifies segmentation (a language's own, over the
    # default's).
    aligner = {**read_settings("default", "aligner.txt"), **read_settings(lang, "aligner.txt")}
    return WordRules(
        code=lang,
        months=tuple((row[0], int(row[1])) for row in _pairs(lang, "months.txt")),
        dates=tuple(regex.compile(p) for p in data_lines(lang, "dates.txt")),
        suffixes=tuple(
            sorted(
                (
                    (row[0], row[1] if len(row) > 1 else "")
                    for row in map(str.split, data_lines(lang, "suffixes.txt"))
                ),
                key=lambda pair: -len(pair[0]),
            )
        ),
        stopwords=frozenset(data_lines(lang, "stopwords.txt")),
        phonetic=tuple((spelling, cls) for spelling, cls in phonetic),
        symbols=tuple((row[0], row[1]) for row in _pairs("default", "symbols.txt")),
        marks=tuple((row[0], row[1]) for row in _pairs("default", "sentence_marks.txt")),
        latin_script=rules.latin_script,
        word_spaces=rules.word_spaces,
        lexicon_prefixes=aligner.get("lexicon_prefixes") == "yes",
        caseless_key=int(aligner["caseless_key"]),
        unicase_letters=rules.unicase_letters,
        variants=tuple((row[0], row[1]) for row in _pairs(lang, "variants.txt")),
        function_script=aligner.get("function_script", ""),
        hanja=tuple((row[0], row[1], row[-1]) for row in _pairs(lang, "hanja.txt")),
    )


def lexicon_paths(source: str, target: str) -> tuple[str, ...]:
    """The bundled lexicon files for a language pair, in this direction: ``SRC-TGT.tsv``
    (written for bitext) and the files made from other dictionaries beside it,
    ``SRC-TGT.NAME.tsv`` (each under its own licence, stated in it), in name order; either
    may be missing (Japanese-English has JMdict's alone); none if there is none."""
    pair = f"{primary_subtag(source)}-{primary_subtag(target)}"
    folder = data_folder() / "lexicon"
    main = f"{pair}.tsv"
    if not folder.is_dir():
        return ()
    extra = sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.name.startswith(f"{pair}.") and entry.name.endswith(".tsv") and entry.name != main
    )
    first = [main] if (folder / main).is_file() else []
    return tuple(str(folder / name) for name in (*first, *extra))

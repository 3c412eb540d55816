"""Loading and checking the per-language data files (see the package docstring)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from bitext.errors import UnsupportedLanguageError

if TYPE_CHECKING:
    from importlib.abc import Traversable

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """Everything bitext knows about one language, loaded from its data folder.

    - ``terminators`` end a sentence; ``closers`` (quotes, brackets) and a ``trailer``
      (footnote references) may follow a terminator inside the sentence; ``openers`` may
      precede its first word; ``bullets`` start list items; ``enumerators`` are the letters
      of the language's own script that number them, in order (Korean 가 나 다).
    - ``pairs`` (two characters a pair) and ``symmetric`` marks enclose quotations, inside
      which no sentence ends.
    - ``titles`` (``Dr``) never end a sentence; ``abbreviations`` (lower-cased, ``etc``) end
      one only before a capital; after an initialism (``U.S.``) or an initial, a sentence
      ends only before one of the ``starters``; ``continuations`` never start a sentence
      (Korean 하며 after a quotation; an entry ending in ``*`` is a beginning: ``싶*`` covers
      싶다, 싶고 ...); ``numbered`` abbreviations take a number (``Art. 9``,
      ``pp. 4-5``: no sentence ends between them).
    - ``endings``: for languages that end sentences with verb endings and often no
      punctuation (Korean 했다, 좋아요, 했죠), the final endings, as one pattern matched at the
      end of a word; ``not_endings`` are word ends that look like endings but are not
      (까지, 다음, 필요); a word ending in one of the ``connectives`` (Korean 지만, 는데)
      before an ellipsis trails off mid-sentence ("모르겠지만.. 다들").
    - ``cased``: whether the language's own script has upper and lower case;
      ``latin_script``: whether that script is Latin; ``word_spaces``: whether spaces
      separate its words (not in Chinese and Japanese).
    - ``exclamations``: the terminators that end a sentence unless a lower-case word follows.
    - ``spaced_openers``: the marks that open a quotation with a space after them (French
      ``« Oui »``), which a word of closing marks alone never is.
    - ``unspaced``: the terminators that end a sentence with no space after them (Chinese and
      Japanese 。！？); ``quote_ends_sentence``: whether one followed by closing quotes does
      too (Chinese “好。”他说, not Japanese 「……。」と).
    - ``unicase_letters``: letters Unicode calls lower case, of a script written without
      capitals, so that a sentence begins with one (Georgian Mkhedruli; its capitals,
      Mtavruli, write whole words in titles): :meth:`starts_lower` does not count them.
    - ``emoticons``: ASCII emoticons (``:)``, ``XD``), which close a sentence as emoji do.
    - ``hard_terminators``: terminators that end a sentence even before a lower-case word
      (Greek ``;``, where a lower-case start is no sign of a continued sentence).
    - ``ordinals``: whether a number of one to three digits or a Roman numeral followed by a
      period is an ordinal that continues the sentence (German ``am 3. Oktober``).
    - ``letter_abbreviations``: whether a word of one letter of a script without case,
      followed by a period, is an abbreviation that ends no sentence (Arabic ``د.`` for
      doctor, Hindi ``डॉ.``); not in Korean, where a one-syllable verb ends many (``가.``).
    - ``legacy_encoding`` (e.g. ``cp949``) is tried when UTF-8 fails, and believed only if the
      text then matches ``legacy_check``.
    - ``digest`` identifies the data, for signatures of results made with these rules.
    """

    code: str
    name: str
    terminators: str
    closers: str
    openers: str
    pairs: str
    symmetric: str
    bullets: str
    enumerators: str
    trailer: str
    cased: bool
    exclamations: str
    spaced_openers: str
    unspaced: str
    quote_ends_sentence: bool
    hard_terminators: str
    unicase_letters: str
    emoticons: tuple[str, ...]
    ordinals: bool
    letter_abbreviations: bool
    latin_script: bool
    word_spaces: bool
    legacy_encoding: str
    legacy_check: regex.Pattern[str] | None
    back_markers: tuple[regex.Pattern[str], ...]
    titles: frozenset[str]
    abbreviations: frozenset[str]
    starters: frozenset[str]
    continuations: frozenset[str]
    continuation_starts: tuple[str, ...]
    numbered: frozenset[str]
    endings: regex.Pattern[str] | None
    ending_finals: str
    laughter: str
    not_endings: tuple[str, ...]
    connectives: tuple[str, ...]
    digest: str

    def ends_sentence(self, text: str) -> bool:
        """Tell whether ``text`` ends with a terminator, possibly followed by closers."""
        stripped = text.rstrip().rstrip(self.closers)
        return bool(stripped) and stripped[-1] in self.terminators

    def starts_lower(self, text: str) -> bool:
        """Tell whether ``text`` begins with a lower-case letter of a script whose sentences
        begin with capitals (not one of the ``unicase_letters``).

        >>> rules = get_rules("ka", fallback=True)
        >>> rules.starts_lower("and so"), rules.starts_lower("დიახ"), rules.starts_lower("Yes")
        (True, False, False)
        """
        return text[:1].islower() and text[0] not in self.unicase_letters

    def is_back_marker(self, text: str) -> bool:
        """Tell whether ``text`` starts the back matter of a document in this language."""
        return any(p.search(text) for p in self.back_markers)


def check_language_tag(code: str) -> str:
    """Return ``code`` if it is a well-formed BCP 47 tag (``ko``, ``ko-KR``), else raise.

    >>> check_language_tag("ko-KR")
    'ko-KR'
    """
    if not _TAG.match(code):
        raise UnsupportedLanguageError(
            f"{code!r} is not a BCP 47 language tag; use e.g. 'en', 'ko' or 'ko-KR'"
        )
    return code


def canonical_language_tag(code: str) -> str:
    """A well-formed BCP 47 tag in the case RFC 5646 recommends (tags are case-insensitive,
    but ``EN`` and ``ko-kr`` are not how one writes them): the language lower case, a
    script title case, a region upper case, the rest lower case; after a singleton
    (``x-``, ``u-``) everything lower case.

    >>> [canonical_language_tag(t) for t in ("EN", "ko-kr", "ZH-HANT-tw", "es-419", "en-x-US")]
    ['en', 'ko-KR', 'zh-Hant-TW', 'es-419', 'en-x-us']
    """
    parts = check_language_tag(code).split("-")
    out = [parts[0].lower()]
    singleton = len(parts[0]) == 1
    for part in parts[1:]:
        singleton = singleton or len(part) == 1
        if not singleton and len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif not singleton and len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def sentence_separator(code: str) -> str:
    """What goes between two sentences of language ``code`` on one line: a space, or nothing
    in a language that puts no spaces between its words (Chinese, Japanese: ``word_spaces``);
    a space for a code that is no language tag.

    >>> sentence_separator("en"), sentence_separator("zh-Hans")
    (' ', '')
    """
    try:
        spaced = get_rules(code, fallback=True).word_spaces
    except UnsupportedLanguageError:
        return " "
    return " " if spaced else ""


def primary_subtag(code: str) -> str:
    """Return the lower-cased primary language subtag: ``ko-KR`` -> ``ko``."""
    return check_language_tag(code).split("-")[0].lower()


def data_language(code: str) -> str:
    """The language whose data folder serves ``code``: its primary subtag, or the language
    ``data/aliases.txt`` names for it (Norwegian ``no`` and ``nn`` are written with the
    abbreviations of Bokmål, ``nb``; deprecated ``iw`` is ``he``)."""
    lang = primary_subtag(code)
    return _aliases().get(lang, lang)


@functools.cache
def _aliases() -> dict[str, str]:
    """``data/aliases.txt``: lines of ``CODE LANGUAGE``."""
    return dict(data_table("aliases.txt"))


def data_table(name: str) -> list[tuple[str, str]]:
    """The ``KEY VALUE`` lines of the data file ``data/NAME`` (a file of the data folder
    itself, not of a language's), in order; comments and other lines skipped."""
    pairs = [line.split() for line in _lines(_data_file(".", name))]
    return [(pair[0], pair[1]) for pair in pairs if len(pair) == 2]


def data_folder() -> Traversable:
    """The folder of the bundled language data (``bitext/lang/data``)."""
    # importlib.resources is imported here, on the first read of the data: it loads
    # tempfile, shutil and random, which `import bitext` does not otherwise need.
    from importlib import resources

    return resources.files("bitext.lang") / "data"


@functools.lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """The languages that have a data folder, sorted."""
    root = data_folder()
    skip = {_DEFAULT, "lexicon"}
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in skip))


def language_named(name: str) -> str | None:
    """The code of the language with data that ``name`` names in English (``Korean`` ->
    ``ko``, any case), or None.

    >>> language_named("KOREAN"), language_named("Klingon")
    ('ko', None)
    """
    return _languages_by_name().get(name.strip().lower())


@functools.lru_cache(maxsize=1)
def _languages_by_name() -> dict[str, str]:
    """Each language's English name (its settings' ``name``), lower case, to its code."""
    return {read_settings(code).get("name", "").lower(): code for code in available_languages()}


@functools.lru_cache(maxsize=256)
def get_rules(code: str, *, fallback: bool = False) -> LanguageRules:
    """Return the rules for language ``code`` (a BCP 47 tag; only its primary subtag counts).

    With ``fallback=True`` a language without data gets the language-neutral defaults;
    otherwise it raises :class:`UnsupportedLanguageError`.

    >>> get_rules("en").cased
    True
    """
    lang = data_language(code)
    if lang not in available_languages():
        if not fallback:
            known = ", ".join(available_languages())
            raise UnsupportedLanguageError(f"no language rules for {code!r}; bitext knows: {known}")
        return _generic(lang)
    return _load(lang)


@functools.cache
def _generic(lang: str) -> LanguageRules:
    """The language-neutral rules, under the language's own code."""
    return dataclasses.replace(_load(_DEFAULT), code=lang, name=lang)


@functools.cache
def _load(lang: str) -> LanguageRules:
    settings = {**read_settings(_DEFAULT), **read_settings(lang)}
    markers = _layered(lang, "back_markers.txt")
    _compile(lang, settings["trailer"])
    return LanguageRules(
        code=lang,
        name=settings["name"] or lang,
        terminators=settings["terminators"],
        closers=settings["closers"],
        openers=settings["openers"],
        pairs=_checked_pairs(lang, settings["pairs"]),
        symmetric=settings["symmetric"],
        bullets=settings["bullets"],
        enumerators=settings["enumerators"],
        trailer=settings["trailer"],
        cased=settings["cased"] == "yes",
        exclamations=settings["exclamations"],
        spaced_openers=settings["spaced_openers"],
        unspaced=settings["unspaced"],
        quote_ends_sentence=settings["quote_ends_sentence"] == "yes",
        hard_terminators=settings["hard_terminators"],
        unicase_letters=settings["unicase_letters"],
        emoticons=tuple(_layered(lang, "emoticons.txt")),
        ordinals=settings["ordinals"] == "yes",
        letter_abbreviations=settings["letter_abbreviations"] == "yes",
        latin_script=settings["latin_script"] == "yes",
        word_spaces=settings["word_spaces"] == "yes",
        legacy_encoding=settings["legacy_encoding"],
        legacy_check=_compile(lang, settings["legacy_check"]) if settings["legacy_check"] else None,
        back_markers=tuple(_compile(lang, m) for m in markers),
        titles=frozenset(_layered(lang, "titles.txt")),
        abbreviations=frozenset(a.lower() for a in _layered(lang, "abbreviations.txt")),
        starters=frozenset(_layered(lang, "starters.txt")),
        continuations=frozenset(w for w in _layered(lang, "continuations.txt") if w[-1:] != "*"),
        continuation_starts=tuple(
            w[:-1] for w in _layered(lang, "continuations.txt") if w[-1:] == "*" and w[:-1]
        ),
        numbered=frozenset(a.lower().rstrip(".") for a in _layered(lang, "numbered.txt")),
        endings=_endings(lang),
        ending_finals=settings["ending_finals"],
        laughter=_class_body(lang, settings["laughter"]),
        not_endings=tuple(_layered(lang, "not_endings.txt")),
        connectives=tuple(_layered(lang, "connectives.txt")),
        digest=_digest(lang),
    )


# Hangul final consonants (jongseong) by letter, for {ㅆ} in endings data: index in a syllable.
_FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _hangul_with_final(letter: str) -> str:
    """A character class of every Hangul syllable that ends in the consonant ``letter``."""
    final = _FINALS.index(letter) + 1
    return "[" + "".join(chr(0xAC00 + base * 28 + final) for base in range(19 * 21)) + "]"


def _class_body(lang: str, body: str) -> str:
    """A regular-expression character class body from the data, checked."""
    if body:
        _compile(lang, f"[{body}]")
    return body


def _endings(lang: str) -> regex.Pattern[str] | None:
    """The language's sentence-final endings as one pattern anchored at a word's end. In the
    data, ``{ㅆ}`` stands for any Hangul syllable ending in that consonant (했, 겼, 졌 ...)."""
    alternatives = [
        regex.sub(r"\{(\p{Hangul_Jamo}|[ㄱ-ㅎ])\}", lambda m: _hangul_with_final(m[1]), line)
        for line in _layered(lang, "endings.txt")
    ]
    if not alternatives:
        return None
    for pattern in alternatives:
        _compile(lang, pattern)
    # Searched backwards from the end of the word: one attempt, not one per position.
    return regex.compile("(?:" + "|".join(alternatives) + ")$", flags=regex.REVERSE)


def _checked_pairs(lang: str, pairs: str) -> str:
    if len(pairs) % 2:
        raise UnsupportedLanguageError(f"data/{lang}/settings.txt: pairs needs an even length")
    return pairs


def _layered(lang: str, name: str) -> list[str]:
    return _read_list(_DEFAULT, name) + (_read_list(lang, name) if lang != _DEFAULT else [])


def _data_file(lang: str, name: str) -> str:
    path = data_folder() / lang / name
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _lines(text: str) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = "" if raw.startswith("#") else raw.split(" #", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _read_list(lang: str, name: str) -> list[str]:
    return _lines(_data_file(lang, name))


def read_settings(lang: str, name: str = "settings.txt") -> dict[str, str]:
    """The ``key = value`` lines of a language's data file (``\\s`` in a value is a space);
    a line without ``=`` is refused, naming the file and the line."""
    settings: dict[str, str] = {}
    for line in _read_list(lang, name):
        key, sep, value = line.partition("=")
        if not sep:
            raise UnsupportedLanguageError(f"data/{lang}/{name}: {line!r} is not key = value")
        settings[key.strip()] = value.strip().replace("\\s", " ")
    return settings


def _compile(lang: str, pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise UnsupportedLanguageError(f"data/{lang}: bad pattern {pattern!r}: {exc}") from exc


# The files that decide segmentation (and so the sentence ids of a document).
_SEGMENTATION_FILES = (
    "settings.txt",
    "titles.txt",
    "abbreviations.txt",
    "starters.txt",
    "numbered.txt",
    "endings.txt",
    "not_endings.txt",
    "connectives.txt",
    "continuations.txt",
    "back_markers.txt",
    "emoticons.txt",
)


def _digest(lang: str) -> str:
    import hashlib  # here, not at the top: loading OpenSSL slows every `import bitext`

    root = data_folder()
    sha = hashlib.sha256()
    for folder in (_DEFAULT, lang):
        for name in _SEGMENTATION_FILES:
            path = root / folder / name
            if path.is_file():
                sha.update(f"{folder}/{name}".encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:12]

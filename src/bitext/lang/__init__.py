"""Language rules kept as data: ``get_rules(code)`` loads ``data/<lang>/`` on top of defaults.

Each language is a folder of small text files (one item a line, ``#`` starts a comment), so a
new language is a data folder, not new code:

- ``settings.txt``: ``key = value`` lines (``terminators``, ``unspaced``, ``hard_terminators``,
  ``closers``, ``cased``, ``ordinals``, ``ending_finals``, ``laughter`` ...;
  ``data/default/settings.txt`` explains each).
- ``back_markers.txt``: regular expressions; the first block of a plain text that matches one
  starts the back matter (notes on the original, the author's biography).
- For the sentence segmenter: ``titles.txt`` (never end a sentence), ``abbreviations.txt``
  (end one only before a capital), ``numbered.txt`` (take a number: ``Art. 9``),
  ``starters.txt``, ``continuations.txt``; for languages that end sentences with verb
  endings and no punctuation, ``endings.txt`` (patterns; ``{ㅆ}`` is any Hangul syllable
  ending in ㅆ), ``not_endings.txt`` and ``connectives.txt``.

A language without a folder gets the defaults: sound on ordinary prose in any script
(sentence-final marks of many scripts, no split inside numbers, initials or addresses).

Lists in a language's folder extend those in ``data/default/``; settings override them.
"""

from __future__ import annotations

from bitext.lang.rules import (
    LanguageRules,
    available_languages,
    check_language_tag,
    data_language,
    get_rules,
    primary_subtag,
)

__all__ = [
    "LanguageRules",
    "available_languages",
    "check_language_tag",
    "data_language",
    "get_rules",
    "primary_subtag",
]

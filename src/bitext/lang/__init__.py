"""Language rules kept as data: ``get_rules(code)`` loads ``data/<lang>/`` on top of defaults.

Each language is a folder of small text files (one item a line, ``#`` starts a comment), so a
new language is a data folder, not new code:

- ``settings.txt``: ``key = value`` lines (``terminators``, ``closers``, ``cased``).
- ``back_markers.txt``: regular expressions; the first block of a plain text that matches one
  starts the back matter (notes on the original, the author's biography).
- ``abbreviations.txt``, ``endings.txt`` ...: used by the sentence segmenter.

Lists in a language's folder extend those in ``data/default/``; settings override them.
"""

from __future__ import annotations

from bitext.lang.rules import (
    LanguageRules,
    available_languages,
    check_language_tag,
    get_rules,
    primary_subtag,
)

__all__ = [
    "LanguageRules",
    "available_languages",
    "check_language_tag",
    "get_rules",
    "primary_subtag",
]

"""Which language a text is in, with py3langid (Lui & Baldwin's langid.py model, 97 languages,
shipped inside the package: nothing is downloaded). Loaded on first use, not at import."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

from bitext.errors import UnsupportedLanguageError

# Enough text to be sure, and no more (the classifier's time grows with the text).
_SAMPLE_CHARS = 20_000
_MIN_LETTERS = 8
_LETTER = regex.compile(r"\p{L}")
# Below this probability a detection is reported as unsure.
SURE = 0.9


@dataclass(frozen=True, slots=True)
class Detection:
    """A detected language: its BCP 47 primary tag and the model's probability (0..1)."""

    lang: str
    confidence: float

    @property
    def sure(self) -> bool:
        """Whether the model is confident enough to go on without asking."""
        return self.confidence >= SURE


def detect_language(text: str, what: str = "the text") -> Detection:
    """The language of ``text`` (a sample of its first 20,000 characters).

    Raises :class:`UnsupportedLanguageError` when there is too little text to tell.

    >>> detect_language("Die Allianz hat sich in den letzten Jahren stark verändert.").lang
    'de'
    """
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample[:2000])) < _MIN_LETTERS:
        raise UnsupportedLanguageError(
            f"{what} has too little text to tell its language; give the language"
        )
    lang, probability = _identifier().classify(sample)
    return Detection(str(lang), round(float(probability), 4))


@functools.cache
def _identifier() -> Any:
    from py3langid import langid  # imported on first use: loading the model takes ~0.5 s

    return langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
    )

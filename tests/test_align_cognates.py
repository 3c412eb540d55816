"""Cognates: languages written in one script share the first four letters of related words
(Simard, Foster and Isabelle 1992), which the built-in scorer offers as features when no
lexicon links the pair (German-French)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bitext.align import align_sentences
from bitext.align.features import FeatureExtractor
from bitext.align.lexicon import Lexicon
from bitext.align.memory import WordMemory
from bitext.align.overlap import OverlapScorer
from bitext.align.wordforms import COGNATE_LETTERS, cognate
from bitext.lang.words import get_word_rules

# Omissions that only the words can place: the German cook's and dog's sentences have no
# French counterpart, and nothing but cognates (Expedition / expédition, Alpinisten /
# alpinistes, ideal / idéales, Attacke / attaque) ties the others together: no number, no
# name, no identical word.
GERMAN = [
    "Die Expedition erreichte das Basislager am späten Abend.",
    "Der Koch bereitete eine warme Suppe für alle zu.",
    "Am nächsten Morgen studierten die Alpinisten den Weg genau.",
    "Der Hund schlief die ganze Nacht vor dem Zelt.",
    "Die Bedingungen waren ideal für eine Attacke auf den Gipfel.",
]
FRENCH = [
    "L'expédition atteignit le camp de base tard le soir.",
    "Le lendemain matin, les alpinistes étudièrent l'itinéraire avec attention.",
    "Les conditions étaient idéales pour une attaque du sommet.",
]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("expédition", {"c:expe"}),
        ("expedition", {"c:expe"}),
        ("l'expédition", {"c:expe"}),  # an elided article: the longest part counts
        ("l’écrivain", {"c:ecri"}),
        ("éét", set()),  # shorter than four letters
        ("o'clock", {"c:cloc"}),
        ("x-1234", set()),  # not letters
        ("zürich", {"c:zuri"}),
        ("straße", {"c:stra"}),
    ],
)
def test_a_cognate_is_the_first_four_letters_without_accents(word, expected):
    assert cognate(word) == expected


@given(st.text(min_size=1, max_size=12))
def test_a_cognate_feature_is_four_letters_without_marks(word):
    for feature in cognate(word):
        letters = feature.removeprefix("c:")
        assert len(letters) == COGNATE_LETTERS and letters.isalpha()
        assert not any(unicodedata.combining(c) for c in letters)


def test_cognates_place_omissions_that_length_alone_misplaces():
    beads = align_sentences(GERMAN, FRENCH, "de", "fr")
    assert [(b.source, b.target) for b in beads] == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
        ((3,), ()),
        ((4,), (2,)),
    ]
    assert min(b.score or 0 for b in beads) > 0.9


def test_without_a_lexicon_sizes_alike_are_taken_for_a_translation():
    # One sentence more of four, with no word the pair knows before learning: rather a
    # sentence the translation merged than one it left out (so a Chinese text and its
    # English translation with a third more sentences get merges, not omissions). The
    # cook's sentence then joins its neighbour (a 2-1 bead), and scores lower.
    german = [GERMAN[0], GERMAN[1], GERMAN[2], GERMAN[4]]
    beads = align_sentences(german, FRENCH, "de", "fr")
    assert [(b.source, b.target) for b in beads] == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    assert beads[1].score is not None and beads[1].score < min(beads[0].score, beads[2].score)


def test_cognates_only_between_languages_of_one_script():
    """German-French shares features by cognates, English-Korean does not look for them
    (Latin words inside Korean are matched as such already)."""
    de_fr = OverlapScorer("de", "fr", Lexicon()).extractors()
    en_ko = OverlapScorer("en", "ko", Lexicon()).extractors()
    assert [e.cognates for e in de_fr] == [True, True]
    assert [e.cognates for e in en_ko] == [False, False]
    german, french = (e.extract(t) for e, t in zip(de_fr, [GERMAN[0], FRENCH[0]], strict=True))
    assert german.distinct & french.distinct


def test_a_word_memory_keeps_analyses_with_and_without_cognates_apart():
    """English analysed for Korean (no cognates) and then for French (cognates) in one
    memory: each gets the features a fresh memory gives it."""
    sentence = "The expedition reached the summit."
    memory = WordMemory()
    english = get_word_rules("en")
    without = FeatureExtractor(english, Lexicon(), "source", memory)
    with_cognates = FeatureExtractor(english, Lexicon(), "source", memory, cognates=True)
    fresh = FeatureExtractor(english, Lexicon(), "source", WordMemory(), cognates=True)
    assert without.extract(sentence).distinct < with_cognates.extract(sentence).distinct
    assert len(with_cognates.extract(sentence).keys) == len(fresh.extract(sentence).keys)
    assert with_cognates.extract(sentence).weight == fresh.extract(sentence).weight

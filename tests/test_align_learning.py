"""Learned word pairs: counts that add up the same however a batch is split, and the lexicon
they teach, against a plain dictionary count (the oracle)."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext.align.learning import counts_of, pooled_counts
from bitext.align.lexicon import Lexicon
from bitext.align.overlap import OverlapScorer

WORDS = st.sampled_from(["japan", "korea", "alliance", "summit", "yen", "navy", "trade"])
KO = st.sampled_from(["일본", "한국", "동맹", "정상", "엔", "해군", "무역"])
PAIRS = st.lists(st.tuples(st.lists(WORDS, max_size=4), st.lists(KO, max_size=4)), max_size=25)


def _oracle_lexicon(pairs, min_count=2, min_dice=0.7):
    together, alone_s, alone_t = Counter(), Counter(), Counter()
    for s, t in pairs:
        s, t = set(s), set(t)
        alone_s.update(s)
        alone_t.update(t)
        together.update((a, b) for a in s for b in t)
    best = {}
    for (a, b), count in sorted(together.items()):
        dice = 2 * count / (alone_s[a] + alone_t[b])
        if count >= min_count and dice >= min_dice and dice > best.get(a, (0.0, ""))[0]:
            best[a] = (dice, b)
    return {a: frozenset({b}) for a, (_, b) in best.items()}


@settings(max_examples=150, deadline=None)
@given(PAIRS, st.lists(st.integers(0, 25), max_size=4), st.randoms(use_true_random=False))
def test_counts_pool_the_same_however_the_batch_is_split(pairs, cuts, random):
    whole = counts_of(pairs)
    bounds = sorted({0, len(pairs), *(min(c, len(pairs)) for c in cuts)})
    parts = [counts_of(pairs[a:b]) for a, b in itertools.pairwise(bounds)]
    random.shuffle(parts)
    pooled = pooled_counts(parts)
    assert pooled.source_words == whole.source_words
    assert pooled.target_words == whole.target_words
    assert pooled.codes.tolist() == whole.codes.tolist()
    assert pooled.together.tolist() == whole.together.tolist()
    assert dict(pooled.lexicon().pairs) == dict(whole.lexicon().pairs) == _oracle_lexicon(pairs)


def test_a_count_is_read_back_by_its_words():
    counts = counts_of([(["japan", "navy"], ["일본", "해군"]), (["japan"], ["일본"])])
    assert counts.count("japan", "일본") == 2
    assert counts.count("navy", "일본") == 1
    assert counts.count("korea", "일본") == 0
    assert counts.merged(counts).count("japan", "일본") == 4


_HANGUL_AND_OTHERS = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # syllables
    st.characters(min_codepoint=0x1100, max_codepoint=0x11FF),  # jamo
    st.characters(min_codepoint=0x3131, max_codepoint=0x318E),  # compatibility jamo
    st.characters(min_codepoint=0x0300, max_codepoint=0x0345),  # combining marks
    st.sampled_from("abkMNÅé-'"),
)


@settings(max_examples=300, deadline=None)
@given(st.text(_HANGUL_AND_OTHERS, min_size=1, max_size=8))
def test_hangul_phonetic_keys_by_letter_table_equal_the_general_rule(word):
    # The letter table maps each character's decomposition (remembered by character);
    # the general rule maps the decomposed word spelling by spelling: syllables, loose
    # jamo, combining marks and Latin letters mixed must give the same keys.
    import dataclasses

    from bitext.align.phonetic import Phonetics
    from bitext.lang.words import get_word_rules

    fast = Phonetics.of(get_word_rules("ko").phonetic)
    assert fast.letter_classes is not None
    # the general path: spellings one by one
    slow = dataclasses.replace(fast, letter_classes=None, char_classes={})
    assert fast.keys(word) == slow.keys(word)


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        # English "ng" is the final ieung of a Korean transliteration (its g sounded only
        # before a vowel), French -on too: these names shared no key before.
        ("Washington", "워싱턴"),
        ("Macron", "마크롱"),
        ("Beijing", "베이징"),
        # ... and the g before a vowel is the next syllable's ㄱ.
        ("Singapore", "싱가포르"),
        ("Trump", "트럼프"),
    ],
)
def test_a_name_and_its_korean_transliteration_share_a_phonetic_key(english, korean):
    from bitext.align.features import FeatureExtractor
    from bitext.align.lexicon import Lexicon
    from bitext.lang.words import get_word_rules

    source = FeatureExtractor(get_word_rules("en"), Lexicon(), "source")
    target = FeatureExtractor(get_word_rules("ko"), Lexicon(), "target")
    assert set(source._phonetic_key(english.lower())) & set(target._phonetic_key(korean))


@pytest.mark.parametrize(
    ("english", "lang", "name"),
    [
        ("Putin", "ru", "Путин"),
        ("Putin", "ru", "Путина"),  # a case ending of vowels only
        ("Zelensky", "uk", "Зеленський"),  # Ukrainian: the letters of default/phonetic.txt
        ("Khodorkovsky", "ru", "Ходорковский"),  # р silent before a consonant, х as kh
        ("Netanyahu", "ru", "Нетаньяху"),  # х as an English h, which has no class
        ("Johnson", "ru", "Джонсон"),  # дж as the English j
        ("Biden", "bg", "Байдън"),
        ("Tokayev", "kk", "Тоқаев"),
        ("Vucic", "sr", "Вучић"),  # no key long enough on either side: met by nothing
        ("Biden", "el", "Μπάιντεν"),  # μπ at the start of a word is b
        ("Donald", "el", "Ντόναλντ"),  # ντ is d: at the start, and inside (optional n)
        ("Trump", "el", "Τραμπ"),  # and μπ inside may be m-b
        ("Clinton", "el", "Κλίντον"),  # and ντ n-d
        ("Mitsotakis", "el", "Μητσοτάκης"),
    ],
)
def test_a_name_meets_its_spelling_in_cyrillic_and_greek(english, lang, name):
    from bitext.align.features import FeatureExtractor
    from bitext.lang.words import get_word_rules

    source = FeatureExtractor(get_word_rules("en"), Lexicon(), "source")
    target = FeatureExtractor(get_word_rules(lang), Lexicon(), "target")
    shared = set(source._phonetic_key(english.lower())) & set(target._phonetic_key(name.lower()))
    assert bool(shared) == (english != "Vucic")


def test_in_a_script_with_capitals_only_names_get_phonetic_keys():
    """Every Korean word may be a name (Hangul has no capitals); a Russian or Greek one is
    keyed only when capitalised, so that common words do not meet English names by their
    consonants (сказал, said, has the key of an English name spelt S-K-S-L)."""
    from bitext.align.features import FeatureExtractor
    from bitext.lang.words import get_word_rules

    def keyed(lang: str, word: str) -> bool:
        base = FeatureExtractor(get_word_rules(lang), Lexicon(), "target")._base_group(word)
        return base is not None and any(a.startswith("p:") for a in base[1])

    assert keyed("ru", "Путин") and not keyed("ru", "сказал")
    assert keyed("el", "Τσίπρας") and not keyed("el", "κυβέρνηση")
    assert keyed("ko", "트럼프") and keyed("ko", "대통령은")


def test_names_alone_link_an_english_sentence_to_its_russian_translation():
    """No lexicon, no number, no shared letter: the names' phonetic keys are what the two
    sentences share (weight 2 a capitalised English word, 1 a Russian word). A case ending
    that adds a consonant is not read off (Трампом, with Trump, has the key TLMPM): Trump is
    not met."""
    assert _met(
        "Putin and Zelensky spoke with Trump.",
        "Путин и Зеленский говорили с Трампом.",
        ("en", "ru"),
    ) == (4.0, 2.0)


def _met(source: str, target: str, langs: tuple[str, str] = ("en", "ko")) -> tuple[float, float]:
    """How much of one sentence and of its counterpart the bundled lexicon of ``langs`` (and
    the other built-in features) match: the scorer's count_pair of the two."""
    scorer = OverlapScorer(*langs, Lexicon.bundled(*langs))
    return scorer.prepare([source], [target]).count_pair(0, 0)


@pytest.mark.parametrize(
    ("source", "target", "langs", "counts"),
    [
        # Policy prose names governments by their capitals (Seoul and Pyongyang have no
        # phonetic key long enough to meet 서울, 평양): all four names on both sides, a
        # capitalised English name weighing 2, a Korean word 1.
        (
            "Seoul, Tokyo and Pyongyang disagree; Taiwan waits.",
            "서울과 도쿄, 평양의 입장이 엇갈리고 대만은 기다린다.",
            ("en", "ko"),
            (8.0, 4.0),
        ),
        # Korean companies by their Korean names, which no phonetic key meets.
        ("Samsung and Hyundai merged.", "삼성과 현대차가 합병했다.", ("en", "ko"), (4.0, 2.0)),
        # Everyday words, in the English forms the suffix rule does not reduce to a listed
        # word: policeman, stopped, heard, strange, noise.
        (
            "The policeman stopped when he heard a strange noise.",
            "경찰관은 이상한 소리를 듣고 멈춰 섰다.",
            ("en", "ko"),
            (5.0, 5.0),
        ),
        # The verbs news tells events with: confirmed, talks, resume.
        (
            "Officials confirmed that the talks will resume.",
            "관리들은 회담이 재개될 것이라고 확인했다.",
            ("en", "ko"),
            (3.0, 3.0),
        ),
        # Market news: Tariffs (weight 2), hit, bond, market, currency, plunged.
        (
            "Tariffs hit the bond market and the currency plunged.",
            "관세가 채권 시장을 강타했고 화폐 가치가 급락했다.",
            ("en", "ko"),
            (7.0, 6.0),
        ),
        # Chinese-English both ways: 母亲 告诉 明天 医院 / Mother (weight 2) told hospital
        # tomorrow.
        (
            "母亲告诉我，明天去医院。",
            "Mother told me we'd go to hospital tomorrow.",
            ("zh", "en"),
            (4.0, 5.0),
        ),
        (
            "Mother told me we'd go to hospital tomorrow.",
            "母亲告诉我，明天去医院。",
            ("en", "zh"),
            (5.0, 4.0),
        ),
        # An English stem that begins words of another meaning is left out: sun, not Sunday.
        ("太阳出来了。", "See you on Sunday.", ("zh", "en"), (0.0, 0.0)),
        # Korean as source: the lexicon the other way round gives Korean as the stems words
        # begin with (회담 in 회담이, 재개 in 재개될, 확인 in 확인했다), looked up by prefix.
        (
            "관리들은 회담이 재개될 것이라고 확인했다.",
            "Officials confirmed that the talks will resume.",
            ("ko", "en"),
            (3.0, 3.0),
        ),
    ],
)
def test_the_bundled_lexicons_meet_the_words_they_know(source, target, langs, counts):
    assert _met(source, target, langs) == counts


@pytest.mark.parametrize(
    "english", ["It was used widely.", "It uses coal.", "They are using coal."]
)
def test_a_stem_of_two_letters_or_less_is_not_looked_up_in_the_lexicon(english):
    # "used", "uses" and "using" lose their suffix to "us", which the lexicon has as 미국
    # (the US). The word itself is still looked up (used: 사용, 이용).
    assert _met(english, "미국은 크고 키가 컸다.") == (0.0, 0.0)
    assert _met("It was used widely.", "널리 사용되었다.") != (0.0, 0.0)


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        ("He was hurt.", "아프간과 아프리카를 다녀왔다."),  # hurt: 아프다, not 아프간
        ("Follow me.", "따라서 그는 떠났다."),  # follow: 따르다, not 따라서 (therefore)
        ("Time will pass.", "지나친 걱정이다."),  # pass: 지나가다, not 지나친 (excessive)
        ("He was a poet.", "그는 잘못을 시인했다."),  # poet: 시인, also to admit
        ("They manage it.", "관리들은 떠났다."),  # manage: 관리하다; 관리들 are officials
        ("It is a big advantage.", "유리창이 깨졌다."),  # advantage: 유리한, not 유리 (glass)
        ("The difference is small.", "차이나타운에 갔다."),  # difference: 차이가, not 차이나
        ("The currency fell.", "그는 통화를 끝냈다."),  # 통화: currency, and a telephone call
    ],
)
def test_everyday_words_do_not_meet_korean_words_their_stems_begin(english, korean):
    # A Korean stem of the lexicon meets every word it begins; the lexicon leaves out the
    # stems that begin common words of another meaning, and words of two meanings.
    assert _met(english, korean) == (0.0, 0.0)

"""The built-in scorer's features and pair counts: the compiled counts against the Python
ones, and an extractor extended with learned pairs against one made with the merged
lexicon."""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bitext.align import align_sentences, overlap, scoring, wordforms
from bitext.align.features import FeatureExtractor, Features
from bitext.align.learned import LearnedExtractor
from bitext.align.lexicon import Lexicon
from bitext.align.memory import WordMemory
from bitext.align.overlap import PreparedOverlap
from bitext.align.wordforms import character_pairs
from bitext.lang.rules import get_rules
from bitext.lang.words import get_word_rules

from .conftest import ALIGN_SETS

COMPILED = overlap._paircounts

GROUPS = st.lists(
    st.tuples(
        st.lists(st.integers(0, 30), min_size=1, max_size=4, unique=True).map(
            lambda ids: tuple(sorted(ids))
        ),
        st.sampled_from([0.5, 1.0, 1.5, 2.0]),
    ),
    max_size=6,
)
SIDE = st.lists(GROUPS.map(lambda groups: Features.of(10, groups)), min_size=1, max_size=8)


@pytest.mark.skipif(COMPILED is None, reason="the compiled pair counts were not built")
@settings(max_examples=150, deadline=None)
@given(SIDE, SIDE, st.data())
def test_compiled_pair_counts_equal_the_python_ones(source, target, data):
    pairs = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(source) - 1), st.integers(0, len(target) - 1)),
            max_size=30,
        )
    )
    rows = np.asarray([i for i, _ in pairs], dtype=np.int64)
    columns = np.asarray([j for _, j in pairs], dtype=np.int64)
    prepared = PreparedOverlap(source, target)
    compiled = prepared.pair_counts(rows, columns)
    python = [prepared.count_pair(i, j) for i, j in pairs]
    assert compiled[0].tolist() == [s for s, _ in python]
    assert compiled[1].tolist() == [t for _, t in python]
    # The Python count itself, against the groups spelled out.
    for (i, j), (s, t) in zip(pairs, python, strict=True):
        keys_i, keys_j = source[i].distinct, target[j].distinct
        assert s == sum(w for g, w in source[i].groups if g & keys_j)
        assert t == sum(w for g, w in target[j].groups if g & keys_i)


@pytest.mark.skipif(COMPILED is None, reason="the compiled pair counts were not built")
def test_compiled_pair_counts_refuse_malformed_arrays():
    prepared = PreparedOverlap([Features.of(3, [((1, 2), 1.0)])], [Features.of(3, [((2,), 1.0)])])
    source, target = prepared._arrays
    out = np.empty(1), np.empty(1)
    with pytest.raises(IndexError, match="outside the sentences"):
        COMPILED.count_pairs(
            *vars(source).values(), *vars(target).values(), np.asarray([1]), np.asarray([0]), *out
        )
    with pytest.raises(ValueError, match="malformed source features"):
        COMPILED.count_pairs(
            source.groups, source.starts, -source.keys, source.weights,
            *vars(target).values(), np.asarray([0]), np.asarray([0]), *out,
        )  # fmt: skip
    with pytest.raises(ValueError, match="differ in length"):
        COMPILED.count_pairs(
            *vars(source).values(), *vars(target).values(), np.asarray([0]), np.asarray([0, 0]),
            *out,
        )  # fmt: skip


def _lines(name: str, side: str) -> list[str]:
    return (ALIGN_SETS / f"{name}.{side}").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("side, lang", [("source", "en"), ("target", "ko"), ("source", "ko")])
def test_an_extended_extractor_equals_one_made_with_the_merged_lexicon(side, lang):
    """The second pass's extractor adds learned pairs to the first's groups; it must give
    exactly the features a new extractor with the merged lexicon gives (Korean as source:
    the lexicon the other way round, looked up by its stems' prefixes too)."""
    sentences = _lines("news-dev-004", "en" if lang == "en" else "ko")
    # Word pairs as a first pass teaches them: English words of the text with the first two
    # letters of Korean words of the text (new to the bundled lexicon, so they change groups).
    english = [w.lower() for w in " ".join(_lines("news-dev-004", "en")).split() if w.isalpha()]
    korean = [w[:2] for w in " ".join(_lines("news-dev-004", "ko")).split() if len(w) > 2]
    pairs = list(zip(english[5:200:7], korean[3:200:5], strict=False))
    if side == "source" and lang == "ko":
        bundled = Lexicon.bundled("ko", "en")
        learned = Lexicon.from_pairs((k, e) for e, k in pairs)
    else:
        bundled = Lexicon.bundled("en", "ko")
        learned = Lexicon.from_pairs(pairs)
    memory = WordMemory()
    rules = get_word_rules(lang)
    parent = FeatureExtractor(rules, bundled, side, memory)
    first = [parent.extract(s) for s in sentences]
    child = LearnedExtractor(parent, learned)
    fresh = FeatureExtractor(rules, bundled.merged(learned), side, memory)
    extended = [child.extract(s) for s in sentences]
    assert extended == [fresh.extract(s) for s in sentences]
    assert extended != first  # the learned pairs changed some sentences
    # What the merged lexicon knows (read from its table and vocabulary, made when first
    # asked for) is what a lexicon made whole knows.
    assert child.known_share(sentences) == fresh.known_share(sentences)
    assert child.known_share(sentences) != parent.known_share(sentences)
    assert [parent.extract(s) for s in sentences] == first  # and the parent is untouched


_PAIRS = st.lists(
    st.tuples(st.text("abcxyz", min_size=1, max_size=4), st.text("가나다라", min_size=1)),
    max_size=30,
)


@given(_PAIRS, _PAIRS)
def test_a_merged_lexicon_is_the_lexicon_of_both_lists_of_pairs(first, second):
    """Merging makes its table when first read; read in any way, it is the lexicon of both."""
    one, other = Lexicon.from_pairs(first), Lexicon.from_pairs(second)
    both = Lexicon.from_pairs([*first, *second])
    merged = one.merged(other)
    assert merged.translations("abc") == both.translations("abc")
    assert merged == both and len(merged) == len(both)
    assert merged.text() == both.text()
    assert merged.target_vocabulary() == both.target_vocabulary()
    assert dict(one.merged(other).pairs) == dict(both.pairs)  # iterated before any lookup
    assert one.merged(other).merged(one) == both  # a merged lexicon merges again
    assert one == Lexicon.from_pairs(first)  # each part unchanged


@given(_PAIRS)
def test_a_lexicons_vocabulary_and_size_are_its_pairs_however_it_was_made(pairs):
    lexicon = Lexicon.from_pairs(pairs)
    targets = {t for _, t in pairs}
    assert lexicon.target_vocabulary() == targets
    assert len(lexicon) == len({(s.lower(), t) for s, t in pairs})
    extra = Lexicon.from_pairs([("new", "신")])
    merged = lexicon.merged(extra)
    assert merged.target_vocabulary() == targets | {"신"}  # a new value, its own vocabulary
    assert lexicon.target_vocabulary() == targets  # and the first keeps its own


def test_extractors_of_one_language_share_its_tables_made_once():
    """A call of the aligner makes new extractors; what they compile from a language's rules
    and a lexicon's vocabulary is made once (each call cost about 1 ms more without)."""
    rules, bundled = get_word_rules("en"), Lexicon.bundled("en", "ko")
    one = FeatureExtractor(rules, bundled, "source", WordMemory())
    other = FeatureExtractor(rules, bundled, "source", WordMemory())
    assert one._tables.phonetics is other._tables.phonetics
    assert one._tables.numbers is other._tables.numbers
    assert one.vocabulary is other.vocabulary
    korean = FeatureExtractor(get_word_rules("ko"), bundled, "target", WordMemory())
    assert korean._tables.suffixes != one._tables.suffixes  # each language its own
    assert dict(korean._tables.suffixes)  # Korean particles, by length


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(1, 5), st.integers(0, 2**31))
@example(n=1, m=11, dim=2, seed=124799)  # nearly opposite vectors: |a + b| is tiny
def test_embedding_similarity_from_dots_equals_the_cosine_of_summed_vectors(n, m, dim, seed):
    """Directly and through a band, every bead type: the cosine of the summed vectors (to a
    millionth: where summed vectors nearly cancel, |a + b|^2 from the dot products a.a + 2a.b
    + b.b loses a few digits against the norm of the sum, 1.7e-9 in one case found)."""
    from bitext.align.band import band_rows
    from bitext.align.costs import BEADS
    from bitext.align.embedding import PreparedEmbedding

    generator = np.random.default_rng(seed)
    source = generator.normal(size=(n, dim))
    target = generator.normal(size=(m, dim))
    source[generator.random(n) < 0.2] = 0.0  # a sentence without a vector
    prepared = PreparedEmbedding(source, target)
    rows = band_rows(n, m, [], 2)
    banded = prepared.for_band(0, 0, rows)
    unit_s = [v / np.linalg.norm(v) if np.linalg.norm(v) else v for v in source]
    unit_t = [v / np.linalg.norm(v) if np.linalg.norm(v) else v for v in target]
    for a, b in BEADS:
        if not (a and b):
            continue
        cells = [(i, j) for i, (lo, hi) in enumerate(rows) for j in range(max(lo, b), hi + 1)
                 if i >= a and rows[i - a][0] <= j - b <= rows[i - a][1]]  # fmt: skip
        if not cells:
            continue
        i, j = (np.asarray(x, dtype=np.int64) for x in zip(*cells, strict=True))
        expected = []
        for x, y in cells:
            s, t = sum(unit_s[x - a : x]), sum(unit_t[y - b : y])
            norm = np.linalg.norm(s) * np.linalg.norm(t)
            expected.append(min(1.0, max(0.0, float(s @ t) / norm)) if norm > 1e-9 else 0.0)
        assert prepared.bead_similarity(a, b, i, j) == pytest.approx(expected, abs=1e-6)
        assert banded.bead_similarity(a, b, i, j) == pytest.approx(expected, abs=1e-6)


def test_an_embedding_scorer_embeds_each_sentence_once_over_both_passes():
    from bitext.align import EmbeddingScorer, align_sentences

    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return np.asarray([[t.count("a"), t.count("b"), len(t)] for t in texts], dtype=float)

    source = ["aa b", "bbb", "aa b", "ab ab"]  # a sentence twice
    target = ["aab", "bb b", "abab", "a"]
    align_sentences(source, target, "xx", "yy", scorers=[EmbeddingScorer("ab", embed)])
    embedded = [t for call in calls for t in call]
    assert sorted(embedded) == sorted(set(source) | set(target))


def test_an_embedding_scorer_refuses_a_model_that_gives_the_wrong_number_of_vectors():
    from bitext.align import EmbeddingScorer

    scorer = EmbeddingScorer("short", lambda texts: np.zeros((1, 3)))
    with pytest.raises(ValueError, match="embed gave 1 vectors for 2 sentences"):
        scorer.prepare(["a", "b"], ["c"])


def test_an_embedding_scorer_keeps_no_more_vectors_than_its_budget():
    from bitext.align import EmbeddingScorer

    scorer = EmbeddingScorer("small", lambda texts: np.ones((len(texts), 4)), cache_bytes=64)
    scorer.prepare(["a", "b"], ["c"])  # 3 vectors x 32 bytes > 64: the cache starts afresh
    assert scorer._cached_bytes <= 64
    scorer.prepare(["d"], ["e"])
    assert scorer._cached_bytes <= 64


def test_a_band_filled_in_small_chunks_aligns_as_in_one(monkeypatch):
    """Long bands fill their pair counts a chunk of rows at a time (bounded memory)."""
    from bitext.align import align_sentences

    source, target = _lines("news-dev-004", "en"), _lines("news-dev-004", "ko")
    whole = align_sentences(source, target, "en", "ko")
    monkeypatch.setattr(scoring.BandReach, "CHUNK_PAIRS", 7)
    assert align_sentences(source, target, "en", "ko") == whole


@pytest.mark.skipif(COMPILED is None, reason="the compiled pair counts were not built")
@settings(max_examples=300, deadline=None)
@given(st.data())
def test_compiled_pair_counts_never_crash_on_arbitrary_arrays(data):
    """Whatever arrays come in, the count returns or raises ValueError or IndexError."""
    ints = st.lists(st.integers(-2, 12), max_size=8).map(lambda v: np.asarray(v, dtype=np.int64))
    floats = st.lists(st.floats(0, 2), max_size=8).map(lambda v: np.asarray(v, dtype=np.float64))
    side = [data.draw(ints), data.draw(ints), data.draw(ints), data.draw(floats)]
    other = [data.draw(ints), data.draw(ints), data.draw(ints), data.draw(floats)]
    rows, columns = data.draw(ints), data.draw(ints)
    out = np.empty(len(rows)), np.empty(data.draw(st.integers(0, 8)))
    with contextlib.suppress(ValueError, IndexError):
        COMPILED.count_pairs(*side, *other, rows, columns, *out)


def test_word_memory_gives_distinct_features_distinct_ids_from_many_threads():
    """Alignments may run in threads (a Dask worker's): ids are made under a lock."""
    import pickle
    import sys
    import threading

    memory = WordMemory()
    results: list[dict[str, int]] = []

    def work(offset: int) -> None:
        mine = {}
        for k in range(2000):
            key = f"x:{(k * 7 + offset) % 3000}"
            (mine[key],) = memory.ids_of([key])
        results.append(mine)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    seen: dict[str, int] = {}
    for mine in results:
        for key, number in mine.items():
            assert seen.setdefault(key, number) == number
    assert len(set(memory.ids.values())) == len(memory.ids)  # one id a feature
    assert pickle.loads(pickle.dumps(memory)).ids_of(["x:1"]) == memory.ids_of(["x:1"])


def test_an_embedding_scorer_aligns_a_pair_with_an_empty_side():
    from bitext.align import EmbeddingScorer, align_sentences

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray([[t.count("a"), t.count("b")] for t in texts], dtype=float)

    scorer = EmbeddingScorer("ab", embed)
    beads = align_sentences([], ["ab", "b"], "xx", "yy", scorers=[scorer])
    assert [(b.source, b.target) for b in beads] == [((), (0,)), ((), (1,))]
    beads = align_sentences(["a"], [], "xx", "yy", scorers=[scorer])
    assert [(b.source, b.target) for b in beads] == [((0,), ())]


def test_languages_without_word_spaces_are_compared_by_character_pairs():
    assert not get_rules("zh").word_spaces and not get_rules("ja").word_spaces
    assert get_rules("ko").word_spaces and get_rules("xx", fallback=True).word_spaces
    assert character_pairs(["陈清扬把我", "他", "友谊", "AUKUS", "NATO秘书长"]) == [
        "陈清", "清扬", "扬把", "把我", "他", "友谊", "AUKUS", "NATO", "秘书", "书长",
    ]  # fmt: skip
    # A Latin name glued to Chinese letters is a Latin word of its own, as in English.
    english = FeatureExtractor(get_word_rules("en"), Lexicon(), "source", WordMemory())
    glued = FeatureExtractor(get_word_rules("zh"), Lexicon(), "target", english.memory)
    nato = english.memory.ids_of(["l:nato"])[0]
    assert nato in english.extract("The NATO chief spoke.").distinct
    assert nato in glued.extract("NATO秘书长发表讲话。").distinct
    chinese = FeatureExtractor(get_word_rules("zh"), Lexicon(), "source", WordMemory())
    assert chinese.content_stems("陈清扬说：“友谊。”") >= {"陈清", "清扬", "友谊"}
    japanese = FeatureExtractor(get_word_rules("ja"), Lexicon(), "target", WordMemory())
    assert {"東京", "京都"} <= japanese.content_stems("東京都知事は")
    korean = FeatureExtractor(get_word_rules("ko"), Lexicon(), "target", WordMemory())
    assert "행동한다" in korean.content_stems("일본이 행동한다")  # spaced: whole words


@given(st.lists(st.text(alphabet=st.characters(categories=["Lo", "Lu", "Ll"]), min_size=1)))
def test_character_pairs_cover_every_letter_of_every_word(words):
    pairs = character_pairs(words)
    # Longer items are Latin words kept whole, each part of a word.
    assert all(len(pair) <= 2 or any(pair in word for word in words) for pair in pairs)
    assert set("".join(pairs)) == set("".join(words))
    assert len(pairs) >= len(words)


def test_every_character_pair_weighs_in_a_sentence_written_without_spaces():
    # A Chinese sentence is more than the one pair of it a lexicon knows: a single shared
    # word stays far below an anchor's similarity (0.47 when only known pairs counted, and
    # such anchors sent whole novel chapters off the diagonal).
    lexicon = Lexicon.from_pairs([("忘了", "forget")])
    prepared = overlap.OverlapScorer("zh", "en", lexicon).prepare(
        ["老人拄着拐杖在门口站了很久，忘了回家吃饭。"], ["Try to forget about it!"]
    )
    one = np.asarray([1])
    assert 0 < prepared.bead_similarity(1, 1, one, one)[0] < 0.3  # AlignOptions.anchor_threshold
    # Character pairs written the same in two such languages meet (日本, 本政, 政府).
    shared = overlap.OverlapScorer("zh", "ja", Lexicon()).prepare(
        ["日本政府决定了。"], ["日本政府は決定した。"]
    )
    assert shared.count_pair(0, 0) == (3.0, 3.0)


def test_the_kind_of_sentence_is_a_weak_feature_both_languages_share():
    scorer = overlap.OverlapScorer("zh", "en", Lexicon())
    chinese = ["你到底想不想去？", "我不知道。", "“走吧！”他喊道。"]
    english = ["Do you want to go or not?", "I don't know.", '"Let\'s go!" he shouted.']
    prepared = scorer.prepare(chinese, english)
    rows, columns = np.repeat([1, 2, 3], 3), np.tile([1, 2, 3], 3)
    similar = prepared.bead_similarity(1, 1, rows, columns).reshape(3, 3)
    assert similar[0, 0] > 0 and similar[2, 2] > similar[0, 0]  # question; exclamation + quote
    assert similar[0, 1] == similar[1, 0] == similar[1, 1] == 0  # a plain statement shows none
    assert similar[0, 2] == similar[2, 0] == 0
    kinds = FeatureExtractor(get_word_rules("es"), Lexicon(), "source", WordMemory())
    question, exclamation = kinds.extract("¿Vienes?"), kinds.extract("¡Ven!")
    assert kinds.memory.ids["k:question"] in question.distinct
    assert kinds.memory.ids["k:exclamation"] in exclamation.distinct


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_soft_hyphens_and_word_joiners_inside_words_change_no_feature(data):
    # Text from PDFs and hyphenated web pages carries soft hyphens (U+00AD) inside words
    # (coop\u00aderation), invisible where no line breaks there; they split words in two.
    side, lang = data.draw(st.sampled_from([("en", "source"), ("ko", "target")]))
    sentences = _lines("news-dev-004", side)
    text = data.draw(st.sampled_from(sentences))
    letters = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    cuts = data.draw(st.sets(st.sampled_from(letters), max_size=6)) if letters else set()
    mark = data.draw(st.sampled_from(["\u00ad", "\u2060", "\ufeff"]))
    marked = "".join(mark + c if i in cuts else c for i, c in enumerate(text))
    extractor = FeatureExtractor(
        get_word_rules(side), Lexicon.bundled("en", "ko"), lang, WordMemory()
    )
    plain, with_marks = extractor.extract(text), extractor.extract(marked)
    assert (with_marks.keys, with_marks.sizes, with_marks.weights) == (
        plain.keys,
        plain.sizes,
        plain.weights,
    )


_PUD = Path(__file__).parent / "data" / "pud"


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_fullwidth_letters_and_digits_change_no_feature(data):
    # Japanese and Chinese text writes Latin letters and digits fullwidth as often as not
    # (ＢＢＣ, ＧＤＰ, ２０１６年); NFC keeps them apart from ASCII, so the aligner folds them.
    lang, side = data.draw(st.sampled_from([("ja", "target"), ("en", "source")]))
    sentences = (_PUD / f"en-ja-dev-000.{lang}").read_text("utf-8").splitlines()
    text = data.draw(st.sampled_from([t for t in sentences if any(c.isascii() for c in t)]))
    narrow = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
    widened = data.draw(st.sets(st.sampled_from(narrow), min_size=1)) if narrow else set()
    wide = "".join(chr(ord(c) + 0xFEE0) if i in widened else c for i, c in enumerate(text))
    extractor = FeatureExtractor(
        get_word_rules(lang), Lexicon.bundled("en", "ja"), side, WordMemory()
    )
    plain, with_wide = extractor.extract(text), extractor.extract(wide)
    assert (with_wide.keys, with_wide.weights) == (plain.keys, plain.weights)


def test_a_sentence_read_in_other_forms_is_analysed_once():
    # Traditional Chinese is read in its simplified forms; the analysis is kept under the
    # sentence as given, so the known share and the learned pairs' stems reuse it.
    extractor = FeatureExtractor(get_word_rules("zh"), Lexicon.bundled("zh", "en"), "source")
    traditional = "國家經濟在成長。"
    first = extractor._analysis(traditional)
    assert traditional in extractor._sentences
    assert extractor._analysis(traditional) is first


def test_the_known_share_of_an_extended_extractor_counts_its_learned_words():
    # Each extractor remembers whether its lexicon knows a word; the second pass's extends
    # its parent's lexicon, so it must not read its parent's answers.
    source, _ = overlap.OverlapScorer("en", "ko", Lexicon()).extractors()
    assert source.known_share(["Japan acts."]) == 0.0  # and remembered: 'japan' unknown
    learned = LearnedExtractor(source, Lexicon.from_pairs([("japan", "일본")]))
    assert learned.known_share(["Japan acts."]) == 0.5  # japan of japan, acts
    assert source.known_share(["Japan acts."]) == 0.0


@pytest.mark.parametrize(("lang", "side"), [("en", "source"), ("ko", "target")])
def test_whether_the_lexicon_knows_a_word_is_the_same_noted_with_its_group_or_asked_alone(
    lang: str, side: str
):
    # A word's group notes whether the lexicon knows it (the same lookup); the answer must
    # be the one known_share gets for a word it asks about first: on two news documents
    # nobody here wrote, word by word and as the share.
    texts = (ALIGN_SETS / f"news-dev-001.{lang}").read_text(encoding="utf-8").splitlines()
    texts += (ALIGN_SETS / f"news-dev-004.{lang}").read_text(encoding="utf-8").splitlines()
    lexicon = Lexicon.bundled("en", "ko")
    grouped = FeatureExtractor(get_word_rules(lang), lexicon, side, WordMemory())
    for text in texts:
        grouped.extract(text)
    asked = FeatureExtractor(get_word_rules(lang), lexicon, side, WordMemory())
    noted = dict(grouped._known)
    assert noted and {word: asked._knows(word) for word in noted} == noted
    assert grouped.known_share(texts) == asked.known_share(texts)
    assert 0.3 < asked.known_share(texts) < 1.0


def test_a_word_of_a_whole_unspaced_text_is_read_in_bounded_memory():
    """A "word" of tens of thousands of letters (a text with no spaces) offered every one of
    its prefixes to the lexicon: 20,000 Hangul letters held 400 MB of them, 200,000 more than
    the machine had. Only prefixes as long as a lexicon word can be are made; such a word
    still aligns, and a lexicon word of any length still meets a word that is it whole."""
    assert wordforms.proper_prefixes("일본은") == ["일", "일본"]
    assert len(wordforms.proper_prefixes("가" * 100_000)) == wordforms.LONGEST_PREFIX
    beads = align_sentences(["Korea."], ["가" * 200_000], "en", "ko")
    assert [(b.source, b.target) for b in beads] == [((0,), (0,))]
    long = "가나다" * 40 + "국"  # 121 letters, longer than any prefix looked for
    lexicon = Lexicon.from_pairs([("longword", long)])
    target = FeatureExtractor(get_word_rules("ko"), lexicon, "target", WordMemory())
    source = FeatureExtractor(get_word_rules("en"), lexicon, "source", target.memory)
    english = source.extract("longword").distinct
    assert english & target.extract(long + "은").distinct  # met as its word's stem, whole
    assert not english & target.extract("다른" + long[2:] + "은").distinct

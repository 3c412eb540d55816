"""Sentence alignment: the bundled corpus, manual links, edge cases, other languages,
pluggable scorers, evaluation definitions and the command line."""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bitext import (
    AlignmentError,
    Link,
    LinkStatus,
    ingest_text,
    read_alignment,
    read_document,
    write_alignment,
)
from bitext.align import (
    AlignOptions,
    Bead,
    EmbeddingScorer,
    Lexicon,
    OverlapScorer,
    Scorer,
    align,
    align_sentences,
    score,
)
from bitext.errors import SameLanguageWarning
from bitext.formats.ladder import format_ladder, parse_ladder, read_ladder
from bitext.model import Alignment

from .conftest import ALIGN_SETS, ROOT, run_bitext

CORPUS = ROOT / "corpus"
EN = CORPUS / "en" / "asan-2024-13s.en.xml"
KO = CORPUS / "ko" / "asan-2024-13s.ko.xml"
GOLD = CORPUS / "asan-2024-13s.en-ko.xml"
BENCH = ALIGN_SETS


Gold = list[tuple[tuple[int, ...], tuple[int, ...]]]


def _news(name: str) -> tuple[list[str], list[str], Gold]:
    """A benchmark document: its English and Korean sentences and its gold beads."""
    english = (BENCH / f"{name}.en").read_text(encoding="utf-8").splitlines()
    korean = (BENCH / f"{name}.ko").read_text(encoding="utf-8").splitlines()
    return english, korean, read_ladder(BENCH / f"{name}.gold")


def _scattered_summary(name: str, step: int) -> tuple[list[str], list[str], list[str], Gold]:
    """A benchmark document with the English of every ``step``-th 1-1 link deleted (a
    summary that keeps a sentence here and there): its English, the English kept, its
    Korean, and the gold of the English kept against the Korean (the Korean of a deleted
    sentence left without counterpart)."""
    english, korean, gold = _news(name)
    dropped = set([s[0] for s, _ in gold if len(s) == 1][::step])
    kept = {i: k for k, i in enumerate(i for i in range(len(english)) if i not in dropped)}
    summary_gold: Gold = []
    for s, t in gold:
        left = tuple(kept[i] for i in s if i in kept)
        summary_gold += [((), (j,)) for j in t] if s and not left else [(left, t)]
    return english, [english[i] for i in sorted(kept)], korean, summary_gold


def _keys(alignment: Alignment) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(link.source, link.target) for link in alignment.links]


def test_automatic_alignment_reproduces_the_hand_checked_corpus():
    gold = read_alignment(GOLD)
    test = align(
        read_document(EN), read_document(KO), source_ref=gold.source_doc, target_ref=gold.target_doc
    )
    assert score([_keys(gold)], [_keys(test)]).f1_strict >= 0.95
    assert all(link.status is LinkStatus.AUTOMATIC for link in test.links)
    assert all(link.score is not None and 0 <= link.score <= 1 for link in test.links)


def test_every_manual_link_survives_realignment():
    gold = read_alignment(GOLD)
    # Keep only the hard links (the 2-1, 1-2 and 2-2 beads) and some 1-1 links as manual.
    manual = tuple(link for n, link in enumerate(gold.links) if link.type != "1-1" or n % 7 == 0)
    keep = replace(gold, links=manual)
    test = align(
        read_document(EN),
        read_document(KO),
        source_ref=gold.source_doc,
        target_ref=gold.target_doc,
        keep=keep,
    )
    kept = [link for link in test.links if link.status is LinkStatus.MANUAL]
    assert kept == list(manual)  # unchanged: ids, pointers, status, score
    covered_en = [i for link in test.links for i in link.source]
    assert covered_en == [s.id for s in read_document(EN).sentences()]


def test_a_fully_manual_alignment_comes_back_unchanged():
    gold = read_alignment(GOLD)
    test = align(
        read_document(EN),
        read_document(KO),
        source_ref=gold.source_doc,
        target_ref=gold.target_doc,
        keep=gold,
    )
    assert test.links == gold.links


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_manual_links_with_an_empty_side_anywhere_are_kept(where: str):
    """A valid alignment whose manual links include 0-1 and 1-0 beads at the start, in the
    middle or at the end is accepted by --keep, unchanged."""
    source = ["Japan acts.", "Korea watches.", "The summit ended.", "An aside."]
    target = ["서두.", "일본은 행동한다.", "한국은 지켜본다.", "정상회담이 끝났다.", "덧붙임."]
    beads = {
        "first": [((), (0,)), ((0,), (1,))],
        "middle": [((1,), (2,)), ((), (3,)), ((2,), ())],
        "last": [((2,), (3,)), ((3,), ()), ((), (4,))],
    }[where]
    src = ingest_text("\n\n".join(source), "en")
    tgt = ingest_text("\n\n".join(target), "ko")
    ids_s = [s.id for s in src.sentences()]
    ids_t = [s.id for s in tgt.sentences()]
    manual = tuple(
        Link(f"m{n}", tuple(ids_s[i] for i in s), tuple(ids_t[j] for j in t), LinkStatus.MANUAL)
        for n, (s, t) in enumerate(beads)
    )
    keep = Alignment("a.xml", "b.xml", "en", "ko", manual, complete=False)
    result = align(src, tgt, source_ref="a.xml", target_ref="b.xml", keep=keep)
    assert [link for link in result.links if link.status is LinkStatus.MANUAL] == list(manual)


def test_crossing_manual_links_are_refused():
    with pytest.raises(AlignmentError, match="in order"):
        align_sentences(
            ["a.", "b."], ["c.", "d."], "en", "ko", locked=[Bead((0,), (1,)), Bead((1,), (0,))]
        )


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ([], [], []),
        ([], ["하나."], [((), (0,))]),
        (["One."], [], [((0,), ())]),
        (["One sentence only."], ["한 문장뿐이다."], [((0,), (0,))]),
    ],
)
def test_empty_and_one_sentence_sides(source: list[str], target: list[str], expected: Gold):
    beads = align_sentences(source, target, "en", "ko")
    assert [(b.source, b.target) for b in beads] == expected


def test_identical_texts_align_one_to_one_with_a_warning():
    text = [s.text for s in read_document(EN).sentences()]
    with pytest.warns(SameLanguageWarning, match="same language"):
        beads = align_sentences(text, text, "en", "en")
    assert [(b.source, b.target) for b in beads] == [((i,), (i,)) for i in range(len(text))]


def test_any_language_pair_aligns_with_length_and_anchors_alone():
    german = [
        "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.",
        "Die Feier in Berlin dauerte bis spät in die Nacht.",
        "Helmut Kohl sprach vor 200000 Menschen.",
        "Viele weinten.",
        "Die Kosten der Einheit beliefen sich auf 2 Billionen Euro, sagen Ökonomen heute.",
        "Ein neues Kapitel begann.",
    ]
    french = [
        "Le 3 octobre 1990, l'Allemagne a été réunifiée.",
        "La fête à Berlin a duré jusque tard dans la nuit.",
        "Helmut Kohl a parlé devant 200000 personnes.",
        "Beaucoup ont pleuré.",
        "Le coût de l'unité s'est élevé à 2 billions d'euros, disent aujourd'hui les économistes.",
        "Un nouveau chapitre commençait.",
    ]
    beads = align_sentences(german, french, "de", "fr")
    assert [(b.source, b.target) for b in beads] == [((i,), (i,)) for i in range(6)]


# A Chinese story and its English translation, which splits four of its eight sentences: a
# third more English sentences, none left out. Written here for these tests.
STORY_CHINESE = [
    "那年夏天，村里来了一位年轻的老师，他住在河边那间旧屋子里，每天清晨都去井边打水。",
    "孩子们起初都怕他。",
    "后来他们发现他会讲很多故事，于是每到傍晚就围坐在他的门前，一直听到天黑才肯回家。",
    "老人们却不大相信他。",
    "他们说城里来的人总是待不长，过了冬天就会走的。",
    "可是冬天过去了，他还在那里，屋顶上的草换了新的，院子里也种上了菜。",
    "第二年春天，学校的墙终于修好了。",
    "开学那天，全村的孩子都来了，连最调皮的那几个也穿上了干净的衣服，规规矩矩地坐在前排。",
]
STORY_ENGLISH = [
    "That summer a young teacher came to the village.",
    "He lived in the old house by the river and went to the well for water every morning.",
    "At first the children were all afraid of him.",
    "Later they found out that he could tell a great many stories.",
    "So every evening they sat in front of his door and would not go home until dark.",
    "The old people, however, did not quite trust him.",
    "People from the city never stay long, they said; he would be gone after the winter.",
    "But the winter passed and he was still there.",
    "The thatch on his roof had been renewed, and vegetables were growing in the yard.",
    "The next spring the school wall was at last repaired.",
    "On the first day of term every child in the village came.",
    "Even the naughtiest few had put on clean clothes and sat properly in the front row.",
]
# The same story with years, ages and amounts on both sides (anchors): sentences replaced.
STORY_NUMBERS = (
    {
        0: "1978年夏天，村里来了一位25岁的老师，他住在河边那间旧屋子里，每天清晨都去井边打水。",
        2: "后来他们发现他会讲300多个故事，于是每到傍晚就围坐在他的门前，一直听到天黑才肯回家。",
        5: "可是冬天过去了，他还在那里，屋顶上的草换了新的，院子里也种上了40棵白菜。",
        6: "1979年春天，学校的墙终于修好了，花了1200元。",
        7: "开学那天，全村的68个孩子都来了，"
        "连最调皮的那几个也穿上了干净的衣服，规规矩矩地坐在前排。",
    },
    {
        0: "In the summer of 1978 a teacher of 25 came to the village.",
        3: "Later they found out that he could tell more than 300 stories.",
        8: "The thatch on his roof had been renewed, and 40 cabbages were growing in the yard.",
        9: "In the spring of 1979 the school wall was at last repaired, at a cost of 1,200 yuan.",
        10: "On the first day of term all 68 children of the village came.",
    },
)


@pytest.mark.parametrize("numbers", [False, True], ids=["no anchors", "numbers as anchors"])
def test_a_translation_that_splits_sentences_gets_merges_not_omissions(numbers: bool):
    # Without anchors the pair was taken for a summary (sizes telling how much is unlinked,
    # the ratio of mean sentence lengths): 1-1 links and English sentences without
    # counterpart, 3 of 8 beads right. With numbers, anchors placed the sentences but still
    # made it look like a summary, and the anchored pairs, each one half of a split, gave a
    # length ratio too low for the merges: 2 of 8. A pair without a lexicon whose sizes do
    # not differ like a summary's is now taken for a translation.
    chinese, english = list(STORY_CHINESE), list(STORY_ENGLISH)
    if numbers:
        for story, replaced in zip((chinese, english), STORY_NUMBERS, strict=True):
            for index, sentence in replaced.items():
                story[index] = sentence
    beads = align_sentences(chinese, english, "zh", "en")
    assert [(b.source, b.target) for b in beads] == [
        ((0,), (0, 1)), ((1,), (2,)), ((2,), (3, 4)), ((3,), (5,)),
        ((4,), (6,)), ((5,), (7, 8)), ((6,), (9,)), ((7,), (10, 11)),
    ]  # fmt: skip


def test_the_first_length_model_comes_from_anchors_or_else_from_the_sizes():
    from bitext.align import Pair
    from bitext.align.passes import starting_lengths

    pair = Pair(["a" * 10, "b" * 30], ["c" * 50, "d" * 30, "e" * 40])
    assert starting_lengths(pair, [], unlinked=False).ratio == 3.0  # 120 / 40 characters
    assert starting_lengths(pair, [], unlinked=True).ratio == 2.0  # 40 / 20 a sentence
    sized = Pair(["x" * (10 + i) for i in range(5)], ["y" * 3 * (10 + i) for i in range(5)])
    anchors = [(i, i) for i in range(5)]
    assert starting_lengths(sized, anchors, unlinked=False).ratio == 3.0


def test_sizes_tell_what_is_left_out_only_where_the_scorers_can_place_it():
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.gaps import bind, scored_candidates
    from bitext.align.kinds import sizes_tell_unlinked
    from bitext.align.locks import Gap

    def tell(
        source: list[str],
        target: list[str],
        anchors: int | list[tuple[int, int]] = 0,
        words: bool = True,
    ) -> bool:
        """What sizes_tell_unlinked says with these anchors (a number: the first sentences
        of each side, one to one)."""
        pair = Pair(source, target)
        bound = bind(pair, default_scorers("de", "fr"))
        candidates = [scored_candidates(bound, Gap(0, len(source), 0, len(target)), options)]
        found = [(i, i) for i in range(anchors)] if isinstance(anchors, int) else anchors
        return sizes_tell_unlinked(pair, bound, candidates, found, words)

    options = AlignOptions()

    german = [f"Satz {k} handelt von Expeditionen." for k in range(30)]
    french = [f"La phrase {k} parle d'expéditions." for k in range(40)]
    plain = ["Ohne gemeinsames Wort."] * 30, ["Sans mot commun, rien."] * 35
    assert tell(*plain, anchors=5)
    assert not tell(*plain, anchors=4)  # and nothing shared: taken for a translation
    assert tell(german, french)  # weak anchors (numbers, cognates) everywhere
    # Scorers that know no words: anchors tell nothing unless the sizes differ like a
    # summary's (SUMMARY_SIZES), or the text between them does. 40 sentences against 30
    # holding the same text is a translation that splits; the same 30 against 30 and a run
    # of 10 that nothing on the other side explains is a summary's original.
    splitting: list[str] = []
    translated_at = []  # where each German sentence's translation begins
    for k in range(30):
        whole = f"La phrase {k} parle d'expéditions et de sommets."
        translated_at.append(len(splitting))
        splitting += (
            [f"La phrase {k} parle d'expéditions.", "Et de sommets."] if k % 3 == 0 else [whole]
        )
    german = [f"Satz {k} handelt von Expeditionen und Gipfeln." for k in range(30)]
    assert len(splitting) == 40
    assert not tell(german, splitting, anchors=5, words=False)
    longer = [f"La phrase {k} parle d'expéditions et de sommets." for k in range(30)]
    longer[15:15] = ["Un long passage que le texte allemand ne traduit pas du tout."] * 10
    assert tell(german, longer, anchors=2, words=False)
    # Unless strong anchors are dense (one for every ten sentences): they pin the path, and
    # a translation's priors, which assume no sentence ratio, serve better.
    assert not tell(german, longer, anchors=3, words=False)
    assert tell(german, splitting * 2, anchors=5, words=False)
    # Scorers that know words: where one side has a fifth more sentences (sizes_differ),
    # anchors must be backed by text left out too (a novel's translation that splits
    # sentences, tied by a few of its words, had been taken for a summary's original).
    # Its anchors tie each German sentence to the beginning of its translation.
    anchors = [(k, translated_at[k]) for k in range(5)]
    assert not tell(german, splitting, anchors=anchors, words=True)
    assert tell(german, longer, anchors=5, words=True)
    # And, strong anchors dense, where one side holds a third more text outside them than
    # their own ratio says (sentences of one length, 40 against 30): a summary's original,
    # though nothing between the anchors shows a run left out (unanchored_excess).
    assert tell(["Ohne gemeinsames Wort."] * 30, ["Sans mot commun, rien."] * 40, anchors=5)


def _joined_in_twos(name: str, korean_joined: bool = False) -> tuple[list[str], list[str], Gold]:
    """A benchmark document whose English (or Korean) has every two sentences that the gold
    links one to one joined into one (a translation that renders each sentence by two):
    the English, the Korean and the gold between them."""
    english, korean, gold = _news(name)
    if not korean_joined:
        joined, joined_gold = _joined_side(english, gold)
        return joined, korean, joined_gold
    joined, flipped = _joined_side(korean, [(t, s) for s, t in gold])
    return english, joined, [(s, t) for t, s in flipped]


def _joined_side(side: list[str], gold: Gold) -> tuple[list[str], Gold]:
    """One side's sentences with every two that the gold (this side first) links one to
    one, to sentences next to each other, joined into one, and the gold against them (the
    side's sentences of the gold's beads only, in their order)."""
    joined: list[str] = []
    joined_gold: Gold = []
    k = 0
    while k < len(gold):
        (s, t), after = gold[k], gold[k + 1 : k + 2]
        ones = after and len(s) == len(t) == len(after[0][0]) == len(after[0][1]) == 1
        if ones and t[0] + 1 == after[0][1][0]:
            joined_gold.append(((len(joined),), t + after[0][1]))
            joined.append(f"{side[s[0]]} {side[after[0][0][0]]}")
            k += 2
            continue
        joined_gold.append((tuple(range(len(joined), len(joined) + len(s))), t))
        joined += [side[i] for i in s]
        k += 1
    return joined, joined_gold


def test_a_translation_that_renders_each_sentence_by_two_is_no_summarys_original():
    """A real news translation (news-dev-001) whose English has every two sentences that
    the gold links one to one joined into one: 58 English sentences against 99 Korean, as
    many as a summary's, but every one of them translated. With a bar for anchors that few
    of its pairs reach (0.5: two strong anchors, as a lexicon of a novel's everyday words
    ties few of its sentence pairs), the text between its weak anchors tells it from a
    summary's original (text_tells_unlinked); with the usual bar (dense anchors, each
    tying an English sentence to one half of its translation), the Korean beside the
    anchors completes their beads (anchor_beads) and nothing outside them is left over
    (unanchored_excess). Either way it is aligned as a translation, one English sentence
    to two Korean ones (before: strict F1 0.191, 40 Korean sentences left without
    counterpart; then 0.72, none or few; now, the first pass's share of 1-2 beads their
    prior, 0.86); so too with the Korean joined instead (at a bar of 1.3: 0.113; then 0.69;
    now 0.81). Where the scorers know no words, merges and omissions look alike
    and the sizes tell: a summary that leaves out single sentences here and there (every
    other English sentence of a 1-1 link deleted) has text between anchors as even as a
    translation's, and stays a summary's original either way."""
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.kinds import SUMMARY_SIZES
    from bitext.align.passes import first_pass

    joined, korean, joined_gold = _joined_in_twos("news-dev-001")
    assert (len(joined), len(korean)) == (58, 99) and len(korean) > SUMMARY_SIZES * len(joined)
    scorers = default_scorers("en", "ko")
    for options in (AlignOptions(anchor_threshold=0.5), AlignOptions()):
        assert not first_pass(Pair(joined, korean), scorers, options).unlinked_by_size
        beads = align_sentences(joined, korean, "en", "ko", options=options)
        assert sum(1 for b in beads if not b.source) <= 3
        test = [(b.source, b.target) for b in beads]
        assert score([joined_gold], [test]).f1_strict >= 0.8

    # The other way round, the Korean joined (100 English sentences against 57): its
    # anchors grown, 1.45 times the text outside them that the Korean explains, more than
    # a translation's but under the 1.6 that sizes like these need (SUMMARY_SIZES).
    english, joined_korean, flipped_gold = _joined_in_twos("news-dev-001", korean_joined=True)
    assert len(english) > SUMMARY_SIZES * len(joined_korean)
    assert not first_pass(Pair(english, joined_korean), scorers).unlinked_by_size
    beads = align_sentences(english, joined_korean, "en", "ko")
    test = [(b.source, b.target) for b in beads]
    assert score([flipped_gold], [test]).f1_strict >= 0.75

    summary = Pair(_scattered_summary("news-dev-001", 2)[1], korean)
    assert len(korean) > SUMMARY_SIZES * len(summary.source)
    assert first_pass(summary, scorers).unlinked_by_size
    assert first_pass(summary, [OverlapScorer("en", "ko", Lexicon())]).unlinked_by_size


def test_anchors_grow_into_the_beads_their_neighbours_complete():
    """The anchors of a translation that renders each sentence by two (news-dev-001's
    English joined in twos) tie each joined English sentence to one half of its
    translation; grown by anchor_beads, most become the gold's 1-2 beads, and the text
    outside them is even (unanchored_excess under UNANCHORED_EXCESS; the bare anchors read
    as a summary's original, above it). The anchors of the document as published mostly
    stay one to one: of those the gold links one to one, a fifth at most is grown (a
    neighbour sharing a word or a number; over news-dev, nk-dev and jhe-dev 39 of 1036)."""
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.gaps import bind, scored_candidates
    from bitext.align.kinds import UNANCHORED_EXCESS
    from bitext.align.locks import Gap
    from bitext.align.sizes import AnchorBead, anchor_beads, one_to_one, unanchored_excess

    scorers = default_scorers("en", "ko")

    def grown(pair: Pair) -> tuple[list[tuple[int, int]], list[AnchorBead]]:
        bound = bind(pair, scorers)
        gap = Gap(0, len(pair.source), 0, len(pair.target))
        anchors = scored_candidates(bound, gap, AlignOptions()).anchors(0.3)
        return anchors, anchor_beads(bound, pair, anchors)

    joined, korean, joined_gold = _joined_in_twos("news-dev-001")
    pair = Pair(joined, korean)
    anchors, beads = grown(pair)
    gold = set(joined_gold)
    assert sum(1 for bead in beads if bead in gold and len(bead[1]) == 2) >= len(beads) // 2
    assert unanchored_excess(pair, beads) < UNANCHORED_EXCESS
    assert unanchored_excess(pair, one_to_one(anchors)) > UNANCHORED_EXCESS

    english, korean, published_gold = _news("news-dev-001")
    anchors, beads = grown(Pair(english, korean))
    right = [k for k, (i, j) in enumerate(anchors) if ((i,), (j,)) in set(published_gold)]
    assert len(right) >= 30
    assert sum(1 for k in right if beads[k] != one_to_one(anchors)[k]) <= len(right) / 5


def _joining_summary(name: str) -> tuple[list[str], list[str], Gold]:
    """A benchmark document made a summary that joins what it keeps: the English of the gold
    beads in every other run of eight deleted, and every two English sentences left that
    the gold links one to one joined into one (the summary's English, the Korean, the gold)."""
    english, korean, gold = _news(name)
    kept = [bead for k, bead in enumerate(gold) if (k // 8) % 2 == 0 and bead[0]]
    deleted: Gold = [
        ((), (j,)) for k, (s, t) in enumerate(gold) if (k // 8) % 2 or not s for j in t
    ]
    summary, summary_gold = _joined_side(english, kept)
    return summary, korean, summary_gold + deleted


def test_a_summary_that_joins_the_sentences_it_keeps_is_aligned_by_whole_beads():
    """A real news translation (news-dev-001) made a summary whose every two kept sentences
    are one (36 English sentences against 99 Korean): a summary's original, whose first
    pass (1-1 links only) ties each joined sentence to one half of its translation. The
    halves' lengths would give the second pass a ratio half the true one, so it would leave
    the other halves out, and Gale and Church's prior of a 1-2 bead (4.45%) would leave most
    of them half linked. A share of its links that grow into 1-2 beads (GROWN_LINKS) has
    the length model estimated from the grown beads, near the ratio of the document as
    published, and the 1-2 prior at least that share (before: strict F1 0.298; with the
    lengths alone 0.70; now 0.77)."""
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.gaps import bind
    from bitext.align.passes import first_pass, grown_links, learned_lexicon, second_lengths

    summary, korean, gold = _joining_summary("news-dev-001")
    assert (len(summary), len(korean)) == (36, 99)
    scorers = default_scorers("en", "ko")
    pair = Pair(summary, korean)
    first = first_pass(pair, scorers)
    assert first.unlinked_by_size
    learned = [s.with_learned(learned_lexicon([first])) for s in scorers]
    grown = grown_links(pair, bind(pair, learned), first)
    assert grown is not None
    ratio = second_lengths(pair, first, grown).ratio
    english, _, _ = _news("news-dev-001")
    published = Pair(english, korean)
    whole_first = first_pass(published, scorers)
    assert grown_links(published, bind(published, scorers), whole_first) is None
    whole = second_lengths(published, whole_first, None)
    assert abs(ratio - whole.ratio) < 0.1 * whole.ratio
    beads = align_sentences(summary, korean, "en", "ko")
    test = [(b.source, b.target) for b in beads]
    assert score([gold], [test]).f1_strict >= 0.75


@pytest.mark.parametrize(
    ("name", "step", "wanted"), [("news-dev-004", 3, 0.83), ("news-test-001", 2, 0.89)]
)
def test_a_summary_that_leaves_out_a_sentence_here_and_there_is_told_by_its_unanchored_text(
    name: str, step: int, wanted: float
):
    """Real news translations with every second or third English sentence of a 1-1 link
    deleted: a summary that leaves out single sentences, 1.3-1.5 times fewer English
    sentences than Korean (as a translation that joins sentences may have). The text
    between its anchors is even, as a translation's (one_sided_share under ONE_SIDED_TEXT:
    every stretch lost alike), but the Korean outside the anchors' sentence pairs is
    UNANCHORED_EXCESS times what the English there explains or more (the translations
    themselves under it), so it is taken for a summary's original and its Korean sentences
    left without counterpart (before: taken for a translation, strict F1 0.727 and 0.670,
    the orphans merged into their neighbours' links)."""
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.gaps import bind, scored_candidates
    from bitext.align.kinds import ONE_SIDED_TEXT, UNANCHORED_EXCESS, sizes_differ, weak_anchors
    from bitext.align.locks import Gap
    from bitext.align.passes import first_pass
    from bitext.align.sizes import anchor_beads, one_sided_share, unanchored_excess

    english, shorter, korean, summary_gold = _scattered_summary(name, step)
    summary = Pair(shorter, korean)
    scorers = default_scorers("en", "ko")

    def measured(pair: Pair) -> tuple[float, float]:
        """The pair's unanchored excess and one-sided share, as first_pass reads them."""
        gap = Gap(0, len(pair.source), 0, len(pair.target))
        bound = bind(pair, scorers)
        candidates = scored_candidates(bound, gap, AlignOptions())
        anchors = candidates.anchors(AlignOptions().anchor_threshold)
        beads = anchor_beads(bound, pair, anchors)
        return unanchored_excess(pair, beads), one_sided_share(pair, weak_anchors([candidates]))

    excess, one_sided = measured(summary)
    assert sizes_differ(summary) and one_sided < ONE_SIDED_TEXT
    assert measured(Pair(english, korean))[0] < UNANCHORED_EXCESS <= excess
    assert first_pass(summary, scorers).unlinked_by_size
    beads = align_sentences(summary.source, korean, "en", "ko")
    test = [(b.source, b.target) for b in beads]
    assert score([summary_gold], [test]).f1_strict >= wanted


def test_without_a_lexicon_the_weak_anchors_tell_a_scattered_summary():
    """A real news translation (news-dev-006) with every other English sentence of a 1-1
    link deleted, aligned without a lexicon (numbers, names and Latin words only): its
    strong anchors are sparse and its text between weak anchors even, but the Korean
    outside the weak anchors' sentence pairs is UNANCHORED_EXCESS_WEAK times what the
    English there explains or more (the translation itself under it), so the Korean
    sentences of the deleted English are left without counterpart instead of merged
    into their neighbours' links (before: strict F1 0.183; now 0.714)."""
    from bitext.align import Pair
    from bitext.align.gaps import bind, scored_candidates
    from bitext.align.kinds import UNANCHORED_EXCESS_WEAK, weak_anchors
    from bitext.align.locks import Gap
    from bitext.align.passes import first_pass
    from bitext.align.sizes import one_to_one, unanchored_excess

    english, shorter, korean, summary_gold = _scattered_summary("news-dev-006", 2)
    summary = Pair(shorter, korean)
    blind = [OverlapScorer("en", "ko", Lexicon())]

    def excess(pair: Pair) -> float:
        gap = Gap(0, len(pair.source), 0, len(pair.target))
        weak = weak_anchors([scored_candidates(bind(pair, blind), gap, AlignOptions())])
        return unanchored_excess(pair, one_to_one(weak))

    assert excess(Pair(english, korean)) < UNANCHORED_EXCESS_WEAK <= excess(summary)
    assert first_pass(summary, blind).unlinked_by_size
    beads = align_sentences(summary.source, korean, "en", "ko", scorers=blind)
    test = [(b.source, b.target) for b in beads]
    assert score([summary_gold], [test]).f1_strict >= 0.7


def test_text_one_side_alone_holds_tells_a_summary_from_a_splitting_translation():
    """A real news translation (the benchmark's news-dev-004), and the same with a run of
    English sentences deleted (as a summary leaves them out): between the anchors numbers
    and names give without a lexicon, the Korean text of the run is what the English does
    not explain, so the pair is taken for a summary's original though its sizes differ
    little (107 - 20 English sentences against 101), and most of the run's Korean sentences
    are left without counterpart."""
    from bitext.align import Pair
    from bitext.align.gaps import bind, scored_candidates
    from bitext.align.kinds import ONE_SIDED_TEXT, weak_anchors
    from bitext.align.locks import gaps_between
    from bitext.align.sizes import one_sided_share

    english, korean, gold = _news("news-dev-004")
    blind = [OverlapScorer("en", "ko", Lexicon())]
    cut = set(range(60, 80))
    shorter = [e for i, e in enumerate(english) if i not in cut]

    def share(source: list[str]) -> float:
        pair = Pair(source, korean)
        bound = bind(pair, blind)
        gaps = gaps_between([], len(source), len(korean))
        candidates = [scored_candidates(bound, gap, AlignOptions()) for gap in gaps]
        return one_sided_share(pair, weak_anchors(candidates))

    assert share(english) < ONE_SIDED_TEXT <= share(shorter)
    left_out = {j for s, t in gold if s and set(s) <= cut for j in t}
    beads = align_sentences(shorter, korean, "en", "ko", scorers=blind)
    unlinked = {b.target[0] for b in beads if not b.source}
    assert len(left_out) == 19
    assert len(left_out & unlinked) >= 15  # before: 7
    assert len(unlinked - left_out) <= 6  # before: 9
    # and the whole alignment against the gold less the run (0.835 before English "ng" and
    # Korean final ieung shared a phonetic class, 0.842 after)
    kept = {i: k for k, i in enumerate(i for i in range(len(english)) if i not in cut)}
    cut_gold = [(tuple(kept[i] for i in s if i in kept), t) for s, t in gold]
    test = [(b.source, b.target) for b in beads]
    assert score([[b for b in cut_gold if b != ((), ())]], [test]).f1_strict >= 0.83


@given(
    st.lists(st.integers(50, 400), min_size=6, max_size=80),
    st.floats(0.3, 3.0),
    st.integers(0, 2**31),
)
def test_text_outside_the_anchors_is_in_excess_only_where_some_was_left_out(
    lengths: list[int], ratio: float, seed: int
):
    """Sentences of any lengths translated one to one, each ``ratio`` times as long, some
    of them anchors: outside the anchors' pairs the target holds what the source there
    explains (excess about 1, whichever side is the source). The same with every anchored
    target sentence split in two, the anchors' beads grown by the second half (as
    anchor_beads grows them): about 1 too, though the halves alone, as anchors, read as
    text left out. The same with a third or more of the text outside the anchors left out
    of the source (a summary keeping a sentence here and there): the excess is about what
    was left out says, 1 / (1 - share)."""
    import random

    from bitext.align import Pair
    from bitext.align.sizes import one_to_one, unanchored_excess

    rng = random.Random(seed)
    target = [max(1, round(n * ratio)) for n in lengths]
    anchored = sorted(rng.sample(range(len(lengths)), max(1, len(lengths) // 5)))
    translation = Pair(["x" * n for n in lengths], ["y" * n for n in target])
    anchors = one_to_one([(i, i) for i in anchored])
    assert unanchored_excess(translation, anchors) < 1.1
    swapped = Pair(translation.target, translation.source)
    assert unanchored_excess(swapped, anchors) < 1.1
    split: list[str] = []
    grown = []
    for i, sentence in enumerate(translation.target):
        if i in anchored and len(sentence) >= 2:
            half = len(sentence) // 2
            grown.append(((i,), (len(split), len(split) + 1)))
            split += [sentence[:half], sentence[half:]]
        else:
            grown += [((i,), (len(split),))] if i in anchored else []
            split.append(sentence)
    assert unanchored_excess(Pair(translation.source, split), grown) < 1.1
    # Leave out source sentences outside the anchors until a third of that text is gone.
    outside = [i for i in range(len(lengths)) if i not in set(anchored)]
    rng.shuffle(outside)
    total, gone, dropped = sum(lengths[i] for i in outside), 0, set()
    for i in outside:
        if gone >= total / 3:
            break
        dropped.add(i)
        gone += lengths[i]
    if not dropped or gone == total:
        return
    kept = [i for i in range(len(lengths)) if i not in dropped]
    summary = Pair([translation.source[i] for i in kept], translation.target)
    moved = one_to_one([(kept.index(i), i) for i in anchored])
    expected = total / (total - gone)
    assert abs(unanchored_excess(summary, moved) - expected) < 0.1 * expected


@given(
    st.lists(st.tuples(st.integers(1, 400), st.integers(1, 4), st.integers(1, 4)), min_size=1),
    st.floats(0.3, 3.0),
    st.integers(0, 2**31),
)
def test_a_translation_however_split_leaves_no_text_on_one_side(
    blocks: list[tuple[int, int, int]], ratio: float, seed: int
):
    """Stretches of text between anchors, each side's cut into any number of sentences, the
    target ``ratio`` times as long: a translation that splits and joins sentences freely.
    Its one-sided share is 0; any pair of sides gives a share from 0 to 1."""
    import random

    from bitext.align import Pair
    from bitext.align.sizes import one_sided_share

    rng = random.Random(seed)

    def cut(length: int, pieces: int) -> list[str]:
        marks = sorted(rng.sample(range(1, length), min(pieces, length) - 1))
        return ["x" * (b - a) for a, b in zip([0, *marks], [*marks, length], strict=True)]

    source: list[str] = []
    target: list[str] = []
    anchors = []
    for length, s_pieces, t_pieces in blocks:
        anchors.append((len(source), len(target)))
        source += cut(length, s_pieces)
        target += cut(max(1, round(length * ratio)), t_pieces)
    share = one_sided_share(Pair(source, target), anchors[1:])
    assert share < 0.01  # rounding of the stretches' lengths only
    shuffled = Pair(source, rng.sample(target, len(target)))
    assert 0.0 <= one_sided_share(shuffled, anchors[1:]) <= 1.0


class TagScorer:
    """A deterministic test scorer: sentences carrying the same #tag are similar."""

    name = "tags"
    weight = 1.0

    def prepare(self, source: Sequence[str], target: Sequence[str]) -> TagScorer.Prepared:
        return TagScorer.Prepared(source, target)

    class Prepared:
        def __init__(self, source: Sequence[str], target: Sequence[str]) -> None:
            self.source, self.target = source, target

        def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
            tags_s = {w for s in self.source[i0:i1] for w in s.split() if w.startswith("#")}
            tags_t = {w for t in self.target[j0:j1] for w in t.split() if w.startswith("#")}
            union = tags_s | tags_t
            return len(tags_s & tags_t) / len(union) if union else 0.0


def test_the_garbage_collector_is_paused_during_a_pass_and_restored_after():
    """Each pass runs with Python's cyclic collector paused (bitext._collector); it is
    on again when the last pass running in any thread ends, and stays off for a caller who
    had turned it off."""
    import gc
    import threading

    seen: list[bool] = []

    class Watching(TagScorer):
        def prepare(self, source: Sequence[str], target: Sequence[str]) -> TagScorer.Prepared:
            seen.append(gc.isenabled())
            return super().prepare(source, target)

    source, target = ["aaaa #1", "bbbb #2"], ["xxxx #1", "yyyy #2"]
    assert gc.isenabled()
    align_sentences(source, target, "xx", "yy", scorers=[Watching()])
    assert seen and not any(seen)  # off in both passes
    assert gc.isenabled()
    threads = [
        threading.Thread(target=align_sentences, args=(source, target, "xx", "yy"))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
    gc.disable()
    try:
        align_sentences(source, target, "xx", "yy", scorers=[Watching()])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_plugged_in_scorer_decides_the_alignment():
    assert isinstance(TagScorer(), Scorer)
    source = ["aaaa #1", "bbbb #2", "cccc #3"]
    target = ["xxxx #9", "yyyy #1", "zzzz #2", "wwww #3"]  # an extra sentence first
    beads = align_sentences(source, target, "xx", "yy", scorers=[TagScorer()])
    assert [(b.source, b.target) for b in beads] == [
        ((), (0,)),
        ((0,), (1,)),
        ((1,), (2,)),
        ((2,), (3,)),
    ]


def _tag_vectors(texts: list[str]) -> np.ndarray:
    """One dimension per #tag: a deterministic stand-in for a sentence-embedding model."""
    vectors = np.zeros((len(texts), 10))
    for row, text in enumerate(texts):
        for word in text.split():
            if word.startswith("#"):
                vectors[row, int(word[1:])] += 1.0
    return vectors


def test_an_embedding_scorer_aligns_and_merges_from_summed_vectors():
    source = ["aaaa #1", "bbbb #2 and more", "cccc #3", "dddd #4"]
    target = ["xxxx #9", "yyyy #1", "zzzz #2 #3 both", "wwww #4"]
    beads = align_sentences(
        source, target, "xx", "yy", scorers=[EmbeddingScorer("tags", _tag_vectors)]
    )
    assert [(b.source, b.target) for b in beads] == [
        ((), (0,)),
        ((0,), (1,)),
        ((1, 2), (2,)),  # the merged pair's summed vector matches, each part only half
        ((3,), (3,)),
    ]


def test_evaluation_follows_vecalign_definitions():
    gold = [((0,), (0,)), ((1,), ()), ((2, 3), (1,)), ((4,), (2,))]
    test = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), ()), ((4,), (2,))]
    scores = score([gold], [test])
    # precision over the 5 test beads: 2 exact; lax adds (1)-(1)? no: gold pairs 1 with
    # nothing; (2)-() and (3)-() have no target: not lax hits either.
    assert scores.precision_strict == pytest.approx(2 / 5)
    assert scores.precision_lax == pytest.approx(2 / 5)
    # recall over gold beads with both sides (3): 2 exact; (2,3)-(1) overlaps test (1)-(1)?
    # only on the target side, so it is not a lax hit.
    assert scores.recall_strict == pytest.approx(2 / 3)
    assert scores.recall_lax == pytest.approx(2 / 3)
    lax_hit = score([[((0, 1), (0,))]], [[((0,), (0,))]])
    assert (lax_hit.precision_strict, lax_hit.precision_lax) == (0.0, 1.0)


def test_ladder_round_trip():
    beads = [((0,), (0, 1)), ((), (2,)), ((1, 2), ()), ((3,), (3,))]
    text = format_ladder(beads)
    assert text.splitlines()[0] == "[0]:[0, 1]"
    assert parse_ladder(text) == beads
    assert parse_ladder("[0]:[1]:0.93\n") == [((0,), (1,))]


def test_align_and_evaluate_commands_on_the_benchmark(tmp_path: Path):
    out = tmp_path / "out.ladder"
    result = run_bitext(
        "align",
        BENCH / "news-dev-001.en",
        BENCH / "news-dev-001.ko",
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "--ladder",
        "-o",
        out,
    )
    assert result.code == 0, result.err
    evaluated = run_bitext("evaluate", BENCH / "news-dev-001.gold", out, "--json")
    import json

    assert json.loads(evaluated.out)["f1_strict"] > 0.7


def test_align_command_writes_a_valid_tei_alignment_and_keeps_manual_links(tmp_path: Path):
    out = tmp_path / "pair.xml"
    gold = read_alignment(GOLD)
    manual = replace(gold, links=gold.links[:5], source_doc="no-x.xml", target_doc="no-y.xml")
    write_alignment(manual, tmp_path / "manual.xml")
    result = run_bitext("align", EN, KO, "-o", out, "--keep", tmp_path / "manual.xml")
    assert result.code == 0, result.err
    assert "5 manual kept" in result.err
    written = read_alignment(out)
    assert list(written.links[:5]) == list(gold.links[:5])
    # The documents are the corpus's, outside the alignment's folder: read only when allowed.
    refused = run_bitext("validate", out)
    assert refused.code == 1 and "outside its folder" in refused.out
    assert run_bitext("validate", "--allow-outside", out).code == 0
    # Running again on the same output keeps the same manual links.
    again = run_bitext("align", EN, KO, "-o", out)
    assert "5 manual kept" in again.err


def test_align_and_info_say_how_many_automatic_links_score_below_the_review_bar(tmp_path: Path):
    out = tmp_path / "pair.xml"
    documents = (BENCH / "news-dev-004.en", BENCH / "news-dev-004.ko")
    langs = ("--source-lang", "en", "--target-lang", "ko")
    for bar, told in ((None, "0.5"), ("0.95", "0.95")):
        args = ["--review-below", bar] if bar else []
        result = run_bitext("align", *documents, *langs, "-o", out, *args)
        assert result.code == 0, result.err
        links = read_alignment(out).links
        low = sum(1 for link in links if link.score is not None and link.score < float(told))
        assert low > 0 or told == "0.5"
        assert f"0 manual kept, {low} scored below {told} to review first" in result.err
    # bitext info counts them against the default bar.
    below_default = sum(1 for link in links if link.score is not None and link.score < 0.5)
    info = run_bitext("info", out)
    assert f"to review:   {below_default} automatic links scored below 0.5 or not" in info.out
    assert below_default < low  # a higher bar puts more links up for review
    # ... and against the bar it is given, as align counts them.
    told_info = run_bitext("info", out, "--review-below", "0.95")
    assert f"to review:   {low} automatic links scored below 0.95 or not" in told_info.out


def test_plain_inputs_have_their_languages_detected_and_reported(tmp_path: Path):
    result = run_bitext(
        "align", BENCH / "news-dev-001.en", BENCH / "news-dev-001.ko", "-o", tmp_path / "x.xml"
    )
    assert result.code == 0, result.err
    assert "news-dev-001.en: one sentence a line, en (detected, " in result.err
    assert "news-dev-001.ko: one sentence a line, ko (detected, " in result.err
    assert read_alignment(tmp_path / "x.xml").source_lang == "en"


def test_a_text_too_short_to_tell_its_language_asks_for_it(tmp_path: Path):
    (tmp_path / "a.txt").write_text("OK 12\n", encoding="utf-8")
    result = run_bitext(
        "align", tmp_path / "a.txt", BENCH / "news-dev-001.ko", "-o", tmp_path / "x.xml"
    )
    assert result.code == 2
    assert result.err.count("\n") == 1 and "--source-lang" in result.err
    assert "Traceback" not in result.err and not (tmp_path / "x.xml").exists()


def test_alignment_options_are_recorded_in_the_signature():
    test = align(read_document(EN), read_document(KO), options=AlignOptions(realign=False))
    assert "realign=False" in test.signature and test.signature.startswith("bitext ")


def test_same_language_documents_warn():
    document = read_document(EN)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        align(document, document)
    assert any(issubclass(w.category, SameLanguageWarning) for w in caught)


def test_repeated_text_gives_no_arbitrary_anchor():
    from bitext.align.band import cells_of, mutual_best, shared_key_pairs

    def anchors(pairs: list[tuple[int, int]], scores: list[float]) -> list[tuple[int, int]]:
        return mutual_best(*cells_of(pairs), np.asarray(scores), 0.3)

    keys = [frozenset({"n:7683.13"}), frozenset({"l:aukus"})]
    # The same two sentences twice on each side: every pair ties with its twin.
    pairs = shared_key_pairs(keys * 2, keys * 2)
    assert anchors(pairs, [float(i % 2 == j % 2) for i, j in pairs]) == []
    pairs = shared_key_pairs(keys, keys)
    assert anchors(pairs, [float(i == j) for i, j in pairs]) == [(0, 0), (1, 1)]


@given(
    st.dictionaries(
        st.tuples(st.integers(0, 6), st.integers(0, 6)),
        st.sampled_from([0.0, 0.2, 0.5, 0.5, 0.9, 1.0]),
        max_size=30,
    ),
    st.sampled_from([0.0, 0.3, 0.5]),
)
def test_anchors_are_the_pairs_each_others_only_best(scored: dict, threshold: float):
    """Against the definition read pair by pair: a pair scoring the bar or more whose score
    no other pair of its row or of its column (above the bar) reaches (ties give none)."""
    from bitext.align.band import cells_of, mutual_best

    kept = {pair: score for pair, score in scored.items() if score >= threshold}

    def only_best(pair: tuple[int, int]) -> bool:
        rivals = [
            s for (i, j), s in kept.items() if (i, j) != pair and (i == pair[0] or j == pair[1])
        ]
        return all(s < kept[pair] for s in rivals)

    pairs = list(scored)
    expected = sorted(pair for pair in kept if only_best(pair))
    scores = np.asarray([scored[p] for p in pairs], dtype=np.float64)
    assert mutual_best(*cells_of(pairs), scores, threshold) == expected


@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 6))
def test_diagonal_candidates_are_every_pair_near_the_diagonal(n: int, m: int, window: int):
    from bitext.align.band import diagonal_cells

    rows, columns = diagonal_cells(n, m, window)
    expected = [(i, j) for i in range(n) for j in range(m) if abs(j - i * m // max(1, n)) <= window]
    assert list(zip(rows.tolist(), columns.tolist(), strict=True)) == expected


@pytest.mark.parametrize(("n", "m"), [(5000, 5000), (5000, 1000), (300, 4000)])
def test_the_band_stays_linear_in_the_number_of_sentences(n: int, m: int):
    from bitext.align.band import MAX_SPREAD_FACTOR, band_rows

    width = 8
    rows = band_rows(n, m, [], width)
    widest = max(hi - lo + 1 for lo, hi in rows)
    assert widest <= 2 * (width * (2 + MAX_SPREAD_FACTOR)) + 1 + abs(n - m) // max(1, n) + 2
    assert rows[0][0] == 0 and rows[-1][1] == m  # the corners stay reachable


def test_aligning_a_document_repeated_four_times_repeats_its_alignment():
    source = (BENCH / "news-dev-001.en").read_text(encoding="utf-8").splitlines()
    target = (BENCH / "news-dev-001.ko").read_text(encoding="utf-8").splitlines()
    once = [(b.source, b.target) for b in align_sentences(source, target, "en", "ko")]
    four = [(b.source, b.target) for b in align_sentences(source * 4, target * 4, "en", "ko")]
    n, m = len(source), len(target)
    shifted = [
        (tuple(i + k * n for i in s), tuple(j + k * m for j in t))
        for k in range(4)
        for s, t in once
    ]
    agreement = len(set(four) & set(shifted)) / len(shifted)
    assert agreement >= 0.9


def test_a_learned_lexicon_is_saved_merged_and_loaded_as_a_value(tmp_path: Path):
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.passes import first_pass, learned_lexicon

    docs = [
        [
            (BENCH / f"{name}.{side}").read_text(encoding="utf-8").splitlines()
            for side in ["en", "ko"]
        ]
        for name in ("news-dev-001", "news-dev-004")
    ]
    scorers = default_scorers("en", "ko")
    firsts = [first_pass(Pair(en, ko), scorers) for en, ko in docs]
    both = learned_lexicon(firsts)
    one, other = learned_lexicon(firsts[:1]), learned_lexicon(firsts[1:])
    assert len(both) > 0 and len(one) > 0
    # Pooled counts teach more than either document alone.
    assert len(both) >= max(len(one), len(other))
    both.save(tmp_path / "learned.tsv", "learned from two documents")
    again = Lexicon.load(tmp_path / "learned.tsv")
    assert again == both
    assert (tmp_path / "learned.tsv").read_text(encoding="utf-8").startswith("# learned")
    merged = one.merged(other)
    assert all(merged.translations(w) >= one.translations(w) for w in one.pairs)


def test_sentences_in_another_normalization_align_as_their_nfc_does():
    """Decomposed Hangul (NFD, as some macOS tools write it) given straight to the library:
    composed before the features and lengths are taken, so the beads and scores are those of
    the NFC text (they were not: strict F1 0.918 -> 0.852 on news-dev with the Korean NFD);
    NFC sentences are kept as given."""
    from bitext.align import Pair

    en = (BENCH / "news-dev-001.en").read_text(encoding="utf-8").splitlines()
    ko = (BENCH / "news-dev-001.ko").read_text(encoding="utf-8").splitlines()
    decomposed = [unicodedata.normalize("NFD", k) for k in ko]
    assert decomposed != ko  # the document has Hangul: the check is real
    assert align_sentences(en, decomposed, "en", "ko") == align_sentences(en, ko, "en", "ko")
    pair = Pair(en, decomposed)
    assert pair.source is en and list(pair.target) == ko


def test_a_lexicon_in_another_normalization_or_with_a_bom_reads_as_its_nfc(tmp_path: Path):
    """A user's lexicon saved with a Windows editor's byte-order mark, its Korean decomposed:
    the same lexicon as the plain UTF-8 NFC file (before, the first entry kept the mark and
    every decomposed word never met the text)."""
    lines = "japan\t일본\nalliance\t동맹,연합\n"
    plain = tmp_path / "plain.tsv"
    plain.write_text(lines, encoding="utf-8")
    odd = tmp_path / "odd.tsv"
    odd.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", lines).encode("utf-8"))
    assert Lexicon.load(odd) == Lexicon.load(plain)
    assert Lexicon.load(odd).translations("japan") == {"일본"}
    decomposed = Lexicon.from_pairs([("Japan", unicodedata.normalize("NFD", "일본"))])
    assert decomposed == Lexicon.from_pairs([("japan", "일본")])


def test_the_pairs_of_a_batch_share_one_learned_scorer_and_get_what_fresh_ones_give():
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.passes import first_pass, learned_lexicon, second_pass

    pairs = [
        Pair(
            *[
                (BENCH / f"{name}.{side}").read_text(encoding="utf-8").splitlines()
                for side in ["en", "ko"]
            ]
        )
        for name in ("news-dev-001", "news-dev-004", "news-dev-001")
    ]
    scorers = default_scorers("en", "ko")
    firsts = [first_pass(p, scorers) for p in pairs]
    learned = learned_lexicon(firsts)
    scorer = scorers[0]
    assert scorer.with_learned(learned) is scorer.with_learned(learned)
    assert scorer.with_learned(Lexicon(dict(learned.pairs))) is not scorer.with_learned(learned)
    shared = [second_pass(p, f, scorers, learned) for p, f in zip(pairs, firsts, strict=True)]
    fresh = [
        second_pass(
            p, first_pass(p, default_scorers("en", "ko")), default_scorers("en", "ko"), learned
        )
        for p in pairs
    ]
    assert shared == fresh
    assert shared[0] == shared[2]
    scorer.forget_sentences()  # a long batch's memory: the learned scorer's sentences too
    assert not scorer.with_learned(learned).extractors()[0]._extracted


def test_a_batch_leaves_no_reference_cycles_so_its_sentences_are_freed_when_it_returns():
    import gc

    from bitext.align import Pair, align_batch

    pairs = [Pair(*_news(name)[:2]) for name in ("news-dev-001", "news-dev-004")]
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds is kept in gc.garbage to look at
    try:
        beads = align_batch(pairs, "en", "ko")
        gc.collect()
        cyclic = {type(o).__name__ for o in gc.garbage if type(o).__module__.startswith("bitext")}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert len(beads) == 2 and all(beads)
    assert not cyclic  # else a batch's sentence caches wait for a full collection


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (lambda n: np.zeros(n + 1), "one number per cell"),
        (lambda n: np.full(n, np.nan), "outside 0..1"),
        (lambda n: np.full(n, 1.5), "outside 0..1"),
    ],
)
def test_a_plug_in_scorer_giving_bad_similarities_is_refused_in_one_line(values, message):
    class Broken:
        name, weight = "broken", 1.0

        def prepare(self, source, target):
            class Prepared:
                def bead_similarity(self, a, b, rows, columns):
                    return values(len(rows))

            return Prepared()

    with pytest.raises(AlignmentError, match=message) as caught:
        align_sentences(["A.", "B.", "C."], ["가.", "나."], "en", "ko", scorers=[Broken()])
    assert "\n" not in str(caught.value) and "Prepared" in str(caught.value)


def test_the_first_pass_looks_for_merges_where_the_scorers_know_no_words_of_the_pair():
    from bitext.align import Pair
    from bitext.align.aligner import default_scorers
    from bitext.align.costs import BEADS, SIMPLE_BEADS
    from bitext.align.kinds import KNOWN_WORDS, scorers_know_words
    from bitext.align.passes import first_pass, first_pass_beads

    en, ko = (
        (BENCH / f"news-dev-001.{side}").read_text(encoding="utf-8").splitlines()
        for side in ("en", "ko")
    )
    pair = Pair(en, ko)
    with_lexicon = default_scorers("en", "ko")
    without = [OverlapScorer("en", "ko", Lexicon())]
    glossary = [OverlapScorer("en", "ko", Lexicon.from_pairs([("president", "대통령")]))]
    assert scorers_know_words(pair, with_lexicon)
    # The lexicon used the other way round lists Korean by the stems words begin with.
    assert scorers_know_words(Pair(ko, en), default_scorers("ko", "en"))
    # The small Chinese-English lexicon knows one of 22 character pairs here (墙上, wall),
    # though it knows several English words: the side it knows less of decides, either way.
    chinese = ["张三丰把那柄生锈的铁剑挂回墙上，默默地望着窗外的雨。"]
    english = ["Zhang Sanfeng hung the rusty iron sword back on the wall and watched the rain."]
    assert not scorers_know_words(Pair(chinese, english), default_scorers("zh", "en"))
    assert not scorers_know_words(Pair(english, chinese), default_scorers("en", "zh"))
    assert not scorers_know_words(pair, without)
    assert not scorers_know_words(pair, default_scorers("de", "fr"))
    # A glossary that knows a word of a few sentences does not make a lexicon of the pair.
    assert 0 < glossary[0].known_share(en, ko) < KNOWN_WORDS
    assert not scorers_know_words(pair, glossary)
    plug_in = EmbeddingScorer(lambda texts: np.ones((len(texts), 3)))
    assert not scorers_know_words(pair, [plug_in])  # it learns nothing

    class Learner:  # a plug-in that learns, with a lexicon but no known_share
        name, weight = "learner", 1.0

        def __init__(self, lexicon: Lexicon) -> None:
            self.lexicon = lexicon
            self.inner = OverlapScorer("en", "ko", lexicon)

        def prepare(self, source, target):
            return self.inner.prepare(source, target)

        def word_counts(self, source, target, pairs):
            return self.inner.word_counts(source, target, pairs)

        def with_learned(self, learned):
            return self.inner.with_learned(learned)

    assert scorers_know_words(pair, [Learner(glossary[0].lexicon)])
    assert not scorers_know_words(pair, [Learner(Lexicon())])
    assert first_pass_beads(AlignOptions(), True) == SIMPLE_BEADS
    assert first_pass_beads(AlignOptions(), False) == BEADS
    assert first_pass_beads(AlignOptions(first_pass_merges=False), False) == SIMPLE_BEADS
    assert first_pass_beads(AlignOptions(first_pass_merges=True), True) == BEADS
    assert first_pass_beads(AlignOptions(realign=False), True) == BEADS

    def merges(scorers: list) -> int:
        beads = first_pass(pair, scorers).beads
        return sum(1 for b in beads if len(b.source) > 1 or len(b.target) > 1)

    assert merges(with_lexicon) == 0
    assert merges(without) > 0  # news-dev-001 has 2-1 and 1-2 gold beads
    assert merges(glossary) > 0


def test_scores_of_links_only_lengths_placed_are_calibrated_keeping_their_order():
    from bitext.align.passes import LENGTHS_ONLY_SHARPNESS, calibrated

    beads = [
        Bead((0,), (0,), 0.9),
        Bead((1,), (1,), 0.5),
        Bead((2,), (2,), None),
        Bead((3,), (3,), 0.9, manual=True),
    ]
    assert calibrated(beads, unlinked=True) == beads  # anchors placed them: as they are
    lowered = calibrated(beads, unlinked=False)
    assert [b.score for b in lowered] == [
        round(0.9**LENGTHS_ONLY_SHARPNESS, 4),
        round(0.5**LENGTHS_ONLY_SHARPNESS, 4),
        None,
        0.9,
    ]
    assert [(b.source, b.target, b.manual) for b in lowered] == [
        (b.source, b.target, b.manual) for b in beads
    ]


_ANY_LANGUAGE = st.sampled_from(
    ["en", "ko", "de", "zh", "ja", "th", "ar", "ru", "zu", "xx", "zh-Hant", "sr-Latn", "und"]
)
_ANY_SENTENCE = st.text(st.characters(exclude_categories=["Cs"]), max_size=40).map(
    lambda text: unicodedata.normalize("NFC", text)
)


@settings(max_examples=150)
@example([""] * 5, [""] * 5, "en", "ko")
@given(
    st.lists(_ANY_SENTENCE, max_size=7),
    st.lists(_ANY_SENTENCE, max_size=7),
    _ANY_LANGUAGE,
    _ANY_LANGUAGE,
)
def test_any_sentences_in_any_language_are_each_aligned_once(
    source: list[str], target: list[str], source_lang: str, target_lang: str
):
    """Whatever the sentences (empty ones, lone marks, any script) and language codes, known
    or not: every sentence is in exactly one bead, in order, and every score is a
    probability (found: five empty sentences a side made the second pass's length ratio 0
    and a division by it fail)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SameLanguageWarning)
        beads = align_sentences(source, target, source_lang, target_lang)
    assert [i for b in beads for i in b.source] == list(range(len(source)))
    assert [j for b in beads for j in b.target] == list(range(len(target)))
    assert all(b.score is None or 0.0 <= b.score <= 1.0 for b in beads)

"""Lines split by a simpler rule than bitext's ("Sgt." / "Pierre Lemaitre said ..."): the
segmenter finds the breaks it reads as no sentence end, and the aligner lets such lines share
a bead at no extra cost, and keeps a link from ending where both sides have a lone one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext.align import AlignOptions, Pair, align_batch, costs
from bitext.align.aligner import with_joins
from bitext.align.costs import SPLIT_SENTENCE_COST, CostModel, LengthModel
from bitext.errors import AlignmentError
from bitext.formats.ladder import read_ladder
from bitext.lang import available_languages
from bitext.segment import joined_lines

from .conftest import ALIGN_SETS, run_bitext

# A held-out news document (bench/data/align/news-test-001) whose English was split after
# every period before a capital or a digit, abbreviations included.
DOC = ALIGN_SETS / "news-test-001"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _merged_breaks(gold: list, side: int) -> set[int]:
    """The breaks (after sentence k) inside the gold's many-sentence beads on one side."""
    return {k for bead in gold for k in bead[side][:-1]}


@pytest.mark.parametrize(
    ("lines", "lang", "expected"),
    [
        (["The crew spoke to Sgt.", "Pierre Lemaitre.", "He left."], "en", [True, False]),
        (["Oil fell the most since Jan.", "17, 1991, a record."], "en", [True]),
        (["The U.S.", "Army said so."], "en", [True]),
        (["I live in the U.S.", "How about you?"], "en", [False]),
        (["He met Dr.", "choi was there."], "en", [False]),  # a lower-case start: not asked
        (["Das steht in Art.", "5 des Gesetzes."], "de", [True]),
        (["Il a parlé avec M.", "Dupont hier."], "fr", [True]),
        (["그는 말했다.", "그녀도 왔다."], "ko", [False]),
        (["“내일은 더 좋아질 것이다.”", "고 그는 말했다."], "ko", [True]),  # a continuation
        (["“정말 좋아요.”", "라고 답했다.", "하드웨어가 비싸다."], "ko", [True, False]),
        ([], "en", []),
        (["One line."], "en", []),
        (["1", "( "], "am", [False]),  # an opener and nothing else (found by hypothesis)
    ],
)
def test_joined_lines_reads_abbreviation_breaks_as_no_sentence_end(lines, lang, expected):
    assert joined_lines(lines, lang) == expected


def test_joined_lines_on_real_news_finds_merges_the_gold_has():
    """Every break it flags in the document lies inside one of the gold's merged beads, and
    it flags most of those that an abbreviation caused."""
    english, gold = _lines(DOC.with_suffix(".en")), read_ladder(DOC.with_suffix(".gold"))
    flagged = {k for k, joined in enumerate(joined_lines(english, "en")) if joined}
    assert len(flagged) >= 10
    assert flagged <= _merged_breaks(gold, 0)
    korean = _lines(DOC.with_suffix(".ko"))
    flagged = {k for k, joined in enumerate(joined_lines(korean, "ko")) if joined}
    assert flagged <= _merged_breaks(gold, 1)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from("ab A.B. Sgt. Mr 1,.?!\"'(다요 ")), max_size=8),
    st.sampled_from(sorted(available_languages())),
)
def test_joined_lines_answers_for_any_lines(lines, lang):
    flags = joined_lines(lines, lang)
    assert len(flags) == max(0, len(lines) - 1)
    assert all(isinstance(flag, bool) for flag in flags)


def _model(source_joins: list[bool] | None) -> CostModel:
    source = ["Sgt.", "Pierre Lemaitre said so.", "x"]
    pair = Pair(source, ["피에르 레매트레 경사는 말했다.", "y"], source_joins=source_joins)
    return CostModel.for_pair(pair, LengthModel(1.0, 6.8), AlignOptions())


def test_a_merge_across_a_join_is_priced_like_a_one_to_one_bead():
    joined, plain = _model([True, False]), _model(None)
    rows, columns, similarity = np.asarray([2, 3]), np.asarray([1, 1]), np.zeros(2)
    difference = plain.costs(2, 1, rows, columns, similarity) - joined.costs(
        2, 1, rows, columns, similarity
    )
    extra = plain.priors[(2, 1)] - plain.priors[(1, 1)]
    assert difference == pytest.approx([extra, 0.0])  # only the bead over the joined break
    # 1-1 and 1-0 beads are untouched.
    assert np.array_equal(
        joined.costs(1, 1, rows, columns, similarity), plain.costs(1, 1, rows, columns, similarity)
    )


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_every_join_inside_a_bead_takes_its_share_of_the_extra_prior(data):
    """Against a count of the joins inside each bead, one by one (every bead type, both
    sides joined at random)."""
    n, m = data.draw(st.integers(3, 9)), data.draw(st.integers(3, 9))
    source_joins = data.draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))
    target_joins = data.draw(st.lists(st.booleans(), min_size=m - 1, max_size=m - 1))
    a, b = data.draw(st.sampled_from([(2, 1), (1, 2), (2, 2), (3, 1), (1, 3)]))
    pair = Pair(["x" * 5] * n, ["y" * 5] * m, source_joins=source_joins, target_joins=target_joins)
    joined = CostModel.for_pair(pair, LengthModel(1.0, 6.8), AlignOptions())
    plain = CostModel.for_pair(
        Pair(pair.source, pair.target), LengthModel(1.0, 6.8), AlignOptions()
    )
    cells = [(i, j) for i in range(a, n + 1) for j in range(b, m + 1)]
    rows = np.asarray([i for i, _ in cells])
    columns = np.asarray([j for _, j in cells])
    similarity = np.zeros(len(cells))
    taken = plain.costs(a, b, rows, columns, similarity) - joined.costs(
        a, b, rows, columns, similarity
    )
    share = (plain.priors[(a, b)] - plain.priors[(1, 1)]) / (a + b - 2)
    split = SPLIT_SENTENCE_COST * AlignOptions().similarity_weight
    expected = [
        share
        * (sum(source_joins[i - a : i - 1]) * (a > 1) + sum(target_joins[j - b : j - 1]) * (b > 1))
        - split * _ends_inside_both(source_joins, target_joins, i, j)
        for i, j in cells
    ]
    assert taken == pytest.approx(expected)


def _lone_join(joins: list[bool], k: int) -> bool:
    """Whether the break after the first k sentences is read as no sentence end and neither
    break beside it is."""
    beside = [joins[x] for x in (k - 2, k) if 0 <= x < len(joins)]
    return 0 < k <= len(joins) and joins[k - 1] and not any(beside)


def _ends_inside_both(source_joins: list[bool], target_joins: list[bool], i: int, j: int) -> bool:
    """Whether a bead ending after i source and j target sentences ends at a lone break each
    side reads as no sentence end (not at either side's last sentence)."""
    return _lone_join(source_joins, i) and _lone_join(target_joins, j)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_bead_ending_inside_a_sentence_on_both_sides_costs_more(data):
    """Against the joins read one by one: a bead that ends where both sides have a lone break
    read as no sentence end costs SPLIT_SENTENCE_COST times the similarity weight more than with
    the target's joins turned off; every other bead the same (1-1 beads and merges of the
    source alone, whose priors the target's joins do not touch)."""
    n, m = data.draw(st.integers(2, 9)), data.draw(st.integers(2, 9))
    source_joins = data.draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))
    target_joins = data.draw(st.lists(st.booleans(), min_size=m - 1, max_size=m - 1))
    a = data.draw(st.integers(1, min(3, n)))
    weight = data.draw(st.sampled_from([1.0, 24.0, 40.0]))
    options = AlignOptions(similarity_weight=weight)
    source, target = ["x" * 5] * n, ["y" * 7] * m
    both = CostModel.for_pair(
        Pair(source, target, source_joins=source_joins, target_joins=target_joins),
        LengthModel(1.0, 6.8),
        options,
    )
    one = CostModel.for_pair(
        Pair(source, target, source_joins=source_joins, target_joins=[False] * (m - 1)),
        LengthModel(1.0, 6.8),
        options,
    )
    cells = [(i, j) for i in range(a, n + 1) for j in range(1, m + 1)]
    rows = np.asarray([i for i, _ in cells])
    columns = np.asarray([j for _, j in cells])
    similarity = np.asarray(
        data.draw(st.lists(st.floats(0, 1), min_size=len(cells), max_size=len(cells)))
    )
    extra = both.costs(a, 1, rows, columns, similarity) - one.costs(a, 1, rows, columns, similarity)
    expected = [
        SPLIT_SENTENCE_COST * weight * _ends_inside_both(source_joins, target_joins, i, j)
        for i, j in cells
    ]
    assert extra == pytest.approx(expected)


# A document of the second held-out sample (bench/data/align/news-test2-003): a list of films
# whose numbers the simple rule split from their titles on both sides ("1." / ""Ring"
# (Hideo Nakata, 1998)" against "1." / "'링' (나카타 히데오 감독, 1998년작)"), one gold 2-2 bead
# an item.
LIST_DOC = ALIGN_SETS / "news-test2-003"


def _cut_on_both_sides(pair: Pair, beads: list) -> list:
    """The links (sentences on both sides) that end where both sides have a lone break read
    as no sentence end."""
    assert pair.source_joins is not None and pair.target_joins is not None
    return [
        (b.source, b.target)
        for b in beads
        if b.source
        and b.target
        and _ends_inside_both(
            list(pair.source_joins), list(pair.target_joins), b.source[-1] + 1, b.target[-1] + 1
        )
    ]


def _list_document() -> tuple[Pair, set]:
    english, korean = _lines(LIST_DOC.with_suffix(".en")), _lines(LIST_DOC.with_suffix(".ko"))
    gold = read_ladder(LIST_DOC.with_suffix(".gold"))
    two_by_two = {(tuple(s), tuple(t)) for s, t in gold if len(s) == len(t) == 2}
    return with_joins(Pair(english, korean), "en", "ko"), two_by_two


def test_no_link_ends_inside_a_sentence_on_both_sides():
    """The list's items are linked whole, as the gold has them: no link ends between an
    item's number and its title, and every gold 2-2 bead is found."""
    pair, two_by_two = _list_document()
    beads = align_batch([pair], "en", "ko")[0]
    assert _cut_on_both_sides(pair, beads) == []
    assert len(two_by_two) >= 5
    assert two_by_two <= {(b.source, b.target) for b in beads}


def test_a_run_of_joined_breaks_is_aligned_line_by_line():
    """A list whose every line the segmenter reads as running on into the next ("Appendix
    A." / "Appendix B." / ...) on both sides: no break is a lone one, so the cost leaves it
    alone and the lines are linked one to one (with the cost on every joined break, no path
    through such a list is good, and it came out as lines left without counterpart)."""
    english = ["Appendix A.", "Appendix B.", "Appendix C.", "Appendix D.", "Sources."]
    korean = ["부록 A.", "부록 B.", "부록 C.", "부록 D.", "출처."]
    pair = with_joins(Pair(english, korean), "en", "ko")
    assert pair.source_joins is not None and pair.target_joins is not None
    assert sum(pair.source_joins) >= 3 and sum(pair.target_joins) >= 3
    beads = align_batch([pair], "en", "ko")[0]
    assert [(b.source, b.target) for b in beads] == [((k,), (k,)) for k in range(5)]


def test_without_the_cost_the_list_items_are_cut_in_two(monkeypatch):
    """What the rule changes: with the cost at 0, the similarity of each half (the numbers
    alone match exactly) cuts every item in two, a link finer than the gold."""
    monkeypatch.setattr(costs, "SPLIT_SENTENCE_COST", 0.0)
    pair, two_by_two = _list_document()
    beads = align_batch([pair], "en", "ko")[0]
    assert len(_cut_on_both_sides(pair, beads)) >= len(two_by_two)
    assert not two_by_two & {(b.source, b.target) for b in beads}


def test_joins_of_the_wrong_length_are_refused_in_one_line():
    pair = Pair(["a", "b"], ["c"], source_joins=[True, False])
    with pytest.raises(AlignmentError, match=r"source_joins has 2 values for 2 sentences"):
        CostModel.for_pair(pair, LengthModel(1.0, 6.8), AlignOptions())


def test_the_aligner_merges_lines_split_at_abbreviations():
    """The gold's merged beads over a flagged break are found (they were mostly not before
    joins were known: the same pair with every join turned off finds fewer)."""
    english, korean = _lines(DOC.with_suffix(".en")), _lines(DOC.with_suffix(".ko"))
    gold = read_ladder(DOC.with_suffix(".gold"))
    flagged = {k for k, joined in enumerate(joined_lines(english, "en")) if joined}
    wanted = {(tuple(s), tuple(t)) for s, t in gold if set(s[:-1]) & flagged}
    pair = with_joins(Pair(english, korean), "en", "ko")
    none_joined = ([False] * (len(english) - 1), [False] * (len(korean) - 1))
    off = Pair(english, korean, source_joins=none_joined[0], target_joins=none_joined[1])
    found = {(b.source, b.target) for b in align_batch([pair], "en", "ko")[0]}
    found_off = {(b.source, b.target) for b in align_batch([off], "en", "ko")[0]}
    assert len(wanted) >= 8
    assert len(wanted & found) >= 2 / 3 * len(wanted)
    assert len(wanted & found_off) < len(wanted & found)


def test_align_command_merges_lines_split_at_abbreviations(tmp_path):
    """End to end: one-sentence-a-line files through ``bitext align --ladder``."""
    out = tmp_path / "out.ladder"
    result = run_bitext(
        "align", DOC.with_suffix(".en"), DOC.with_suffix(".ko"), "--ladder", "-o", out
    )
    assert result.code == 0, result.err
    found = {(tuple(s), tuple(t)) for s, t in read_ladder(out)}
    assert ((36, 37), (38,)) in found  # "Sgt." / "Pierre Lemaitre said DNA testing ..."

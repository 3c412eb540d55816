"""Evaluation against gold alignments: recall by bead type, the confidence of link scores
(ROC AUC, the review of the lowest-scored tenth, calibration), and ``bitext evaluate`` on
files and folders of them."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext.align import align_sentences
from bitext.align.evaluate import (
    BEAD_TYPES,
    SCORE_THRESHOLDS,
    Confidence,
    confidence,
    finer_links,
    recall_by_type,
    roc_auc,
    score,
    sentences_in_two_beads,
    with_finer_merged,
)
from bitext.errors import FormatError
from bitext.evaluation import evaluate_paths
from bitext.formats.ladder import (
    MAX_RUNG_SENTENCES,
    format_ladder,
    parse_ladder,
    parse_rungs,
    parse_scored_ladder,
    read_ladder,
    read_scored_ladder,
)

from .conftest import ALIGN_SETS, ROOT, run_bitext, write_utf8

CORPUS = ROOT / "corpus"
NAMES = ("news-dev-001", "news-dev-004", "news-dev-summary-004")


def _pairwise_auc(scored: list[tuple[float, bool]]) -> float:
    """The definition: over every (right, wrong) pair, 1 if the right one scores higher,
    half for a tie."""
    right = [s for s, ok in scored if ok]
    wrong = [s for s, ok in scored if not ok]
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([0.0, 0.25, 0.5, 0.9, 0.99, 1.0]) | st.floats(0, 1), st.booleans()
        ),
        max_size=60,
    )
)
def test_the_auc_by_ranks_is_the_pairwise_definition(scored):
    auc = roc_auc(scored)
    if all(ok for _, ok in scored) or not any(ok for _, ok in scored):
        assert auc is None
    else:
        assert auc == pytest.approx(_pairwise_auc(scored))


def _aligned(name: str) -> tuple[list, list, list[float | None]]:
    """A benchmark document's gold beads, and bitext's beads and scores for it."""
    en, ko = (
        (ALIGN_SETS / f"{name}.{side}").read_text(encoding="utf-8").splitlines()
        for side in ("en", "ko")
    )
    beads = align_sentences(en, ko, "en", "ko")
    gold = read_ladder(ALIGN_SETS / f"{name}.gold")
    return gold, [(b.source, b.target) for b in beads], [b.score for b in beads]


def test_recall_by_type_and_confidence_count_the_real_alignment_of_real_documents():
    golds, tests, scores = zip(*(_aligned(name) for name in NAMES), strict=True)
    recall = recall_by_type(golds, tests)
    assert tuple(recall) == BEAD_TYPES
    assert sum(total for _, total in recall.values()) == sum(len(g) for g in golds)
    found = sum(
        len({tuple(map(tuple, b)) for b in g} & set(t)) for g, t in zip(golds, tests, strict=True)
    )
    assert sum(hit for hit, _ in recall.values()) == found
    assert recall["1-1"][0] / recall["1-1"][1] > 0.85  # most 1-1 beads found exactly

    known = confidence(golds, tests, scores)
    links = [
        (1.0 if s is None else s, (b[0], b[1]) in {tuple(map(tuple, x)) for x in g})
        for g, t, ss in zip(golds, tests, scores, strict=True)
        for b, s in zip(t, ss, strict=True)
        if b[0] and b[1]
    ]
    assert known.links == len(links)
    assert known.wrong == sum(1 for _, ok in links if not ok) > 0
    assert known.auc == pytest.approx(_pairwise_auc(links))
    assert known.auc > 0.7  # the scores do tell wrong links from right ones
    lowest = sorted(links, key=lambda item: item[0])[: len(links) // 10]
    assert known.wrong_found_in_lowest == sum(1 for _, ok in lowest if not ok) / known.wrong
    assert known.calibration_error is not None and 0 <= known.calibration_error < 0.2
    # What a minimum score keeps of these real links, counted again from them.
    for kept, bar in zip(known.kept, SCORE_THRESHOLDS, strict=True):
        assert kept.score == bar
        assert kept.links == sum(1 for value, _ in links if value >= bar)
        assert kept.right == sum(1 for value, ok in links if value >= bar and ok)
    # Higher bars keep fewer links, and more of them right (these scores mean something).
    assert known.kept[0].links >= known.kept[1].links >= known.kept[2].links > 0
    precisions = [kept.precision for kept in known.kept]
    assert precisions[2] is not None and precisions[0] is not None
    assert precisions[2] > precisions[0] > 0.85


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([0.0, 0.5, 0.9, 0.99, 1.0]) | st.floats(0, 1), st.booleans()),
        min_size=1,
        max_size=40,
    )
)
def test_a_minimum_score_keeps_the_links_scored_at_least_that(scored):
    gold = [[((k,), (k,)) for k, (_, ok) in enumerate(scored) if ok]]
    test = [[((k,), (k,) if ok else (k + 1000,)) for k, (_, ok) in enumerate(scored)]]
    known = confidence(gold, test, [[value for value, _ in scored]])
    assert [kept.score for kept in known.kept] == list(SCORE_THRESHOLDS)
    for kept in known.kept:
        chosen = [ok for value, ok in scored if value >= kept.score]
        assert (kept.links, kept.right) == (len(chosen), sum(chosen))
        assert kept.precision == (sum(chosen) / len(chosen) if chosen else None)
    # Scores that are no probabilities (hunalign's confidences) keep nothing to report.
    assert confidence(gold, test, [[value - 2 for value, _ in scored]]).kept == ()


BIBLE = ROOT / "tests" / "data" / "bible"


def test_finer_links_are_the_exact_splits_of_a_real_verse_gold():
    # Ukrainian-Latvian verses (CC0): a verse of two sentences a side is one gold bead,
    # which bitext links sentence to sentence.
    uk, lv = (
        (BIBLE / f"uk-lv-dev-000.{side}").read_text(encoding="utf-8").splitlines()
        for side in ("uk", "lv")
    )
    gold = read_ladder(BIBLE / "uk-lv-dev-000.gold")
    beads = align_sentences(uk, lv, "uk", "lv")
    test = [(b.source, b.target) for b in beads]
    finer = finer_links(gold, test)
    assert finer  # the verse gold is coarser than bitext's links somewhere
    split = [g for g in gold if any(set(s) <= set(g[0]) for s, _ in finer if s)]
    for gold_source, gold_target in split:
        parts = [(s, t) for s, t in test if set(s) & set(gold_source) or set(t) & set(gold_target)]
        # The links inside a split gold bead are all finer ones and cover it exactly.
        assert len(parts) > 1 and all((s, t) in finer for s, t in parts)
        assert sorted(i for s, _ in parts for i in s) == sorted(gold_source)
        assert sorted(j for _, t in parts for j in t) == sorted(gold_target)
    known = confidence([gold], [test], [[b.score for b in beads]])
    assert known.finer == len(finer)
    assert known.auc is not None and known.auc_finer_right is not None
    assert known.auc_finer_right > known.auc  # the split links score high: counted right now


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=12))
def test_finer_links_find_exactly_the_beads_split_one_to_one(sizes):
    """A gold of beads of the given sizes; the test splits each n-n bead (n >= 2) into n 1-1
    links and keeps the others: the finer links are exactly those 1-1 links."""
    gold, test, expected, i, j = [], [], set(), 0, 0
    for a, b in sizes:
        if not a and not b:
            continue
        bead = (tuple(range(i, i + a)), tuple(range(j, j + b)))
        gold.append(bead)
        if a == b >= 2:
            links = [((i + k,), (j + k,)) for k in range(a)]
            test += links
            expected |= set(links)
        else:
            test.append(bead)
        i, j = i + a, j + b
    assert finer_links(gold, test) == expected
    assert finer_links(gold, gold) == set()
    # Merged back, the finer links are the gold again.
    assert with_finer_merged(gold, test) == gold
    if any(s and t for s, t in gold):  # recall counts the gold beads with both sides
        assert score([gold], [with_finer_merged(gold, test)]).f1_strict == 1.0


def test_scores_that_are_no_probabilities_get_no_calibration_error():
    gold = [[((0,), (0,)), ((1,), (1,))]]
    test = [[((0,), (0,)), ((1,), (2,))]]
    assert confidence(gold, test, [[3.5, -1.0]]).calibration_error is None
    scored = confidence(gold, test, [[0.9, 0.2]])
    assert scored.auc == 1.0 and scored.calibration_error == pytest.approx((0.1 + 0.2) / 2)
    # A link without a score (a manual one) counts as certain.
    assert confidence(gold, test, [[None, 0.2]]).calibration_error == pytest.approx(0.2 / 2)


def test_ladder_scores_are_read_back_and_malformed_ones_refused():
    beads = [((0,), (0,)), ((1, 2), ()), ((3,), (1,))]
    text = format_ladder(beads, [0.97, None, 0.5])
    assert text.splitlines() == ["[0]:[0]:0.9700", "[1, 2]:[]", "[3]:[1]:0.5000"]
    assert parse_scored_ladder(text) == [(beads[0], 0.97), (beads[1], None), (beads[2], 0.5)]
    assert parse_ladder(text) == beads
    # vecalign writes a cost in the third field: read as it is.
    assert parse_scored_ladder("[0]:[0]:0.132118\n[1]:[1]:-0.02\n")[1][1] == -0.02
    for bad in ("[0]:[1]:1.2.3", "[0]:[1]:e", "[0]:[1]:1e999"):
        with pytest.raises(FormatError, match="not a ladder line"):
            parse_ladder(f"[0]:[0]\n{bad}\n", "x.ladder")


def _rung_text(beads: list[tuple[int, int]], scores: list[float], separator: str) -> str:
    """hunalign's ladder of beads of these sizes, written as its README describes it: the
    rung (0, 0), then after each bead the sentences it and those before it hold on each
    side, each rung with the score of the bead it starts (the last with none of its own)."""
    rungs, at = [(0, 0)], (0, 0)
    for a, b in beads:
        at = (at[0] + a, at[1] + b)
        rungs.append(at)
    lines = [
        separator.join([str(n), str(m), *([f"{scores[k]}"] if k < len(beads) else [])])
        for k, (n, m) in enumerate(rungs)
    ]
    return "\n".join(lines) + "\n"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 3), st.integers(1, 3)) | st.sampled_from([(1, 0), (0, 1)]),
        min_size=1,
        max_size=30,
    ),
    st.sampled_from(["\t", " ", "  "]),
    st.data(),
)
def test_hunalign_rungs_are_read_as_the_beads_between_them(sizes, separator, data):
    scores = data.draw(st.lists(st.floats(-1, 1), min_size=len(sizes), max_size=len(sizes)))
    read = parse_scored_ladder(_rung_text(sizes, scores, separator))
    # Each bead between two rungs, in order, every sentence once, with its first rung's score.
    assert [(len(s), len(t)) for (s, t), _ in read] == sizes
    assert [i for (s, _), _ in read for i in s] == list(range(sum(a for a, _ in sizes)))
    assert [j for (_, t), _ in read for j in t] == list(range(sum(b for _, b in sizes)))
    assert [score for _, score in read] == pytest.approx(scores)


def test_rungs_that_advance_on_one_side_are_sentences_without_counterpart():
    # 2 source sentences against 1, then three target sentences alone, then 1-1.
    read = parse_rungs("0\t0\t0.5\n2\t1\t-0.3\n2\t4\t0.1\n3\t5\n")
    assert read == [
        (((0, 1), (0,)), 0.5),
        (((), (1,)), -0.3),
        (((), (2,)), -0.3),
        (((), (3,)), -0.3),
        (((2,), (4,)), 0.1),
    ]
    # A ladder that leaves out (0, 0) (hand-made ones may) is read as if it began there.
    assert parse_rungs("1 1\n2 2\n") == [(((0,), (0,)), None), (((1,), (1,)), None)]


def test_malformed_rungs_are_refused_naming_the_line(tmp_path: Path):
    with pytest.raises(FormatError, match=r"x.ladder:3: rung 1 2 goes back from 2 2"):
        parse_scored_ladder("0\t0\t0.1\n2\t2\t0.1\n1\t2\t0.1\n", "x.ladder")
    # A rung stands for every sentence before it: a count no text has is refused, not read.
    with pytest.raises(FormatError, match=r"x.ladder:2: rung 999999999999 0 counts more than"):
        parse_scored_ladder("0\t0\t0.1\n999999999999\t0\t0.1\n", "x.ladder")
    assert len(parse_rungs(f"0 0\n{MAX_RUNG_SENTENCES} 1\n")) == 1
    for bad in ("[1]:[1]", "3\t2\tabc", "3\t2\t1e999", "3"):
        with pytest.raises(FormatError, match=r"x.ladder:2: not a hunalign rung"):
            parse_scored_ladder(f"0\t0\t0.1\n{bad}\n", "x.ladder")
    gold = ALIGN_SETS / "news-dev-001.gold"
    broken = write_utf8(tmp_path, "broken.ladder", "0\t0\t0.2\n5\t4\t0.3\n4\t4\t0.1\n")
    result = run_bitext("evaluate", gold, broken)
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "broken.ladder:3: rung 4 4 goes back from 5 4" in result.err


def test_evaluate_reads_a_ladder_hunalign_wrote():
    """tests/data/align/news-dev-001.hunalign: hunalign 1.2's own output for the document
    (no dictionary, byte lengths), ``n<TAB>m<TAB>confidence`` rungs."""
    ladder = ALIGN_SETS / "news-dev-001.hunalign"
    sizes = [
        len((ALIGN_SETS / f"news-dev-001.{side}").read_text(encoding="utf-8").splitlines())
        for side in ("en", "ko")
    ]
    read = read_scored_ladder(ladder)
    rungs = [tuple(map(int, line.split("\t")[:2])) for line in ladder.read_text().splitlines()]
    assert rungs[0] == (0, 0) and list(rungs[-1]) == sizes  # as hunalign's README says
    assert [i for (s, _), _ in read for i in s] == list(range(sizes[0]))
    assert [j for (_, t), _ in read for j in t] == list(range(sizes[1]))
    # Its confidences are no probabilities: some are negative.
    assert min(score for _, score in read if score is not None) < 0
    beads = [bead for bead, _ in read]
    gold = read_ladder(ALIGN_SETS / "news-dev-001.gold")
    found = json.loads(
        run_bitext("evaluate", ALIGN_SETS / "news-dev-001.gold", ladder, "--json").out
    )
    assert found["f1_strict"] == pytest.approx(score([gold], [beads]).f1_strict)
    assert found["confidence"]["auc"] == pytest.approx(
        confidence([gold], [beads], [[s for _, s in read]]).auc
    )
    assert found["confidence"]["calibration_error"] is None  # scores outside 0..1
    # bitext on the same document, for scale: more right links, and scores that rank them.
    ours = align_sentences(*(_lines(side) for side in ("en", "ko")), "en", "ko")
    mine = confidence([gold], [[(b.source, b.target) for b in ours]], [[b.score for b in ours]])
    assert score([gold], [[(b.source, b.target) for b in ours]]).f1_strict > found["f1_strict"]
    assert mine.auc is not None and mine.auc > found["confidence"]["auc"]


def _lines(side: str) -> list[str]:
    return (ALIGN_SETS / f"news-dev-001.{side}").read_text(encoding="utf-8").splitlines()


def _ladder_folders(tmp_path: Path) -> tuple[Path, Path]:
    """A folder of gold ladders and one of bitext's ladders (with scores) for NAMES."""
    gold_dir, test_dir = tmp_path / "gold", tmp_path / "test"
    gold_dir.mkdir()
    test_dir.mkdir()
    for name in NAMES:
        shutil.copy(ALIGN_SETS / f"{name}.gold", gold_dir / f"{name}.ladder")
        result = run_bitext(
            "align",
            ALIGN_SETS / f"{name}.en",
            ALIGN_SETS / f"{name}.ko",
            "--source-lang",
            "en",
            "--target-lang",
            "ko",
            "--ladder",
            "-q",
            "-o",
            test_dir / f"{name}.ladder",
        )
        assert result.code == 0, result.err
    return gold_dir, test_dir


def test_evaluate_command_on_two_folders_sums_the_documents(tmp_path: Path):
    gold_dir, test_dir = _ladder_folders(tmp_path)
    # bitext's ladder carries each automatic link's score as the third field.
    assert all(
        score is not None
        for _, score in parse_scored_ladder((test_dir / f"{NAMES[0]}.ladder").read_text())
    )
    result = run_bitext("evaluate", gold_dir, test_dir, "--json")
    assert result.code == 0, result.err
    found = json.loads(result.out)
    golds, tests, scores = zip(*(_aligned(name) for name in NAMES), strict=True)
    assert found["documents"] == len(NAMES)
    assert found["recall_by_type"]["2-1"] == dict(
        zip(("found", "gold"), recall_by_type(golds, tests)["2-1"], strict=True)
    )
    assert found["confidence"]["links"] == confidence(golds, tests, scores).links
    assert found["confidence"]["auc"] == pytest.approx(confidence(golds, tests, scores).auc)
    one = evaluate_paths(gold_dir / f"{NAMES[0]}.ladder", test_dir / f"{NAMES[0]}.ladder")
    assert one.documents == 1 and one.scores.f1_strict != found["f1_strict"]

    text = run_bitext("evaluate", gold_dir, test_dir)
    assert "bead type" in text.out and "ROC AUC" in text.out and "lowest-scored 10%" in text.out
    # What --min-score 0.9 would keep, as the library counts it (and in the JSON).
    at = confidence(golds, tests, scores).kept[1]
    assert found["confidence"]["kept"][1] == {"score": 0.9, "links": at.links, "right": at.right}
    assert at.precision is not None
    line = (
        f"links scored 0.9 or more (--min-score 0.9): {at.links / found['confidence']['links']:.1%}"
        f" of the links, {at.precision:.1%} of them right"
    )
    assert line in text.out


def test_evaluate_command_tells_the_links_finer_than_the_gold(tmp_path: Path):
    uk, lv = (
        (BIBLE / f"uk-lv-dev-000.{side}").read_text(encoding="utf-8").splitlines()
        for side in ("uk", "lv")
    )
    beads = align_sentences(uk, lv, "uk", "lv")
    test = tmp_path / "test.ladder"
    test.write_text(
        format_ladder([(b.source, b.target) for b in beads], [b.score for b in beads]),
        encoding="utf-8",
    )
    gold = read_ladder(BIBLE / "uk-lv-dev-000.gold")
    known = confidence([gold], [[(b.source, b.target) for b in beads]], [[b.score for b in beads]])
    found = json.loads(run_bitext("evaluate", BIBLE / "uk-lv-dev-000.gold", test, "--json").out)
    assert found["confidence"]["finer"] == known.finer > 0
    assert found["confidence"]["auc_finer_right"] == pytest.approx(known.auc_finer_right)
    # Merged into the verses they split, those links make the F1 at the gold's granularity.
    merged = score([gold], [with_finer_merged(gold, [(b.source, b.target) for b in beads])])
    assert found["finer"] == known.finer
    assert found["finer_merged"]["f1_strict"] == pytest.approx(merged.f1_strict)
    assert merged.f1_strict > found["f1_strict"]
    text = run_bitext("evaluate", BIBLE / "uk-lv-dev-000.gold", test).out
    assert f"with the {known.finer} links that split a gold bead exactly counted right" in text
    assert f"(the {known.finer} links finer than the gold merged" in text


def test_evaluate_command_on_tei_alignments_reads_the_links_scores(tmp_path: Path):
    out = tmp_path / "pair.xml"
    source, target = CORPUS / "en" / "asan-2024-13s.en.xml", CORPUS / "ko" / "asan-2024-13s.ko.xml"
    assert run_bitext("align", source, target, "-o", out, "-q").code == 0
    gold = CORPUS / "asan-2024-13s.en-ko.xml"
    found = json.loads(run_bitext("evaluate", gold, out, "--json").out)
    assert found["f1_strict"] > 0.9
    assert found["confidence"]["links"] > 50
    # A gold file scored against itself: every link right, hand-checked links carry no
    # score, so no confidence figures but every bead found.
    itself = json.loads(run_bitext("evaluate", gold, gold, "--json").out)
    assert itself["f1_strict"] == 1.0 and itself["confidence"] is None
    assert all(v["found"] == v["gold"] for v in itself["recall_by_type"].values())


def test_evaluate_command_refuses_mismatched_inputs_in_one_line(tmp_path: Path):
    gold_dir, test_dir = _ladder_folders(tmp_path)
    (test_dir / f"{NAMES[1]}.ladder").unlink()
    cases = [
        ((gold_dir, test_dir / f"{NAMES[0]}.ladder"), "is a folder and the other is a file"),
        ((gold_dir, test_dir), f"no test file {NAMES[1]}.ladder"),
        ((CORPUS / "asan-2024-13s.en-ko.xml", gold_dir / f"{NAMES[0]}.ladder"), "a ladder file"),
    ]
    for (gold, test), message in cases:
        result = run_bitext("evaluate", gold, test)
        assert result.code == 2, result
        assert message in result.err and len(result.err.strip().splitlines()) == 1
        assert "Traceback" not in result.err


def test_larger_rival_beads_lower_the_scores_of_links_inside_a_larger_gold_bead(monkeypatch):
    """Latvian-Basque verses (CC0) whose gold joins three or four sentences on a side: the
    search never takes a 1-4 or 2-3 bead, but counted as rivals in the posteriors they mark
    down the links that may be part of one, so the scores tell wrong links from right ones
    far better (AUC about 0.70 without them) and are better calibrated."""
    import bitext.align.passes as passes

    lv, eu = (
        (BIBLE / f"lv-eu-dev-000.{side}").read_text(encoding="utf-8").splitlines()
        for side in ("lv", "eu")
    )
    gold = read_ladder(BIBLE / "lv-eu-dev-000.gold")

    def measured() -> Confidence:
        beads = align_sentences(lv, eu, "lv", "eu")
        return confidence(
            [gold], [[(b.source, b.target) for b in beads]], [[b.score for b in beads]]
        )

    with_rivals = measured()
    monkeypatch.setattr(passes, "RIVAL_BEADS", ())  # read when a pass runs
    without = measured()
    assert with_rivals.auc is not None and without.auc is not None
    assert with_rivals.auc > 0.85 > without.auc + 0.1
    assert with_rivals.calibration_error is not None and without.calibration_error is not None
    assert with_rivals.calibration_error < without.calibration_error


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(0, 8), max_size=3, unique=True),
            st.lists(st.integers(0, 8), max_size=3, unique=True),
        ),
        max_size=10,
    )
)
def test_sentences_in_two_beads_are_exactly_those_written_twice(beads):
    keys = [(tuple(s), tuple(t)) for s, t in beads]
    found = sentences_in_two_beads(keys)
    for side, name in enumerate(("source", "target")):
        seen = [x for bead in keys for x in bead[side]]
        repeats = [x for k, x in enumerate(seen) if x in seen[:k]]
        assert [sentence for s, sentence, *_ in found if s == name] == repeats
    for side, sentence, first, second in found:
        index = ("source", "target").index(side)
        assert keys.index(first) <= keys.index(second) and sentence in first[index]
        assert sentence in second[index] and first is not second


def test_evaluate_command_warns_of_a_sentence_in_two_beads_and_of_other_sentences(
    tmp_path: Path,
):
    """A published gold can hold a slip (vecalign's copy of Bleualign's test1 gold puts one
    German sentence in two beads) and a test can be of another segmentation: the scores are
    given as before, with a one-line warning naming the file and the beads."""
    gold = read_ladder(ALIGN_SETS / "news-dev-001.gold")
    slipped = [*gold[:5], ((gold[2][0][0],), gold[5][1]), *gold[6:]]
    slip_file = tmp_path / "slip.gold"
    slip_file.write_text(format_ladder(slipped), encoding="utf-8")
    result = run_bitext("evaluate", slip_file, ALIGN_SETS / "news-dev-001.gold")
    assert result.code == 0 and "strict" in result.out
    first = ":".join("[" + ", ".join(map(str, side)) + "]" for side in gold[2])
    assert result.err.strip() == (
        f"bitext: warning: {slip_file}: source sentence {gold[2][0][0]} is in two beads, "
        f"{first} and [{gold[2][0][0]}]:[{', '.join(map(str, gold[5][1]))}]; both are scored "
        "as written"
    )
    longer = tmp_path / "longer.ladder"
    last = max(s for bead in gold for s in bead[0])
    longer.write_text(format_ladder([*gold, ((last + 1,), ())]), encoding="utf-8")
    result = run_bitext("evaluate", ALIGN_SETS / "news-dev-001.gold", longer, "--json")
    assert result.code == 0 and json.loads(result.out)["f1_strict"] > 0.9
    assert f"source sentence {last + 1} is past the last one of the gold" in result.err
    assert (
        run_bitext(
            "evaluate", ALIGN_SETS / "news-dev-001.gold", ALIGN_SETS / "news-dev-001.gold"
        ).err
        == ""
    )


def test_the_library_path_the_readme_names_exports_imports_and_scores(tmp_path: Path):
    """export_corpus -> import_corpus -> evaluate_paths, as the README's library list names
    them: the bundled alignment through TMX and back keeps every link with text on both
    sides (a TMX unit needs both) and scores them right; a link dropped from the imported
    alignment is missed."""
    from bitext.exchange import export_corpus, import_corpus
    from bitext.tei import read_alignment, write_alignment

    alignment = CORPUS / "asan-2024-13s.en-ko.xml"
    exported = export_corpus(alignment, ["tmx", "po"], tmp_path / "out")
    assert [(e.path.suffix, e.format) for e in exported] == [(".tmx", "tmx"), (".po", "po")]
    links = read_alignment(alignment).links
    both_sides = [link for link in links if link.source and link.target]
    assert len(both_sides) < len(links)  # the corpus has a one-sided link: a real check
    assert all(e.units == len(both_sides) for e in exported)
    back = import_corpus(exported[0].path, "tmx", tmp_path / "back")[2]
    result = evaluate_paths(alignment, back)
    assert result.documents == 1
    # Recall counts the gold links with text on both sides (vecalign's definition): all found.
    assert result.scores.precision_strict == result.scores.recall_strict == 1.0
    imported = read_alignment(back)
    write_alignment(replace(imported, links=imported.links[1:]), back)
    fewer = evaluate_paths(alignment, back).scores
    assert fewer.precision_strict == 1.0
    assert fewer.recall_strict == pytest.approx((len(both_sides) - 1) / len(both_sides))

"""The vectorised search against the plain dynamic program (the oracle), and its posteriors
against every path counted one by one."""

from __future__ import annotations

import contextlib
import math
import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext.align import search
from bitext.align.band import band_rows
from bitext.align.costs import BEADS, RIVAL_BEADS, AlignOptions, CostModel, LengthModel, Pair
from bitext.align.dp import best_path as oracle_path
from bitext.align.gaps import anchor_chain, bind, search_gap
from bitext.align.locks import Gap
from bitext.align.scoring import similarity_of
from bitext.align.search import Band, best_path, expected_beads, posteriors, price

from .conftest import ALIGN_SETS

SIMPLE = ((1, 1), (1, 0), (0, 1))
COMPILED = search._sweep
# Each search test runs with the compiled sweeps (where they were built) and with NumPy's.
SWEEPS = pytest.mark.parametrize(
    "sweeps",
    [
        pytest.param("compiled", marks=pytest.mark.skipif(COMPILED is None, reason="not built")),
        "numpy",
    ],
)


@contextlib.contextmanager
def using(sweeps: str):
    """The search with the given sweeps (``compiled`` or ``numpy``)."""
    saved = search._sweep
    search._sweep = COMPILED if sweeps == "compiled" else None
    try:
        yield
    finally:
        search._sweep = saved


def _lookup_pricer(table: dict[tuple[int, int, int, int], float]):
    def pricer(a, b, rows, columns):
        return np.asarray(
            [
                table[(int(i) - a, int(i), int(j) - b, int(j))]
                for i, j in zip(rows, columns, strict=True)
            ]
        )

    return pricer


@st.composite
def priced_bands(draw):
    n = draw(st.integers(0, 7))
    m = draw(st.integers(0, 7))
    width = draw(st.integers(1, 4))
    rows = band_rows(n, m, [], width)
    beads = draw(st.sampled_from([BEADS, SIMPLE]))
    costs = st.floats(-6.0, 12.0, allow_nan=False)
    table = {}
    for i, (lo, hi) in enumerate(rows):
        for j in range(lo, hi + 1):
            for a, b in beads:
                if a and b:
                    table[(i - a, i, j - b, j)] = draw(costs)
    skip = {(1, 0): draw(st.floats(0.5, 9.0)), (0, 1): draw(st.floats(0.5, 9.0))}
    return n, m, rows, beads, table, skip


def _path_cost(steps, table, skip):
    return sum(
        skip[(i1 - i0, j1 - j0)] if (i1 - i0) * (j1 - j0) == 0 else table[(i0, i1, j0, j1)]
        for i0, i1, j0, j1 in steps
    )


@SWEEPS
@settings(max_examples=150, deadline=None)
@given(priced_bands())
def test_the_vectorised_search_finds_the_oracles_cheapest_path(sweeps, case):
    n, m, rows, beads, table, skip = case
    priced = price(Band.from_rows(rows), beads, _lookup_pricer(table), skip)
    with using(sweeps):
        fast = best_path(priced)
    slow = oracle_path(n, m, rows, beads, lambda *k: table[k], fixed=skip)
    # Equal costs; the same beads unless two paths tie.
    assert _path_cost(fast, table, skip) == pytest.approx(_path_cost(slow, table, skip))
    assert fast[0][0] == 0 and fast[-1][1] == n if fast else n == m == 0


def _all_paths(n, m, rows, beads):
    def inside(i, j):
        return 0 <= i <= n and rows[i][0] <= j <= rows[i][1]

    def walk(i, j):
        if (i, j) == (n, m):
            yield []
            return
        for a, b in beads:
            if inside(i + a, j + b):
                for rest in walk(i + a, j + b):
                    yield [(i, i + a, j, j + b), *rest]

    return list(walk(0, 0))


@SWEEPS
@settings(max_examples=60, deadline=None)
@given(priced_bands(), st.sampled_from([0.5, 1.0, 2.0]))
def test_posteriors_match_every_path_counted(sweeps, case, temperature):
    n, m, rows, beads, table, skip = case
    if n > 4 or m > 4:
        return  # counting every path is exponential
    priced = price(Band.from_rows(rows), beads, _lookup_pricer(table), skip)
    with using(sweeps):
        steps = best_path(priced)
        scores = posteriors(priced, steps, temperature)
    paths = _all_paths(n, m, rows, beads)
    weights = [math.exp(-_path_cost(p, table, skip) / temperature) for p in paths]
    total = sum(weights)
    expected = [
        sum(w for p, w in zip(paths, weights, strict=True) if s in p) / total for s in steps
    ]
    assert scores == pytest.approx(expected, rel=1e-6, abs=1e-9)


@pytest.mark.parametrize("name", ["news-dev-004", "news-dev-summary-004", "news-dev-001"])
def test_a_real_pair_searched_both_ways_gives_the_same_beads(name: str):
    """The built-in scorer's banded counts and vectorised search against the oracle, which
    prices each bead on its own (counting its sentence pairs one by one)."""
    source = (ALIGN_SETS / f"{name}.en").read_text(encoding="utf-8").splitlines()
    target = (ALIGN_SETS / f"{name}.ko").read_text(encoding="utf-8").splitlines()
    from bitext.align.aligner import default_scorers

    pair = Pair(source, target)
    options = AlignOptions(reestimate=False)  # the oracle has no EM step
    bound = bind(pair, default_scorers("en", "ko"))
    gap = Gap(0, len(source), 0, len(target))
    chain = anchor_chain(bound, gap, options)
    model = CostModel.for_pair(pair, LengthModel.from_means(source, target), options)
    fast = search_gap(bound, model, gap, chain, BEADS)
    prepared = bound[0][0]

    def cost(i0, i1, j0, j1):
        rows, columns = np.asarray([i1]), np.asarray([j1])
        sim = np.asarray([similarity_of(prepared, i0, i1, j0, j1)])
        return float(model.costs(i1 - i0, j1 - j0, rows, columns, sim)[0])

    rows = band_rows(len(source), len(target), chain, options.band)
    slow = oracle_path(len(source), len(target), rows, BEADS, cost, fixed=model.skip_costs())
    assert [(b.source, b.target) for b in fast] == [
        (tuple(range(i0, i1)), tuple(range(j0, j1))) for i0, i1, j0, j1 in slow
    ]
    assert all(0.0 <= b.score <= 1.0 for b in fast)


@SWEEPS
@settings(max_examples=60, deadline=None)
@given(priced_bands())
def test_expected_bead_counts_match_every_path_counted(sweeps, case):
    n, m, rows, beads, table, skip = case
    if n > 4 or m > 4:
        return  # counting every path is exponential
    priced = price(Band.from_rows(rows), beads, _lookup_pricer(table), skip)
    paths = _all_paths(n, m, rows, beads)
    weights = [math.exp(-_path_cost(p, table, skip)) for p in paths]
    total = sum(weights)
    expected = {
        bead: sum(
            w * sum(1 for i0, i1, j0, j1 in p if (i1 - i0, j1 - j0) == bead)
            for p, w in zip(paths, weights, strict=True)
        )
        / total
        for bead in beads
    }
    with using(sweeps):
        got = expected_beads(priced)
    assert {b: got[b] for b in beads} == pytest.approx(expected, rel=1e-6, abs=1e-9)


@pytest.mark.skipif(COMPILED is None, reason="the compiled sweeps were not built")
@settings(max_examples=40, deadline=None)
@given(st.integers(1, 40), st.integers(1, 40), st.integers(1, 6), st.integers(0, 2**31))
def test_the_compiled_sweeps_give_numpys_results_on_larger_bands(n, m, width, seed):
    """Back-pointers equal; forward and backward sums and expected counts equal to
    rounding, on bands too large to count paths (costs drawn as the aligner's are: finite
    inside the band, some far above the others)."""
    rows = band_rows(n, m, [], width)
    generator = np.random.default_rng(seed)

    def pricer(a, b, r, c):
        return generator.uniform(-20.0, 15.0, len(r))

    priced = price(Band.from_rows(rows), BEADS, pricer, {(1, 0): 4.5, (0, 1): 5.25})
    results = {}
    for sweeps in ("compiled", "numpy"):
        with using(sweeps):
            results[sweeps] = (
                best_path(priced),
                search._forward(priced, 1.0),
                search._backward(priced, 1.0),
                expected_beads(priced, 0.7),
            )
    (path, forward, backward, counts), (path2, forward2, backward2, counts2) = results.values()
    assert path == path2
    np.testing.assert_allclose(forward, forward2, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(backward, backward2, rtol=1e-9, atol=1e-9)
    assert counts == pytest.approx(counts2, rel=1e-7, abs=1e-9)


def test_the_compiled_sweeps_are_built_where_there_is_a_c_compiler():
    """``pip install`` builds them with the machine's compiler; a silent build failure
    would only make alignment slower, so it is caught here."""
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler on this machine: the NumPy sweeps are used")
    assert COMPILED is not None


@pytest.mark.skipif(COMPILED is None, reason="the compiled sweeps were not built")
def test_the_compiled_sweeps_refuse_arrays_of_the_wrong_size():
    priced = price(
        Band.from_rows(band_rows(3, 3, [], 2)),
        BEADS,
        lambda a, b, r, c: r * 0.0,
        {(1, 0): 1.0, (0, 1): 1.0},
    )
    arrays = search._band_arrays(priced)
    with pytest.raises(ValueError, match="out has"):
        COMPILED.forward(*arrays, 1.0, 1.0, np.empty(3))
    with pytest.raises(ValueError, match="costs has"):
        COMPILED.forward(
            *arrays[:5], arrays[5][:, :-1].copy(), 1.0, 1.0, np.empty(len(arrays[5][0]))
        )
    with pytest.raises(ValueError, match="temperature"):
        COMPILED.backward(*arrays, 1.0, 0.0, np.empty(len(arrays[5][0])))
    bad_offsets = arrays[2].copy()
    bad_offsets[1] += 1
    with pytest.raises(ValueError, match="malformed band"):
        COMPILED.viterbi(
            *arrays[:2],
            bad_offsets,
            *arrays[3:],
            1.0,
            np.empty(len(arrays[5][0])),
            np.empty(len(arrays[5][0]), dtype=np.int8),
        )


@pytest.mark.skipif(COMPILED is None, reason="the compiled sweeps were not built")
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(-3, 6), min_size=1, max_size=6),
    st.lists(st.integers(-3, 6), min_size=1, max_size=6),
    st.lists(st.integers(-2, 30), min_size=1, max_size=8),
    st.lists(st.integers(-1, 3), min_size=0, max_size=4),
    st.integers(0, 40),
    st.data(),
)
def test_the_compiled_sweeps_never_crash_on_arbitrary_arrays(lo, hi, offsets, steps, cells, data):
    """Whatever arrays come in, a sweep returns or raises ValueError: never reads or writes
    outside them (a crash here would take the test run down)."""
    as_array = lambda values: np.asarray(values, dtype=np.int64)  # noqa: E731
    a = as_array(steps)
    b = as_array(data.draw(st.lists(st.integers(-1, 3), min_size=len(steps), max_size=len(steps))))
    costs = np.zeros((len(steps), cells), dtype=np.float32)
    size = data.draw(st.integers(0, 40))
    arrays = (as_array(lo), as_array(hi), as_array(offsets), a, b, costs)
    for call in (
        lambda: COMPILED.viterbi(*arrays, 1.0, np.empty(size), np.empty(size, dtype=np.int8)),
        lambda: COMPILED.forward(*arrays, 1.0, 1.0, np.empty(size)),
        lambda: COMPILED.backward(*arrays, 1.0, 1.0, np.empty(size)),
        lambda: COMPILED.expected(
            *arrays, 1.0, 1.0, np.zeros(size), np.zeros(size), 0.0, np.zeros(len(steps) + 1)
        ),
    ):
        with contextlib.suppress(ValueError):
            call()


@SWEEPS
@settings(max_examples=60, deadline=None)
@given(priced_bands(), st.data())
def test_posteriors_with_rivals_count_every_path_through_them_too(sweeps, case, data):
    """Larger beads the path may not take (:data:`RIVAL_BEADS`) added as rivals: the scores of
    the cheapest path found without them are their posteriors among every path that may
    take them, counted one by one."""
    n, m, rows, beads, table, skip = case
    if n > 4 or m > 4:
        return  # counting every path is exponential
    table = dict(table)
    for i, (lo, hi) in enumerate(rows):
        for j in range(lo, hi + 1):
            for a, b in RIVAL_BEADS:
                table[(i - a, i, j - b, j)] = data.draw(st.floats(-6.0, 12.0))
    everything = price(Band.from_rows(rows), (*beads, *RIVAL_BEADS), _lookup_pricer(table), skip)
    path_only = search.without(everything, RIVAL_BEADS)
    assert path_only.types == tuple(b for b in beads if b != (0, 1))
    assert np.shares_memory(path_only.costs, everything.costs)  # a view, not a copy
    with using(sweeps):
        steps = best_path(path_only)
        assert steps == best_path(price(Band.from_rows(rows), beads, _lookup_pricer(table), skip))
        scores = posteriors(everything, steps)
    paths = _all_paths(n, m, rows, (*beads, *RIVAL_BEADS))
    weights = [math.exp(-_path_cost(p, table, skip)) for p in paths]
    total = sum(weights)
    expected = [
        sum(w for p, w in zip(paths, weights, strict=True) if s in p) / total for s in steps
    ]
    assert scores == pytest.approx(expected, rel=1e-6, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(priced_bands(), st.data())
def test_price_shifted_moves_each_types_costs_by_the_change_of_its_prices(case, data):
    """The EM step's change is computed from the costs as priced, then every cost of a type
    moves by that type's change (0-1 beads too), whatever the change."""
    _, _, rows, beads, table, skip = case
    band = Band.from_rows(rows)
    plain = price(band, beads, _lookup_pricer(table), skip)
    change = {bead: data.draw(st.floats(-3.0, 3.0)) for bead in beads}
    seen = []

    def change_of(priced):
        seen.append(priced.costs.copy())
        return change

    moved = search.price_shifted(band, beads, _lookup_pricer(table), skip, change_of)
    assert np.array_equal(seen[0], plain.costs)  # the change is of the costs as priced
    shift = np.asarray([change[t] for t in plain.types], dtype=np.float32)[:, None]
    assert np.array_equal(moved.costs, plain.costs + shift)
    assert moved.insert_cost == pytest.approx(plain.insert_cost + change[(0, 1)])
    assert moved.types == plain.types and moved.beads == plain.beads

"""One pass's work on a pair: its scorers bound to it, the anchors of each gap between
manual links, and each gap searched.

A gap's anchors (:func:`anchor_chain`) place its band; every scorer turns the band into
similarities per bead type (:func:`similarity`, their weighted mean), the cost model into
costs; the search (:mod:`bitext.align.search`) finds the best path and each bead's posterior,
among paths through larger rival beads too (:func:`search_gap`). The passes
(:mod:`bitext.align.passes`) call these with their own bead types and length model.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from bitext.align.band import (
    Anchor,
    Candidates,
    band_rows,
    cells_of,
    diagonal_cells,
    shared_key_pairs,
    union_of_cells,
)
from bitext.align.costs import AlignOptions, Bead, CostModel, Indexes, Pair, Progress, Vector
from bitext.align.locks import Gap
from bitext.align.scoring import PreparedScorer, Scorer, as_prepared
from bitext.align.search import (
    Band,
    Priced,
    best_path,
    expected_beads,
    posteriors,
    price_shifted,
    without,
)
from bitext.errors import AlignmentError

Bound = Sequence[tuple[PreparedScorer, float]]  # scorers bound to a pair, with their weights
# How many beads the initial bead-type priors count as, against a pair's expected counts.
PRIOR_STRENGTH = 200.0
# How far from the diagonal a scorer without features looks for anchors, in band widths.
DIAGONAL_REACH = 4


def bind(pair: Pair, scorers: Sequence[Scorer]) -> list[tuple[PreparedScorer, float]]:
    """Every scorer prepared for the pair, with its weight."""
    return [(as_prepared(s.prepare(pair.source, pair.target)), s.weight) for s in scorers]


def similarity(bound: Bound, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
    """The scorers' weighted mean similarity of beads of one type ending in the given cells."""
    if len(bound) == 1:
        return _checked(bound[0][0], a, b, rows, columns)
    total = sum(weight for _, weight in bound) or 1.0
    mean: Vector = sum(
        (weight * _checked(prepared, a, b, rows, columns) for prepared, weight in bound),
        start=np.zeros(len(rows)),
    )
    return mean / total


def _checked(prepared: PreparedScorer, a: int, b: int, rows: Indexes, columns: Indexes) -> Vector:
    """A scorer's similarities, refused in one line if they are not one number from 0 to 1
    per cell (a plug-in scorer's mistake should not surface as a NumPy traceback)."""
    values = np.asarray(prepared.bead_similarity(a, b, rows, columns), dtype=np.float64)
    name = type(prepared).__name__
    if values.shape != (len(rows),):
        raise AlignmentError(
            f"scorer {name} gave {values.shape} similarities for {len(rows)} beads of type "
            f"{a}-{b}; bead_similarity must return one number per cell"
        )
    if (
        not np.all(np.isfinite(values))
        or values.min(initial=0.0) < 0
        or values.max(initial=0.0) > 1
    ):
        raise AlignmentError(
            f"scorer {name} gave a similarity outside 0..1 (or not a number) for a {a}-{b} "
            "bead; bead_similarity must return numbers from 0 to 1"
        )
    return values


def anchor_chain(bound: Bound, gap: Gap, options: AlignOptions) -> list[Anchor]:
    """The longest increasing chain of anchors in a gap (pair indexes): mutually best 1-1
    pairs among each scorer's candidates that are similar enough
    (:func:`scored_candidates` read at ``options.anchor_threshold``)."""
    return scored_candidates(bound, gap, options).anchors(options.anchor_threshold)


def scored_candidates(bound: Bound, gap: Gap, options: AlignOptions) -> Candidates:
    """The anchor candidates of a gap, each scorer's (pairs sharing a rare feature, or pairs
    near the diagonal for a scorer without features), with the scorers' 1-1 similarity of
    each: computed once a pass and gap, read at the usual bar and the weak one."""
    n, m = gap.i1 - gap.i0, gap.j1 - gap.j0
    parts = []
    for prepared, _ in bound:
        if n == 0 or m == 0:
            break
        keys = getattr(prepared, "anchor_keys", None)
        if callable(keys):
            source, target = keys()
            parts.append(
                cells_of(shared_key_pairs(source[gap.i0 : gap.i1], target[gap.j0 : gap.j1]))
            )
        else:
            parts.append(diagonal_cells(n, m, DIAGONAL_REACH * options.band))
    rows, columns = union_of_cells(parts, max(1, m))
    scores = (
        similarity(bound, 1, 1, gap.i0 + rows + 1, gap.j0 + columns + 1)
        if len(rows)
        else np.zeros(0)
    )
    return Candidates(gap.i0, gap.j0, rows, columns, scores)


def align_gaps(
    bound: Bound,
    model: CostModel,
    gaps: Sequence[Gap],
    chains: Sequence[Sequence[Anchor]],
    locks: Sequence[Bead],
    types: Sequence[tuple[int, int]],
    progress: Progress | None,
    rivals: Sequence[tuple[int, int]] = (),
) -> list[Bead]:
    """Every gap aligned, with the manual beads between them, in document order (the
    scores weighing ``rivals`` too: :func:`search_gap`)."""
    beads: list[Bead] = []
    total = max((gap.i1 for gap in gaps), default=0)
    for index, (gap, chain) in enumerate(zip(gaps, chains, strict=True)):
        beads += search_gap(bound, model, gap, chain, types, _ticker(progress, gap, total), rivals)
        if index < len(locks):
            beads.append(locks[index])
        if progress is not None:
            progress(gap.i1, total)
    return beads


def search_gap(
    bound: Bound,
    model: CostModel,
    gap: Gap,
    chain: Sequence[Anchor],
    types: Sequence[tuple[int, int]],
    tick: Callable[[float], None] | None = None,
    rivals: Sequence[tuple[int, int]] = (),
) -> list[Bead]:
    """The beads of one gap: its band priced by the scorers and the cost model, the best
    path, and each bead's posterior probability as its score, among paths through larger
    ``rivals`` too (bead types the path never takes, such as :data:`RIVAL_BEADS`: a link
    that may be part of a larger bead scores lower)."""
    n, m = gap.i1 - gap.i0, gap.j1 - gap.j0
    if n == 0 and m == 0:
        return []
    local = [(i - gap.i0, j - gap.j0) for i, j in chain]
    rows = band_rows(n, m, local, model.options.band)
    banded = [(_for_band(p, gap, rows), w) for p, w in bound]

    def pricer(a: int, b: int, r: Indexes, c: Indexes) -> Vector:
        r, c = r + gap.i0, c + gap.j0
        return model.costs(a, b, r, c, similarity(banded, a, b, r, c))

    half = n / 2
    # Every type priced in one array, the rivals last: the path's search sees a view of it
    # without them (no copy of a large band's costs); an EM step on the path's types moves
    # their priors (in place: price_shifted).
    reestimate = model.options.reestimate and len(types) > 3
    everything = price_shifted(
        Band.from_rows(rows),
        (*types, *rivals),
        pricer,
        model.skip_costs(),
        lambda priced: _reestimated(without(priced, rivals), model) if reestimate else {},
        None if tick is None else lambda row: tick(row / 2),
    )
    priced = without(everything, rivals)
    steps = best_path(priced, None if tick is None else lambda row: tick(half + row / 2))
    scores = posteriors(everything, steps, model.options.temperature)
    return [
        Bead(
            tuple(range(gap.i0 + i0, gap.i0 + i1)),
            tuple(range(gap.j0 + j0, gap.j0 + j1)),
            round(score, 4),
        )
        for (i0, i1, j0, j1), score in zip(steps, scores, strict=True)
    ]


def _reestimated(priced: Priced, model: CostModel) -> dict[tuple[int, int], float]:
    """How much each bead type's prior cost changes after one EM step: the expected bead
    counts of all paths, smoothed towards the priors (worth ``PRIOR_STRENGTH`` beads)."""
    counts = expected_beads(priced, model.options.temperature)
    total = sum(counts.values())
    change = {}
    for bead, count in counts.items():
        prior = math.exp(-model.priors[bead])
        share = (count + PRIOR_STRENGTH * prior) / (total + PRIOR_STRENGTH)
        change[bead] = -math.log(share) - model.priors[bead]
    return change


def _for_band(prepared: PreparedScorer, gap: Gap, rows: list[tuple[int, int]]) -> PreparedScorer:
    """The scorer specialised to a band, where it offers that."""
    specialise = getattr(prepared, "for_band", None)
    if callable(specialise):
        banded: PreparedScorer = specialise(gap.i0, gap.j0, rows)
        return banded
    return prepared


def _ticker(progress: Progress | None, gap: Gap, total: int) -> Callable[[float], None] | None:
    """Progress from inside a gap: ``done`` of its source sentences."""
    if progress is None:
        return None
    return lambda done: progress(min(gap.i1, int(gap.i0 + done)), total)

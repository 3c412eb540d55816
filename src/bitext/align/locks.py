"""Manual links (locked beads) of a pair: checked and put in document order, and the gaps
between them, which the aligner fills."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bitext.align.costs import Bead
from bitext.errors import AlignmentError


@dataclass(frozen=True, slots=True)
class Gap:
    """The sentences between two manual links: source [i0, i1), target [j0, j1)."""

    i0: int
    i1: int
    j0: int
    j1: int


def gaps_between(locks: Sequence[Bead], n: int, m: int) -> list[Gap]:
    """The gaps before, between and after the manual beads (one more than there are beads;
    a gap may be empty)."""
    gaps = []
    i0 = j0 = 0
    for bead in locks:
        i1 = min(bead.source) if bead.source else i0
        j1 = min(bead.target) if bead.target else j0
        gaps.append(Gap(i0, i1, j0, j1))
        i0 = max(bead.source) + 1 if bead.source else i1
        j0 = max(bead.target) + 1 if bead.target else j1
    gaps.append(Gap(i0, n, j0, m))
    return gaps


def checked_locks(locked: Sequence[Bead], n: int, m: int) -> list[Bead]:
    """The manual beads in document order (as given when that order is valid), checked."""
    try:
        _check_order(locked, n, m)
        ordered = list(locked)
    except AlignmentError:
        ordered = _document_order(locked)
        _check_order(ordered, n, m)
    return [replace(b, manual=True) for b in ordered]


def _document_order(beads: Sequence[Bead]) -> list[Bead]:
    """Beads in document order on both sides: those with source sentences by source
    position, each target-only bead (0-1) before the first later bead on the target side."""
    with_source = sorted((b for b in beads if b.source), key=lambda b: min(b.source))
    target_only = sorted((b for b in beads if not b.source), key=lambda b: min(b.target))
    ordered: list[Bead] = []
    waiting = iter(target_only)
    pending = next(waiting, None)
    for bead in with_source:
        while pending is not None and bead.target and min(pending.target) < min(bead.target):
            ordered.append(pending)
            pending = next(waiting, None)
        ordered.append(bead)
    if pending is not None:
        ordered += [pending, *waiting]
    return ordered


def _check_order(ordered: Sequence[Bead], n: int, m: int) -> None:
    last_source = last_target = -1
    for bead in ordered:
        for side, indexes, last, size in (
            ("source", bead.source, last_source, n),
            ("target", bead.target, last_target, m),
        ):
            if any(k < 0 or k >= size for k in indexes):
                raise AlignmentError(f"manual link points outside the {side} ({indexes})")
            if indexes and (
                min(indexes) <= last or list(indexes) != list(range(min(indexes), max(indexes) + 1))
            ):
                raise AlignmentError(
                    f"manual links must be contiguous and in order on the {side} side "
                    f"(at sentence {min(indexes) + 1}); fix or unlock the crossing links"
                )
        last_source = max(bead.source, default=last_source)
        last_target = max(bead.target, default=last_target)

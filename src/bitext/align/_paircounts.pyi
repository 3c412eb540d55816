"""Type stub of the compiled pair counts (see _paircounts.c and bitext.align.overlap)."""

from typing import Any

import numpy.typing as npt

def count_pairs(
    source_groups: npt.NDArray[Any],
    source_starts: npt.NDArray[Any],
    source_keys: npt.NDArray[Any],
    source_weights: npt.NDArray[Any],
    target_groups: npt.NDArray[Any],
    target_starts: npt.NDArray[Any],
    target_keys: npt.NDArray[Any],
    target_weights: npt.NDArray[Any],
    rows: npt.NDArray[Any],
    columns: npt.NDArray[Any],
    out_source: npt.NDArray[Any],
    out_target: npt.NDArray[Any],
) -> None: ...

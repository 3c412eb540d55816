"""Type stub of the compiled sweeps (see _sweep.c and bitext.align.search)."""

from typing import Any

import numpy.typing as npt

def viterbi(
    lo: npt.NDArray[Any],
    hi: npt.NDArray[Any],
    offsets: npt.NDArray[Any],
    a: npt.NDArray[Any],
    b: npt.NDArray[Any],
    costs: npt.NDArray[Any],
    insert_cost: float,
    table: npt.NDArray[Any],
    back: npt.NDArray[Any],
) -> None: ...
def forward(
    lo: npt.NDArray[Any],
    hi: npt.NDArray[Any],
    offsets: npt.NDArray[Any],
    a: npt.NDArray[Any],
    b: npt.NDArray[Any],
    costs: npt.NDArray[Any],
    insert_cost: float,
    temperature: float,
    out: npt.NDArray[Any],
) -> None: ...
def backward(
    lo: npt.NDArray[Any],
    hi: npt.NDArray[Any],
    offsets: npt.NDArray[Any],
    a: npt.NDArray[Any],
    b: npt.NDArray[Any],
    costs: npt.NDArray[Any],
    insert_cost: float,
    temperature: float,
    out: npt.NDArray[Any],
) -> None: ...
def expected(
    lo: npt.NDArray[Any],
    hi: npt.NDArray[Any],
    offsets: npt.NDArray[Any],
    a: npt.NDArray[Any],
    b: npt.NDArray[Any],
    costs: npt.NDArray[Any],
    insert_cost: float,
    temperature: float,
    forward: npt.NDArray[Any],
    backward: npt.NDArray[Any],
    total: float,
    counts: npt.NDArray[Any],
) -> None: ...

"""Python's cyclic garbage collector paused while bitext makes many small values that live
on: while a pass aligns a pair, over a whole batch (:func:`bitext.align.align_batch`), and
while an exchange file is imported (:func:`bitext.exchange.import_corpus`).

A pass on new text makes hundreds of thousands of small containers (word analyses, feature
groups) that live on in the process's word memory, and the collector, triggered by their
number, walks them again and again while they are young: on news-dev's ten documents, a
fifth of the time of a batch's first call. Between the passes of a batch it still ran some
twenty times (the passes' results and what the learned word pairs are made of), 3-4% of a
warm batch. An import of a translation memory makes a few values a unit (its sentences, its
link, a note for each property a CAT tool kept), millions for a large memory, all of which
live until the TEI files are written: the collector walked them a third of the time of
reading a memory of 200,000 units. Reference counting still frees everything dropped; only
reference cycles wait until the pause ends (bitext makes next to none).

The pause is counted across threads (a Dask worker aligns in several): the collector comes
back on when the last block running ends, and only if it was on when the first began.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")

_lock = threading.Lock()
_running = 0  # paused blocks running now, in every thread
_was_enabled = False  # whether the collector was on when the first of them began


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (see the module docstring)."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()


def with_collector_paused(function: Callable[_Params, _Result]) -> Callable[_Params, _Result]:
    """``function`` run with the collector paused (:func:`collector_paused`)."""

    @functools.wraps(function)
    def paused(*args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        with collector_paused():
            return function(*args, **kwargs)

    return paused

"""Writing files so that an existing file is never left half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bitext.errors import OutputError


def _permit(tmp: str) -> None:
    """Give the temporary file the mode a newly created file would have (mkstemp uses 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    Raises :class:`OutputError` when the directory is missing or not writable.
    """
    with atomic_output(path) as handle:
        handle.write(data)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` as UTF-8 atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A binary stream for writing ``path``: a temporary file renamed over ``path`` only when
    the block succeeds, so a failure never leaves a half-written file."""
    target = Path(path)
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"{target}: the directory {directory} does not exist; create it first")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {directory}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _permit(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

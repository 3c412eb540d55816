"""Writing files so that an existing file is never left half-written."""

from __future__ import annotations

import contextlib
import glob
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, cast

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


STDOUT = "-"


# What a file of a set is made of: its bytes, or a function that writes them to a stream
# (a large file written as it is made, never held whole).
FileContent = bytes | Callable[[BinaryIO], object]


def write_file_set(files: Sequence[tuple[str | Path, FileContent]]) -> None:
    """Write several files as a set: every one to a temporary file first, then all renamed in
    the order given, so the file that refers to the others (an alignment after its
    documents) comes last; a failure before the renames leaves every old file as it was."""
    with contextlib.ExitStack() as stack:
        # Entered last, left first: the renames run in the order of ``files``.
        for path, content in reversed(files):
            stream = stack.enter_context(atomic_output(path))
            if isinstance(content, bytes):
                stream.write(content)
            else:
                content(stream)


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A binary stream for writing ``path``: a temporary file renamed over ``path`` only when
    the block succeeds, so a failure never leaves a half-written file.

    ``-`` is standard output. A symbolic link is followed (the file it points at is
    replaced, the link kept); a path that exists and is not a regular file (a device such as
    ``/dev/stdout``, a FIFO) is written in place, never renamed over. Temporary files left
    by killed runs for the same target are removed first.
    """
    if str(path) == STDOUT:
        yield cast(BinaryIO, _Unclosable(sys.stdout.buffer))
        return
    target = Path(path)
    if target.exists() and not target.resolve().is_file():
        if target.resolve().is_dir():
            raise OutputError(f"{target}: is a folder; give a file name to write")
        with _open_in_place(target) as handle:
            yield handle
        return
    target = target.resolve() if target.is_symlink() else target
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"{target}: the directory {directory} does not exist; create it first")
    remove_stale_temporaries(target)
    import tempfile  # here, not at the top: it adds milliseconds to every `import bitext.align`

    try:
        fd, tmp = tempfile.mkstemp(prefix=_temporary_prefix(target), suffix=".tmp", dir=directory)
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


def _temporary_prefix(target: Path) -> str:
    """``.NAME.PID.``: the process that owns a temporary file is part of its name."""
    return f".{target.name}.{os.getpid()}."


def remove_stale_temporaries(target: Path) -> int:
    """Remove the temporary files for ``target`` whose process is gone (a killed run);
    return how many."""
    removed = 0
    for candidate in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        owner = candidate.name[len(target.name) + 2 :].split(".", 1)[0]
        if owner.isdigit() and not _alive(int(owner)):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


@contextlib.contextmanager
def _open_in_place(target: Path) -> Iterator[BinaryIO]:
    try:
        handle = open(target, "wb")  # noqa: SIM115  (closed below)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from exc
    with handle:
        yield handle


class _Unclosable(io.BufferedIOBase):
    """Standard output as a binary stream that the writer may not close."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, data: bytes) -> int:  # type: ignore[override]
        return self._stream.write(data)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        self.flush()

"""Where the documents of an alignment are: resolved inside the alignment's folder, safely.

An alignment names its documents by relative address (``en/doc.xml``). Those addresses are
resolved against the alignment's folder and must stay inside it (or inside a folder the user
names); absolute paths, web addresses and paths that leave the folder are refused unless the
user allows them, and only regular files are ever opened (never ``/dev/zero`` or a FIFO).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from bitext.errors import ParseError


def resolve_document(
    alignment_path: str | Path,
    reference: str,
    *,
    root: str | Path | None = None,
    allow_outside: bool = False,
) -> Path:
    """The regular file that ``reference`` names, relative to the alignment at
    ``alignment_path``; ParseError (naming the alignment) if it leaves the folder ``root``
    (default: the alignment's own) without ``allow_outside``, or is not a regular file."""
    folder = Path(alignment_path).parent
    base = Path(root) if root is not None else folder
    if not reference:
        raise ParseError("names a document with an empty address; give FILE#ID", alignment_path)
    if urlsplit(reference).scheme not in ("", "file") and len(urlsplit(reference).scheme) > 1:
        raise ParseError(
            f"points at {reference!r}, a web address; bitext reads documents from files only",
            alignment_path,
        )
    target = (folder / reference).resolve()
    if not allow_outside and (
        Path(reference).is_absolute() or not target.is_relative_to(base.resolve())
    ):
        raise ParseError(
            f"points at {reference!r}, outside its folder {base}; keep the documents inside it "
            "(or allow documents outside it explicitly)",
            alignment_path,
        )
    if not target.exists():
        raise ParseError(
            f"points at {reference!r}, but {target} does not exist; keep the documents where "
            "the alignment says (relative to its folder)",
            alignment_path,
        )
    if not target.is_file():
        raise ParseError(
            f"points at {reference!r}, but {target} is not a regular file", alignment_path
        )
    return target

"""Reading the Unicode Character Database's Unihan files, as the scripts that make bitext's
data from them do: a file as text (plain or .bz2, as Debian's unicode-data package installs
them in /usr/share/unicode/), its Unicode version, and the values of one of its fields."""

from __future__ import annotations

import bz2
from collections.abc import Iterator
from pathlib import Path


def read_unihan(path: Path) -> tuple[str, str]:
    """The text of a Unihan file at ``path`` (its .bz2 where ``path`` itself is missing)
    and the Unicode version its header names."""
    if not path.is_file() and path.suffix != ".bz2":
        path = path.with_name(path.name + ".bz2")
    data = path.read_bytes()
    text = (bz2.decompress(data) if path.suffix == ".bz2" else data).decode("utf-8")
    version = next(
        (line.split(":", 1)[1].strip() for line in text.splitlines() if "Unicode version" in line),
        "?",
    )
    return text, version


def field_values(text: str, field: str) -> Iterator[tuple[int, str]]:
    """Each code point's value of one field of a Unihan file's ``text``, in file order."""
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == field and parts[0].startswith("U+"):
            yield int(parts[0][2:], 16), parts[2]


def code_point(code: str) -> int:
    """The code point of a ``U+XXXX`` value, any ``<source`` after it dropped."""
    return int(code.split("<")[0][2:], 16)

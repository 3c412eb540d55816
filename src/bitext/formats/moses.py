"""Moses: two line-aligned plain-text files, one link a line (for MT training)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from bitext._chars import split_lines
from bitext.errors import FormatError
from bitext.formats.base import CorpusInfo, Unit
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, rebuild
from bitext.model import LinkStatus
from bitext.text.normalize import normalize_text


def paired_paths(path: Path, info: CorpusInfo) -> tuple[Path, Path]:
    """The two files of an export to ``path``: ``path.<source lang>``, ``path.<target lang>``."""
    return (
        path.with_name(f"{path.name}.{info.source_lang}"),
        path.with_name(f"{path.name}.{info.target_lang}"),
    )


def write_moses(units: Iterable[Unit], info: CorpusInfo, source: BinaryIO, target: BinaryIO) -> int:
    """Write line-aligned source and target files (links with both sides only); a line
    holds a link's sentences joined by spaces; line breaks inside become spaces (Unicode's
    line and paragraph separators too, which some readers split lines at)."""
    count = 0
    for unit in units:
        if not (unit.source_ids and unit.target_ids):
            continue
        source.write((_one_line(unit.source) + "\n").encode("utf-8"))
        target.write((_one_line(unit.target) + "\n").encode("utf-8"))
        count += 1
    return count


def _one_line(text: str) -> str:
    """``text`` on one line: every line break a reader may split at (LF, CR, and the ones
    str.splitlines() also knows: U+2028, U+2029, U+0085, ...) a space."""
    return " ".join(text.splitlines())


def read_moses(
    source: str | Path,
    target: str | Path,
    source_lang: str,
    target_lang: str,
) -> ImportedCorpus:
    """Read two line-aligned files: line k of each is one 1-1 link of one sentence each; a
    line empty on one side is a sentence with no translation (a 1-0 or 0-1 link, as
    corpora leave a line they could not pair), a line empty on both is passed over."""
    source_lines = _lines(source)
    target_lines = _lines(target)
    if len(source_lines) != len(target_lines):
        raise FormatError(
            f"{source} has {len(source_lines)} lines but {target} has {len(target_lines)}; "
            "Moses files must be line-aligned"
        )
    units = []
    for number, (s, t) in enumerate(zip(source_lines, target_lines, strict=True), 1):
        if not s.strip() and not t.strip():
            continue
        units.append(
            ReadUnit(f"l{number}", (), (), LinkStatus.AUTOMATIC, None, s.strip(), t.strip())
        )
    return rebuild(units, source_lang, target_lang, str(source))


def _lines(path: str | Path) -> list[str]:
    """The lines of a Moses file: LF or CRLF ends a line; other breaks are spaces, characters
    XML forbids are dropped, the text is NFC (as for every plain text bitext reads)."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: cannot read as UTF-8: {exc}") from exc
    return split_lines(normalize_text(text).text)

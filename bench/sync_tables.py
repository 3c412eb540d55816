"""Copy a benchmark run's tables into the Markdown files that show them, row by row.

    python bench/align.py ... > run.txt
    python bench/sync_tables.py run.txt              # report only
    python bench/sync_tables.py run.txt --write      # update README.md and bench/RESULTS.md

A row of a file's table is the run's row with the same table header and the same first
cells: the first alone where it tells the run's rows apart (a speed table's label), else the
first two (the set and the system), else three. The
report lists, per file, the rows that change, and apart those whose change is more than a
time, speed or memory figure: when the aligner's output did not change, only those should
move, so anything else there is worth a look before writing. Rows the run does not have
(figures of another run, hand-made summary tables) are left as they are and counted. Figures
quoted in the prose around the tables are not touched: read the report and mend them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = (ROOT / "README.md", ROOT / "bench" / "RESULTS.md")
# Columns whose figures move from run to run even when the aligner's output does not.
TIMING_WORDS = ("second", "time", " ms", "ms ", "memory", "mb", "vs ", "peak", "fastest", "median")

Key = tuple[str, ...]


def tables(lines: list[str]) -> Iterator[tuple[int, int]]:
    """The (first, end) line indexes of each Markdown table: a header row, a rule, rows."""
    at = 0
    while at < len(lines) - 1:
        if lines[at].startswith("| ") and lines[at + 1].startswith("|--"):
            end = at + 2
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            yield at, end
            at = end
        else:
            at += 1


def cells(line: str) -> list[str]:
    """A table row's cells, stripped."""
    return [cell.strip() for cell in line.split("|")[1:-1]]


def _header(line: str) -> str:
    return "|".join(cells(line))


def run_rows(lines: list[str]) -> dict[Key, list[str]]:
    """The run's rows by their header and first one, two and three cells."""
    rows: dict[Key, list[str]] = {}
    for first, end in tables(lines):
        header = _header(lines[first])
        for line in lines[first + 2 : end]:
            row = cells(line)
            for width in (1, 2, 3):
                rows.setdefault((header, *row[:width]), []).append(line)
    return rows


def _match(rows: dict[Key, list[str]], header: str, row: list[str]) -> list[str]:
    """The run's rows a file's row stands for: by as few first cells as tell them apart,
    a second cell that is no figure (a system's name) the same too."""
    found: list[str] = []
    for width in (1, 2, 3):
        found = rows.get((header, *row[:width]), [])
        if len(found) <= 1:
            break
    return [line for line in found if _same_label(row, cells(line))]


def _same_label(row: list[str], other: list[str]) -> bool:
    """Whether two rows' first two cells agree, but for a second cell that is a figure."""
    return all(
        a == b or (k == 1 and _is_figure(a) and _is_figure(b))
        for k, (a, b) in enumerate(zip(row[:2], other[:2], strict=False))
    )


def _is_figure(cell: str) -> bool:
    """Whether a cell is a number (a time, a ratio, a share)."""
    try:
        float(cell.rstrip("x%").replace(",", ""))
    except ValueError:
        return False
    return True


def _timing_only(header: list[str], old: list[str], new: list[str]) -> bool:
    """Whether every cell that differs is under a time, speed or memory column."""
    return all(
        any(word in column.lower() for word in TIMING_WORDS)
        for column, a, b in zip(header, old, new, strict=False)
        if a != b
    )


def synced(lines: list[str], rows: dict[Key, list[str]]) -> tuple[list[str], list[str]]:
    """The file's lines with its rows taken from the run, and a report of what changes."""
    out, report = list(lines), []
    kept = 0
    for first, end in tables(lines):
        header_line = cells(lines[first])
        header = _header(lines[first])
        for at in range(first + 2, end):
            row = cells(lines[at])
            found = _match(rows, header, row)
            if len(found) != 1:
                kept += 1
                if len(found) > 1:
                    report.append(f"  line {at + 1}: {row[:3]} matches {len(found)} rows; kept")
                continue
            if found[0] != lines[at]:
                out[at] = found[0]
                kind = "time" if _timing_only(header_line, row, cells(found[0])) else "FIGURES"
                report.append(f"  line {at + 1} ({kind}): {' | '.join(row[:2])}")
    report.append(f"  {kept} rows the run does not have (kept)")
    return out, report


def main(argv: list[str] | None = None) -> int:
    """Report (and with --write, make) the changes the run brings to each file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run", type=Path, help="what a benchmark run printed")
    parser.add_argument("files", type=Path, nargs="*", help="Markdown files (default: both)")
    parser.add_argument("--write", action="store_true", help="write the changes")
    args = parser.parse_args(argv)
    rows = run_rows(args.run.read_text(encoding="utf-8").split("\n"))
    for path in args.files or FILES:
        lines = path.read_text(encoding="utf-8").split("\n")
        new, report = synced(lines, rows)
        print(f"{path.name}:", *report, sep="\n")
        if args.write and new != lines:
            path.write_text("\n".join(new), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

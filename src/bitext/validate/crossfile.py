"""Checks across files: an alignment against the documents it points at."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from bitext.model import Problem
from bitext.tei.xml import XML_ID, tei


@dataclass(frozen=True, slots=True)
class Bead:
    """One link or ptr as written: its id, line, type, crossing mark and pointers."""

    id: str
    line: int
    type: str
    crossing: bool
    pointers: tuple[tuple[str, str], ...]  # (file, id)


def beads(root: etree._Element) -> Iterator[Bead]:
    """The beads of an alignment element, as written."""
    group = root.find(f"{tei('standOff')}/{tei('linkGrp')}")
    if group is None:
        return
    for element in group:
        if element.tag not in (tei("link"), tei("ptr")):
            continue
        pointers = tuple(
            (p.partition("#")[0], p.partition("#")[2]) for p in element.get("target", "").split()
        )
        yield Bead(
            element.get(XML_ID, ""),
            element.sourceline or 0,
            element.get("type", ""),
            element.get("ana") == "#crossing",
            pointers,
        )


def sentence_order(document: etree._Element) -> dict[str, int]:
    """Position of every body sentence id in document order."""
    body = document.find(f"{tei('text')}/{tei('body')}")
    if body is None:
        return {}
    return {s.get(XML_ID, ""): n for n, s in enumerate(body.iter(tei("s")))}


def alignment_problems(
    root: etree._Element, path: str, documents: dict[str, dict[str, int]], complete: bool
) -> list[Problem]:
    """Check pointers, bead types, coverage and order against ``documents`` (file -> order)."""
    files = list(documents)
    problems: list[Problem] = []
    used: Counter[tuple[str, str]] = Counter()
    last = {name: -1 for name in files}
    for bead in beads(root):
        problems += _bead_problems(bead, path, documents)
        used.update(p for p in bead.pointers if p[0] in documents)
        problems += _order_problems(bead, path, documents, last)
    for (name, identifier), count in sorted(used.items()):
        if count > 1:
            problems.append(
                Problem(
                    path,
                    0,
                    "sentence-twice",
                    f"{name}#{identifier} is in {count} links; keep it in one",
                )
            )
    if complete:
        for name in files:
            for identifier in documents[name]:
                if (name, identifier) not in used:
                    problems.append(
                        Problem(
                            path,
                            0,
                            "sentence-unlinked",
                            f"{name}#{identifier} is in no link; link it (an omission is a 1-0 or "
                            "0-1 bead) or mark the alignment partial",
                        )
                    )
    return problems


def _bead_problems(bead: Bead, path: str, documents: dict[str, dict[str, int]]) -> list[Problem]:
    problems = []
    files = list(documents)
    for name, identifier in bead.pointers:
        if name not in documents:
            problems.append(
                Problem(
                    path,
                    bead.line,
                    "pointer-file",
                    f"link {bead.id}: {name}#{identifier} names neither {' nor '.join(files)}",
                )
            )
        elif identifier not in documents[name]:
            problems.append(
                Problem(
                    path,
                    bead.line,
                    "target-exists",
                    f"link {bead.id}: no body sentence {identifier!r} in {name}",
                )
            )
    counts = [sum(1 for n, _ in bead.pointers if n == name) for name in files]
    expected = "-".join(str(c) for c in counts)
    if len(files) == 2 and bead.type != expected:
        problems.append(
            Problem(
                path,
                bead.line,
                "bead-type",
                f"link {bead.id} has type {bead.type!r} but points at {expected} "
                "sentences; correct @type",
            )
        )
    return problems


def _order_problems(
    bead: Bead, path: str, documents: dict[str, dict[str, int]], last: dict[str, int]
) -> list[Problem]:
    problems = []
    for name, order in documents.items():
        positions = sorted(order[i] for n, i in bead.pointers if n == name and i in order)
        if not positions:
            continue
        if positions[0] <= last[name] and not bead.crossing:
            problems.append(
                Problem(
                    path,
                    bead.line,
                    "link-order",
                    f"link {bead.id} goes back in {name} (crosses an earlier "
                    'link); reorder the links or mark it ana="#crossing"',
                )
            )
        last[name] = max(last[name], positions[-1])
    return problems


def resolve(alignment_path: Path, target: str) -> Path:
    """The path of a document an alignment names, relative to the alignment file."""
    return (alignment_path.parent / target).resolve()

"""Checks across files: an alignment against the documents it points at."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from bitext.model import Problem, text_digest
from bitext.tei.links import RawBead, attribute_errors, parse_bead
from bitext.tei.xml import XML_ID, sentence_text, tei


def beads(root: etree._Element) -> Iterator[RawBead]:
    """The beads of an alignment element, as written."""
    group = root.find(f"{tei('standOff')}/{tei('linkGrp')}")
    if group is None:
        return
    for element in group:
        if element.tag in (tei("link"), tei("ptr")):
            yield parse_bead(dict(element.attrib), element.sourceline or 0)


def _aligned_sentences(document: etree._Element) -> list[etree._Element]:
    """The sentences that align: those of the front matter and of the body, in order."""
    return [
        s
        for part in ("front", "body")
        for container in document.iterfind(f"{tei('text')}/{tei(part)}")
        for s in container.iter(tei("s"))
    ]


def sentence_texts(document: etree._Element) -> dict[str, str]:
    """The text of every sentence id that aligns (front matter and body)."""
    return {s.get(XML_ID, ""): sentence_text(s) for s in _aligned_sentences(document)}


def digest_problems(
    parsed: Iterable[RawBead], path: str, texts: dict[str, dict[str, str]]
) -> list[Problem]:
    """Manual links (of the beads ``parsed`` by :func:`beads`) whose sentences are no longer
    the text a person checked (their @n digest differs from the documents' text now)."""
    files = list(texts)
    if len(files) != 2:
        return []
    problems = []
    for bead in parsed:
        if not bead.digest:
            continue
        sides = [
            [texts[name].get(identifier, "") for n, identifier in bead.pointers if n == name]
            for name in files
        ]
        if text_digest(sides[0], sides[1]) != bead.digest:
            problems.append(
                Problem(
                    path,
                    bead.line,
                    "link-text-changed",
                    f"link {bead.id}: its sentences are not the text that was checked by hand "
                    "(a document changed since); re-check the link, or run bitext align --keep "
                    "to find moved sentences again",
                )
            )
    return problems


def sentence_order(document: etree._Element) -> dict[str, int]:
    """Position of every sentence id that aligns (front matter and body) in document order."""
    return {s.get(XML_ID, ""): n for n, s in enumerate(_aligned_sentences(document))}


@dataclass(frozen=True, slots=True)
class SentencePlaces:
    """Where a document's aligned sentences are: its path and the line of each sentence id."""

    path: str
    lines: dict[str, int]


def sentence_lines(document: etree._Element) -> dict[str, int]:
    """The line of every sentence id that aligns (front matter and body)."""
    return {s.get(XML_ID, ""): s.sourceline or 0 for s in _aligned_sentences(document)}


def alignment_problems(
    parsed: Iterable[RawBead],
    path: str,
    documents: dict[str, dict[str, int]],
    complete: bool,
    places: dict[str, SentencePlaces] | None = None,
) -> list[Problem]:
    """Check the beads ``parsed`` by :func:`beads` (pointers, bead types, statuses, coverage
    and order) against ``documents`` (file -> order); an unlinked sentence is reported at
    its line in ``places``."""
    files = list(documents)
    problems: list[Problem] = []
    used: Counter[tuple[str, str]] = Counter()
    last = {name: -1 for name in files}
    for bead in parsed:
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
            where = (places or {}).get(name)
            for identifier in documents[name]:
                if (name, identifier) not in used:
                    problems.append(
                        Problem(
                            where.path if where else path,
                            where.lines.get(identifier, 0) if where else 0,
                            "sentence-unlinked",
                            f"{name}#{identifier} is in no link; link it (an omission is a 1-0 or "
                            "0-1 bead) or mark the alignment partial",
                        )
                    )
    return problems


def _bead_problems(bead: RawBead, path: str, documents: dict[str, dict[str, int]]) -> list[Problem]:
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
                    f"link {bead.id}: no front or body sentence {identifier!r} in {name}",
                )
            )
    problems += _attribute_problems(bead, path)
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


def _attribute_problems(bead: RawBead, path: str) -> list[Problem]:
    """A status, confidence or pointer that the readers would refuse."""
    return [Problem(path, bead.line, "link-attributes", e) for e in attribute_errors(bead)]


def _order_problems(
    bead: RawBead, path: str, documents: dict[str, dict[str, int]], last: dict[str, int]
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

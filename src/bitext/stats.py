"""Counting what a document or an alignment holds (for ``bitext info``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bitext.model import (
    REVIEW_BELOW,
    Alignment,
    Division,
    Document,
    LinkStatus,
    needs_review,
    review_bar,
)


@dataclass(frozen=True, slots=True)
class PartCounts:
    """Counts for one part of a document (front, body or back)."""

    divisions: int
    headings: int
    paragraphs: int
    sentences: int
    characters: int


@dataclass(frozen=True, slots=True)
class DocumentStats:
    """Counts for each part of a document."""

    front: PartCounts
    body: PartCounts
    back: PartCounts


@dataclass(frozen=True, slots=True)
class AlignmentStats:
    """Counts of an alignment's links by bead type and by status, and of the notes a
    translation tool kept (by kind, on how many links, and about the whole file); then how
    many links the exports mark for review at ``review_below`` (the ones to check first:
    automatic links scored below it or not scored)."""

    links: int
    by_type: tuple[tuple[str, int], ...]
    manual: int
    source_sentences: int
    target_sentences: int
    notes_by_kind: tuple[tuple[str, int], ...] = ()
    noted_links: int = 0
    file_notes: int = 0
    review_below: float = REVIEW_BELOW
    to_review: int = 0


def _count(divisions: tuple[Division, ...]) -> PartCounts:
    blocks = [b for d in divisions for b in d.blocks()]
    sentences = [s for b in blocks for s in b.sentences]
    return PartCounts(
        divisions=len(divisions),
        headings=sum(d.head is not None for d in divisions),
        paragraphs=sum(len(d.paragraphs) for d in divisions),
        sentences=len(sentences),
        characters=sum(len(s.text) for s in sentences),
    )


def document_stats(document: Document) -> DocumentStats:
    """Count divisions, headings, paragraphs, sentences and characters of each part.

    >>> from bitext.model import Header
    >>> document_stats(Document("en", Header("T"), ())).body.sentences
    0
    """
    return DocumentStats(_count(document.front), _count(document.body), _count(document.back))


def alignment_stats(alignment: Alignment, review_below: float | None = None) -> AlignmentStats:
    """Count links by bead type (most frequent first) and by status, and the links marked
    for review at ``review_below`` (:func:`~bitext.model.needs_review`)."""
    types = Counter(link.type for link in alignment.links)
    kinds = Counter(note.kind.value for link in alignment.links for note in link.notes)
    return AlignmentStats(
        links=len(alignment.links),
        by_type=_most_first(types),
        manual=sum(link.status is LinkStatus.MANUAL for link in alignment.links),
        source_sentences=sum(len(link.source) for link in alignment.links),
        target_sentences=sum(len(link.target) for link in alignment.links),
        notes_by_kind=_most_first(kinds),
        noted_links=sum(bool(link.notes) for link in alignment.links),
        file_notes=len(alignment.file_notes),
        review_below=review_bar(review_below),
        to_review=sum(
            needs_review(link.status, link.score, review_below) for link in alignment.links
        ),
    )


def _most_first(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def describe(item: Document | Alignment, review_below: float | None = None) -> list[str]:
    """Lines describing a document (header, counts per part) or an alignment (links; those
    to review first counted at ``review_below``, default :data:`~bitext.model.REVIEW_BELOW`)."""
    if isinstance(item, Document):
        return _document_lines(item)
    return _alignment_lines(item, review_below)


def _document_lines(document: Document) -> list[str]:
    header = document.header
    lines = [f"kind:        TEI document, language {document.lang}", f"title:       {header.title}"]
    lines += [
        f"author:      {a.name}" + (f" ({a.affiliation})" if a.affiliation else "")
        for a in header.authors
    ]
    lines += [f"{r.role}: {r.name}" for r in header.responsibilities]
    if header.date:
        lines.append(f"date:        {header.date}")
    lines += [f"{i.type}:{' ' * max(1, 12 - len(i.type))}{i.value}" for i in header.identifiers]
    lines += [
        f"related:     {r.relation} ({r.lang}) {r.title} {r.target}".rstrip()
        for r in header.related
    ]
    if header.licence is not None:
        lines.append(f"licence:     {header.licence.status}: {header.licence.text}")
    stats = document_stats(document)
    lines.append(
        f"{'part':6} {'divisions':>9} {'headings':>8} {'paragraphs':>10} "
        f"{'sentences':>9} {'characters':>10}"
    )
    lines += [
        _counts_row(name, counts)
        for name, counts in (("front", stats.front), ("body", stats.body), ("back", stats.back))
    ]
    return lines


def _counts_row(name: str, c: PartCounts) -> str:
    return (
        f"{name:6} {c.divisions:>9} {c.headings:>8} {c.paragraphs:>10} {c.sentences:>9} "
        f"{c.characters:>10}"
    )


def _alignment_lines(alignment: Alignment, review_below: float | None) -> list[str]:
    stats = alignment_stats(alignment, review_below)
    lines = [
        f"kind:        TEI alignment, {alignment.source_lang}-{alignment.target_lang}",
        f"source:      {alignment.source_doc} ({stats.source_sentences} sentences linked)",
        f"target:      {alignment.target_doc} ({stats.target_sentences} sentences linked)",
        f"links:       {stats.links} ({stats.manual} manual)",
        "by type:     " + ", ".join(f"{t}: {n}" for t, n in stats.by_type),
        f"to review:   {stats.to_review} automatic links scored below {stats.review_below:g} "
        "or not scored",
    ]
    if stats.noted_links or stats.file_notes:  # from a translation tool's file
        lines.append(
            f"notes:       {sum(n for _, n in stats.notes_by_kind)} on {stats.noted_links} "
            f"links ({', '.join(f'{k}: {n}' for k, n in stats.notes_by_kind) or 'none'}), "
            f"{stats.file_notes} about the file"
        )
    return lines

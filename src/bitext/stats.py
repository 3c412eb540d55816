"""Counting what a document or an alignment holds (for ``bitext info``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bitext.model import Alignment, Division, Document, LinkStatus


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
    """Counts of an alignment's links by bead type and by status."""

    links: int
    by_type: tuple[tuple[str, int], ...]
    manual: int
    source_sentences: int
    target_sentences: int


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


def alignment_stats(alignment: Alignment) -> AlignmentStats:
    """Count links by bead type (most frequent first) and by status."""
    types = Counter(link.type for link in alignment.links)
    return AlignmentStats(
        links=len(alignment.links),
        by_type=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        manual=sum(link.status is LinkStatus.MANUAL for link in alignment.links),
        source_sentences=sum(len(link.source) for link in alignment.links),
        target_sentences=sum(len(link.target) for link in alignment.links),
    )

"""Aligning two :class:`~bitext.model.Document` values into an :class:`~bitext.model.Alignment`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bitext._version import __version__
from bitext.align.aligner import align_batch, with_joins
from bitext.align.costs import AlignOptions, Bead, Pair, Progress
from bitext.align.kept import notes_to_carry, refreshed_keep, with_carried_notes
from bitext.align.lexicon import Lexicon
from bitext.align.scoring import Scorer
from bitext.errors import AlignmentError
from bitext.model import Alignment, Document, Link, LinkStatus


@dataclass(frozen=True, slots=True)
class DocumentPair:
    """Two documents to align, how the alignment file will point at them, and an existing
    alignment whose manual links must be kept."""

    source: Document
    target: Document
    source_ref: str = "source.xml"
    target_ref: str = "target.xml"
    keep: Alignment | None = None


def align(
    source: Document,
    target: Document,
    *,
    source_ref: str = "source.xml",
    target_ref: str = "target.xml",
    keep: Alignment | None = None,
    scorers: Sequence[Scorer] | None = None,
    lexicon: Lexicon | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> Alignment:
    """Align the sentences of two documents: front matter (title, byline) and body.

    Manual links of ``keep`` are kept unchanged (ids, status, score) and only the gaps
    between them are aligned. ``source_ref``/``target_ref`` are how the alignment file points
    at the documents (relative to it).
    """
    pair = DocumentPair(source, target, source_ref, target_ref, keep)
    options = options or AlignOptions()
    return align_documents(
        [pair], scorers=scorers, lexicon=lexicon, options=options, progress=progress
    )[0]


def align_documents(
    pairs: Sequence[DocumentPair],
    *,
    scorers: Sequence[Scorer] | None = None,
    lexicon: Lexicon | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> list[Alignment]:
    """Align many document pairs of one language pair at once (see ``align_batch``)."""
    if not pairs:
        return []
    options = options or AlignOptions()
    langs = {(p.source.lang, p.target.lang) for p in pairs}
    if len(langs) != 1:
        raise AlignmentError(f"a batch must share one language pair, got {sorted(langs)}")
    source_lang, target_lang = langs.pop()
    pairs = [
        replace(p, keep=refreshed_keep(p.keep, p.source, p.target)) if p.keep else p for p in pairs
    ]
    inputs = [pair_input(p) for p in pairs]
    results = align_batch(
        inputs,
        source_lang,
        target_lang,
        scorers=scorers,
        lexicon=lexicon,
        options=options,
        progress=progress,
    )
    signature = alignment_signature(scorers, options)
    return [
        alignment_from_beads(p, beads, signature) for p, beads in zip(pairs, results, strict=True)
    ]


def pair_input(pair: DocumentPair) -> Pair:
    """What the aligner needs of a document pair: sentence texts, locked manual links (checked
    against the text now by :func:`~bitext.align.kept.refreshed_keep`), paragraph numbers,
    and the breaks between sentences that the segmenter reads as no sentence end."""
    source = list(pair.source.sentences())
    target = list(pair.target.sentences())
    source_at = {s.id: n for n, s in enumerate(source)}
    target_at = {s.id: n for n, s in enumerate(target)}
    locked: list[Bead] = []
    keep = refreshed_keep(pair.keep, pair.source, pair.target) if pair.keep else None
    for link in keep.links if keep else ():
        if link.status is not LinkStatus.MANUAL:
            continue
        locked.append(
            Bead(
                tuple(source_at[i] for i in link.source),
                tuple(target_at[i] for i in link.target),
                link.score,
                True,
            )
        )
    return with_joins(
        Pair(
            [s.text for s in source],
            [s.text for s in target],
            locked,
            _blocks(pair.source),
            _blocks(pair.target),
        ),
        pair.source.lang,
        pair.target.lang,
    )


def _blocks(document: Document) -> list[int]:
    return [
        number for number, block in enumerate(document.aligned_blocks()) for _ in block.sentences
    ]


def alignment_from_beads(pair: DocumentPair, beads: Sequence[Bead], signature: str) -> Alignment:
    """The alignment the beads make between the pair's documents (manual links kept; the
    notes of the automatic links they replace carried by the links that now hold their
    first sentences)."""
    source = [s.id for s in pair.source.sentences()]
    target = [s.id for s in pair.target.sentences()]
    kept = {
        (link.source, link.target): link
        for link in (pair.keep.links if pair.keep else ())
        if link.status is LinkStatus.MANUAL
    }
    used = {link.id for link in kept.values()}
    carried = notes_to_carry(pair.keep) if pair.keep else {}
    links: list[Link] = []
    counter = 0
    for bead in beads:
        ids = (tuple(source[i] for i in bead.source), tuple(target[j] for j in bead.target))
        if bead.manual and ids in kept:
            links.append(with_carried_notes(kept[ids], carried))
            continue
        counter += 1
        while f"a{counter}" in used:
            counter += 1
        link = Link(f"a{counter}", ids[0], ids[1], LinkStatus.AUTOMATIC, bead.score)
        links.append(with_carried_notes(link, carried))
    return Alignment(
        pair.source_ref,
        pair.target_ref,
        pair.source.lang,
        pair.target.lang,
        tuple(links),
        signature=signature,
        file_notes=pair.keep.file_notes if pair.keep else (),
    )


def alignment_signature(scorers: Sequence[Scorer] | None, options: AlignOptions) -> str:
    """How an alignment was made: bitext's version, the scorers and every option."""
    names = ",".join(s.name for s in scorers) if scorers else "overlap(bundled lexicon)"
    settings = ",".join(f"{k}={getattr(options, k)}" for k in options.__dataclass_fields__)
    return f"bitext {__version__} align; scorers={names}; {settings}"

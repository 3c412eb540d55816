"""Manual links kept across a re-alignment, tied to their text.

A manual link records the digest of the sentences a person checked (``Link.digest``). When
the documents change (a sentence inserted, a paragraph re-split), its sentence ids may point
at other text: the link is then found again by the digests of its two sides, in the new
documents; where that is not possible, bitext refuses rather than keep a stale link.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from bitext.errors import AlignmentError
from bitext.model import (
    Alignment,
    Document,
    Link,
    LinkNote,
    LinkStatus,
    side_digest,
    text_digest,
)


def refreshed_keep(keep: Alignment, source: Document, target: Document) -> Alignment:
    """``keep`` with each manual link checked against the documents' text now: unchanged
    when its text is what was checked, moved to where its sentences are now when they
    moved, and an AlignmentError naming the link when they cannot be found once."""
    finder = _Finder(source, target)
    links = tuple(
        finder.refresh(link) if link.status is LinkStatus.MANUAL else link for link in keep.links
    )
    return replace(keep, links=links)


class _Finder:
    """Finds runs of sentences by the digest of their texts, one run length at a time."""

    def __init__(self, source: Document, target: Document) -> None:
        self.source = [(s.id, s.text) for s in source.sentences()]
        self.target = [(s.id, s.text) for s in target.sentences()]
        self.source_text = dict(self.source)
        self.target_text = dict(self.target)
        self._windows: dict[tuple[str, int], dict[str, list[int]]] = {}

    def refresh(self, link: Link) -> Link:
        """The link, checked against the text now (see :func:`refreshed_keep`)."""
        known = all(i in self.source_text for i in link.source) and all(
            i in self.target_text for i in link.target
        )
        if known and (not link.digest or self._digest(link) == link.digest):
            return link
        if not link.digest:
            missing = [i for i in link.source if i not in self.source_text]
            missing += [i for i in link.target if i not in self.target_text]
            raise AlignmentError(
                f"manual link {link.id} points at {missing[0]!r}, which is not a sentence of "
                "the documents (and records no text to find it by); fix the link or the documents"
            )
        return self._moved(link)

    def _digest(self, link: Link) -> str:
        return text_digest(
            [self.source_text[i] for i in link.source], [self.target_text[i] for i in link.target]
        )

    def _moved(self, link: Link) -> Link:
        source_digest, _, target_digest = link.digest.partition(":")
        sources = self._find("source", len(link.source), source_digest)
        targets = self._find("target", len(link.target), target_digest)
        if len(sources) == 1 and len(targets) == 1:
            return replace(link, source=sources[0], target=targets[0])
        side, found = ("source", sources) if len(sources) != 1 else ("target", targets)
        how = "no longer in" if not found else f"found {len(found)} times in"
        raise AlignmentError(
            f"manual link {link.id}: its {side} text, checked by hand, is {how} the {side} "
            "document; re-check the link (bitext review) or drop it from the kept alignment"
        )

    def _find(self, side: str, size: int, digest: str) -> list[tuple[str, ...]]:
        if size == 0:
            return [()] if digest == side_digest([]) else []
        sentences = self.source if side == "source" else self.target
        windows = self._windows.get((side, size))
        if windows is None:
            windows = self._windows[(side, size)] = _windows(sentences, size)
        return [tuple(i for i, _ in sentences[k : k + size]) for k in windows.get(digest, [])]


def _windows(sentences: Sequence[tuple[str, str]], size: int) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for start in range(len(sentences) - size + 1):
        found[side_digest([text for _, text in sentences[start : start + size]])].append(start)
    return found


def checked(link: Link, source: Document, target: Document) -> Link:
    """``link`` as a person confirmed it: manual, with the digest of its text now."""
    source_text = {s.id: s.text for s in source.sentences()}
    target_text = {s.id: s.text for s in target.sentences()}
    digest = text_digest(
        [source_text[i] for i in link.source], [target_text[i] for i in link.target]
    )
    return replace(link, status=LinkStatus.MANUAL, digest=digest)


# A sentence that anchors notes: its side ("source" or "target") and id.
Anchor = tuple[str, str]


def notes_to_carry(keep: Alignment) -> dict[Anchor, tuple[LinkNote, ...]]:
    """The notes of ``keep``'s automatic links (a re-alignment replaces those links), each
    link's by the first sentence of its source (else of its target): the link a
    re-alignment puts that sentence in carries them, so none is lost."""
    carried: dict[Anchor, tuple[LinkNote, ...]] = {}
    for link in keep.links:
        if link.notes and link.status is LinkStatus.AUTOMATIC:
            anchor = ("source", link.source[0]) if link.source else ("target", link.target[0])
            carried[anchor] = carried.get(anchor, ()) + link.notes
    return carried


def with_carried_notes(link: Link, carried: dict[Anchor, tuple[LinkNote, ...]]) -> Link:
    """``link`` with the notes ``carried`` holds for its sentences (taken out of it)."""
    if not carried:
        return link
    found: tuple[LinkNote, ...] = ()
    for anchor in [("source", i) for i in link.source] + [("target", i) for i in link.target]:
        found += carried.pop(anchor, ())
    return replace(link, notes=link.notes + found) if found else link

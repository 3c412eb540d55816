"""Edits a reviewer makes to an alignment, as pure functions from one alignment to the next.

Links stay in document order. Every link an edit makes or changes is manual (a person made
it) and records the digest of its text; the others are untouched. An edit that cannot be
made raises :class:`~bitext.errors.AlignmentError` with the reason.

- :func:`merge`: a link and the next one become one.
- :func:`split`: a link's first sentence on each side becomes a link of its own, the rest
  another.
- :func:`shift`: a sentence at the edge of its link moves into the previous (``up``) or next
  (``down``) link on its side.
- :func:`confirm`: a link is checked as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bitext.align.kept import checked
from bitext.errors import AlignmentError
from bitext.model import Alignment, Document, Link


@dataclass(frozen=True, slots=True)
class Pair:
    """The two documents an alignment joins (for the text a manual link records)."""

    source: Document
    target: Document


def merge(alignment: Alignment, pair: Pair, link_id: str) -> Alignment:
    """Merge link ``link_id`` with the link after it."""
    links = list(alignment.links)
    at = _index(links, link_id)
    if at + 1 >= len(links):
        raise AlignmentError(f"link {link_id} is the last one: there is no next link to merge")
    first, second = links[at], links[at + 1]
    merged = Link(
        first.id,
        first.source + second.source,
        first.target + second.target,
        notes=first.notes + second.notes,  # what a tool kept about either
    )
    links[at : at + 2] = [checked(merged, pair.source, pair.target)]
    return replace(alignment, links=tuple(links))


def split(alignment: Alignment, pair: Pair, link_id: str) -> Alignment:
    """Split link ``link_id``: its first sentence on each side (which keeps the link's id and
    notes), and the rest."""
    links = list(alignment.links)
    at = _index(links, link_id)
    link = links[at]
    if len(link.source) + len(link.target) < 2:
        raise AlignmentError(f"link {link_id} holds one sentence: there is nothing to split")
    if len(link.source) <= 1 and len(link.target) <= 1:
        head = Link(link.id, link.source, (), notes=link.notes)
        tail = Link(_new_id(links, link.id), (), link.target)
    else:
        head = Link(link.id, link.source[:1], link.target[:1], notes=link.notes)
        tail = Link(_new_id(links, link.id), link.source[1:], link.target[1:])
    links[at : at + 1] = [checked(head, pair.source, pair.target)] + (
        [checked(tail, pair.source, pair.target)] if tail.source or tail.target else []
    )
    return replace(alignment, links=tuple(links))


def shift(alignment: Alignment, pair: Pair, sentence_id: str, direction: str) -> Alignment:
    """Move sentence ``sentence_id`` into the previous (``up``) or next (``down``) link; it
    must be the first (up) or last (down) sentence of its link on its side."""
    if direction not in ("up", "down"):
        raise AlignmentError(f"shift {direction!r}: say up or down")
    links = list(alignment.links)
    at, side = _holder(links, sentence_id)
    link = links[at]
    own = link.source if side == "source" else link.target
    edge = own[0] if direction == "up" else own[-1]
    if sentence_id != edge:
        where = "first" if direction == "up" else "last"
        raise AlignmentError(
            f"{sentence_id} is not the {where} sentence of link {link.id}: only a sentence at "
            "the edge of its link can move to the neighbouring link"
        )
    other = at - 1 if direction == "up" else at + 1
    if not 0 <= other < len(links):
        neighbour = "previous" if direction == "up" else "next"
        raise AlignmentError(f"link {link.id} has no {neighbour} link")
    receiver = links[other]
    theirs = receiver.source if side == "source" else receiver.target
    theirs = (*theirs, sentence_id) if direction == "up" else (sentence_id, *theirs)
    links[at] = _with_side(link, side, tuple(i for i in own if i != sentence_id))
    links[other] = _with_side(receiver, side, theirs)
    edited = []
    for k, item in enumerate(links):
        if k in (at, other):
            if not (item.source or item.target):
                continue  # the link gave away its last sentence
            item = checked(item, pair.source, pair.target)
        edited.append(item)
    return replace(alignment, links=tuple(edited))


def confirm(alignment: Alignment, pair: Pair, link_id: str) -> Alignment:
    """Mark link ``link_id`` as checked by a person, as it is."""
    links = list(alignment.links)
    at = _index(links, link_id)
    links[at] = checked(links[at], pair.source, pair.target)
    return replace(alignment, links=tuple(links))


def _index(links: list[Link], link_id: str) -> int:
    for at, link in enumerate(links):
        if link.id == link_id:
            return at
    raise AlignmentError(f"no link {link_id!r} in the alignment")


def _holder(links: list[Link], sentence_id: str) -> tuple[int, str]:
    for at, link in enumerate(links):
        if sentence_id in link.source:
            return at, "source"
        if sentence_id in link.target:
            return at, "target"
    raise AlignmentError(f"no link holds sentence {sentence_id!r}")


def _with_side(link: Link, side: str, ids: tuple[str, ...]) -> Link:
    return replace(link, source=ids) if side == "source" else replace(link, target=ids)


def _new_id(links: list[Link], base: str) -> str:
    used = {link.id for link in links}
    number = 1
    while f"{base}.{number}" in used:
        number += 1
    return f"{base}.{number}"

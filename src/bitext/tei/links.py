"""The one reading of an alignment bead (``link`` or ``ptr``) from its attributes.

The whole-file reader, the streaming reader and the validator all start here, so they agree
on what a bead says: :func:`parse_bead` reads the attributes as written (for the validator,
which reports what is wrong with them), :func:`bead_to_link` turns a bead into a
:class:`~bitext.model.Link` of a known pair of documents, or raises a one-line
:class:`~bitext.errors.ParseError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bitext.errors import InvalidTextError, ParseError
from bitext.model import Link, LinkStatus
from bitext.tei.xml import XML_ID

STATUSES = tuple(status.value for status in LinkStatus)
# A bead's @n holds the digest of the text a person checked: n="text:SOURCE:TARGET".
DIGEST_PREFIX = "text:"


@dataclass(frozen=True, slots=True)
class RawBead:
    """A bead as written: id, line, type, status and cert as given, crossing mark, pointers."""

    id: str
    line: int
    type: str
    status: str
    cert: str
    crossing: bool
    pointers: tuple[tuple[str, str], ...]  # (file, sentence id)
    digest: str = ""  # text_digest of the checked sentences, from n="text:..."


def parse_bead(attributes: Mapping[str, str], line: int) -> RawBead:
    """Read a ``link``/``ptr`` element's attributes (lxml's or ElementTree's ``attrib``)."""
    pointers = tuple(
        (pointer.partition("#")[0], pointer.partition("#")[2])
        for pointer in attributes.get("target", "").split()
    )
    return RawBead(
        id=attributes.get(XML_ID, ""),
        line=line,
        type=attributes.get("type", ""),
        status=attributes.get("subtype", LinkStatus.AUTOMATIC.value),
        cert=attributes.get("cert", ""),
        crossing=attributes.get("ana") == "#crossing",
        pointers=pointers,
        digest=_digest(attributes.get("n", "")),
    )


def _digest(n: str) -> str:
    return n.removeprefix(DIGEST_PREFIX) if n.startswith(DIGEST_PREFIX) else ""


def attribute_errors(bead: RawBead) -> list[str]:
    """What is wrong with a bead's status, confidence or pointer syntax (empty if nothing)."""
    errors = []
    if bead.status not in STATUSES:
        errors.append(
            f"link {bead.id!r}: subtype {bead.status!r} is not one of {', '.join(STATUSES)}"
        )
    if bead.cert and _cert(bead.cert) is None:
        errors.append(f"link {bead.id!r}: cert {bead.cert!r} is not a number from 0 to 1")
    errors += [
        f"link {bead.id!r}: pointer {document!r} has no #id; write FILE#ID"
        for document, identifier in bead.pointers
        if not identifier
    ]
    if not bead.pointers:
        errors.append(f"link {bead.id!r} points at nothing; give @target FILE#ID ...")
    return errors


def bead_to_link(bead: RawBead, source_doc: str, target_doc: str, path: str | Path) -> Link:
    """The link a bead makes between ``source_doc`` and ``target_doc``; ParseError if its
    pointers, status or confidence cannot be read."""
    errors = attribute_errors(bead)
    if errors:
        raise ParseError(errors[0], path, bead.line)
    source: list[str] = []
    target: list[str] = []
    for document, identifier in bead.pointers:
        if document == source_doc:
            source.append(identifier)
        elif document == target_doc:
            target.append(identifier)
        else:
            raise ParseError(
                f"link {bead.id!r}: pointer {document}#{identifier} names neither {source_doc} "
                f"nor {target_doc}; point into the alignment's two documents",
                path,
                bead.line,
            )
    try:
        return Link(
            bead.id,
            tuple(source),
            tuple(target),
            LinkStatus(bead.status),
            _cert(bead.cert),
            bead.crossing,
            bead.digest,
        )
    except InvalidTextError as exc:
        raise ParseError(f"bad link: {exc}", path, bead.line) from None


def _cert(text: str) -> float | None:
    """The confidence written in @cert, or None if it is absent or not a number in 0..1."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None

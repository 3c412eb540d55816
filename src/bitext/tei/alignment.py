"""Reading and writing alignments as TEI standoff links.

The encoding (also stated in each file's ``encodingDesc``): a ``standOff`` holds one
``linkGrp type="alignment"`` whose ``@domains`` point at the two texts, source first. Each bead
with sentences on both sides is a ``link``; a bead with one empty side (1-0, 0-1) is a ``ptr``,
since a TEI ``link`` needs two pointers or more. Every pointer is ``FILE#ID``, and the file
tells the side. ``@type`` is the bead type (``2-1``), ``@subtype`` the status (``manual`` or
``automatic``), ``@cert`` the aligner's probability that the bead is right (0..1) and
``@ana="#crossing"`` marks a bead out of document order on purpose. ``linkGrp/@subtype`` is
``complete`` (every sentence in exactly one bead) or ``partial``. What a translation tool kept
about a unit (notes, properties, a context) goes before the links, in a ``listAnnotation``
(:mod:`bitext.tei.notes`).
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

from bitext._fileio import atomic_output
from bitext.errors import ParseError
from bitext.model import Alignment, Document, Link
from bitext.tei.alignwriter import ENCODING_NOTE, alignment_to_element, write_alignment_to
from bitext.tei.links import bead_to_link, parse_bead
from bitext.tei.notes import read_link_notes, with_notes
from bitext.tei.reader import checked_root, document_from_element, header_from_element, require
from bitext.tei.xml import is_alignment, read_xml, tei

__all__ = [
    "ENCODING_NOTE",
    "alignment_from_element",
    "alignment_to_bytes",
    "alignment_to_element",
    "read_alignment",
    "read_tei",
    "write_alignment",
    "write_alignment_to",
]


def alignment_to_bytes(alignment: Alignment) -> bytes:
    """Serialize ``alignment`` as a TEI file (deterministic UTF-8 bytes)."""
    buffer = io.BytesIO()
    write_alignment_to(alignment, buffer)
    return buffer.getvalue()


def write_alignment(alignment: Alignment, path: str | Path) -> None:
    """Write ``alignment`` as TEI to ``path`` atomically, its links as they come
    (:mod:`bitext.tei.alignwriter`)."""
    with atomic_output(path) as stream:
        write_alignment_to(alignment, stream)


def read_alignment(path: str | Path) -> Alignment:
    """Read the TEI alignment at ``path`` (raises ParseError with file and line)."""
    return alignment_from_element(checked_root(read_xml(path), path), path)


def read_tei(path: str | Path) -> Document | Alignment:
    """Read a TEI file that is either a document or an alignment (a ``standOff`` and no
    ``text``)."""
    root = checked_root(read_xml(path), path)
    if is_alignment(root):
        return alignment_from_element(root, path)
    return document_from_element(root, path)


def alignment_from_element(root: etree._Element, path: str | Path) -> Alignment:
    """Build an Alignment from a parsed, checked ``<TEI>`` alignment element."""
    tei_header = require(root, "teiHeader", path)
    header = header_from_element(tei_header, path)
    stand_off = root.find(tei("standOff"))
    group = stand_off.find(tei("linkGrp")) if stand_off is not None else None
    if stand_off is None or group is None:
        raise ParseError("<standOff> has no <linkGrp>; add the alignment links", path)
    domains = group.get("domains", "").split()
    if len(domains) != 2 or any("#" not in d for d in domains):
        raise ParseError(
            "<linkGrp> needs @domains with two pointers FILE#ID (source body, target body)",
            path,
            group.sourceline,
        )
    source_doc, target_doc = (d.split("#", 1)[0] for d in domains)
    langs = [lang.get("ident", "") for lang in tei_header.iter(tei("language"))]
    if len(langs) != 2:
        raise ParseError("the header's langUsage must name two languages", path)
    desc = tei_header.find(f".//{tei('application')}/{tei('desc')}")
    notes = read_link_notes(stand_off, path)
    links = tuple(
        with_notes(_link(e, source_doc, target_doc, path), notes) for e in group if _is_bead(e)
    )
    return Alignment(
        source_doc,
        target_doc,
        langs[0],
        langs[1],
        links,
        signature=desc.text or "" if desc is not None else "",
        notes=header.notes,
        complete=group.get("subtype", "complete") != "partial",
        licence=header.licence,
        file_notes=notes.get("", ()),
    )


def _is_bead(element: etree._Element) -> bool:
    return element.tag in (tei("link"), tei("ptr"))


def _link(element: etree._Element, source_doc: str, target_doc: str, path: str | Path) -> Link:
    bead = parse_bead(dict(element.attrib), element.sourceline or 0)
    return bead_to_link(bead, source_doc, target_doc, path)

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

from pathlib import Path

from lxml import etree

from bitext._version import __version__
from bitext.errors import ParseError
from bitext.model import Alignment, Document, Header, Link
from bitext.tei.links import DIGEST_PREFIX, bead_to_link, parse_bead
from bitext.tei.notes import read_link_notes, with_notes, write_link_notes
from bitext.tei.reader import checked_root, document_from_element, header_from_element, require
from bitext.tei.writer import write_header
from bitext.tei.xml import TEI_NS, is_alignment, read_xml, serialize, sub, tei, write_xml

ENCODING_NOTE = (
    "Standoff alignment: one linkGrp of type 'alignment' whose domains point at the source and "
    "target texts; the sentences of the front matter (title, byline) and of the body align, "
    "those of the back matter never do. A bead with sentences on both sides is a link; a bead "
    "with an empty side (1-0 or 0-1) is a ptr. Each pointer is FILE#ID and its file gives its "
    "side. @type is the bead type (source count-target count), @subtype the status (manual: "
    "made or checked by a person; automatic: found by the aligner), @cert the aligner's "
    "probability (0 to 1) that the bead is right, its posterior over all alignments of the "
    "pair, @ana='#crossing' a bead out of document order on purpose. "
    "@n='text:SOURCE:TARGET' on a manual bead records a digest (SHA-256, 12 hex digits a side) "
    "of the sentences a person checked, so that a later change of the text is found. "
    "linkGrp/@subtype is 'complete' (every front and body sentence of both documents in exactly"
    " one bead) or 'partial' (in at most one). A listAnnotation of type 'link-notes' before the"
    " links holds what a translation tool kept about a unit: each note points at its link "
    "(@target), @type is its kind (note, property, context, reference or flag) and @n its name."
)


def alignment_to_bytes(alignment: Alignment) -> bytes:
    """Serialize ``alignment`` as a TEI file (deterministic UTF-8 bytes)."""
    return serialize(alignment_to_element(alignment))


def write_alignment(alignment: Alignment, path: str | Path) -> None:
    """Write ``alignment`` as TEI to ``path`` atomically."""
    write_xml(alignment_to_element(alignment), path)


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


def alignment_to_element(alignment: Alignment) -> etree._Element:
    """Build the TEI element tree of ``alignment``."""
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    header = Header(
        title=f"Sentence alignment of {alignment.source_doc} and {alignment.target_doc}",
        notes=alignment.notes,
        licence=alignment.licence,
        source=f"Source: {alignment.source_doc}. Target: {alignment.target_doc}.",
    )
    tei_header = write_header(root, header, (alignment.source_lang, alignment.target_lang))
    _write_encoding(tei_header, alignment.signature)
    stand_off = sub(root, "standOff")
    write_link_notes(stand_off, alignment.links, alignment.file_notes)
    group = sub(
        stand_off,
        "linkGrp",
        type="alignment",
        subtype="complete" if alignment.complete else "partial",
        domains=f"{alignment.source_doc}#{alignment.source_lang}.text "
        f"{alignment.target_doc}#{alignment.target_lang}.text",
    )
    for link in alignment.links:
        pointers = [f"{alignment.source_doc}#{i}" for i in link.source]
        pointers += [f"{alignment.target_doc}#{i}" for i in link.target]
        sub(
            group,
            "link" if link.source and link.target else "ptr",
            xml_id=link.id,
            type=link.type,
            subtype=link.status.value,
            cert=repr(link.score) if link.score is not None else "",
            ana="#crossing" if link.crossing else "",
            n=f"{DIGEST_PREFIX}{link.digest}" if link.digest else "",
            target=" ".join(pointers),
        )
    return root


def _write_encoding(tei_header: etree._Element, signature: str) -> None:
    encoding = etree.Element(tei("encodingDesc"))
    tei_header.insert(1, encoding)
    application = sub(sub(encoding, "appInfo"), "application", ident="bitext", version=__version__)
    sub(application, "label", "bitext")
    sub(application, "desc", signature or None)
    sub(encoding, "p", ENCODING_NOTE)


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

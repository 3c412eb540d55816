"""Writing a TEI alignment as its links come, byte for byte as the element tree serializes.

An imported translation memory of a million units is a million links and, with what its
CAT tool kept about each unit, millions of notes: built as an element tree (a few hundred
bytes of C structures an element) before being serialized, it took gigabytes and most of
the import's time. Here the header and the skeleton around the notes and the links are
serialized from a tree (:func:`alignment_to_element` of the alignment with one placeholder
link), and each note and link is written in between as its bytes, with the escapes
libxml2's serializer writes (:mod:`bitext.tei.xmltext`; a test compares the two on any text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import BinaryIO

from lxml import etree

from bitext._version import __version__
from bitext.model import Alignment, Header, Link, LinkNote, LinkStatus, NoteKind
from bitext.tei import xmltext as esc
from bitext.tei.links import DIGEST_PREFIX
from bitext.tei.notes import write_link_notes
from bitext.tei.writer import write_header
from bitext.tei.xml import TEI_NS, serialize, sub, tei

_PLACEHOLDER = "bitext-placeholder"
_ITEM_INDENT = "\n      "  # a note or a link: TEI > standOff > listAnnotation or linkGrp > it

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


def write_alignment_to(alignment: Alignment, stream: BinaryIO) -> None:
    """Write ``alignment`` as TEI to ``stream``: the bytes of
    ``serialize(alignment_to_element(alignment))``, its notes and links written one by one."""
    if not alignment.links:  # nothing large: the tree as it is
        stream.write(_tree_bytes(alignment))
        return
    before_notes, before_links, after = _skeleton(alignment)
    stream.write(before_notes)
    if before_links is not None:
        _write_items(stream, _note_elements(alignment))
        stream.write(before_links)
    _write_items(stream, map(_link_element(alignment), alignment.links))
    stream.write(after)


def _write_items(stream: BinaryIO, elements: Iterator[str]) -> None:
    """Write elements a thousand at a time, each on its own line at its level."""
    batch: list[str] = []
    for element in elements:
        batch.append(element)
        if len(batch) == 1000:
            stream.write((_ITEM_INDENT + _ITEM_INDENT.join(batch)).encode("utf-8"))
            batch.clear()
    if batch:
        stream.write((_ITEM_INDENT + _ITEM_INDENT.join(batch)).encode("utf-8"))


def _skeleton(alignment: Alignment) -> tuple[bytes, bytes | None, bytes]:
    """The bytes before the first link note (or, without notes of links, before the first
    link), between the last note and the first link (None without notes of links), and after
    the last link: the alignment serialized with one placeholder link, cut around it and
    its placeholder note."""
    noted = any(link.notes for link in alignment.links)
    placeholder = Link(
        _PLACEHOLDER,
        (_PLACEHOLDER,),
        (_PLACEHOLDER,),
        LinkStatus.AUTOMATIC,
        notes=(LinkNote(NoteKind.NOTE, _PLACEHOLDER),) if noted else (),
    )
    data = _tree_bytes(replace(alignment, links=(placeholder,)))
    link_start, link_end = _cut(data, f'<link xml:id="{_PLACEHOLDER}"', b"/>")
    if not noted:
        return data[:link_start], None, data[link_end:]
    note_start, note_end = _cut(data, f'<note target="#{_PLACEHOLDER}"', b"</note>")
    return data[:note_start], data[note_end:link_start], data[link_end:]


def _cut(data: bytes, start: str, end: bytes) -> tuple[int, int]:
    """Where the placeholder element that begins with ``start`` starts (its line's
    indentation included) and ends in ``data``."""
    at = data.index(start.encode())
    return at - len(_ITEM_INDENT), data.index(end, at) + len(end)


def _tree_bytes(alignment: Alignment) -> bytes:
    return serialize(alignment_to_element(alignment))


def _note_elements(alignment: Alignment) -> Iterator[str]:
    """The ``note`` elements of the links' notes, in the order of the links (the notes about
    the whole file are in the skeleton, before them)."""
    for link in alignment.links:
        if link.notes:
            target = esc.attribute(f"#{link.id}")
            for note in link.notes:
                yield _note_element(target, note)


def _note_element(target: str, note: LinkNote) -> str:
    name = f' n="{esc.attribute(note.name)}"' if note.name else ""
    # An empty note is written with its end tag, as the tree writes a text set to "".
    return f'<note target="{target}" type="{note.kind.value}"{name}>{esc.text(note.text)}</note>'


def _link_element(alignment: Alignment) -> Callable[[Link], str]:
    """The writer of a link's ``link`` (or ``ptr``, a bead with an empty side) element."""
    source_doc, target_doc = (
        esc.attribute(alignment.source_doc),
        esc.attribute(alignment.target_doc),
    )

    def element(link: Link) -> str:
        pointers = [f"{source_doc}#{esc.attribute(i)}" for i in link.source]
        pointers += [f"{target_doc}#{esc.attribute(i)}" for i in link.target]
        parts = [
            "<link" if link.source and link.target else "<ptr",
            f' xml:id="{esc.attribute(link.id)}" type="{link.type}" subtype="{link.status.value}"',
        ]
        if link.score is not None:
            parts.append(f' cert="{link.score!r}"')
        if link.crossing:
            parts.append(' ana="#crossing"')
        if link.digest:
            parts.append(f' n="{esc.attribute(DIGEST_PREFIX + link.digest)}"')
        parts.append(f' target="{" ".join(pointers)}"/>')
        return "".join(parts)

    return element


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

"""Writing a :class:`~bitext.model.Document` as TEI P5 (deterministic: same input, same bytes)."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from bitext.lang import get_rules
from bitext.model import Block, Division, Document, Header
from bitext.tei.codes import write_inline_codes
from bitext.tei.xml import TEI_NS, XML_LANG, serialize, sub, write_xml

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NO_PUBLISHER = "not stated"


def document_to_bytes(document: Document) -> bytes:
    """Serialize ``document`` as a TEI P5 file (UTF-8 bytes).

    >>> from bitext.model import Block, Division, Document, Header, Sentence
    >>> doc = Document("en", Header("T"), (Division("en.d1", "opening", None,
    ...     (Block("en.p1", (Sentence("en.p1.s1", "Hi."),)),)),))
    >>> b"<s xml:id=\\"en.p1.s1\\">Hi.</s>" in document_to_bytes(doc)
    True
    """
    return serialize(document_to_element(document))


def write_document(document: Document, path: str | Path) -> None:
    """Write ``document`` as TEI to ``path`` atomically (a temp file renamed over the target)."""
    write_xml(document_to_element(document), path)


def document_to_element(document: Document, codes_of: Document | None = None) -> etree._Element:
    """Build the TEI element tree of ``document``; its inline codes are those of the
    sentences of ``codes_of``, where given (the whole document, of which a writer that
    streams builds a skeleton)."""
    root = etree.Element(f"{{{TEI_NS}}}TEI", {XML_LANG: document.lang}, nsmap={None: TEI_NS})
    write_header(root, document.header, (document.lang,))
    write_inline_codes(root, codes_of or document)
    text = sub(root, "text", xml_id=f"{document.lang}.text")
    for part, divisions in (
        ("front", document.front),
        ("body", document.body),
        ("back", document.back),
    ):
        if part == "body" or divisions:
            container = sub(text, part, xml_id=f"{document.lang}.{part}" if part == "body" else "")
            for division in divisions:
                _write_division(container, division)
    return root


def write_header(root: etree._Element, header: Header, langs: tuple[str, ...]) -> etree._Element:
    """Append a ``teiHeader`` for ``header``, declaring the languages ``langs``; return it."""
    tei_header = sub(root, "teiHeader")
    file_desc = sub(tei_header, "fileDesc")
    _write_title_stmt(file_desc, header)
    _write_publication_stmt(file_desc, header)
    if header.notes or header.related:
        notes = sub(file_desc, "notesStmt")
        for note in header.notes:
            sub(notes, "note", note)
        for item in header.related:
            related = sub(notes, "relatedItem", type=item.relation)
            bibl = sub(related, "bibl", xml_lang=item.lang)
            sub(bibl, "title", item.title)
            if item.target:
                sub(bibl, "ref", item.target, target=item.target)
    sub(sub(file_desc, "sourceDesc"), "p", header.source or None)
    if header.segmentation:
        editorial = sub(sub(tei_header, "encodingDesc"), "editorialDecl")
        sub(sub(editorial, "segmentation"), "p", header.segmentation)
    usage = sub(sub(tei_header, "profileDesc"), "langUsage")
    for lang in langs:
        sub(usage, "language", get_rules(lang, fallback=True).name, ident=lang)
    return tei_header


def _write_title_stmt(file_desc: etree._Element, header: Header) -> None:
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", header.title)
    for author in header.authors:
        element = sub(title_stmt, "author")
        sub(element, "persName", author.name)
        if author.affiliation:
            sub(element, "affiliation", author.affiliation)
    for resp in header.responsibilities:
        stmt = sub(title_stmt, "respStmt")
        sub(stmt, "resp", resp.role)
        sub(stmt, "name", resp.name)


def _write_publication_stmt(file_desc: etree._Element, header: Header) -> None:
    stmt = sub(file_desc, "publicationStmt")
    if header.publisher:
        sub(stmt, "publisher", header.publisher)
    else:
        # TEI requires an agency before dates and identifiers.
        sub(stmt, "authority", NO_PUBLISHER)
    if header.date:
        when = header.date if _ISO_DATE.match(header.date) else ""
        sub(stmt, "date", header.date, when=when)
    for identifier in header.identifiers:
        sub(stmt, "idno", identifier.value, type=identifier.type)
    if header.licence is not None:
        availability = sub(stmt, "availability", status=header.licence.status)
        sub(availability, "licence", header.licence.text, target=header.licence.target)


def _write_division(parent: etree._Element, division: Division) -> None:
    element = sub(parent, "div", xml_id=division.id, type=division.type)
    if division.head is not None:
        write_block(element, "head", division.head)
    for paragraph in division.paragraphs:
        write_block(element, "p", paragraph)


def write_block(parent: etree._Element, name: str, block: Block) -> None:
    """Append a ``head`` or ``p`` element for ``block``, one ``s`` per sentence."""
    element = sub(parent, name, xml_id=block.id)
    for sentence in block.sentences:
        sub(element, "s", sentence.text, xml_id=sentence.id)

"""Reading bitext TEI documents back into the model (safely: no entities, no DTD, no network)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from bitext.errors import InvalidTextError, ParseError
from bitext.model import (
    Author,
    Block,
    Division,
    Document,
    Header,
    Identifier,
    Licence,
    RelatedItem,
    Responsibility,
    Sentence,
)
from bitext.tei.codes import Codes, read_inline_codes
from bitext.tei.xml import XML_ID, XML_LANG, parse_xml, read_xml, sentence_text, tei, text_of


def read_document(path: str | Path) -> Document:
    """Read the TEI document at ``path``.

    Raises :class:`~bitext.errors.ParseError` (with file and line) for malformed XML, a file
    that is not a bitext TEI document, duplicate ids or invalid text.
    """
    return document_from_element(checked_root(read_xml(path), path), path)


def document_from_bytes(data: bytes, path: str | Path = "<bytes>") -> Document:
    """Read a TEI document from ``data`` (``path`` names it in error messages)."""
    return document_from_element(checked_root(parse_xml(data, path), path), path)


def checked_root(root: etree._Element, path: str | Path) -> etree._Element:
    """Return ``root`` if it is a ``<TEI>`` element whose xml:ids are unique, else raise."""
    if root.tag != tei("TEI"):
        raise ParseError(
            f"not a TEI document: the root element is <{etree.QName(root).localname}> "
            f"in namespace {etree.QName(root).namespace or 'none'}; expected <TEI> in "
            "http://www.tei-c.org/ns/1.0",
            path,
            root.sourceline,
        )
    seen: dict[str, int | None] = {}
    for element in root.iter():
        identifier = element.get(XML_ID)
        if identifier is None:
            continue
        if identifier in seen:
            raise ParseError(
                f"duplicate xml:id {identifier!r} (first on line {seen[identifier]}); "
                "make every id unique",
                path,
                element.sourceline,
            )
        seen[identifier] = element.sourceline
    return root


def require(parent: etree._Element, name: str, path: str | Path) -> etree._Element:
    """Return the TEI child ``name`` of ``parent``, or raise ParseError naming the line."""
    child = parent.find(tei(name))
    if child is None:
        raise ParseError(
            f"<{etree.QName(parent).localname}> has no <{name}>; a bitext TEI document needs one",
            path,
            parent.sourceline,
        )
    return child


def document_from_element(root: etree._Element, path: str | Path) -> Document:
    """Build a Document from a parsed, checked ``<TEI>`` element."""
    lang = root.get(XML_LANG)
    if not lang:
        raise ParseError("<TEI> has no xml:lang; add the document's language", path, 1)
    header = header_from_element(require(root, "teiHeader", path), path)
    text = require(root, "text", path)
    codes = read_inline_codes(root, path)
    try:
        document = Document(
            lang=lang,
            header=header,
            front=_divisions(text.find(tei("front")), path, codes),
            body=_divisions(require(text, "body", path), path, codes),
            back=_divisions(text.find(tei("back")), path, codes),
        )
    except InvalidTextError as exc:
        raise ParseError(str(exc), path) from None
    _check_all_placed(codes, document, path)
    return document


def _check_all_placed(codes: Codes, document: Document, path: str | Path) -> None:
    """Refuse inline codes that point at no sentence of the document."""
    if not codes:
        return
    placed = {
        s.id
        for d in (*document.front, *document.body, *document.back)
        for b in d.blocks()
        for s in b.sentences
        if s.codes
    }
    missing = sorted(set(codes) - placed)
    if missing:
        raise ParseError(
            f"inline codes point at sentence {missing[0]!r}, which the document lacks; "
            "remove their items from the standOff",
            path,
        )


def header_from_element(tei_header: etree._Element, path: str | Path) -> Header:
    """Read the fields of a bitext ``teiHeader``."""
    file_desc = require(tei_header, "fileDesc", path)
    title_stmt = require(file_desc, "titleStmt", path)
    publication = require(file_desc, "publicationStmt", path)
    try:
        return Header(
            title=text_of(require(title_stmt, "title", path)),
            authors=tuple(
                Author(text_of(a.find(tei("persName"))), text_of(a.find(tei("affiliation"))))
                for a in title_stmt.iterfind(tei("author"))
            ),
            responsibilities=tuple(
                Responsibility(text_of(r.find(tei("resp"))), text_of(r.find(tei("name"))))
                for r in title_stmt.iterfind(tei("respStmt"))
            ),
            date=text_of(publication.find(tei("date"))),
            publisher=text_of(publication.find(tei("publisher"))),
            identifiers=tuple(
                Identifier(i.get("type", ""), text_of(i)) for i in publication.iterfind(tei("idno"))
            ),
            related=tuple(
                _related(r) for r in file_desc.iterfind(f"{tei('notesStmt')}/{tei('relatedItem')}")
            ),
            notes=tuple(
                text_of(n) for n in file_desc.iterfind(f"{tei('notesStmt')}/{tei('note')}")
            ),
            source=text_of(file_desc.find(f"{tei('sourceDesc')}/{tei('p')}")),
            segmentation=text_of(
                tei_header.find(
                    f"{tei('encodingDesc')}/{tei('editorialDecl')}/{tei('segmentation')}/{tei('p')}"
                )
            ),
            licence=_licence(publication.find(tei("availability"))),
        )
    except InvalidTextError as exc:
        raise ParseError(str(exc), path, tei_header.sourceline) from None


def _licence(availability: etree._Element | None) -> Licence | None:
    if availability is None:
        return None
    licence = availability.find(tei("licence"))
    return Licence(
        availability.get("status", "unknown"),
        text_of(licence),
        licence.get("target", "") if licence is not None else "",
    )


def _related(element: etree._Element) -> RelatedItem:
    bibl = element.find(tei("bibl"))
    return RelatedItem(
        relation=element.get("type", ""),
        title=text_of(bibl.find(tei("title"))) if bibl is not None else "",
        target=(bibl.findtext(tei("ref")) or "") if bibl is not None else "",
        lang=(bibl.get(XML_LANG) or "") if bibl is not None else "",
    )


def _divisions(
    container: etree._Element | None, path: str | Path, codes: Codes
) -> tuple[Division, ...]:
    if container is None:
        return ()
    divisions = []
    for div in container.iterfind(tei("div")):
        head = div.find(tei("head"))
        divisions.append(
            Division(
                id=_id(div, path),
                type=div.get("type", ""),
                head=_block(head, path, codes) if head is not None else None,
                paragraphs=tuple(_block(p, path, codes) for p in div.iterfind(tei("p"))),
            )
        )
    return tuple(divisions)


def _block(element: etree._Element, path: str | Path, codes: Codes) -> Block:
    sentences = []
    for s in element.iterfind(tei("s")):
        identifier = _id(s, path)
        try:
            sentences.append(Sentence(identifier, sentence_text(s), codes.get(identifier, ())))
        except InvalidTextError as exc:
            raise ParseError(str(exc), path, s.sourceline) from None
    if not sentences:
        raise ParseError(
            f"<{etree.QName(element).localname}> has no <s>; wrap its text in sentences",
            path,
            element.sourceline,
        )
    return Block(_id(element, path), tuple(sentences))


def _id(element: etree._Element, path: str | Path) -> str:
    identifier = element.get(XML_ID)
    if not identifier:
        raise ParseError(
            f"<{etree.QName(element).localname}> has no xml:id; every div, head, p and s needs one",
            path,
            element.sourceline,
        )
    return identifier

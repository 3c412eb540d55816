"""Reading TEI files as streams (lxml iterparse, elements cleared as they are used), so that
corpora of millions of sentences and links are read in constant memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from bitext.errors import ParseError
from bitext.model import Link, LinkStatus
from bitext.tei.xml import XML_ID, tei

_PREFIX = 65536


@dataclass(frozen=True, slots=True)
class AlignmentHead:
    """What an alignment file says before its links: documents and languages."""

    source_doc: str
    target_doc: str
    source_lang: str
    target_lang: str


def _events(path: str | Path, tags: tuple[str, ...]) -> Iterator[tuple[str, etree._Element]]:
    """Safe iterparse: no DTD, no entities, no network (a DOCTYPE is refused up front)."""
    with open(path, "rb") as handle:
        if b"<!DOCTYPE" in handle.read(_PREFIX):
            raise ParseError("has a DOCTYPE; remove it (bitext never loads DTDs)", path, 1)
    try:
        yield from etree.iterparse(
            str(path),
            events=("start", "end"),
            tag=tags,
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
            collect_ids=False,  # libxml2 would keep every xml:id in a table
        )
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"not well-formed XML: {exc.msg}", path, exc.lineno) from None


def iter_body_sentences(path: str | Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every body sentence of a TEI document, in order."""
    in_body = False
    for event, element in _events(path, (tei("body"), tei("s"))):
        if element.tag == tei("body"):
            in_body = event == "start"
            continue
        if event == "end":
            if in_body:
                yield element.get(XML_ID, ""), element.text or ""
            _release(element)


def read_alignment_head(path: str | Path) -> AlignmentHead:
    """The documents (from the linkGrp's domains) and languages (langUsage) of an alignment."""
    langs: list[str] = []
    for event, element in _events(path, (tei("language"), tei("linkGrp"))):
        if element.tag == tei("language") and event == "end":
            langs.append(element.get("ident", ""))
        elif element.tag == tei("linkGrp") and event == "start":
            domains = element.get("domains", "").split()
            if len(domains) != 2 or len(langs) != 2:
                break
            return AlignmentHead(domains[0].split("#")[0], domains[1].split("#")[0], *langs)
    raise ParseError("no linkGrp with two domains and two languages; not a bitext alignment", path)


def iter_links(path: str | Path, head: AlignmentHead) -> Iterator[Link]:
    """The links of an alignment file, in order."""
    for event, element in _events(path, (tei("link"), tei("ptr"))):
        if event != "end":
            continue
        source: list[str] = []
        target: list[str] = []
        for pointer in element.get("target", "").split():
            document, _, identifier = pointer.partition("#")
            (source if document == head.source_doc else target).append(identifier)
        cert = element.get("cert")
        yield Link(
            element.get(XML_ID, ""),
            tuple(source),
            tuple(target),
            LinkStatus(element.get("subtype", "automatic")),
            float(cert) if cert else None,
            element.get("ana") == "#crossing",
        )
        _release(element)


def _release(element: etree._Element) -> None:
    """Free a read element and the siblings read before it (iterparse keeps them)."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]

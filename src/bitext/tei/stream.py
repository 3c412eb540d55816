"""Reading TEI files as streams, in constant memory whatever their size.

This uses the standard library's expat-based ``iterparse``: lxml's iterparse keeps some
memory for every element read, even cleared, which a million-link export cannot afford. It
is safe because the prolog is checked first: a file with a DOCTYPE is refused, so no entity
can be declared, and expat never fetches anything.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bitext.errors import ParseError
from bitext.model import Link
from bitext.tei.links import bead_to_link, parse_bead
from bitext.tei.xml import XML_ID, tei

_PROLOG_LIMIT = 1 << 20
# What may come before the root element: XML declaration, processing instructions,
# comments and white space. A DOCTYPE is not on the list.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.S)


@dataclass(frozen=True, slots=True)
class AlignmentHead:
    """What an alignment file says before its links: documents and languages."""

    source_doc: str
    target_doc: str
    source_lang: str
    target_lang: str


def _check_prolog(path: str | Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_PROLOG_LIMIT)
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", path) from None
    position = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while True:
        match = _PROLOG_ITEM.match(head, position)
        if not match:
            break
        position = match.end()
    if head.startswith(b"<!DOCTYPE", position):
        raise ParseError("has a DOCTYPE; remove it (bitext never loads DTDs)", path, 1)
    if not head.startswith(b"<", position):
        raise ParseError("no root element in the first MiB; not a TEI file", path, 1)


def _elements(
    path: str | Path, wanted: tuple[str, ...]
) -> Iterator[tuple[ElementTree.Element, list[str]]]:
    """Each element whose tag is in ``wanted``, when it ends, with its ancestors' tags;
    read elements are dropped from their parent at once, so memory stays flat."""
    _check_prolog(path)
    stack: list[ElementTree.Element] = []
    try:
        for event, element in ElementTree.iterparse(str(path), events=("start", "end")):
            if event == "start":
                stack.append(element)
                continue
            stack.pop()
            if element.tag in wanted:
                yield element, [ancestor.tag for ancestor in stack]
                if stack:
                    del stack[-1][-1]
    except ElementTree.ParseError as exc:
        raise ParseError(f"not well-formed XML: {exc}", path, exc.position[0]) from None


def iter_body_sentences(path: str | Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every body sentence of a TEI document, in order."""
    body = tei("body")
    for element, ancestors in _elements(path, (tei("s"),)):
        if body in ancestors:
            yield element.get(XML_ID, ""), element.text or ""


def read_alignment_head(path: str | Path) -> AlignmentHead:
    """The documents (the linkGrp's domains) and languages (langUsage) of an alignment,
    read up to the start of its links."""
    _check_prolog(path)
    langs: list[str] = []
    domains = ""
    try:
        for event, element in ElementTree.iterparse(str(path), events=("start", "end")):
            if event == "end" and element.tag == tei("language"):
                langs.append(element.get("ident", ""))
            elif event == "start" and element.tag == tei("linkGrp"):
                domains = element.get("domains", "")
                break
    except ElementTree.ParseError as exc:
        raise ParseError(f"not well-formed XML: {exc}", path, exc.position[0]) from None
    parts = domains.split()
    if len(parts) != 2 or len(langs) != 2:
        raise ParseError(
            "no linkGrp with two domains and two languages; not a bitext alignment", path
        )
    return AlignmentHead(parts[0].split("#")[0], parts[1].split("#")[0], langs[0], langs[1])


def iter_links(path: str | Path, head: AlignmentHead) -> Iterator[Link]:
    """The links (and ptrs) of an alignment file, in order."""
    for element, _ in _elements(path, (tei("link"), tei("ptr"))):
        bead = parse_bead(element.attrib, 0)
        yield bead_to_link(bead, head.source_doc, head.target_doc, path)

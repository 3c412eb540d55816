"""The one safe XML parser of bitext, and small helpers shared by the TEI reader and writer."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from lxml import etree

from bitext._fileio import atomic_write_bytes
from bitext.errors import ParseError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"
_INDENT = "  "


def tei(name: str) -> str:
    """The Clark name of a TEI element: ``tei("p")`` -> ``{http://www.tei-c.org/ns/1.0}p``."""
    return f"{{{TEI_NS}}}{name}"


# How bitext parses any XML: no entity resolved, no DTD loaded, never the network.
_SAFE: dict[str, Any] = {
    "resolve_entities": False,
    "load_dtd": False,
    "no_network": True,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_blank_text": False,
    "collect_ids": False,  # duplicate ids are reported by our own check, with both lines
}


def safe_parser() -> etree.XMLParser:
    """A parser that resolves no entities, loads no DTD and never touches the network."""
    parser: etree.XMLParser = etree.XMLParser(**_SAFE)
    return parser


# How XML in UTF-16 or UTF-32 begins (XML 1.0, appendix F): a byte order mark, or without one
# the NUL bytes around the declaration's "<?" (longest first: UTF-32's marks begin as UTF-16's).
_WIDE_STARTS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
# The encoding an XML declaration names.
_DECLARED = re.compile(r"""^(\s*<\?xml[^>]*?\sencoding\s*=\s*)(["'])([A-Za-z0-9._-]+)\2""")


def as_utf8_xml(data: bytes, path: str | Path) -> bytes:
    """XML bytes in UTF-8 or an encoding lxml reads itself, as they are; XML in UTF-16 or
    UTF-32 (as some CAT tools write TMX) re-encoded as UTF-8, its declaration saying so, so
    that the checks for a DOCTYPE read it as they read any other. A declaration that names
    UTF-16 or UTF-32 over bytes that are neither is refused in one line."""
    encoding = next((name for start, name in _WIDE_STARTS if data.startswith(start)), None)
    if encoding is None:
        declared = _DECLARED.match(data[:200].decode("latin-1"))
        if declared and declared.group(3).lower().startswith(("utf-16", "utf-32", "ucs")):
            raise ParseError(
                f'its declaration says encoding="{declared.group(3)}", but it is not in '
                f"that encoding (no byte order mark, no two-byte characters): correct the "
                f"declaration to the file's encoding (UTF-8, most likely)",
                path,
                1,
            )
        return data
    try:
        text = data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not valid {encoding.upper()} at byte {exc.start}: save it again as UTF-8", path
        ) from None
    text = _DECLARED.sub(r"\1\2UTF-8\2", text, count=1)
    return text.encode("utf-8")


def parse_xml(data: bytes, path: str | Path) -> etree._Element:
    """Parse untrusted XML bytes (UTF-16 and UTF-32 first re-encoded: :func:`as_utf8_xml`);
    refuse malformed XML, DTDs and entity declarations."""
    data = _without_doctype(as_utf8_xml(data, path), path)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"not well-formed XML: {exc.msg}", path, exc.lineno) from None
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
        raise ParseError("has a DOCTYPE; remove it (bitext never loads DTDs)", path, 1)
    for node in root.iter(etree.Entity):
        raise ParseError(
            f"uses the entity {node.text};, which bitext never expands; replace it by its text",
            path,
            node.sourceline,
        )
    return root


def iterparse_xml(data: bytes, path: str | Path, tags: Sequence[str]) -> Iterator[etree._Element]:
    """Parse untrusted XML bytes as :func:`parse_xml` does, an element at a time (a
    translation memory of a million units is never a tree of them): yield the root element
    as it starts (its attributes, no children yet), then each element named in ``tags`` as
    it ends. When the caller asks for the next, the one before is cleared and dropped from
    its parent with the siblings before it, so memory stays bounded by the largest element.
    Raises ParseError as :func:`parse_xml` does (a DOCTYPE; malformed XML, at its line)."""
    data = _without_doctype(as_utf8_xml(data, path), path)
    try:
        for _, root in etree.iterparse(io.BytesIO(data), events=("start",), **_SAFE):
            yield root
            break
        for _, element in etree.iterparse(io.BytesIO(data), tag=tags, **_SAFE):
            yield element
            element.clear(keep_tail=True)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"not well-formed XML: {exc.msg}", path, exc.lineno) from None


def _without_doctype(data: bytes, path: str | Path) -> bytes:
    """``data``, refused if it has a DOCTYPE (a DTD or entity declarations)."""
    doctype = data.find(b"<!DOCTYPE")
    if doctype >= 0:
        raise ParseError(
            "has a DOCTYPE (a DTD or entity declarations); bitext never loads DTDs or expands "
            "entities: remove the DOCTYPE",
            path,
            data.count(b"\n", 0, doctype) + 1,
        )
    return data


def read_xml(path: str | Path) -> etree._Element:
    """Read and safely parse the XML file at ``path``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", path) from exc
    if not data.strip():
        raise ParseError("the file is empty; give a TEI document", path)
    return parse_xml(data, path)


def sub(
    parent: etree._Element, name: str, text: str | None = None, **attrib: str
) -> etree._Element:
    """Append a TEI child element with optional text and attributes (``xml_id`` -> xml:id)."""
    attributes = {_attr_name(k): v for k, v in attrib.items() if v}
    child = etree.SubElement(parent, tei(name), attributes)
    if text is not None:
        child.text = text
    return child


def _attr_name(key: str) -> str:
    if key == "xml_id":
        return XML_ID
    if key == "xml_lang":
        return XML_LANG
    return key.rstrip("_")


def serialize(root: etree._Element) -> bytes:
    """Serialize deterministically: UTF-8, XML declaration, two-space indentation.

    Only elements that hold elements are indented, so the text of every leaf is kept exactly.
    """
    indent(root, 0)
    body: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return body + b"\n"


def indent(element: etree._Element, level: int) -> None:
    """Indent ``element``'s children for ``serialize`` (two spaces a level; leaves keep
    their text exactly)."""
    children = list(element)
    if not children:
        return
    element.text = "\n" + _INDENT * (level + 1)
    for child in children:
        indent(child, level + 1)
        child.tail = "\n" + _INDENT * (level + 1)
    children[-1].tail = "\n" + _INDENT * level


def write_xml(root: etree._Element, path: str | Path) -> None:
    """Serialize ``root`` and write it atomically to ``path``."""
    atomic_write_bytes(path, serialize(root))


def is_alignment(root: etree._Element) -> bool:
    """Whether a parsed ``<TEI>`` is a bitext alignment (a ``standOff`` and no ``text``)
    rather than a document (a ``text``, perhaps after a standoff of inline codes)."""
    return root.find(tei("text")) is None and root.find(tei("standOff")) is not None


def sentence_text(element: etree._Element) -> str:
    """The text of an ``<s>``, as every command reads it: all the character data inside it
    (XPath's string()); comments and processing instructions are not text. The streaming
    reader (:mod:`bitext.tei.stream`) reads the same; ``bitext validate`` reports an ``<s>``
    that holds an element (a sentence is plain text)."""
    return "".join(element.itertext())


def text_of(element: etree._Element | None) -> str:
    """The text of a leaf element, or '' when the element is missing or empty."""
    if element is None or element.text is None:
        return ""
    return str(element.text)

"""What an imported inline code stands for, and how a writer puts it back.

A code read from a CAT tool's file is kept as the markup the file had (see
:mod:`bitext.formats.inline`). A writer needs two things of it: the native code it stands for
(``<b>``: the content of a TMX or XLIFF 1.2 ``bpt``, the XLIFF 2.0 ``data`` it points at) and,
when it writes the code in the format the code came from, the element's attributes that the
format defines and that do not number or pair it (TMX ``type``, XLIFF 1.2 ``ctype`` and
``equiv-text``, XLIFF 2.0 ``type``, ``subType``, ``disp``, ``equiv``, ``canCopy`` ...), so
that a round trip through bitext loses none of them. Attributes that number, pair or point
(``i``, ``x``, ``id``, ``rid``, ``xid``, ``startRef``, ``dataRef``, ``copyOf``) are written
afresh, as the codes are numbered afresh; but an XLIFF 1.2 ``x`` or ``g`` keeps its ``id``
(:mod:`bitext.formats.xliffcodes`: a program looks its placeholders up by it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

import regex
from lxml import etree

from bitext.tei import xmltext as esc

__all__ = [
    "TMX",
    "XLIFF1",
    "XLIFF2",
    "CodeElement",
    "CodePiece",
    "HeldCodes",
    "OpenElements",
    "native_code",
]

XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
# The namespaces of a format's code elements: TMX has none, XLIFF 1.1 is read as 1.2 (and 1.0,
# which has no namespace either, as TMX: a code of neither tells which it came from).
TMX = frozenset({""})
XLIFF1 = frozenset({XLIFF12, "urn:oasis:names:tc:xliff:document:1.1"})
# The formats whose code elements hold the native code they stand for.
_HOLDER_NAMESPACES = TMX | XLIFF1


@dataclass(frozen=True, slots=True)
class CodeElement:
    """The element an imported code was in its file: its namespace (``""`` for none), local
    name and attributes (a namespaced attribute's name in ``{namespace}name`` form)."""

    namespace: str
    name: str
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def identity(self) -> str | None:
        """What the file matched this code with its counterpart on the other side by: TMX's
        ``x`` (else its ``i``, which tools such as Trados write alike on both sides), XLIFF's
        ``id``; None if none."""
        found = dict(self.attributes)
        for name in ("x", "id", "i"):
            if name in found:
                return f"{name}={found[name]}"
        return None

    def carried(self, family: frozenset[str], names: Mapping[str, Mapping[str, str]]) -> str:
        """The attributes a writer of a format (its namespaces ``family``) carries over, as
        ``' name="value"'`` text: ``names`` gives, by the name of this element, each
        attribute carried and its name as written; none if the code came from another
        format or another element."""
        if self.namespace not in family or self.name not in names:
            return ""
        wanted = names[self.name]
        return "".join(
            f' {wanted[name]}="{esc.attribute(value)}"'
            for name, value in self.attributes
            if name in wanted
        )


@dataclass(frozen=True, slots=True)
class CodePiece:
    """An inline code as a writer puts it back: ``kind`` is ``open``, ``close`` or ``alone``
    (a span's start or end, or a code of its own), ``isolated`` when the span's other end is
    not in the same text; ``number`` is its number in that text (a span's two ends share it);
    ``native`` the code's markup as a format that holds native code writes it
    (:func:`native_code`); ``element`` the element it was in the file it came from, if any."""

    kind: str
    number: int
    native: str
    isolated: bool = False
    element: CodeElement | None = None

    @property
    def placeholder(self) -> str:
        """The placeholder this code has in a sentence's text."""
        return {"open": f"{{{self.number}}}", "close": f"{{/{self.number}}}"}.get(
            self.kind, f"{{{self.number}/}}"
        )

    def as_isolated(self) -> CodePiece:
        """This code as a span end whose other end is elsewhere."""
        return dataclasses.replace(self, isolated=True)

    def carried(self, family: frozenset[str], names: Mapping[str, Mapping[str, str]]) -> str:
        """The attributes of the element this code came from that a writer carries over
        (:meth:`CodeElement.carried`); none for a code of no element."""
        return "" if self.element is None else self.element.carried(family, names)


@dataclass(frozen=True, slots=True)
class HeldCodes:
    """How a format whose code elements hold the native code (TMX, XLIFF 1.2) writes a
    :class:`CodePiece`: ``bpt`` and ``ept`` around a span numbered by the attribute ``span``,
    ``ph`` alone and ``it`` for an isolated span end numbered by ``alone``, whose ``pos`` is
    ``start`` or ``end``; ``family`` and ``carried`` say which attributes of a code that came
    from the same format are written back (:meth:`CodeElement.carried`)."""

    span: str
    alone: str
    start: str
    end: str
    family: frozenset[str]
    carried: Mapping[str, Mapping[str, str]]
    pos_first: bool = False  # an it's pos before its number (as TMX examples write it)

    def write(self, piece: CodePiece, number: str | None = None) -> str:
        """The element for ``piece``, its native code escaped as its content, numbered
        ``number`` (else by its own number)."""
        native = esc.text(piece.native)
        n = piece.number if number is None else esc.attribute(number)
        kept = piece.carried(self.family, self.carried)
        if piece.isolated:
            pos = f'pos="{self.start if piece.kind == "open" else self.end}"'
            number = f'{self.alone}="{n}"'
            attributes = f"{pos} {number}" if self.pos_first else f"{number} {pos}"
            return f"<it {attributes}{kept}>{native}</it>"
        if piece.kind == "open":
            return f'<bpt {self.span}="{n}"{kept}>{native}</bpt>'
        if piece.kind == "close":
            return f'<ept {self.span}="{n}"{kept}>{native}</ept>'
        return f'<ph {self.alone}="{n}"{kept}>{native}</ph>'


class OpenElements:
    """The spans a writer has opened as XML elements around their text (an XLIFF ``g`` or
    ``mrk``), innermost last: each closes with its element's end tag, and whether they all
    closed, each before the ones opened before it, tells whether the text written is XML
    (:attr:`well_formed`; a text edited by hand may cross two spans)."""

    def __init__(self) -> None:
        self._open: dict[int, str] = {}  # a span's number: its element, in the order opened
        self._nested = True

    def open(self, number: int, name: str) -> None:
        """Span ``number`` is opened as element ``name``."""
        self._open[number] = name

    def close(self, number: int) -> str | None:
        """The end tag that closes span ``number``; None if it was not opened as an element."""
        if number not in self._open:
            return None
        self._nested = self._nested and list(self._open)[-1] == number
        return f"</{self._open.pop(number)}>"

    @property
    def well_formed(self) -> bool:
        """Every span opened was closed, innermost first."""
        return self._nested and not self._open


def native_code(markup: str) -> str:
    """What a code stands for, as TMX's and XLIFF 1.2's code elements hold it: the content of
    a code that holds its native code (TMX or XLIFF 1.2 ``bpt``, ``ept``, ``ph``, ``it``,
    ``ut``: ``&lt;b&gt;``, ``{}``) or of the XLIFF 2.0 ``data`` an imported code carries (a
    ``pc``'s start or end tag's too), else the markup itself (XLIFF's ``g`` start tag, ``x``,
    an XLIFF 2.0 code without data), written with its own attributes only, none of the
    namespace declarations and prefixes it was kept with (``<g id="1" ctype="bold">``,
    ``</g>``, ``<x id="2"/>``)."""
    return imported_code(markup)[0]


def imported_code(markup: str) -> tuple[str, CodeElement | None]:
    """A code's native code (:func:`native_code`) and the element it was, from its markup
    (None for an end tag, or markup that is no element)."""
    elements = _elements(markup)
    if elements is None:  # a wrapping code's start or end tag, then maybe its data
        tag, rest = _first_tag(markup)
        data = _elements(rest) or []
        started = _start_tag_element(tag)
        native = next((_text(e) for e in data if _is_data(e)), None)
        return native if native is not None else _plain_tag(tag, started), started
    for element in elements:
        if _holds_native(element) or _is_data(element):
            return _text(element), _code_element(elements[0])
    if len(elements) == 1 and not _text(elements[0]) and not len(elements[0]):
        empty = _code_element(elements[0])
        return _plain(empty, "/>"), empty  # an empty code: XLIFF's x, bx, ex
    return markup, _code_element(elements[0]) if elements else None


# A start or end tag at the beginning of markup (lxml writes '>' in an attribute as &gt;).
_TAG = regex.compile(r"</?([^\s/>]+)[^>]*>")
# The codes of TMX and XLIFF 1.2 whose content is the native code they stand for.
_NATIVE_HOLDERS = {"bpt", "ept", "ph", "it", "ut"}
_CODE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


def _elements(markup: str) -> list[etree._Element] | None:
    """The elements ``markup`` is (None if it is not well-formed: a tag alone)."""
    try:
        return [e for e in etree.fromstring(f"<r>{markup}</r>", _CODE_PARSER) if _is_element(e)]
    except etree.XMLSyntaxError:
        return None


def _first_tag(markup: str) -> tuple[str, str]:
    """The tag ``markup`` begins with and what follows it (no tag: none and all of it)."""
    match = _TAG.match(markup)
    return (match.group(), markup[match.end() :]) if match else ("", markup)


def _start_tag_element(tag: str) -> CodeElement | None:
    """The element of a start tag (``<pc xmlns="..." id="1" type="fmt">``); None for an end
    tag or no tag."""
    match = _TAG.match(tag)
    if match is None or tag.startswith("</"):
        return None
    elements = _elements(f"{tag}</{match.group(1)}>")
    return _code_element(elements[0]) if elements else None


def _plain_tag(tag: str, element: CodeElement | None) -> str:
    """A wrapping code's start or end tag as its native code, without the namespace
    declarations and prefixes it was kept with (``<g id="1" ctype="bold">``, ``</g>``)."""
    if element is not None:
        return _plain(element, ">")
    match = _TAG.match(tag)
    return f"</{match.group(1).rpartition(':')[2]}>" if match and tag.startswith("</") else tag


def _plain(element: CodeElement, end: str) -> str:
    """An element's tag with its own attributes only (none of another namespace), ending
    with ``end`` (``>`` or ``/>``)."""
    written = "".join(
        f' {name}="{esc.attribute(value)}"' for name, value in element.attributes if "{" not in name
    )
    return f"<{element.name}{written}{end}"


def _code_element(element: etree._Element) -> CodeElement:
    name = etree.QName(element)
    attributes = tuple((str(k), str(v)) for k, v in element.attrib.items())
    return CodeElement(name.namespace or "", name.localname, attributes)


def _holds_native(element: etree._Element) -> bool:
    name = etree.QName(element)
    return name.localname in _NATIVE_HOLDERS and (name.namespace or "") in _HOLDER_NAMESPACES


def _is_data(element: etree._Element) -> bool:
    name = etree.QName(element)
    return name.localname == "data" and name.namespace == XLIFF2


def _is_element(node: etree._Element) -> bool:
    return isinstance(node.tag, str)


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())

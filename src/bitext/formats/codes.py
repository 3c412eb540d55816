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
    "Sub",
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
class Sub:
    """A ``sub`` inside a code that holds native code (TMX, XLIFF 1.2): translatable text
    within the native code, such as an image's alt text or a link's title. ``namespace`` is
    the format it came from (``""`` for TMX), ``attributes`` its own, ``markup`` its content
    as the file wrote it (the format's codes inside it kept, without namespace
    declarations), ``text`` its text alone."""

    namespace: str
    attributes: tuple[tuple[str, str], ...]
    markup: str
    text: str


@dataclass(frozen=True, slots=True)
class CodePiece:
    """An inline code as a writer puts it back: ``kind`` is ``open``, ``close`` or ``alone``
    (a span's start or end, or a code of its own), ``isolated`` when the span's other end is
    not in the same text; ``number`` is its number in that text (a span's two ends share it);
    ``native`` the code's markup as a format that holds native code writes it
    (:func:`native_code`), ``held`` the same as text and :class:`Sub` elements in order when
    it holds any (else empty); ``element`` the element it was in the file it came from, if
    any."""

    kind: str
    number: int
    native: str
    isolated: bool = False
    element: CodeElement | None = None
    held: tuple[str | Sub, ...] = ()

    @property
    def shape(self) -> str:
        """The native code with the text of its subs left out (translating an alt text
        changes the native code, not what the code is)."""
        if not self.held:
            return self.native
        return "".join(part if isinstance(part, str) else "<sub/>" for part in self.held)

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
    sub_carried: frozenset[str] = frozenset({"datatype"})
    pos_first: bool = False  # an it's pos before its number (as TMX examples write it)

    def write(self, piece: CodePiece, number: str | None = None) -> str:
        """The element for ``piece``, its native code escaped as its content (its subs as
        :meth:`sub` writes them), numbered ``number`` (else by its own number)."""
        native = esc.text(piece.native) if not piece.held else self.content(piece.held)
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

    def content(self, held: tuple[str | Sub, ...]) -> str:
        """A code's content: its native code escaped, each of its subs an element."""
        return "".join(esc.text(part) if isinstance(part, str) else self.sub(part) for part in held)

    def sub(self, sub: Sub) -> str:
        """A ``sub`` element: one from this format with the attributes it had that the format
        gives a sub (``sub_carried``; none that points into its file, as XLIFF's ``xid``)
        and its content as it was; one from the other format with its ``datatype`` and its
        text (the other format's codes inside it are not this one's)."""
        same = sub.namespace in self.family
        wanted = self.sub_carried if same else frozenset({"datatype"})
        kept = "".join(
            f' {name}="{esc.attribute(value)}"' for name, value in sub.attributes if name in wanted
        )
        return f"<sub{kept}>{sub.markup if same else esc.text(sub.text)}</sub>"


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


def imported_code(markup: str) -> tuple[str, CodeElement | None, tuple[str | Sub, ...]]:
    """A code's native code (:func:`native_code`), the element it was (None for an end
    tag, or markup that is no element) and, if it holds subs, its content as text and
    :class:`Sub` elements (else empty), from its markup."""
    elements = _elements(markup)
    if elements is None:  # a wrapping code's start or end tag, then maybe its data
        tag, rest = _first_tag(markup)
        data = _elements(rest) or []
        started = _start_tag_element(tag)
        native = next((_text(e) for e in data if _is_data(e)), None)
        return native if native is not None else _plain_tag(tag, started), started, ()
    for element in elements:
        if _holds_native(element) or _is_data(element):
            held = _held(element) if _holds_native(element) else ()
            return _text(element), _code_element(elements[0]), held
    if len(elements) == 1 and not _text(elements[0]) and not len(elements[0]):
        empty = _code_element(elements[0])
        return _plain(empty, "/>"), empty, ()  # an empty code: XLIFF's x, bx, ex
    return markup, _code_element(elements[0]) if elements else None, ()


def _held(holder: etree._Element) -> tuple[str | Sub, ...]:
    """A holder's content as text and :class:`Sub` elements, if it has a sub (else
    empty: most codes have none)."""
    if not any(etree.QName(child).localname == "sub" for child in holder if _is_element(child)):
        return ()
    parts: list[str | Sub] = [holder.text or ""]
    for child in holder:
        if _is_element(child) and etree.QName(child).localname == "sub":
            code = _code_element(child)
            parts.append(Sub(code.namespace, code.attributes, _inner(child), _text(child)))
        elif _is_element(child):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return tuple(part for part in parts if part != "")


def _inner(element: etree._Element) -> str:
    """An element's content as XML, its elements by their local names with their own
    attributes only (no namespace declarations or prefixes); comments left out."""
    parts = [esc.text(element.text or "")]
    for child in element:
        if _is_element(child):
            start = _plain(_code_element(child), ">")
            parts.append(f"{start}{_inner(child)}</{etree.QName(child).localname}>")
        parts.append(esc.text(child.tail or ""))
    return "".join(parts)


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

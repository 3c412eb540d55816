"""Reading TEI files as streams, in constant memory whatever their size.

The standard library's expat parses the file a chunk at a time; only the elements asked for
are built, as small values, and nothing is kept after it is passed on (lxml's iterparse keeps
some memory for every element read, which a million-link export cannot afford).

It follows the same XML safety policy as :func:`bitext.tei.xml.parse_xml`, enforced by the
parser itself rather than by looking at the first bytes: a DOCTYPE, an entity declaration or
an external entity reference anywhere in the file stops the parse with a one-line ParseError,
whatever comes before it (a long comment) and whatever the encoding; expat never fetches
anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.parsers import expat

from bitext.errors import InvalidTextError, ParseError
from bitext.model import Link, LinkNote, Sentence
from bitext.tei.links import bead_to_link, parse_bead
from bitext.tei.notes import add_link_note, with_notes
from bitext.tei.xml import TEI_NS, XML_ID

_CHUNK = 1 << 16
_BODY = f"{{{TEI_NS}}}body"
_ALIGNED_PARTS = (f"{{{TEI_NS}}}front", _BODY)
_S = f"{{{TEI_NS}}}s"
_LINKS = (f"{{{TEI_NS}}}link", f"{{{TEI_NS}}}ptr")
_LANGUAGE = f"{{{TEI_NS}}}language"
_LINK_GROUP = f"{{{TEI_NS}}}linkGrp"
_NOTE = f"{{{TEI_NS}}}note"
NO_DOCTYPE = (
    "has a DOCTYPE (a DTD or entity declarations); bitext never loads DTDs or expands "
    "entities: remove the DOCTYPE"
)


@dataclass(frozen=True, slots=True)
class AlignmentHead:
    """What an alignment file says before its links: documents, languages and the notes
    about the whole file (the links' own notes are read beside the links)."""

    source_doc: str
    target_doc: str
    source_lang: str
    target_lang: str
    file_notes: tuple[LinkNote, ...] = ()


@dataclass(frozen=True, slots=True)
class Element:
    """An element read from a stream: its Clark name, attributes, text (all the character
    data inside it, as XPath's string() gives it: comments and processing instructions are
    not text), line, and whether it lies where sentences align (the front matter or the
    body, not the back matter)."""

    tag: str
    attributes: dict[str, str]
    text: str
    line: int
    aligned: bool


class _Refused(Exception):
    """Raised inside an expat handler to stop the parse: the file breaks the safety policy."""


class _Stop(Exception):
    """Raised inside an expat handler when what was wanted has been read."""


class _Reader:
    """Collects the elements asked for while expat parses."""

    def __init__(
        self,
        path: str | Path,
        wanted: frozenset[str],
        with_text: frozenset[str],
        stop_at: str,
        unless: str = "",
    ) -> None:
        self.path = path
        self.wanted = wanted
        self.unless = unless
        self.with_text = with_text
        self.stop_at = stop_at
        self.ready: list[Element] = []
        self.open: list[tuple[str, dict[str, str], int, list[str] | None]] = []
        self.body_depth = 0
        self.parser = expat.ParserCreate(namespace_separator="}")
        # Character data in one call a run, not one a line (a TEI file is indented: every
        # element had two or three calls for the white space around it).
        self.parser.buffer_text = True
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._refuse_doctype
        self.parser.EntityDeclHandler = self._refuse_entity
        self.parser.ExternalEntityRefHandler = self._refuse_external
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._characters

    def _refuse_doctype(self, *args: object) -> None:
        raise _Refused(NO_DOCTYPE)

    def _refuse_entity(self, *args: object) -> None:
        raise _Refused(NO_DOCTYPE)

    def _refuse_external(self, *args: object) -> int:
        raise _Refused("refers to an external entity; bitext never reads one: remove it")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        tag = _clark(name)
        if tag == self.stop_at:
            named = {_clark(k): v for k, v in attributes.items()}
            self.ready.append(Element(tag, named, "", self.parser.CurrentLineNumber, False))
            raise _Stop
        if tag in _ALIGNED_PARTS:
            self.body_depth += 1
        if tag in self.wanted and self.unless not in attributes:
            text: list[str] | None = [] if tag in self.with_text else None
            named = {_clark(k): v for k, v in attributes.items()}
            self.open.append((tag, named, self.parser.CurrentLineNumber, text))

    def _end(self, name: str) -> None:
        tag = _clark(name)
        if tag in _ALIGNED_PARTS:
            self.body_depth -= 1
        if tag in self.wanted and self.open and self.open[-1][0] == tag:
            tag, attributes, line, text = self.open.pop()
            joined = "".join(text) if text is not None else ""
            self.ready.append(Element(tag, attributes, joined, line, self.body_depth > 0))

    def _characters(self, data: str) -> None:
        for _, _, _, text in self.open:
            if text is not None:
                text.append(data)

    def elements(self, handle: BinaryIO) -> Iterator[Element]:
        try:
            while chunk := handle.read(_CHUNK):
                self.parser.Parse(chunk, False)
                yield from self._drain()
            self.parser.Parse(b"", True)
            yield from self._drain()
        except _Stop:
            yield from self._drain()
        except _Refused as exc:
            raise ParseError(str(exc), self.path, self.parser.CurrentLineNumber) from None
        except expat.ExpatError as exc:
            message = expat.errors.messages.get(exc.code, str(exc))
            raise ParseError(f"not well-formed XML: {message}", self.path, exc.lineno) from None

    def _drain(self) -> Iterator[Element]:
        ready, self.ready = self.ready, []
        yield from ready


def _clark(name: str) -> str:
    """expat's ``uri}local`` as the Clark name ``{uri}local``."""
    return "{" + name if "}" in name else name


def iter_elements(
    path: str | Path,
    wanted: tuple[str, ...],
    with_text: tuple[str, ...] = (),
    stop_at: str = "",
    unless: str = "",
) -> Iterator[Element]:
    """Each element of ``path`` whose Clark name is in ``wanted``, in document order of their
    ends; ``with_text`` names those whose text is gathered. With ``stop_at``, reading stops
    at the start of the first such element, which comes last (its attributes, no text). With
    ``unless``, an element that has that attribute (no namespace) is passed over unbuilt."""
    try:
        handle = open(path, "rb")  # noqa: SIM115  (closed by the with below)
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", path) from None
    with handle:
        reader = _Reader(path, frozenset(wanted), frozenset(with_text), stop_at, unless)
        yield from reader.elements(handle)


def iter_aligned_sentences(path: str | Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every sentence that aligns (front matter and body) of a TEI document,
    in order."""
    for element in iter_elements(path, (_S,), (_S,)):
        if element.aligned:
            try:  # the same checks as the whole-file reader
                sentence = Sentence(element.attributes.get(XML_ID, ""), element.text)
            except InvalidTextError as exc:
                raise ParseError(str(exc), path, element.line) from None
            yield sentence.id, sentence.text


def read_alignment_head(path: str | Path) -> AlignmentHead:
    """The documents (the linkGrp's domains), languages (langUsage) and notes about the
    whole file of an alignment, read up to the start of its links (the links' own notes
    are read beside them, by :func:`iter_links`, so that memory stays flat)."""
    langs: list[str] = []
    notes: dict[str, list[LinkNote]] = {}
    group: Element | None = None
    # The links' notes (with a target) are passed over unbuilt: an imported memory has millions.
    elements = iter_elements(
        path, (_LANGUAGE, _NOTE), (_NOTE,), stop_at=_LINK_GROUP, unless="target"
    )
    for element in elements:
        if element.tag == _LANGUAGE:
            langs.append(element.attributes.get("ident", ""))
        elif element.tag == _LINK_GROUP:
            group = element
        elif "type" in element.attributes:
            add_link_note(notes, element.attributes, element.text, path, element.line)
    parts = group.attributes.get("domains", "").split() if group is not None else []
    if len(parts) != 2 or len(langs) != 2:
        raise ParseError(
            "no linkGrp with two domains and two languages; not a bitext alignment", path
        )
    return AlignmentHead(
        parts[0].split("#")[0], parts[1].split("#")[0], langs[0], langs[1], tuple(notes.get("", ()))
    )


def iter_links(path: str | Path, head: AlignmentHead) -> Iterator[Link]:
    """The links (and ptrs) of an alignment file, in order, each with its notes (read in
    step with the links from where they are written, before them, in the links' order)."""
    notes = _LinkNotes(path)
    for element in iter_elements(path, _LINKS):
        bead = parse_bead(element.attributes, element.line)
        yield notes.attached(bead_to_link(bead, head.source_doc, head.target_doc, path))
    notes.check_all_attached()


class _LinkNotes:
    """The notes of an alignment's links, read as a stream beside the links themselves."""

    def __init__(self, path: str | Path) -> None:
        self._path = path
        self._notes = (
            e
            for e in iter_elements(path, (_NOTE,), (_NOTE,), stop_at=_LINK_GROUP)
            if e.tag == _NOTE and "target" in e.attributes
        )
        self._next = next(self._notes, None)

    def attached(self, link: Link) -> Link:
        """``link`` with the notes that come next and point at it."""
        found: dict[str, list[LinkNote]] = {}
        while self._next is not None and self._next.attributes["target"] == f"#{link.id}":
            note = self._next
            add_link_note(found, note.attributes, note.text, self._path, note.line)
            self._next = next(self._notes, None)
        return with_notes(link, {link.id: tuple(found[link.id])}) if found else link

    def check_all_attached(self) -> None:
        """A one-line ParseError for a note no link took: it points at no link, or is out of
        the links' order (bitext writes them in it; a file edited by hand may not be)."""
        if self._next is not None:
            raise ParseError(
                f"the note pointing at {self._next.attributes['target']!r} is not in the order "
                "of the links (or points at no link); read and write the alignment with "
                "bitext (read_alignment, write_alignment) to put its notes in order",
                self._path,
                self._next.line,
            )

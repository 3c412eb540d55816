"""Writing a TEI document a paragraph at a time, byte for byte as :func:`write_document` does.

A document too large to hold (a gigabyte of text) is written as it is read: the header and
front matter first, then each body division and paragraph as it comes, then the back matter.
A document held in memory but too large to make a tree of (an imported memory's hundreds of
thousands of paragraphs) is written the same way (:func:`write_document_to`).
The bytes are those of ``serialize(document_to_element(document))`` for the same document; a
test checks it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from bitext._fileio import atomic_output
from bitext.model import Block, Division, Document, Header, Sentence
from bitext.tei.writer import document_to_bytes, document_to_element, write_block
from bitext.tei.xml import TEI_NS, XML_ID, indent, serialize, tei

_PLACEHOLDER = "bitext-placeholder"
_NAMESPACE = f' xmlns="{TEI_NS}"'.encode()
_DIVISION_LEVEL = 3  # TEI > text > body > div


class DocumentWriter:
    """Writes one TEI document to a stream in order: :meth:`division` opens a body division,
    :meth:`paragraph` adds to it, :meth:`finish` closes the body and adds the back matter."""

    def __init__(
        self,
        stream: BinaryIO,
        lang: str,
        header: Header,
        front: tuple[Division, ...],
        codes_of: Document | None = None,
    ) -> None:
        self._stream = stream
        self._lang = lang
        self._header = header
        self._front = front
        self._codes_of = codes_of  # the document whose inline codes go before the text
        self._open = False
        self.divisions = 0
        prefix, _ = self._skeleton(())
        stream.write(prefix)

    def division(self, identifier: str, kind: str, head: Block | None) -> None:
        """Close the open division (if any) and open a new one, with its heading."""
        self._close()
        element = etree.Element(
            tei("div"), {XML_ID: identifier, "type": kind}, nsmap={None: TEI_NS}
        )
        start = etree.tostring(element).replace(_NAMESPACE, b"", 1)
        self._stream.write(b"\n" + b"  " * _DIVISION_LEVEL + start.replace(b"/>", b">"))
        self._open = True
        self.divisions += 1
        if head is not None:
            self._child("head", head)

    def paragraph(self, block: Block) -> None:
        """Add a paragraph to the open division."""
        self._child("p", block)

    def finish(self, back: tuple[Division, ...]) -> None:
        """Close the open division and the body; write the back matter and the end."""
        self._close()
        _, suffix = self._skeleton(back)
        self._stream.write(suffix)

    def _child(self, name: str, block: Block) -> None:
        parent = etree.Element(tei("div"), nsmap={None: TEI_NS})
        write_block(parent, name, block)
        child = parent[0]
        indent(child, _DIVISION_LEVEL + 1)
        data = etree.tostring(child, encoding="UTF-8").replace(_NAMESPACE, b"", 1)
        self._stream.write(b"\n" + b"  " * (_DIVISION_LEVEL + 1) + data)

    def _close(self) -> None:
        if self._open:
            self._stream.write(b"\n" + b"  " * _DIVISION_LEVEL + b"</div>")
            self._open = False

    def _skeleton(self, back: tuple[Division, ...]) -> tuple[bytes, bytes]:
        """The bytes before the first body division and after the last one."""
        placeholder = Block(f"{_PLACEHOLDER}.p", (Sentence(f"{_PLACEHOLDER}.s", "x"),))
        body = (Division(_PLACEHOLDER, "opening", None, (placeholder,)),)
        document = Document(self._lang, self._header, body, self._front, back)
        data = serialize(document_to_element(document, self._codes_of))
        start = data.index(f'<div xml:id="{_PLACEHOLDER}"'.encode())
        end = data.index(b"</div>", start) + len(b"</div>")
        before = data[:start].rstrip(b" ").removesuffix(b"\n")
        return before, data[end:]


@contextmanager
def document_writer(
    path: str | Path, lang: str, header: Header, front: tuple[Division, ...]
) -> Iterator[DocumentWriter]:
    """A :class:`DocumentWriter` for ``path``, written atomically (renamed only when the
    block ends without an error)."""
    with atomic_output(path) as stream:
        yield DocumentWriter(stream, lang, header, front)


def write_document_to(document: Document, stream: BinaryIO) -> None:
    """Write ``document`` as TEI to ``stream``, a paragraph at a time: the bytes of
    :func:`~bitext.tei.writer.document_to_bytes` (an imported memory's documents are hundreds
    of thousands of paragraphs, which as one tree took as much memory as all the rest of
    the import)."""
    if not document.body or any(d.head is None and not d.paragraphs for d in document.body):
        stream.write(document_to_bytes(document))  # an empty element: the tree writes it so
        return
    writer = DocumentWriter(stream, document.lang, document.header, document.front, document)
    for division in document.body:
        writer.division(division.id, division.type, division.head)
        for paragraph in division.paragraphs:
            writer.paragraph(paragraph)
    writer.finish(document.back)

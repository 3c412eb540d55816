"""XCES alignment in the OPUS corpus layout, where researchers look for parallel data.

``bitext export ALIGN.xml -f xces -o OUTDIR`` writes, as OPUS publishes a corpus::

    OUTDIR/xml/en/NAME.xml.gz     the source document: <p> and <s id="..."> elements
    OUTDIR/xml/ko/NAME.xml.gz     the target document
    OUTDIR/xml/en-ko.xml.gz       the alignment: cesAlign, one linkGrp per document pair,
                                  a link per bead, xtargets="SOURCE IDS;TARGET IDS"

Sentence ids are bitext's own (``en.p3.s2``), so the OPUS files and the TEI corpus name the
same sentences. Every link is written, one-sided ones included (an empty side of xtargets),
with its status and the aligner's confidence (``certainty``).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from bitext.formats.base import CorpusInfo
from bitext.model import Alignment, Block, Document

CES_DOCTYPE = '<!DOCTYPE cesAlign PUBLIC "-//CES//DTD XML cesAlign//EN" "">'


def opus_files(
    source: Document, target: Document, alignment: Alignment, info: CorpusInfo, name: str
) -> list[tuple[Path, bytes]]:
    """The files of the OPUS layout (relative paths and contents), alignment last."""
    source_path = Path("xml") / info.source_lang / f"{name}.xml.gz"
    target_path = Path("xml") / info.target_lang / f"{name}.xml.gz"
    alignment_path = Path("xml") / f"{info.source_lang}-{info.target_lang}.xml.gz"
    return [
        (source_path, _gzip(opus_document(source, name))),
        (target_path, _gzip(opus_document(target, name))),
        (alignment_path, _gzip(ces_alignment(alignment, source_path, target_path))),
    ]


def opus_document(document: Document, name: str) -> bytes:
    """A document as OPUS stores one: ``<document>`` of ``<p>`` (front matter and body; a
    heading is a ``<p type="head">``) holding ``<s id>`` sentences."""
    root = etree.Element("document", {"id": name, "lang": document.lang})
    for block, kind in _blocks(document):
        paragraph = etree.SubElement(root, "p", {"id": block.id})
        if kind:
            paragraph.set("type", kind)
        for sentence in block.sentences:
            etree.SubElement(paragraph, "s", {"id": sentence.id}).text = sentence.text
    return etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True)


def _blocks(document: Document) -> Iterator[tuple[Block, str]]:
    for division in document.front:
        for block in division.blocks():
            yield block, "front"
    for division in document.body:
        if division.head is not None:
            yield division.head, "head"
        for paragraph in division.paragraphs:
            yield paragraph, ""


def ces_alignment(alignment: Alignment, source_path: Path, target_path: Path) -> bytes:
    """The cesAlign document: one linkGrp for the pair, its documents relative to ``xml/``."""
    root = etree.Element("cesAlign", {"version": "1.0"})
    group = etree.SubElement(
        root,
        "linkGrp",
        {
            "targType": "s",
            "fromDoc": source_path.relative_to("xml").as_posix(),
            "toDoc": target_path.relative_to("xml").as_posix(),
        },
    )
    for link in alignment.links:
        attributes = {
            "id": link.id,
            "xtargets": f"{' '.join(link.source)};{' '.join(link.target)}",
            "status": link.status.value,
        }
        if link.score is not None:
            attributes["certainty"] = repr(link.score)
        etree.SubElement(group, "link", attributes)
    body = etree.tostring(root, encoding="utf-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + CES_DOCTYPE.encode() + b"\n" + body


def _gzip(data: bytes) -> bytes:
    """Deterministic gzip (no time stamp, no file name), so an export is reproducible."""
    return gzip.compress(data, mtime=0)

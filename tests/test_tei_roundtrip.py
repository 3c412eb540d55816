"""TEI writing is deterministic and reading gives back an equal document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext import InvalidTextError, ingest_file, ingest_text, read_document, write_document
from bitext.model import Block, Division, Document, Header, Sentence
from bitext.tei import document_from_bytes, document_to_bytes

from .strategies import documents, raw_text


@settings(max_examples=150, deadline=None)
@given(documents())
def test_written_document_reads_back_equal(document: Document):
    data = document_to_bytes(document)
    assert document_from_bytes(data) == document
    assert document_to_bytes(document) == data  # deterministic


@settings(max_examples=100, deadline=None)
@given(raw_text)
def test_ingest_of_arbitrary_text_yields_a_writable_document_or_a_clear_error(text: str):
    try:
        document = ingest_text(text, "ko")
    except InvalidTextError:
        raise
    except ValueError as exc:
        assert "empty" in str(exc) or "no body" in str(exc)
        return
    assert document_from_bytes(document_to_bytes(document)) == document


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1f", "\ufffe", "\ud800"])
def test_model_refuses_characters_xml_forbids_with_a_clear_message(char: str):
    with pytest.raises(InvalidTextError, match=r"U\+[0-9A-F]{4}.*XML 1\.0 forbids"):
        Sentence("x.s1", f"a{char}b")


def test_model_refuses_text_not_in_nfc():
    with pytest.raises(InvalidTextError, match="NFC"):
        Sentence("x.s1", "\u1112\u1161\u11ab")  # 한 as decomposed jamo


def test_ingest_drops_forbidden_controls_and_says_how_many(tmp_path: Path):
    path = tmp_path / "t.txt"
    # A form feed (PDF page break) is a line break, not a paragraph break.
    path.write_bytes(b"A sentence\x07 with a bell.\x0cSame paragraph.\n\nAnother one.")
    result = ingest_file(path, "en")
    assert result.dropped_chars == 1
    paragraphs = [p.text for p in result.document.body_blocks()]
    assert paragraphs == ["A sentence with a bell. Same paragraph.", "Another one."]


def test_file_round_trip_of_the_seed_is_exact(seed_path: Path, tmp_path: Path):
    document = ingest_file(seed_path, "en").document
    out = tmp_path / "en.xml"
    write_document(document, out)
    assert read_document(out) == document
    write_document(document, tmp_path / "again.xml")
    assert out.read_bytes() == (tmp_path / "again.xml").read_bytes()


@given(st.sampled_from(["&", "<", "]]>", '"', "'", "\r", "\t"]))
def test_markup_characters_survive(char: str):
    doc = Document(
        "en",
        Header("t"),
        (Division("en.d1", "x", None, (Block("en.p1", (Sentence("en.p1.s1", f"a{char}b"),)),)),),
    )
    assert document_from_bytes(document_to_bytes(doc)) == doc

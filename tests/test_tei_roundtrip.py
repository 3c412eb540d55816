"""TEI writing is deterministic and reading gives back an equal document."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext import InvalidTextError, ingest_file, ingest_text, read_document, write_document
from bitext.model import Block, Division, Document, Header, InlineCode, Sentence
from bitext.tei import document_from_bytes, document_to_bytes
from bitext.tei.streamwriter import write_document_to

from .strategies import documents, raw_text


@settings(max_examples=150, deadline=None)
@given(documents())
def test_written_document_reads_back_equal(document: Document):
    data = document_to_bytes(document)
    assert document_from_bytes(data) == document
    assert document_to_bytes(document) == data  # deterministic


def _streamed(document: Document) -> bytes:
    buffer = io.BytesIO()
    write_document_to(document, buffer)
    return buffer.getvalue()


@settings(max_examples=150, deadline=None)
@given(documents(), st.booleans())
def test_a_document_written_a_paragraph_at_a_time_is_the_tree_serialized(
    document: Document, coded: bool
):
    """The writer that writes a document a paragraph at a time (an imported memory's
    documents have hundreds of thousands) writes the bytes of the whole tree serialized,
    inline codes, front and back matter included."""
    if coded:  # a CAT tool's codes on the first sentence of each part
        document = replace(
            document,
            front=tuple(_with_codes(d) for d in document.front),
            body=tuple(_with_codes(d) for d in document.body),
        )
    assert _streamed(document) == document_to_bytes(document)
    empty = Division(f"{document.lang}.d9", "section", None, ())
    with_empty = replace(document, body=(*document.body, empty))
    assert _streamed(with_empty) == document_to_bytes(with_empty)


def _with_codes(division: Division) -> Division:
    """``division`` with a placeholder and its code added to its first sentence."""
    first = next(division.blocks())
    sentence = first.sentences[0]
    coded = Sentence(sentence.id, f"{sentence.text} {{1/}}", (InlineCode("{1/}", "<br/>"),))
    block = replace(first, sentences=(coded, *first.sentences[1:]))
    if division.head is not None:
        return replace(division, head=block)
    return replace(division, paragraphs=(block, *division.paragraphs[1:]))


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

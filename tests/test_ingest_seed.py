"""Ingesting the real English seed: structure, words, front and back matter, header."""

from __future__ import annotations

from pathlib import Path

import pytest

from bitext import ingest_file
from bitext.model import Document

# Where the seed's body begins and ends, as a reader of the PDF sees it.
BODY_FIRST = "In the context of declining approval ratings"
BACK_FIRST = "This article is an English Summary"


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path) -> Document:
    return ingest_file(seed_path, "en").document


def _words(text: str) -> list[str]:
    return text.split()


def test_body_holds_every_word_of_the_seed_body_in_order(seed_path: Path, seed_doc: Document):
    raw = seed_path.read_text(encoding="utf-8")
    body = raw[raw.index(BODY_FIRST) : raw.index(BACK_FIRST)]
    ingested = " ".join(s.text for s in seed_doc.body_sentences())
    assert _words(ingested) == _words(body)


def test_front_and_back_matter_are_kept_out_of_the_body(seed_path: Path, seed_doc: Document):
    raw = seed_path.read_text(encoding="utf-8")
    front = " ".join(b.text for d in seed_doc.front for b in d.blocks())
    back = " ".join(b.text for d in seed_doc.back for b in d.blocks())
    assert _words(front) == _words(raw[: raw.index(BODY_FIRST)])
    assert _words(back) == _words(raw[raw.index(BACK_FIRST) :])
    assert back.startswith(BACK_FIRST) and "Dr. CHOI Eunmi is a research fellow" in back


def test_page_breaks_inside_sentences_are_repaired(seed_doc: Document):
    texts = [p.text for d in seed_doc.body for p in d.paragraphs]
    assert any("partner countries, thereby establishing numerous mini-lateral" in t for t in texts)
    assert any("seek understanding, and respond flexibly" in t for t in texts)
    assert not any(t.endswith(("thereby", "understanding,")) for t in texts)


def test_headings_start_divisions(seed_doc: Document):
    heads = [(d.type, d.head.text) for d in seed_doc.body if d.head is not None]
    assert [h for _, h in heads] == [
        "1. The Evolution of the U.S.-Japan Alliance: From 'Alliance Protection' to "
        "'Alliance Projection'",
        "The United States' Security Strategy: A Shift from a Hub-and-Spoke Model to a "
        "Lattice-Like Structure",
        "2. A Significant Transformation in Japan\u2019s Security Policy and Future Outlook",
        "3. Implications for South Korean Diplomacy and Policy Recommendations",
    ]
    assert [t for t, _ in heads] == ["section", "subsection", "section", "section"]
    assert seed_doc.body[0].type == "opening" and len(seed_doc.body[0].paragraphs) == 1
    assert [len(d.paragraphs) for d in seed_doc.body] == [1, 1, 6, 4, 6]


def test_header_is_read_from_the_front_matter(seed_doc: Document):
    header = seed_doc.header
    assert header.title == (
        "The Evolution of the U.S.-Japan Alliance and its Implications for South Korea"
    )
    assert header.date == "2024-08-07"
    assert [(a.name, a.affiliation) for a in header.authors] == [
        ("Choi Eunmi", "Research Fellow, The Asan Institute for Policy Studies")
    ]
    assert [(i.type, i.value) for i in header.identifiers] == [("issue", "2024-13(S)")]


def test_ids_are_unique_readable_and_positional(seed_doc: Document):
    ids = [s.id for s in seed_doc.sentences()]
    ids += [b.id for b in seed_doc.body_blocks()] + [d.id for d in seed_doc.body]
    assert len(ids) == len(set(ids))
    first = seed_doc.body[0].paragraphs[0]
    assert first.id == "en.p1" and first.sentences[0].id == "en.p1.s1"
    assert seed_doc.body[1].head is not None and seed_doc.body[1].head.id == "en.h1"


def test_page_furniture_between_the_halves_of_a_sentence_is_set_after_it(
    seed_path: Path, seed_doc: Document, tmp_path: Path
):
    """The seed as a PDF's plain text often comes: each page break inside a sentence with the
    page's number and a running header (seen at the top of the first page) between the two
    halves. The sentences are repaired as without them, and the number and the header
    follow the repaired paragraph (they were two headings and the sentence stayed cut)."""
    raw = seed_path.read_text(encoding="utf-8")
    header = "Asan Issue Brief 2024-13(S)"
    pages = iter(range(2, 10))
    broken = [" thereby\n\n", " understanding,\n\n"]
    assert all(raw.count(b) == 1 for b in broken)
    for piece in broken:
        raw = raw.replace(piece, f"{piece}{next(pages)}\n\n{header}\n\n")
    furnished = tmp_path / "furnished.txt"
    furnished.write_text(f"{header}\n\n{raw}", encoding="utf-8")
    document = ingest_file(furnished, "en").document
    sentences = [s.text for s in document.body_sentences()]
    expected = [s.text for s in seed_doc.body_sentences()]
    assert [s for s in sentences if s not in (header, "2", "3")] == expected
    heads = [d.head.text for d in document.body if d.head is not None]
    assert heads.count(header) == 2 and "2" in heads and "3" in heads

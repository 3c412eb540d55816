"""The bundled corpus: exact English, honest Korean, complete hand-checked alignment."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import regex
from lxml import etree

from bitext import LinkStatus, read_alignment, read_document
from bitext.model import Document

from .conftest import DATA, ROOT, SEED, run_bitext

CORPUS = ROOT / "corpus"
EN = CORPUS / "en" / "asan-2024-13s.en.xml"
KO = CORPUS / "ko" / "asan-2024-13s.ko.xml"
ALIGN = CORPUS / "asan-2024-13s.en-ko.xml"


@pytest.fixture(scope="module")
def en() -> Document:
    return read_document(EN)


@pytest.fixture(scope="module")
def ko() -> Document:
    return read_document(KO)


def test_english_body_equals_the_seed_body_word_for_word(en: Document):
    raw = SEED.read_text(encoding="utf-8")
    body = raw[raw.index("In the context of declining") : raw.index("This article is an English")]
    assert " ".join(s.text for s in en.body_sentences()).split() == body.split()


def test_english_header(en: Document):
    header = en.header
    assert header.title.startswith("The Evolution of the U.S.-Japan Alliance")
    assert [(a.name, a.affiliation) for a in header.authors] == [
        ("Choi Eunmi", "Research Fellow, The Asan Institute for Policy Studies")
    ]
    assert header.date == "2024-08-07"
    assert ("series", "Asan Issue Brief 2024-13(S)") in [
        (i.type, i.value) for i in header.identifiers
    ]
    original = next(r for r in header.related if r.relation == "original")
    assert original.target == "https://www.asaninst.org/?p=94939" and original.lang == "ko"
    assert "미일동맹의 진화와 한국에의 함의" in original.title
    assert en.lang == "en"
    back = " ".join(b.text for d in en.back for b in d.blocks())
    assert "Dr. CHOI Eunmi is a research fellow" in back


def test_korean_header_says_plainly_it_is_our_rendering(ko: Document):
    notes = " ".join(ko.header.notes)
    assert "own Korean rendering" in notes and "NOT the publisher's Korean original" in notes
    assert "bitext ingest" in notes  # how the original replaces it
    assert (
        "아산정책연구원이 2024년 8월 1일 발간한 한국어 원문(이슈브리프 2024-20)이 아니다" in notes
    )
    assert [r.role for r in ko.header.responsibilities] == [
        "Korean rendering of the English summary (Asan Issue Brief 2024-13(S))"
    ]
    assert ko.header.publisher == "The bitext project"
    assert "Translated into Korean by the bitext contributors" in ko.header.source


def test_korean_sentences_are_split_as_written(ko: Document):
    expected = (DATA / "corpus_sentences.ko.txt").read_text(encoding="utf-8").splitlines()
    assert [s.text for s in ko.body_sentences()] == expected


def test_documents_have_the_same_structure(en: Document, ko: Document):
    def shape(doc: Document) -> list[tuple[str, str]]:
        return [(d.type, b.id.split(".", 1)[1]) for d in doc.body for b in d.blocks()]

    assert shape(en) == shape(ko)


def test_every_sentence_is_in_exactly_one_hand_checked_link(en: Document, ko: Document):
    alignment = read_alignment(ALIGN)
    linked_en = [i for link in alignment.links for i in link.source]
    linked_ko = [i for link in alignment.links for i in link.target]
    assert sorted(linked_en) == sorted(s.id for s in en.sentences())
    assert sorted(linked_ko) == sorted(s.id for s in ko.sentences())
    assert all(link.status is LinkStatus.MANUAL for link in alignment.links)
    types = {link.type for link in alignment.links}
    assert {"1-1", "2-1", "2-2"} <= types
    # in document order on both sides
    assert linked_en == [s.id for s in en.sentences()]
    assert linked_ko == [s.id for s in ko.sentences()]


def test_build_script_reproduces_the_committed_documents(tmp_path: Path):
    env = {**os.environ, "BITEXT": f"{sys.executable} -m bitext", "SEED": str(SEED)}
    import subprocess

    proc = subprocess.run(
        ["bash", str(CORPUS / "build.sh"), str(tmp_path)], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("en/asan-2024-13s.en.xml", "ko/asan-2024-13s.ko.xml"):
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), (
            f"{name} differs from what corpus/build.sh makes: rerun it (and re-check the alignment)"
        )


def test_info_prints_sensible_counts():
    assert "body           5        4         18        96" in run_bitext("info", EN).out
    assert "body           5        4         18        94" in run_bitext("info", KO).out
    out = run_bitext("info", ALIGN).out
    assert "links:       97 (97 manual)" in out and "1-1: 92" in out and "1-0: 1" in out


@pytest.mark.parametrize("path", [EN, KO, ALIGN], ids=lambda p: p.name)
def test_files_read_back_identically(path: Path, tmp_path: Path):
    from bitext.model import Alignment
    from bitext.tei import read_tei, write_alignment, write_document

    loaded = read_tei(path)
    out = tmp_path / path.name
    if isinstance(loaded, Alignment):
        write_alignment(loaded, out)
    else:
        write_document(loaded, out)
    assert out.read_bytes() == path.read_bytes()


def test_the_replacement_instructions_keep_the_original_apart_from_the_summary(ko: Document):
    """The original's date is 2024-08-01 (the summary's 2024-08-07) and provenance is passed."""
    instructions = next(n for n in ko.header.notes if "bitext ingest ORIGINAL.txt" in n)
    assert "--date 2024-08-01" in instructions and "2024-08-07" not in instructions
    for option in ("--related", "--source", "--note", "--licence"):
        assert option in instructions
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "bitext ingest ORIGINAL.txt" in line)
    assert "--date 2024-08-01" in command and "--related" in command and "--source" in command
    assert "아산정책연구원이 발간한 한국어 원문이 아니다" in readme  # the notice in Korean too


@pytest.mark.parametrize(("document", "status"), [(EN, "restricted"), (KO, "restricted")])
def test_each_document_states_its_licence(document: Path, status: str):
    licence = read_document(document).header.licence
    assert licence is not None and licence.status == status
    assert "Asan Institute" in licence.text


def test_the_alignment_states_its_own_licence():
    licence = read_alignment(ALIGN).licence
    assert licence is not None and licence.status == "free" and "CC BY 4.0" in licence.text
    assert licence.target == "https://creativecommons.org/licenses/by/4.0/"


def _references(path: Path) -> list[tuple[int, str]]:
    """Every address in a corpus XML file: refs, licences, link pointers and domains."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    found = []
    for element in root.iter():
        for name in ("target", "domains"):
            for value in (element.get(name) or "").split():
                found.append((element.sourceline or 0, value))
    return found


@pytest.mark.parametrize("path", sorted(CORPUS.rglob("*.xml")), ids=lambda p: p.name)
def test_every_relative_reference_in_the_corpus_resolves(path: Path):
    checked = 0
    for line, value in _references(path):
        address = urlsplit(value)
        if address.scheme:  # a web address: not a file of the corpus
            continue
        checked += 1
        target = (path.parent / address.path).resolve()
        assert target.is_file(), f"{path.name}:{line}: {value!r} does not resolve to a file"
        if address.fragment:
            ids = etree.parse(str(target)).getroot().xpath("//@xml:id")
            assert address.fragment in ids, f"{path.name}:{line}: no xml:id {address.fragment!r}"
    if path == KO:
        assert checked >= 1  # translation-of points at the English


def _terms() -> list[tuple[str, str, list[str]]]:
    with (CORPUS / "terms.en-ko.tsv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [
        (english, korean, [v for v in avoid.split(",") if v]) for english, korean, avoid, _ in rows
    ]


def test_the_term_list_is_applied_consistently_across_the_korean_text(en: Document, ko: Document):
    english = {s.id: s.text for s in en.sentences()}
    korean = {s.id: s.text for s in ko.sentences()}
    links = read_alignment(ALIGN).links
    for term, rendering, avoided in _terms():
        pattern = regex.compile(term, regex.IGNORECASE)
        uses = [link for link in links if any(pattern.search(english[i]) for i in link.source)]
        assert uses, f"{term!r} is not in the English body: drop it from terms.en-ko.tsv"
        for link in uses:
            target = " ".join(korean[i] for i in link.target)
            assert rendering in target, f"{link.id}: {term!r} should be {rendering!r}: {target}"
        for variant in avoided:
            wrong = [i for i, text in korean.items() if variant in text]
            assert not wrong, f"{wrong}: {variant!r} is not the corpus's term for {term!r}"

"""Bad input never gives a traceback: one line naming the file and place, the right exit code,
and nothing read that should not be (issues 11 and 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bitext.errors import ParseError
from bitext.tei.references import resolve_document

from .conftest import ROOT, run_bitext

CORPUS = ROOT / "corpus"
ALIGN_NAME = "asan-2024-13s.en-ko.xml"


def _one_line_error(result, code: int, *fragments: str) -> str:  # type: ignore[no-untyped-def]
    assert result.code == code, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bitext: error:"), result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_export_of_an_alignment_without_its_documents_is_one_line(tmp_path: Path):
    alone = tmp_path / "a.xml"
    shutil.copy(CORPUS / ALIGN_NAME, alone)
    for fmt in ("tmx", "html"):
        result = run_bitext("export", alone, "-f", fmt, "-o", tmp_path / f"x.{fmt}")
        _one_line_error(result, 1, "a.xml", "en/asan-2024-13s.en.xml", "does not exist")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xml"]


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ('subtype="manual"', 'subtype="reviewed"', "subtype 'reviewed'"),
        ('subtype="manual"', 'subtype="manual" cert="high"', "cert 'high'"),
        (
            "ko/asan-2024-13s.ko.xml#ko.p1.s1",
            "ko/other.xml#ko.p1.s1",
            "ko/other.xml#ko.p1.s1 names neither",
        ),
    ],
)
@pytest.mark.parametrize("fmt", ["tmx", "po", "html"])
def test_export_refuses_links_it_cannot_read(
    corpus: Path, tmp_path: Path, old: str, new: str, fragment: str, fmt: str
):
    _edit(corpus / ALIGN_NAME, old, new)
    out = tmp_path / f"out.{fmt}"
    _one_line_error(run_bitext("export", corpus / ALIGN_NAME, "-f", fmt, "-o", out), 1, fragment)
    assert not out.exists()


@pytest.mark.parametrize(
    "reference",
    [
        "/dev/zero",
        "../../etc/passwd",  # outside on purpose
        "/etc/hostname",
        "https://example.org/en.xml",
    ],
)
def test_documents_outside_the_alignments_folder_are_never_read(corpus: Path, reference: str):
    _edit(corpus / ALIGN_NAME, "en/asan-2024-13s.en.xml#en.body", f"{reference}#en.body")
    validated = run_bitext("validate", corpus / ALIGN_NAME)
    assert validated.code == 1 and "document-missing" in validated.out
    exported = run_bitext("export", corpus / ALIGN_NAME, "-f", "html", "-o", corpus / "x.html")
    _one_line_error(exported, 1, reference)


def test_a_device_is_refused_even_where_outside_documents_are_allowed(tmp_path: Path):
    with pytest.raises(ParseError, match="not a regular file"):
        resolve_document(tmp_path / "a.xml", "/dev/zero", allow_outside=True)
    (tmp_path / "sub").mkdir()
    with pytest.raises(ParseError, match="not a regular file"):
        resolve_document(tmp_path / "a.xml", "sub")


def test_documents_outside_are_read_when_the_user_allows_it(tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(CORPUS, elsewhere)
    (tmp_path / "aligned").mkdir()
    alignment = tmp_path / "aligned" / "a.xml"
    text = (CORPUS / ALIGN_NAME).read_text(encoding="utf-8")
    alignment.write_text(
        text.replace("en/asan", "../elsewhere/en/asan").replace("ko/asan", "../elsewhere/ko/asan"),
        encoding="utf-8",
    )
    refused = run_bitext("export", alignment, "-f", "tsv", "-o", tmp_path / "x.tsv")
    _one_line_error(refused, 1, "outside its folder")
    allowed = run_bitext(
        "export", alignment, "-f", "tsv", "-o", tmp_path / "x.tsv", "--allow-outside"
    )
    assert allowed.code == 0, allowed.err
    assert len((tmp_path / "x.tsv").read_text(encoding="utf-8").splitlines()) > 90


def test_an_unexpected_error_is_one_line_naming_a_bug_with_its_own_exit_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    import bitext.cli.documents as documents

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(documents, "ingest_file", broken)
    source = tmp_path / "a.txt"
    source.write_text("Japan acts.\n", encoding="utf-8")
    result = run_bitext("ingest", source, "--lang", "en")
    assert result.code == 3
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "bug in bitext" in result.err and "--debug" in result.err
    debug = run_bitext("--debug", "ingest", source, "--lang", "en")
    assert debug.code == 3 and "Traceback" in debug.err and "RuntimeError" in debug.err


def test_a_file_system_error_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    import bitext.cli.documents as documents

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "o.xml"))

    monkeypatch.setattr(documents, "write_document", full)
    source = tmp_path / "a.txt"
    source.write_text("Japan acts.\n", encoding="utf-8")
    result = run_bitext("ingest", source, "--lang", "en", "-o", tmp_path / "o.xml")
    _one_line_error(result, 1, "o.xml", "No space left on device")

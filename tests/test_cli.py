"""The command line on real files, and every bad input: one line, right exit code, no traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bitext import read_document

from .conftest import run_bitext, run_bitext_process, run_on_a_terminal

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&c;</p></body></text></TEI>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text></TEI>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">
<TEI xmlns="http://www.tei-c.org/ns/1.0"/>"""


def test_help_and_version():
    assert "ingest" in run_bitext("--help").out
    assert run_bitext("--version").out.strip() == "bitext, version 0.1.0"


def test_ingest_then_info_on_the_seed(seed_path: Path, tmp_path: Path):
    out = tmp_path / "en.xml"
    result = run_bitext("ingest", seed_path, "--lang", "en", "-o", out)
    assert result.code == 0, result.err
    assert "read" in result.err and "as utf-8" in result.err and "2 broken paragraphs" in result.err
    info = run_bitext("info", out)
    assert info.code == 0
    assert "title:       The Evolution of the U.S.-Japan Alliance" in info.out
    body = next(line for line in info.out.splitlines() if line.strip().startswith("body"))
    assert body.split()[1:4] == ["5", "4", "18"]  # divisions, headings, paragraphs


def test_ingest_header_options(tmp_path: Path):
    src = tmp_path / "ko.txt"
    src.write_text("한국의 외교가 바뀐다.\n", encoding="utf-8")
    out = tmp_path / "ko.xml"
    result = run_bitext(
        "ingest",
        src,
        "--lang",
        "ko",
        "-o",
        out,
        "--title",
        "제목",
        "--author",
        "최은미; 아산정책연구원",
        "--resp",
        "Korean rendering:bitext contributors",
        "--idno",
        "series=Asan Issue Brief 2024-20",
        "--related",
        "original|ko|https://x.org/?p=1|원문",
        "--note",
        "A note.",
        "--date",
        "2024-08-07",
    )
    assert result.code == 0, result.err
    info = run_bitext("info", out).out
    for expected in [
        "title:       제목",
        "author:      최은미 (아산정책연구원)",
        "Korean rendering: bitext contributors",
        "series:      Asan Issue Brief 2024-20",
        "related:     original (ko) 원문 https://x.org/?p=1",
    ]:
        assert expected in info


def _assert_clean_error(result, code: int, *fragments: str) -> None:
    assert result.code == code, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("bitext: error:")
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0]


def test_counts_of_one_are_singular(tmp_path: Path):
    """The reports said '1 divisions, 1 paragraphs, 1 sentences', '1 paragraphs ... are back
    matter' and '1 units'."""
    text = tmp_path / "one.txt"
    text.write_text("One sentence only.\n", encoding="utf-8")
    result = run_bitext("ingest", text, "--lang", "en", "-o", tmp_path / "one.en.xml")
    assert result.code == 0 and "1 division, 1 paragraph, 1 sentence (" in result.err
    back = tmp_path / "back.txt"
    body = "\n\n".join(f"Paragraph {n} of the body says something." for n in range(1, 20))
    back.write_text(f"{body}\n\nThe views expressed herein are the author's own.\n", "utf-8")
    result = run_bitext("ingest", back, "--lang", "en", "-o", tmp_path / "back.en.xml")
    assert "note: 1 paragraph from line 39 on" in result.err and "is back matter" in result.err
    other = tmp_path / "one.ko.txt"
    other.write_text("한 문장뿐이다.\n", encoding="utf-8")
    pair = tmp_path / "pair.xml"
    result = run_bitext(
        "align", text, other, "--source-lang", "en", "--target-lang", "ko", "-o", pair
    )
    assert result.code == 0, result.err
    result = run_bitext("export", pair, "-o", tmp_path / "one.tmx")
    assert result.code == 0 and "one.tmx: 1 unit (tmx)" in result.err


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (b"", ["empty.txt", "empty or holds only whitespace"]),
        (b"  \n\t\n  \n", ["empty.txt", "empty or holds only whitespace"]),
        (b"\x00\x01\x02binary\x00", ["empty.txt", "binary"]),
        (b"caf\xe9 ok.", ["empty.txt:1: column 4: byte 0xe9", "--encoding"]),
    ],
)
def test_bad_text_input_is_a_data_error(tmp_path: Path, content: bytes, fragments: list[str]):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    _assert_clean_error(
        run_bitext("ingest", path, "--lang", "en", "-o", tmp_path / "o.xml"), 1, *fragments
    )


def test_a_malformed_language_tag_is_a_usage_error(seed_path: Path):
    _assert_clean_error(run_bitext("ingest", seed_path, "--lang", "ko_KR"), 2, "BCP 47")


def test_a_language_without_data_gets_the_generic_rules_and_says_so(tmp_path: Path):
    text = tmp_path / "sw.txt"
    text.write_text("Muungano umebadilika. Japani inachukua nafasi kubwa.\n", encoding="utf-8")
    result = run_bitext("ingest", text, "--lang", "sw", "-o", tmp_path / "sw.xml")
    assert result.code == 0, result.err
    assert "no sentence rules for 'sw'" in result.err and "generic rules" in result.err
    document = read_document(tmp_path / "sw.xml")
    assert [s.text for s in document.sentences()] == [
        "Muungano umebadilika.",
        "Japani inachukua nafasi kubwa.",
    ]


def test_missing_file_is_a_usage_error(tmp_path: Path):
    _assert_clean_error(
        run_bitext("ingest", tmp_path / "nope.txt", "--lang", "en"), 2, "nope.txt", "does not exist"
    )
    _assert_clean_error(run_bitext("info", tmp_path / "nope.xml"), 2, "nope.xml")


def test_output_in_missing_directory_is_a_usage_error(seed_path: Path, tmp_path: Path):
    _assert_clean_error(
        run_bitext("ingest", seed_path, "--lang", "en", "-o", tmp_path / "no" / "such" / "o.xml"),
        2,
        "does not exist",
        "create it first",
    )


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (b"<TEI><unclosed></TEI>", ["bad.xml:1:", "not well-formed"]),
        (b"<html><body/></html>", ["bad.xml:1:", "not a TEI document", "<html>"]),
        (
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader/>\n'
            b'<text><body><div xml:id="a"/>\n<div xml:id="a"/></body></text></TEI>',
            ["bad.xml:3:", "duplicate xml:id 'a'", "first on line 2"],
        ),
        (BOMB, ["bad.xml", "DOCTYPE", "never"]),
        (XXE, ["bad.xml", "DOCTYPE"]),
        (EXTERNAL_DTD, ["bad.xml", "DOCTYPE"]),
        (b"", ["bad.xml", "empty"]),
    ],
)
def test_bad_tei_is_a_data_error(tmp_path: Path, content: bytes, fragments: list[str]):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    _assert_clean_error(run_bitext("info", path), 1, *fragments)


def test_failed_ingest_leaves_an_existing_output_untouched(tmp_path: Path):
    out = tmp_path / "out.xml"
    out.write_bytes(b"precious")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    assert run_bitext("ingest", bad, "--lang", "ko", "-o", out).code == 1
    assert out.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out.xml"]


def test_build_runs_the_main_job_on_the_bundled_corpus(tmp_path: Path):
    from .conftest import ROOT

    out = tmp_path / "build"
    result = run_bitext("build", "--corpus", ROOT / "corpus", "-o", out)
    assert result.code == 0, result.err
    assert "strict F1 0.9" in result.out
    exported = sorted(p.name for p in (out / "export").iterdir())
    assert len(exported) == 11 and "asan-2024-13s.en-ko.xlsx" in exported
    assert (out / "export" / "asan-2024-13s.en-ko" / "xml" / "en-ko.xml.gz").is_file()  # OPUS
    assert run_bitext("validate", out).code == 0


def test_build_stops_on_an_invalid_corpus(tmp_path: Path):
    from .conftest import ROOT

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    path = corpus / "asan-2024-13s.en-ko.xml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("#ko.p1.s1", "#ko.p9.s9", 1), encoding="utf-8"
    )
    result = run_bitext("build", "--corpus", corpus, "-o", tmp_path / "out")
    assert result.code == 1 and "target-exists" in result.out


# A few runs of the real console script in a subprocess: the entry point, its exit codes and
# that no traceback reaches the terminal (the other tests run the same code in-process).


def _console_script() -> Path:
    script = Path(sys.executable).with_name("bitext")
    if not script.exists():  # an environment without its scripts folder beside the interpreter
        found = shutil.which("bitext")
        assert found, "the bitext console script is not installed: pip install -e ."
        script = Path(found)
    return script


def test_the_console_script_runs_ingest_and_info(seed_path: Path, tmp_path: Path):
    out = tmp_path / "en.xml"
    proc = subprocess.run(
        [_console_script(), "ingest", seed_path, "--lang", "en", "-o", out],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    info = run_bitext_process("info", out)
    assert info.code == 0, info.err
    body = next(line for line in info.out.splitlines() if line.strip().startswith("body"))
    assert body.split()[1:5] == ["5", "4", "18", "96"]


def test_the_console_script_reports_bad_usage_and_bad_data_in_one_line(tmp_path: Path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<TEI><unclosed></TEI>")
    _assert_clean_error(run_bitext_process("info", bad), 1, "bad.xml:1:", "not well-formed")
    _assert_clean_error(run_bitext_process("ingest", bad, "--lang", "x y"), 2, "--lang")


def test_ingest_records_a_licence_and_refuses_a_bad_one(tmp_path: Path):
    src = tmp_path / "en.txt"
    src.write_text("Japan acts. Korea watches.\n", encoding="utf-8")
    out = tmp_path / "en.xml"
    terms = "free|https://creativecommons.org/licenses/by/4.0/|CC BY 4.0"
    result = run_bitext("ingest", src, "--lang", "en", "-o", out, "--licence", terms)
    assert result.code == 0, result.err
    from bitext import read_document

    licence = read_document(out).header.licence
    assert licence is not None
    assert (licence.status, licence.target, licence.text) == (
        "free",
        "https://creativecommons.org/licenses/by/4.0/",
        "CC BY 4.0",
    )
    assert "licence:     free: CC BY 4.0" in run_bitext("info", out).out
    bad = run_bitext("ingest", src, "--lang", "en", "-o", out, "--licence", "open||x")
    _assert_clean_error(bad, 2, "--licence", "free, restricted, unknown")


def test_progress_moves_on_a_terminal_and_stays_off_elsewhere(tmp_path: Path):
    import re

    from .conftest import ALIGN_SETS

    for side in ("en", "ko"):  # about 900 sentences a side: a few seconds of work
        lines = (ALIGN_SETS / f"news-dev-001.{side}").read_text(encoding="utf-8").splitlines()
        (tmp_path / f"long.{side}").write_text("\n".join(lines * 9) + "\n", encoding="utf-8")
    args = ["align", "long.en", "long.ko", "-o", "out.xml"]
    code, shown = run_on_a_terminal(args, tmp_path)
    assert code == 0, shown
    percents = [int(p) for p in re.findall(r"aligning: \d+/\d+ \((\d+)%\)", shown)]
    assert len(percents) >= 3 and percents == sorted(percents), shown
    assert percents[0] < 50 and "aligning: done" in shown
    code, shown = run_on_a_terminal([*args[:-1], "quiet.xml", "--quiet"], tmp_path)
    assert code == 0 and shown == ""
    piped = run_bitext_process(*args[:-1], "piped.xml", cwd=tmp_path)
    assert piped.code == 0 and "aligning:" not in piped.err and "\r" not in piped.err


def test_segment_detects_the_language_when_none_is_given(tmp_path: Path):
    text = tmp_path / "ja.txt"
    text.write_text(
        "これは最初の文です。次の文はここにあります！最後の文です。\n", encoding="utf-8"
    )
    result = run_bitext("segment", text)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "これは最初の文です。",
        "次の文はここにあります！",
        "最後の文です。",
    ]
    assert "language ja detected" in result.err

"""Bad input never gives a traceback: one line naming the file and place, the right exit code,
and nothing read that should not be (issues 11 and 18)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bitext.errors import ParseError
from bitext.formats.ladder import parse_ladder, parse_scored_ladder
from bitext.formats.registry import format_for_path
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
    _edit(corpus / ALIGN_NAME, "en/asan-2024-13s.en.xml#en.text", f"{reference}#en.text")
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

    monkeypatch.setattr(documents, "ingest_any", broken)
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

    monkeypatch.setattr(documents, "ingest_any", full)
    source = tmp_path / "a.txt"
    source.write_text("Japan acts.\n", encoding="utf-8")
    result = run_bitext("ingest", source, "--lang", "en", "-o", tmp_path / "o.xml")
    _one_line_error(result, 1, "o.xml", "No space left on device")


SENTENCES_EN = "Japan acts.\nKorea watches the alliance closely.\nThe summit was held in April.\n"
SENTENCES_KO = "일본은 행동한다.\n한국은 동맹을 면밀히 지켜본다.\n정상회담은 4월에 열렸다.\n"


def test_dash_is_standard_input_and_output(tmp_path: Path):
    segmented = run_bitext("segment", "-", "--lang", "en", stdin="Japan acts. Korea watches.\n")
    assert segmented.code == 0, segmented.err
    assert segmented.out.splitlines() == ["Japan acts.", "Korea watches."]
    ingested = run_bitext("ingest", "-", "--lang", "en", "-o", "-", stdin="Japan acts.\n")
    assert ingested.code == 0 and "<TEI" in ingested.out
    (tmp_path / "ko.txt").write_text(SENTENCES_KO, encoding="utf-8")
    ladder = run_bitext(
        "align",
        "-",
        tmp_path / "ko.txt",
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "--ladder",
        "-o",
        "-",
        stdin=SENTENCES_EN,
    )
    assert ladder.code == 0, ladder.err
    scored = parse_scored_ladder(ladder.out)
    assert [bead for bead, _ in scored] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert all(score is not None and 0.9 <= score <= 1.0 for _, score in scored)
    assert not list(Path.cwd().glob("-*"))  # no file named '-' anywhere


def test_dash_output_needs_one_format_and_a_file_for_plain_inputs(corpus: Path, tmp_path: Path):
    tmx = run_bitext("export", corpus / ALIGN_NAME, "-f", "tmx", "-o", "-")
    assert tmx.code == 0 and tmx.out.startswith("<?xml") and "<tmx" in tmx.out
    _one_line_error(
        run_bitext("export", corpus / ALIGN_NAME, "-f", "tmx,po", "-o", "-"), 2, "one format"
    )
    (tmp_path / "en.txt").write_text(SENTENCES_EN, encoding="utf-8")
    (tmp_path / "ko.txt").write_text(SENTENCES_KO, encoding="utf-8")
    plain = run_bitext(
        "align",
        tmp_path / "en.txt",
        tmp_path / "ko.txt",
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "-o",
        "-",
    )
    _one_line_error(plain, 2, "--ladder")


def test_output_to_a_device_is_written_in_place(corpus: Path, tmp_path: Path):
    link = tmp_path / "out.tmx"
    link.symlink_to("/dev/null")
    result = run_bitext("export", corpus / ALIGN_NAME, "-f", "tmx", "-o", link)
    assert result.code == 0, result.err
    assert link.is_symlink() and Path("/dev/null").is_char_device()


def test_a_symlink_output_is_followed_and_kept(corpus: Path, tmp_path: Path):
    real = tmp_path / "real.tsv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.tsv"
    link.symlink_to(real)
    assert run_bitext("export", corpus / ALIGN_NAME, "-f", "tsv", "-o", link).code == 0
    assert link.is_symlink() and len(real.read_text(encoding="utf-8").splitlines()) > 90


def test_output_equal_to_an_input_is_refused(tmp_path: Path):
    source = tmp_path / "en.txt"
    source.write_text(SENTENCES_EN, encoding="utf-8")
    _one_line_error(run_bitext("ingest", source, "--lang", "en", "-o", source), 2, "also an input")
    assert source.read_text(encoding="utf-8") == SENTENCES_EN


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["-f", "tmx", "--types", "1:1"], "'1:1' is not a bead type"),
        (["-f", "po", "--types", ""], ""),
        (["-f", "docx"], "unknown format 'docx'"),
    ],
)
def test_export_option_values_are_checked(
    corpus: Path, tmp_path: Path, args: list[str], fragment: str
):
    result = run_bitext("export", corpus / ALIGN_NAME, *args, "-o", tmp_path / "out.x")
    if fragment:
        _one_line_error(result, 2, fragment)
    else:
        assert result.code == 0, result.err


def test_a_format_must_fit_the_output_extension(corpus: Path, tmp_path: Path):
    _one_line_error(
        run_bitext("export", corpus / ALIGN_NAME, "-f", "po", "-o", tmp_path / "x.tmx"),
        2,
        "x.tmx has the extension of tmx",
    )
    assert not (tmp_path / "x.tmx").exists()
    assert (
        run_bitext("export", corpus / ALIGN_NAME, "-f", "xliff12", "-o", tmp_path / "x.xlf").code
        == 0
    )


@pytest.mark.parametrize("name", ["x.tmx", "x.po", "x.xlf", "x.xliff2.xlf", "x.tsv", "x.jsonl"])
def test_without_a_format_export_writes_the_one_the_extension_names(
    corpus: Path, tmp_path: Path, name: str
):
    named = format_for_path(name)
    assert named is not None
    told = tmp_path / "told" / name
    told.parent.mkdir()
    assert run_bitext("export", corpus / ALIGN_NAME, "-f", named, "-o", told).code == 0
    inferred = run_bitext("export", corpus / ALIGN_NAME, "-o", tmp_path / name)
    assert inferred.code == 0 and f"({named})" in inferred.err
    # The same file as with -f (TMX's header names the time it was written).
    written, expected = (
        re.sub(r'creationdate="[^"]*"', "", path.read_text(encoding="utf-8"))
        for path in (tmp_path / name, told)
    )
    assert written == expected


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("x.dat", "x.dat: cannot tell"), ("x.txt", "give -f moses and a prefix"), ("-", "give -f")],
)
def test_without_a_format_export_needs_an_extension_that_names_one(
    corpus: Path, tmp_path: Path, name: str, fragment: str
):
    output = name if name == "-" else tmp_path / name
    _one_line_error(run_bitext("export", corpus / ALIGN_NAME, "-o", output), 2, fragment)
    assert not (tmp_path / name).exists()


def test_align_names_what_it_writes_when_the_extension_names_nothing(tmp_path: Path):
    english, korean = tmp_path / "en.txt", tmp_path / "ko.txt"
    english.write_text(SENTENCES_EN, encoding="utf-8")
    korean.write_text(SENTENCES_KO, encoding="utf-8")
    result = run_bitext("align", english, korean, "-o", tmp_path / "out.dat")
    _one_line_error(result, 2, "out.dat: cannot tell", ".xml (TEI)", "tei, tmx")
    assert not (tmp_path / "out.dat").exists()


def test_evaluate_refuses_inputs_of_two_kinds(tmp_path: Path):
    ladder = tmp_path / "gold.txt"
    ladder.write_text("[0]:[0]\n", encoding="utf-8")
    result = run_bitext("evaluate", ladder, CORPUS / ALIGN_NAME)
    _one_line_error(result, 2, "a ladder file", "a TEI alignment")


def test_a_language_that_does_not_fit_the_text_is_a_warning(tmp_path: Path):
    english = tmp_path / "en.txt"
    english.write_text(SENTENCES_EN, encoding="utf-8")
    korean = tmp_path / "ko.txt"
    korean.write_text(SENTENCES_KO, encoding="utf-8")
    wrong = run_bitext("ingest", english, "--lang", "ko", "-o", tmp_path / "x.xml")
    assert wrong.code == 0 and "bitext: warning:" in wrong.err and "mostly Latin" in wrong.err
    swapped = run_bitext(
        "align",
        english,
        korean,
        "--source-lang",
        "ko",
        "--target-lang",
        "en",
        "-o",
        tmp_path / "a.xml",
    )
    assert swapped.code == 0 and swapped.err.count("bitext: warning:") == 2
    right = run_bitext("ingest", english, "--lang", "en", "-o", tmp_path / "y.xml")
    assert "warning" not in right.err


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\x0b", "\x0c", "\r", "\u2029"])
def test_a_line_ends_only_at_lf_or_crlf(tmp_path: Path, separator: str):
    english = tmp_path / "en.txt"
    english.write_text(f"Japan acts.{separator}Really.\r\nKorea watches.\n", encoding="utf-8")
    korean = tmp_path / "ko.txt"
    korean.write_text("일본은 행동한다.\n한국은 지켜본다.\n", encoding="utf-8")
    ladder = run_bitext(
        "align",
        english,
        korean,
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "--ladder",
        "-o",
        "-",
    )
    assert ladder.code == 0, ladder.err
    assert parse_ladder(ladder.out) == [((0,), (0,)), ((1,), (1,))]
    moses = tmp_path / "m"
    assert (
        run_bitext(
            "import",
            english,
            "-f",
            "moses",
            "--target",
            korean,
            "--source-lang",
            "en",
            "--target-lang",
            "ko",
            "-o",
            moses,
        ).code
        == 0
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--encoding", "uu"], "'uu' is not a text encoding"),
        (["--encoding", "base64"], "'base64' is not a text encoding"),
        (["--encoding", "nonsense"], "unknown encoding 'nonsense'"),
    ],
)
def test_an_encoding_that_is_not_a_text_encoding_is_one_line(
    tmp_path: Path, args: list[str], fragment: str
):
    source = tmp_path / "en.txt"
    source.write_text(SENTENCES_EN, encoding="utf-8")
    _one_line_error(run_bitext("ingest", source, "--lang", "en", *args), 1, fragment)


def test_a_lexicon_that_is_not_utf8_is_one_line(tmp_path: Path):
    (tmp_path / "en.txt").write_text(SENTENCES_EN, encoding="utf-8")
    (tmp_path / "ko.txt").write_text(SENTENCES_KO, encoding="utf-8")
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_bytes("japan\t일본\nkorea\t".encode() + "한국".encode("cp949") + b"\n")
    result = run_bitext(
        "align",
        tmp_path / "en.txt",
        tmp_path / "ko.txt",
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "--lexicon",
        lexicon,
        "-o",
        tmp_path / "a.xml",
    )
    _one_line_error(result, 1, "lex.tsv:2", "not UTF-8")


def test_a_ladder_index_of_thousands_of_digits_is_one_line(tmp_path: Path):
    gold = tmp_path / "gold.txt"
    gold.write_text("[" + "9" * 5000 + "]:[0]\n", encoding="utf-8")
    test = tmp_path / "test.txt"
    test.write_text("[0]:[0]\n", encoding="utf-8")
    _one_line_error(run_bitext("evaluate", gold, test), 1, "gold.txt:1", "not a ladder line")


def test_a_paragraph_that_ends_in_a_web_address_stays_in_the_body():
    from bitext.text.ingest import ingest_file as ingest

    text = (
        "Title\n\nJapan acts. See https://x.org/r\n\nKorea watches.\n\n"
        + "\n\n".join(f"Paragraph {k} goes on." for k in range(30))
        + "\n\n(‘The original’, <https://www.asaninst.org/?p=94939>)\n\nA short note.\n"
    )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.txt"
        path.write_text(text, encoding="utf-8")
        result = ingest(path, "en")
    body = [s.text for s in result.document.sentences()]
    assert "See https://x.org/r" in body and "Paragraph 29 goes on." in body
    assert result.back_blocks == 2 and result.back_start.startswith("(‘The original’")


def test_a_back_marker_far_from_the_end_is_body(tmp_path: Path):
    paragraphs = [f"Paragraph {k} goes on." for k in range(40)]
    paragraphs.insert(3, "This article is an English summary of a longer brief.")
    source = tmp_path / "t.txt"
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    result = run_bitext("ingest", source, "--lang", "en", "-o", tmp_path / "t.xml")
    assert result.code == 0 and "back matter" not in result.err
    from bitext import read_document

    assert len(list(read_document(tmp_path / "t.xml").sentences())) == 41


def test_back_matter_is_reported(tmp_path: Path):
    source = tmp_path / "seed.txt"
    shutil.copy(CORPUS / "en" / "asan-2024-13s.en.txt", source)
    result = run_bitext("ingest", source, "--lang", "en", "-o", tmp_path / "en.xml")
    assert "bitext: note: 5 paragraphs from line 61 on ('This article is" in result.err


def test_a_paragraph_a_line_without_blank_lines_is_read_as_paragraphs(tmp_path: Path):
    source = tmp_path / "t.txt"
    source.write_text(
        "Japan acts. It acts now.\nKorea watches.\nThe summit ended in April.\n", "utf-8"
    )
    from bitext.text.ingest import ingest_file as ingest

    document = ingest(source, "en").document
    assert [len(block.sentences) for d in document.body for block in d.blocks()] == [2, 1, 1]
    wrapped = tmp_path / "w.txt"
    wrapped.write_text("Japan acts and\nKorea watches while\nthe summit ends.\n", "utf-8")
    assert len(list(ingest(wrapped, "en").document.sentences())) == 1


@pytest.mark.parametrize(
    "unit",
    ["It rose to 12. ", ". ", '"He said. ', "Dr. Kim met Mr. Lee. ", "1. a 2. b • c ", "See. . . "],
)
def test_segmentation_work_grows_linearly_with_the_text(unit: str, monkeypatch: pytest.MonkeyPatch):
    """Counted, not timed: the characters the engine's regular expressions are asked to look
    at, for a text and for the same text 8 times longer, differ by about 8 times."""
    import bitext.segment.engine as engine

    looked = [0]
    for name in ("_word_before", "_word_after"):
        original = getattr(engine, name)

        def counting(text: str, position: int, _original=original) -> str:  # type: ignore[no-untyped-def]
            looked[0] += 1
            return _original(text, position)

        monkeypatch.setattr(engine, name, counting)
    from bitext.segment import split_sentences

    def work(repeat: int) -> int:
        looked[0] = 0
        split_sentences(unit * repeat + "End.", "en")
        return looked[0]

    small, large = work(200), work(1600)
    assert large <= 8 * small + 50


BOMB_DOCTYPE = (
    b'<!DOCTYPE TEI [<!ENTITY a "INJECTED"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
)


@pytest.mark.parametrize(
    "prefix",
    [
        b"",
        b"<!--" + b"x" * (2 << 20) + b"-->\n",  # a DOCTYPE after a comment longer than 1 MiB
        b"<?pi " + b"y" * 70000 + b"?>\n",
    ],
    ids=["plain", "after-a-2-MiB-comment", "after-a-long-PI"],
)
def test_the_streaming_export_refuses_a_doctype_wherever_it_is(corpus: Path, prefix: bytes):
    path = corpus / ALIGN_NAME
    data = path.read_bytes()
    declaration, rest = data.split(b"\n", 1)
    path.write_bytes(
        declaration
        + b"\n"
        + prefix
        + BOMB_DOCTYPE
        + b"\n"
        + rest.replace(b"<note>", b"<note>&c;", 1)
    )
    out = corpus / "x.tmx"
    result = run_bitext("export", path, "-f", "tmx", "-o", out)
    _one_line_error(result, 1, "DOCTYPE")
    assert not out.exists()
    document = corpus / "en" / "asan-2024-13s.en.xml"
    text = document.read_bytes()
    document.write_bytes(text.replace(b"<TEI ", prefix + BOMB_DOCTYPE + b"<TEI ", 1))
    from bitext.tei.stream import iter_aligned_sentences

    with pytest.raises(ParseError, match="DOCTYPE"):
        list(iter_aligned_sentences(document))


def test_a_utf16_file_without_bom_is_never_expanded(corpus: Path):
    path = corpus / ALIGN_NAME
    text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='UTF-8'?>", "")
    text = BOMB_DOCTYPE.decode() + text.replace("<note>", "<note>&c;", 1)
    path.write_bytes(text.encode("utf-16-le"))
    out = corpus / "x.tmx"
    result = run_bitext("export", path, "-f", "tmx", "-o", out)
    assert result.code == 1 and "Traceback" not in result.err
    assert not out.exists()


def test_every_command_reads_the_same_text_for_a_sentence_with_markup_inside(corpus: Path):
    from bitext import read_document
    from bitext.tei.stream import iter_aligned_sentences

    document = corpus / "en" / "asan-2024-13s.en.xml"
    original = "In the context of declining approval ratings"
    text = document.read_text(encoding="utf-8")
    document.write_text(
        text.replace(original, "In the <!-- c -->context<?pi x?> of declining approval ratings"),
        encoding="utf-8",
    )
    whole = next(s.text for s in read_document(document).body_sentences())
    streamed = dict(iter_aligned_sentences(document))["en.p1.s1"]
    assert whole == streamed and whole.startswith(original)
    tsv = run_bitext("export", corpus / ALIGN_NAME, "-f", "tsv", "-o", "-")
    assert original in tsv.out
    info = run_bitext("info", document)
    assert info.code == 0
    # An element inside a sentence: read as text everywhere, reported by validate.
    document.write_text(
        text.replace(original, "In the <hi>context</hi> of declining approval ratings"),
        encoding="utf-8",
    )
    assert next(s.text for s in read_document(document).body_sentences()).startswith(original)
    assert dict(iter_aligned_sentences(document))["en.p1.s1"].startswith(original)
    problems = run_bitext("validate", document)
    assert problems.code == 1 and "sentence-content" in problems.out and "<hi>" in problems.out


def test_a_fifo_output_is_written_in_place(corpus: Path, tmp_path: Path):
    import os
    import threading

    fifo = tmp_path / "pipe.tsv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_bitext("export", corpus / ALIGN_NAME, "-f", "tsv", "-o", fifo)
    reader.join(timeout=30)
    assert result.code == 0, result.err
    assert fifo.is_fifo() and len(received[0].splitlines()) > 90


def test_an_existing_folder_as_output_is_one_line(corpus: Path, tmp_path: Path):
    folder = tmp_path / "out.tmx"
    folder.mkdir()
    result = run_bitext("export", corpus / ALIGN_NAME, "-f", "tmx", "-o", folder)
    _one_line_error(result, 2, "out.tmx", "is a folder")  # a usage error (OutputError)
    source = tmp_path / "en.txt"
    source.write_text(SENTENCES_EN, encoding="utf-8")
    assert run_bitext("ingest", source, "--lang", "en", "-o", folder).code == 2


def test_keeping_the_links_of_a_file_that_is_no_tei_alignment_is_one_line(tmp_path: Path):
    """--keep names the alignment whose manual links to keep: a ladder file (the other
    output align writes) or a TMX is refused in one line that says which file to give,
    not with an XML parser's complaint; nothing is written."""
    (tmp_path / "en.txt").write_text(SENTENCES_EN, encoding="utf-8")
    (tmp_path / "ko.txt").write_text(SENTENCES_KO, encoding="utf-8")
    langs = ["--source-lang", "en", "--target-lang", "ko"]
    ladder = tmp_path / "first.ladder"
    made = run_bitext(
        "align", tmp_path / "en.txt", tmp_path / "ko.txt", "--ladder", "-o", ladder, *langs
    )
    assert made.code == 0, made.err
    tmx = tmp_path / "first.tmx"
    made = run_bitext("align", tmp_path / "en.txt", tmp_path / "ko.txt", "-o", tmx, *langs)
    assert made.code == 0, made.err
    for kept in (ladder, tmx):
        result = run_bitext(
            "align",
            tmp_path / "en.txt",
            tmp_path / "ko.txt",
            "-o",
            tmp_path / "out.xml",
            "--keep",
            kept,
            *langs,
        )
        _one_line_error(result, 1, f"{kept}: is not a TEI alignment", "give bitext's TEI alignment")
        assert not (tmp_path / "out.xml").exists()

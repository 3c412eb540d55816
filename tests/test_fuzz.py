"""Fuzzing: every reader and command gives a result or a BitextError, nothing else.

Inputs are real files bitext wrote (TEI, TMX, PO, XLIFF 1.2 and 2.0, Moses, ladder) and one
hunalign wrote (its ladder of rungs), with random edits (bytes deleted, markup and awkward
bytes inserted), and arbitrary text. The number of cases per target is small in CI; set
BITEXT_FUZZ_EXAMPLES (e.g. 5000) for a long run on demand.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bitext import BitextError, ingest_text, read_alignment, read_document
from bitext.align import align_sentences
from bitext.exchange import export_corpus
from bitext.formats.jsonl import read_jsonl
from bitext.formats.ladder import read_ladder
from bitext.formats.moses import read_moses
from bitext.formats.po import read_po
from bitext.formats.tmx import read_tmx
from bitext.formats.tsv import read_tsv
from bitext.formats.xliff import read_xliff
from bitext.formats.xlsxread import read_xlsx
from bitext.tei import write_alignment
from bitext.text import IngestOptions, ingest_file

from .conftest import ALIGN_SETS, ROOT, run_bitext

# Random text is rarely in the language it is read as: the warning is expected here.
pytestmark = [
    pytest.mark.filterwarnings("ignore::bitext.lang.scripts.LanguageMismatchWarning"),
    # Arbitrary bytes are detected as any language, often one without rules of its own.
    pytest.mark.filterwarnings("ignore::bitext.errors.GenericRulesWarning"),
]
EXAMPLES = int(os.environ.get("BITEXT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CORPUS = ROOT / "corpus"
# What edits insert: markup, entities, encodings' marks, controls and Hangul.
TOKENS = [
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#xD800;",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b'<!ENTITY e SYSTEM "file:///etc/passwd">',
    b"&e;",
    b"]]>",
    b"<![CDATA[x]]>",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xed\xa0\x80",
    b"\r",
    b"\n\n",
    b'xml:lang="EN-us"',
    b'subtype="reviewed"',
    b'cert="nan"',
    b'target="a#b c#d"',
    b"</seg>",
    b"<tuv>",
    b"</s>",
    b'<s xml:id="x">',
    b"<!-- c -->",
    b"<?pi x?>",
    b"msgid ",
    b'"\\',
    b"[1, 2]:[]",
    b"\xed\x95\x9c",
    b"7,683.13 ",
    b"9" * 400,
]


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[float, int, bytes]]:
    """A few edits: where (a fraction of the length), how many bytes to delete, what to insert."""
    inserted = st.one_of(st.sampled_from(TOKENS), st.binary(max_size=8))
    edit = st.tuples(st.floats(0, 1), st.integers(0, 40), inserted)
    return draw(st.lists(edit, min_size=1, max_size=4))


def mutate(data: bytes, changes: list[tuple[float, int, bytes]]) -> bytes:
    """``data`` with each edit applied in turn."""
    for where, deleted, inserted in changes:
        at = int(where * len(data))
        data = data[:at] + inserted + data[at + deleted :]
    return data


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Small real files: a TEI pair with the first links of the corpus, and its exports."""
    folder = tmp_path_factory.mktemp("seeds")
    shutil.copytree(CORPUS / "en", folder / "en")
    shutil.copytree(CORPUS / "ko", folder / "ko")
    alignment = read_alignment(CORPUS / "asan-2024-13s.en-ko.xml")
    small = replace(alignment, links=alignment.links[:6], complete=False)
    write_alignment(small, folder / "a.xml")
    export_corpus(
        folder / "a.xml", ["tmx", "po", "xliff", "xliff2", "moses", "xlsx", "jsonl"], folder / "x"
    )
    files = {
        "alignment": folder / "a.xml",
        "tmx": folder / "x" / "a.tmx",
        "po": folder / "x" / "a.po",
        "xliff": folder / "x" / "a.xlf",
        "xliff2": folder / "x" / "a.xliff2.xlf",
        "moses.en": folder / "x" / "a.en",
        "moses.ko": folder / "x" / "a.ko",
        "xlsx": folder / "x" / "a.xlsx",
        "jsonl": folder / "x" / "a.jsonl",
    }
    seeds = {name: path.read_bytes() for name, path in files.items()}
    document = (CORPUS / "en" / "asan-2024-13s.en.xml").read_bytes()
    seeds["document"] = document[:3000] + document[document.index(b"</front>") :][:2500]
    seeds["ladder"] = b"[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n"
    # hunalign's own ladder (rungs), as it wrote it for a test document: its first lines.
    hunalign = (ALIGN_SETS / "news-dev-001.hunalign").read_bytes()
    seeds["hunalign"] = b"".join(hunalign.splitlines(keepends=True)[:12])
    seeds["tsv"] = "en\tko\nJapan acts.\t일본이 행동한다.\nKorea\\twatches.\t\n".encode()
    seeds["text"] = (CORPUS / "en" / "asan-2024-13s.en.txt").read_bytes()[:2000]
    seeds.update(_document_seeds(folder))
    return seeds


def _document_seeds(folder: Path) -> dict[str, bytes]:
    """A small DOCX, web page, PDF and HWPX, made as the reader tests make them."""
    from fpdf import FPDF

    from .test_readers import (
        EN_BYLINE,
        EN_PARAGRAPHS,
        EN_TITLE,
        SRT,
        _docx,
        _epub,
        _hwpx,
        _markdown,
        _odt,
        _page,
    )

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for paragraph in EN_PARAGRAPHS:
        pdf.multi_cell(0, 6, " ".join(paragraph))
        pdf.ln(4)
    pdf.output(str(folder / "seed.pdf"))
    return {
        "docx": _docx(folder / "s.docx", EN_TITLE, EN_BYLINE, "1. A", EN_PARAGRAPHS).read_bytes(),
        "html": _page(),
        "pdf": (folder / "seed.pdf").read_bytes(),
        "hwpx": _hwpx(folder / "s.hwpx").read_bytes(),
        "markdown": _markdown(folder / "s.md").read_bytes(),
        "odt": _odt(folder / "s.odt").read_bytes(),
        "epub": _epub(folder / "s.epub").read_bytes(),
        "subtitles": SRT.encode(),
    }


def _must_not_crash(read: Callable[[Path], object], path: Path) -> None:
    with contextlib.suppress(BitextError):
        read(path)


READERS: dict[str, Callable[[Path], object]] = {
    "document": read_document,
    "alignment": read_alignment,
    "tmx": read_tmx,
    "po": read_po,
    "xliff": read_xliff,
    "xliff2": read_xliff,
    "moses.en": lambda p: read_moses(p, p, "en", "ko"),
    "ladder": read_ladder,
    "hunalign": read_ladder,
    "xlsx": read_xlsx,
    "tsv": read_tsv,
    "jsonl": read_jsonl,
    "text": lambda p: ingest_file(p, "en"),
    # Each document reader, forced (a damaged file may no longer look like its format) ...
    "docx": lambda p: ingest_file(p, "en", IngestOptions(format="docx")),
    "html": lambda p: ingest_file(p, "ko", IngestOptions(format="html")),
    "pdf": lambda p: ingest_file(p, "en", IngestOptions(format="pdf")),
    "hwpx": lambda p: ingest_file(p, "ko", IngestOptions(format="hwpx")),
    "markdown": lambda p: ingest_file(p, "en", IngestOptions(format="markdown")),
    "odt": lambda p: ingest_file(p, "en", IngestOptions(format="odt")),
    "epub": lambda p: ingest_file(p, "en", IngestOptions(format="epub")),
    "subtitles": lambda p: ingest_file(p, "en", IngestOptions(format="subtitles")),
    # ... and the whole path: format from the content, language detected.
    "any": lambda p: ingest_file(p),
}


_SEED_OF = {"any": "docx"}


@pytest.mark.parametrize("kind", sorted(READERS))
@pytest.mark.filterwarnings("ignore::bitext.errors.UnmappedGlyphsWarning")  # a damaged font
@pytest.mark.filterwarnings("ignore::bitext.errors.PdfReadWarning")  # a damaged PDF, as meant
@FUZZ
@given(changes=edits())
def test_every_reader_gives_a_result_or_a_bitext_error(
    seeds: dict[str, bytes], tmp_path: Path, kind: str, changes: list[tuple[float, int, bytes]]
):
    path = tmp_path / f"input.{kind}"
    path.write_bytes(mutate(seeds[_SEED_OF.get(kind, kind)], changes))
    _must_not_crash(READERS[kind], path)


@pytest.mark.parametrize("kind", sorted(READERS))
@FUZZ
@given(data=st.binary(max_size=300))
def test_every_reader_survives_arbitrary_bytes(tmp_path: Path, kind: str, data: bytes):
    path = tmp_path / f"bytes.{kind}"
    path.write_bytes(data)
    _must_not_crash(READERS[kind], path)


sentence = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("0123456789,.-% 억만천 한국일본 Japan $€ Expédition l'été ’ßüÉ"),
    ),
    min_size=1,
    max_size=60,
)


@FUZZ
@given(
    source=st.lists(sentence, max_size=12),
    target=st.lists(sentence, max_size=12),
    langs=st.sampled_from([("en", "ko"), ("de", "fr")]),  # the latter with cognates
)
def test_align_sentences_on_arbitrary_text(
    source: list[str], target: list[str], langs: tuple[str, str]
):
    try:
        beads = align_sentences(source, target, *langs)
    except BitextError:
        return
    assert sorted(i for b in beads for i in b.source) == list(range(len(source)))
    assert sorted(j for b in beads for j in b.target) == list(range(len(target)))


@FUZZ
@given(text=st.text(max_size=400), lang=st.sampled_from(["en", "ko"]))
def test_ingest_of_arbitrary_text(text: str, lang: str):
    with contextlib.suppress(BitextError):
        ingest_text(text, lang)


COMMANDS = [
    ["info", "{file}"],
    ["validate", "{file}"],
    ["segment", "{file}", "--lang", "ko"],
    ["ingest", "{file}", "--lang", "en", "-o", "{out}"],
    ["export", "{file}", "-f", "tmx", "-o", "{out}"],
    ["import", "{file}", "-f", "tmx", "-o", "{dir}"],
    ["import", "{file}", "-f", "xliff", "-o", "{dir}"],
    ["import", "{file}", "-f", "po", "-o", "{dir}"],
    ["evaluate", "{file}", "{file}"],
    ["align", "{file}", "{file}", "--source-lang", "en", "--target-lang", "ko", "-o", "{out}"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
@settings(
    max_examples=max(10, EXAMPLES // 3),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(kind=st.sampled_from(sorted(READERS)), changes=edits())
def test_commands_on_arbitrary_files_end_in_one_line_or_success(
    seeds: dict[str, bytes],
    tmp_path: Path,
    command: list[str],
    kind: str,
    changes: list[tuple[float, int, bytes]],
):
    path = tmp_path / "input.xml"
    path.write_bytes(mutate(seeds[_SEED_OF.get(kind, kind)], changes))
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    args = [
        a.format(
            file=path, out=out_dir / "o.tmx" if "tmx" in command else out_dir / "o.xml", dir=out_dir
        )
        for a in command
    ]
    result = run_bitext(*args)
    assert result.code in (0, 1, 2), (result.code, result.err)
    assert "Traceback" not in result.err
    if result.code:
        lines = [line for line in result.err.splitlines() if not line.startswith("bitext: warning")]
        assert len(lines) == 1, result.err
        assert lines[0].startswith(("bitext: error:", "bitext validate:")), result.err

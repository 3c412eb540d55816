"""Ingest at any size gives the same TEI, byte for byte, as ingest in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bitext import BitextError
from bitext.tei import document_to_bytes
from bitext.text import IngestOptions, ingest_file
from bitext.text.streaming import ingest_to_file

from .conftest import ROOT

pytestmark = pytest.mark.filterwarnings("ignore::bitext.lang.scripts.LanguageMismatchWarning")


def _both(path: Path, lang: str, tmp: Path, options: IngestOptions | None = None) -> None:
    out = tmp / "streamed.xml"
    try:
        result = ingest_file(path, lang, options)
    except BitextError as error:
        with pytest.raises(type(error)):
            ingest_to_file(path, lang, out, options)
        return
    report = ingest_to_file(path, lang, out, options)
    assert out.read_bytes() == document_to_bytes(result.document)
    body = result.document
    assert report.sentences == len(list(body.body_sentences()))
    assert report.paragraphs == sum(len(d.paragraphs) for d in body.body)
    assert report.divisions == len(body.body)
    assert (report.repaired_breaks, report.back_blocks, report.back_line, report.back_start) == (
        result.repaired_breaks,
        result.back_blocks,
        result.back_line,
        result.back_start,
    )
    assert (report.encoding, report.dropped_chars) == (result.encoding, result.dropped_chars)


@pytest.mark.parametrize(
    ("name", "lang"),
    [("en/asan-2024-13s.en.txt", "en"), ("ko/asan-2024-13s.ko.txt", "ko")],
)
def test_the_corpus_is_ingested_the_same_by_both_ways(name: str, lang: str, tmp_path: Path):
    _both(ROOT / "corpus" / name, lang, tmp_path)


def test_header_options_and_overrides_are_the_same(tmp_path: Path):
    options = IngestOptions(title="A title", front_blocks=0, back_blocks=2, notes=("n",))
    _both(ROOT / "corpus" / "en" / "asan-2024-13s.en.txt", "en", tmp_path, options)


pieces = st.sampled_from(
    [
        "Japan acts.",
        "Korea watches the summit closely.",
        "1. The Evolution of the Alliance",
        "the sentence goes on after a page break.",
        "한국은 지켜본다.",
        "Dr. Choi came at 4 p.m. Both sides agreed.",
        "This article is an English summary of a brief.",
        "(‘The original’, <https://x.org/?p=1>)",
        "Title Line",
        "2024.8.7",
        "2",  # a page's number, and a running header: page furniture held across a break
        "Asan Issue Brief 2024-13(S)",
        "See https://x.org/r",
        "• a bullet item",
        "",
        "",
    ]
)
breaks = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", " ", "\n\n\n", "\u2028", "\x0c"])


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=st.lists(st.tuples(pieces, breaks), max_size=30), bom=st.booleans())
def test_random_texts_are_ingested_the_same_by_both_ways(
    tmp_path: Path, parts: list[tuple[str, str]], bom: bool
):
    text = "".join(piece + brk for piece, brk in parts)
    path = tmp_path / "t.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    _both(path, "en", tmp_path)


def test_a_legacy_korean_file_and_a_bad_byte_are_found_the_same_way(tmp_path: Path):
    korean = tmp_path / "ko.txt"
    korean.write_bytes("제목\n\n한국은 지켜본다. 일본은 행동한다.\n".encode("cp949"))
    _both(korean, "ko", tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Japan acts.\nKorea \xff watches.\n")
    with pytest.raises(BitextError, match=r"bad.txt:2: column 7: byte 0xff"):
        ingest_to_file(bad, "en", tmp_path / "o.xml")
    assert not (tmp_path / "o.xml").exists()

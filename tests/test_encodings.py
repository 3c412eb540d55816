"""Decoding: every supported encoding, NFD input, legacy Korean, and refusals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bitext import ParseError, ingest_file
from bitext.text import decode_bytes

KO = "미일동맹의 진화와 한국에의 함의를 살펴본다.\n\n일본의 안보 정책이 바뀌고 있다."
EN = "The alliance is changing.\n\nJapan\u2019s policy is \u201cnew\u201d."


def _sentences(path: Path, lang: str, **kw: str) -> list[str]:
    from bitext.text import IngestOptions

    result = ingest_file(path, lang, IngestOptions(**kw))  # type: ignore[arg-type]
    return [s.text for s in result.document.sentences()]


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-be-bom", "utf-16"),
        ("utf-32", "utf-32"),
    ],
)
def test_unicode_encodings_with_and_without_bom(tmp_path: Path, encoding: str, reported: str):
    path = tmp_path / "ko.txt"
    if encoding == "utf-16-be-bom":
        path.write_bytes(b"\xfe\xff" + KO.encode("utf-16-be"))
    else:
        path.write_bytes(KO.encode(encoding))
    result = ingest_file(path, "ko")
    assert result.encoding == reported
    assert [s.text for s in result.document.sentences()] == KO.split("\n\n")


@pytest.mark.parametrize("legacy", ["euc-kr", "cp949"])
def test_legacy_korean_is_detected_as_cp949_and_reported(tmp_path: Path, legacy: str):
    text = KO + "\n\n똠방각하 펲시콜라." if legacy == "cp949" else KO  # 똠, 펲 exist only in CP949
    path = tmp_path / "ko.txt"
    path.write_bytes(text.encode(legacy))
    result = ingest_file(path, "ko")
    assert result.encoding == "cp949"
    assert [s.text for s in result.document.sentences()] == text.split("\n\n")


def test_legacy_detection_is_only_for_korean(tmp_path: Path):
    path = tmp_path / "en.txt"
    path.write_bytes(KO.encode("cp949"))
    with pytest.raises(ParseError, match=r"en\.txt:1: column 1: byte 0x.. cannot be decoded"):
        ingest_file(path, "en")


def test_encoding_option_overrides_detection(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 society is here.".encode("latin-1"))
    with pytest.raises(ParseError, match="pass --encoding"):
        ingest_file(path, "en")
    assert _sentences(path, "en", encoding="latin-1") == ["Café society is here."]


def test_undecodable_bytes_name_line_and_column(tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Good line.\n\nBad \xff\xfe\xfd here.")
    with pytest.raises(ParseError) as info:
        ingest_file(path, "ko")
    assert str(info.value).startswith(
        f"{path}:3: column 5: byte 0xff cannot be decoded as utf-8 or cp949"
    )


def test_binary_file_is_refused(tmp_path: Path):
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ParseError, match="binary"):
        ingest_file(path, "en")


def test_decomposed_hangul_from_macos_is_composed(tmp_path: Path):
    path = tmp_path / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", KO).encode("utf-8"))
    result = ingest_file(path, "ko")
    assert result.recomposed
    assert [s.text for s in result.document.sentences()] == KO.split("\n\n")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalized(tmp_path: Path, newline: str):
    path = tmp_path / "crlf.txt"
    path.write_bytes(EN.replace("\n", newline).encode())
    assert _sentences(path, "en") == EN.split("\n\n")


def test_unknown_encoding_name_is_refused():
    with pytest.raises(ParseError, match="unknown encoding 'klingon'"):
        decode_bytes(b"x", "f.txt", "en", "klingon")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_file_whose_first_paragraph_outgrows_the_sample_is_read_whole(
    tmp_path: Path, encoding: str
):
    # Aligning looks at the first 256 KB to tell one sentence a line from paragraphs; a
    # paragraph longer than that (text extracted with no line breaks) was cut inside a
    # character there and refused as undecodable, or read as one sentence a line.
    from bitext.pipeline import load_alignment_input

    words = " ".join(["동맹은", "변한다"] * 60_000)  # 3 bytes a syllable in UTF-8
    path = tmp_path / "long.ko"
    path.write_text(f"{words}\n\n짧은 문단이다. 또 하나이다.\n", encoding=encoding)
    loaded = load_alignment_input(path, "ko", "--target-lang")
    texts = [s.text for s in loaded.document.sentences()]
    assert loaded.format == "text" and texts[-2:] == ["짧은 문단이다.", "또 하나이다."]
    assert "".join(texts[:-2]).replace(" ", "") == words.replace(" ", "")

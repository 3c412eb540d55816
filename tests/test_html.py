"""The HTML view in a real browser: headless Chromium renders it (not blank, both languages)."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from bitext.exchange import export_corpus

from .conftest import ROOT
from .tools import command, korean_font

ALIGN = ROOT / "corpus" / "asan-2024-13s.en-ko.xml"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    korean_font()
    return command("chromium")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "view.html"
    export_corpus(ALIGN, ["html"], out)
    return out


def test_page_is_self_contained(page: Path):
    text = page.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text and "<link" not in text
    assert text.count('data-link="l2"') == 3  # a 2-1 link: two English spans, one Korean


@pytest.mark.conformance
def test_chromium_renders_both_languages(chromium: str, page: Path, tmp_path: Path):
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "In the context of declining approval ratings" in dom.stdout
    assert "지지율 하락 속에서 기시다 총리의" in dom.stdout
    shot = tmp_path / "page.png"
    subprocess.run(
        [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1200,900",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    width, height, pixels = _png_rows(shot.read_bytes())
    assert (width, height) == (1200, 900)
    assert len(set(pixels)) > 20, "the screenshot is blank"


def _png_rows(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, width, height = 8, b"", 0, 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    return width, height, zlib.decompress(idat)

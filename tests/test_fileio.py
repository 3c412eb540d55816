"""Atomic writes: a failure mid-write never damages the existing file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bitext import OutputError
from bitext._fileio import atomic_write_bytes


def test_replace_is_atomic_and_leaves_no_temp_file(tmp_path: Path):
    target = tmp_path / "f.xml"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.xml"]


def test_failure_during_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "f.xml"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.xml"]


def test_missing_directory_is_an_output_error(tmp_path: Path):
    with pytest.raises(OutputError, match="does not exist; create it first"):
        atomic_write_bytes(tmp_path / "missing" / "f.xml", b"x")


def _big_corpus(folder: Path, size: int) -> Path:
    """A TEI pair of ``size`` sentences a side, aligned 1-1, written with the library."""
    from bitext import Alignment, Link, LinkStatus, ingest_text, write_alignment, write_document

    english = " ".join(f"Sentence number {k} says that prices rose {k % 97}%." for k in range(size))
    korean = " ".join(f"{k}번 문장은 물가가 {k % 97}% 올랐다고 말한다." for k in range(size))
    documents = [ingest_text(english, "en"), ingest_text(korean, "ko")]
    write_document(documents[0], folder / "en.xml")
    write_document(documents[1], folder / "ko.xml")
    pairs = zip(documents[0].sentences(), documents[1].sentences(), strict=True)
    links = tuple(
        Link(f"l{n}", (s.id,), (t.id,), LinkStatus.AUTOMATIC, 0.9) for n, (s, t) in enumerate(pairs)
    )
    write_alignment(Alignment("en.xml", "ko.xml", "en", "ko", links), folder / "a.xml")
    return folder / "a.xml"


def _undated(data: bytes) -> bytes:
    import re

    return re.sub(rb'creationdate="[^"]*"', b"", data)


def test_kill_9_during_an_export_leaves_the_old_file_or_the_new_one(tmp_path: Path):
    import random
    import signal
    import subprocess
    import sys
    import time

    alignment = _big_corpus(tmp_path, 6_000)
    out = tmp_path / "out.tmx"
    command = [
        sys.executable,
        "-m",
        "bitext",
        "export",
        str(alignment),
        "-f",
        "tmx",
        "-o",
        str(out),
    ]
    subprocess.run(command, check=True, capture_output=True)
    new = out.read_bytes()
    old = b"the translator's previous file\n"
    rng = random.Random(7)
    outcomes = set()
    for _ in range(6):
        out.write_bytes(old)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = out.read_bytes()
        # Only the creation dates differ between two runs.
        assert now == old or _undated(now) == _undated(new)
        outcomes.add("old" if now == old else "new")
    # Temporary files of killed runs are cleaned by the next write.
    subprocess.run(command, check=True, capture_output=True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert "old" in outcomes  # at least one kill landed mid-export


def test_kill_9_during_an_import_never_leaves_a_new_alignment_beside_old_documents(
    tmp_path: Path,
):
    """The three files of an import are written as a set, the alignment renamed last."""
    import random
    import signal
    import subprocess
    import sys
    import time

    alignment = _big_corpus(tmp_path, 4_000)
    exchange = tmp_path / "big.tmx"
    bitext = [sys.executable, "-m", "bitext"]
    subprocess.run(
        [*bitext, "export", str(alignment), "-f", "tmx", "-o", str(exchange)], check=True
    )
    out = tmp_path / "out"
    out.mkdir()
    command = [*bitext, "import", str(exchange), "-f", "tmx", "-o", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    names = ["big.en.xml", "big.ko.xml", "big.en-ko.xml"]
    new = {name: (out / name).read_bytes() for name in names}
    old = {name: f"old {name}\n".encode() for name in names}
    rng = random.Random(11)
    for _ in range(6):
        for name in names:
            (out / name).write_bytes(old[name])
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = {name: (out / name).read_bytes() for name in names}
        assert all(now[name] in (old[name], new[name]) for name in names)  # never half-written
        if now["big.en-ko.xml"] == new["big.en-ko.xml"]:
            assert now["big.en.xml"] == new["big.en.xml"] and now["big.ko.xml"] == new["big.ko.xml"]

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

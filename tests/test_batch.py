"""Many document pairs: identical results one by one, on processes and on a Dask cluster;
resumable after a kill; a failing pair never stops the others."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from bitext import batch
from bitext.align import align_documents
from bitext.align.documents import DocumentPair
from bitext.batch import (
    BatchPair,
    BatchSettings,
    align_many,
    pair_folders,
    read_manifest,
    tree_digest,
)
from bitext.errors import ParseError
from bitext.tei import read_alignment
from bitext.text import read_sentence_lines

from .conftest import ALIGN_SETS, run_bitext

NAMES = ["news-dev-001", "news-dev-004", "news-dev-summary-004"]


def _pairs(folder: Path, copies: int = 1) -> list[BatchPair]:
    """The test documents (one sentence a line), ``copies`` times under other names."""
    pairs = []
    for copy in range(copies):
        for name in NAMES:
            stem = f"{name}-{copy}"
            for suffix in ("en", "ko"):
                shutil.copy(ALIGN_SETS / f"{name}.{suffix}", folder / f"{stem}.{suffix}")
            pairs.append(BatchPair(stem, folder / f"{stem}.en", folder / f"{stem}.ko", "en", "ko"))
    return pairs


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_batch_aligns_as_align_documents_does(tmp_path: Path):
    pairs = _pairs(tmp_path)
    results = align_many(pairs, BatchSettings(tmp_path / "out"))
    assert [r.status for r in results] == ["done"] * 3
    documents = [
        DocumentPair(read_sentence_lines(p.source, "en"), read_sentence_lines(p.target, "ko"))
        for p in pairs
    ]
    expected = align_documents(documents)
    for pair, alignment in zip(pairs, expected, strict=True):
        written = read_alignment(tmp_path / "out" / f"{pair.name}.xml")
        assert written.links == alignment.links


def test_processes_and_a_dask_cluster_give_identical_outputs(tmp_path: Path):
    distributed = pytest.importorskip("dask.distributed")
    pairs = _pairs(tmp_path)
    settings = {name: BatchSettings(tmp_path / name, ("tsv",)) for name in ("one", "pool", "dask")}
    align_many(pairs, settings["one"])
    with ProcessPoolExecutor(max_workers=2) as pool:
        align_many(pairs, settings["pool"], executor=pool)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        results = align_many(pairs, settings["dask"], executor=client.get_executor())
    assert [r.status for r in results] == ["done"] * 3
    one = _outputs(tmp_path / "one")
    assert len(one) == 3 * 4 + 1  # alignment, two documents and a TSV a pair; the lexicon
    assert _outputs(tmp_path / "pool") == one
    assert _outputs(tmp_path / "dask") == one


def test_a_killed_run_continues_with_only_the_missing_pairs(tmp_path: Path):
    pairs = _pairs(tmp_path, copies=6)
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text(
        "".join(f"{p.source.name}\t{p.target.name}\t{p.name}\ten\tko\n" for p in pairs), "utf-8"
    )
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "bitext",
        "align-many",
        "--manifest",
        str(manifest),
        "-o",
        str(out),
        "--jobs",
        "1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(_finished(out)) < 4:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = _finished(out)
    assert 4 <= len(before) < len(pairs), "the kill should land midway"
    rerun = run_bitext(*command[3:])
    assert rerun.code == 0, rerun.err
    results = align_many(read_manifest(manifest), BatchSettings(out))
    assert all(r.status == "skipped" for r in results)
    summary = rerun.err.splitlines()[-2].split()
    assert int(summary[2]) >= len(before)  # skipped: at least those finished before the kill
    assert int(summary[1]) + int(summary[2]) == len(pairs)
    clean = tmp_path / "clean"
    align_many(read_manifest(manifest), BatchSettings(clean))
    assert _outputs(clean) == _outputs(out)


def _finished(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return [p.name for p in folder.glob("*.xml") if b"batch-digest=" in p.read_bytes()[:8192]]


def test_a_failing_pair_is_reported_and_the_others_are_done(tmp_path: Path):
    pairs = _pairs(tmp_path)
    broken = tmp_path / "broken.en"
    broken.write_bytes(b"Japan acts.\n\xff\xfe broken\n")
    pairs.insert(1, BatchPair("broken", broken, pairs[0].target, "en", "ko"))
    results = align_many(pairs, BatchSettings(tmp_path / "out"))
    assert [r.status for r in results] == ["done", "failed", "done", "done"]
    assert "broken.en:2" in results[1].error and "cannot be decoded" in results[1].error
    manifest = tmp_path / "m.tsv"
    manifest.write_text(
        "".join(f"{p.source}\t{p.target}\t{p.name}\ten\tko\n" for p in pairs), "utf-8"
    )
    result = run_bitext("align-many", "--manifest", manifest, "-o", tmp_path / "cli", "--jobs", "1")
    assert result.code == 1
    assert "bitext: broken: failed:" in result.err and "Traceback" not in result.err
    assert result.err.splitlines()[-2].split()[:4] == ["4", "3", "0", "1"]


def test_a_manifest_line_without_languages_is_a_clear_error(tmp_path: Path):
    manifest = tmp_path / "m.tsv"
    manifest.write_text("# pairs\na.txt\tb.txt\n", "utf-8")
    with pytest.raises(ParseError, match=r"m.tsv:2: pair 'a' has no languages"):
        list(read_manifest(manifest))
    assert [p.name for p in read_manifest(manifest, "en", "ko")] == ["a"]


def test_options_that_name_no_pair_are_refused_in_one_line(tmp_path: Path):
    # A manifest of comments only, or folders whose files share no name (a.en.txt beside
    # a.ko.txt), would align nothing and exit 0 with an empty table.
    manifest = tmp_path / "m.tsv"
    manifest.write_text("# SOURCE\tTARGET\n\n", "utf-8")
    listed = run_bitext("align-many", "--manifest", manifest, "-o", tmp_path / "a")
    assert listed.code == 1 and "Traceback" not in listed.err
    assert listed.err.strip() == f"bitext: error: {manifest}: lists no pair; give one " + (
        "SOURCE<TAB>TARGET line a pair"
    )
    sources, targets = tmp_path / "en", tmp_path / "ko"
    sources.mkdir()
    targets.mkdir()
    (sources / "a.en.txt").write_text("Japan acts.\n", "utf-8")
    (targets / "a.ko.txt").write_text("일본이 움직인다.\n", "utf-8")
    folders = ["--source-dir", sources, "--target-dir", targets]
    named = run_bitext(
        "align-many", *folders, "--source-lang", "en", "--target-lang", "ko", "-o", tmp_path / "b"
    )
    assert named.code == 1 and len(named.err.strip().splitlines()) == 1
    assert f"{sources}: no file here has a namesake in {targets}" in named.err
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_a_manifest_saved_by_a_windows_editor_reads_its_first_path_whole(tmp_path: Path):
    # Notepad and Excel ("Unicode text") write a byte-order mark; a legacy code page is not
    # UTF-8 and is said to be so, with the line.
    manifest = tmp_path / "m.tsv"
    manifest.write_bytes("\ufeffdoc one.en\tdoc one.ko\r\n".encode("utf-8"))
    assert [(p.source.name, p.name) for p in read_manifest(manifest, "en", "ko")] == [
        ("doc one.en", "doc_one")  # named by its file: a name that is a file name
    ]
    manifest.write_bytes("a.en\tb.ko\nc\xe9.en\td.ko\n".encode("cp1252"))
    with pytest.raises(ParseError, match=r"m.tsv:2: .*cannot be decoded"):
        list(read_manifest(manifest, "en", "ko"))


def test_two_pairs_never_share_a_name_and_so_never_overwrite_each_other(tmp_path: Path):
    manifest = tmp_path / "m.tsv"
    manifest.write_text("a/report.en\ta/report.ko\nb/report.en\tb/report.ko\n", "utf-8")
    with pytest.raises(ParseError, match=r"m.tsv:2: pair name 'report' is line 1's too"):
        list(read_manifest(manifest, "en", "ko"))
    sources, targets = tmp_path / "en", tmp_path / "ko"
    for folder in (sources, targets):
        folder.mkdir()
        for name in ("brief.txt", "brief.md", "brief.v2.txt"):
            (folder / name).write_text("Japan acts.\n", "utf-8")
    with pytest.raises(ParseError, match=r"brief.txt: is named 'brief' as brief.md is"):
        list(pair_folders(sources, targets, "en", "ko"))
    (sources / "brief.md").unlink()
    names = [p.name for p in pair_folders(sources, targets, "en", "ko")]
    assert names == ["brief", "brief.v2"]  # only the extension goes


def test_the_command_on_two_folders_with_a_local_dask_cluster(tmp_path: Path):
    pytest.importorskip("dask.distributed")
    sources, targets = tmp_path / "en", tmp_path / "ko"
    sources.mkdir()
    targets.mkdir()
    for pair in _pairs(tmp_path):
        shutil.copy(pair.source, sources / f"{pair.name}.txt")
        shutil.copy(pair.target, targets / f"{pair.name}.txt")
    common = [
        "--source-dir",
        sources,
        "--target-dir",
        targets,
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "-f",
        "tmx,tsv",
    ]
    dask = run_bitext(
        "align-many", *common, "-o", tmp_path / "dask", "--scheduler", "local", "--jobs", "2"
    )
    assert dask.code == 0, dask.err
    assert dask.err.splitlines()[-2].split()[:4] == ["3", "3", "0", "0"]
    one = run_bitext("align-many", *common, "-o", tmp_path / "one", "--jobs", "1")
    assert one.code == 0, one.err
    tsv = sorted((tmp_path / "one").glob("*.tsv"))
    assert len(tsv) == 3
    assert [p.read_bytes() for p in tsv] == [(tmp_path / "dask" / p.name).read_bytes() for p in tsv]
    missing = run_bitext("align-many", "--source-dir", sources, "-o", tmp_path / "x")
    assert missing.code == 2 and "--manifest or both --source-dir and --target-dir" in missing.err
    unknown = run_bitext("align-many", *common[:8], "-o", tmp_path / "y", "-f", "docx")
    assert unknown.code == 2 and "unknown format 'docx'" in unknown.err


def test_a_rerun_after_bitext_changed_aligns_again(tmp_path: Path, monkeypatch):
    """Pairs done by another build of bitext (other code or data, the same version) are
    aligned afresh, not skipped: results of two builds never mix in one output folder."""
    pairs = _pairs(tmp_path)
    out = BatchSettings(tmp_path / "out")
    assert [r.status for r in align_many(pairs, out)] == ["done"] * 3
    assert [r.status for r in align_many(pairs, out)] == ["skipped"] * 3
    monkeypatch.setattr(batch, "code_digest", lambda: "0" * 64)
    assert [r.status for r in align_many(pairs, out)] == ["done"] * 3


def test_the_code_digest_follows_sources_and_data_not_compiled_files(tmp_path: Path):
    package = tmp_path / "package"
    (package / "lang" / "data").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "align.py").write_text("x = 1\n", "utf-8")
    (package / "lang" / "data" / "stopwords.txt").write_text("the\n", "utf-8")
    first = tree_digest(package)
    (package / "__pycache__" / "align.cpython-311.pyc").write_bytes(b"\0compiled")
    (package / "_sweep.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\0elf")
    assert tree_digest(package) == first
    (package / "lang" / "data" / "stopwords.txt").write_text("the\na\n", "utf-8")
    changed = tree_digest(package)
    assert changed != first
    (package / "align.py").write_text("x = 2\n", "utf-8")
    assert tree_digest(package) not in (first, changed)


def test_a_review_threshold_reaches_each_pairs_po_and_a_new_one_exports_again(tmp_path: Path):
    import polib

    pairs = _pairs(tmp_path)
    out = tmp_path / "out"
    every = align_many(pairs, BatchSettings(out, ("po",)))
    assert [r.status for r in every] == ["done"] * 3
    po = sorted(out.glob("*.po"))
    assert all("fuzzy" in e.flags for p in po for e in polib.pofile(str(p)))
    doubtful = align_many(pairs, BatchSettings(out, ("po",), review_below=0.9))
    assert [r.status for r in doubtful] == ["done"] * 3  # the threshold is in the digest
    flags = [("fuzzy" in e.flags) for p in po for e in polib.pofile(str(p))]
    assert any(flags) and not all(flags)
    again = align_many(pairs, BatchSettings(out, ("po",), review_below=0.9))
    assert {r.status for r in again} == {"skipped"}  # nothing changed


def test_each_pair_and_the_summary_count_the_links_below_the_review_bar(tmp_path: Path):
    pairs = _pairs(tmp_path)
    for bar, told in ((None, 0.5), (0.95, 0.95)):
        out = tmp_path / f"out-{told}"
        results = align_many(pairs, BatchSettings(out, review_below=bar))
        for result in results:
            links = read_alignment(out / f"{result.name}.xml").links
            low = [link for link in links if link.score is not None and link.score < told]
            assert result.to_review == len(low)
        if bar is not None:
            assert sum(r.to_review for r in results) > 0
    # The command's summary adds them up under the bar it used.
    folders = tmp_path / "src", tmp_path / "tgt"
    for folder, side in zip(folders, ("en", "ko"), strict=True):
        folder.mkdir()
        for name in NAMES:
            shutil.copy(ALIGN_SETS / f"{name}.{side}", folder / f"{name}.txt")
    common = ["--source-dir", folders[0], "--target-dir", folders[1], "--jobs", "1"]
    langs = ["--source-lang", "en", "--target-lang", "ko"]
    run = run_bitext(
        "align-many", *common, *langs, "-o", tmp_path / "cli", "--review-below", "0.95"
    )
    assert run.code == 0, run.err
    header, totals = run.err.splitlines()[-3:-1]
    assert header.split()[-2:] == ["below", "0.95"]
    written = [read_alignment(tmp_path / "cli" / f"{name}.xml").links for name in NAMES]
    low = sum(
        1 for links in written for link in links if link.score is not None and link.score < 0.95
    )
    assert int(totals.split()[-1]) == low > 0

"""OmegaT, the free CAT tool translators use, loads what bitext writes: run headless in console
mode (Debian's OmegaT 3.6, installed by scripts/setup_conformance.py) on a project made here.

- XLIFF 1.2 and PO: OmegaT's pseudo-translation TMX lists every segment it found in the
  project's source files; each must be one of ours, none missing, none split or merged.
- TMX: a TMX in the project's ``tm/auto`` folder fills in every segment whose source it holds
  when OmegaT compiles the project; the translated document must read as our targets.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import polib
import pytest
from lxml import etree

from bitext.exchange import export_corpus

from .conftest import ROOT
from .tools import _missing, command

pytestmark = pytest.mark.conformance

ALIGN = ROOT / "corpus" / "asan-2024-13s.en-ko.xml"
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN</source_lang>
    <target_lang>KO</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneCJKTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("omegat-export")
    export_corpus(ALIGN, ["xliff", "po", "tmx"], folder)
    return folder


def _project(root: Path, sources: list[Path]) -> Path:
    for name in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (root / name).mkdir(parents=True, exist_ok=True)
    (root / "omegat.project").write_text(PROJECT, encoding="utf-8")
    for source in sources:
        (root / "source" / source.name).write_bytes(source.read_bytes())
    return root


def _omegat(project: Path, *options: str) -> None:
    if not OMEGAT_JAR.is_file():
        _missing("OmegaT (Debian package omegat)")
    proc = subprocess.run(
        [
            command("java"),
            "-Djava.awt.headless=true",
            "-jar",
            str(OMEGAT_JAR),
            str(project),
            *options,
            "--disable-project-locking",
            f"--config-dir={project / '.config'}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HOME": str(project)},
        check=False,
    )
    assert proc.returncode == 0 and "Finished" in proc.stdout, proc.stdout[-2000:]


def _segments(project: Path) -> list[str]:
    """The segments OmegaT found in the project's source files, from its pseudo-TMX."""
    pseudo = project / "pseudo.tmx"
    _omegat(
        project,
        "--mode=console-createpseudotranslatetmx",
        f"--pseudotranslatetmx={pseudo}",
        "--pseudotranslatetype=empty",
    )
    root = etree.parse(str(pseudo)).getroot()
    return ["".join(tu.find("tuv/seg").itertext()) for tu in root.iter("tu")]


def _tmx_pairs(path: Path) -> list[tuple[str, str]]:
    root = etree.parse(str(path)).getroot()
    return [
        (tu.findall("tuv")[0].findtext("seg"), tu.findall("tuv")[1].findtext("seg"))
        for tu in root.iter("tu")
    ]


def test_omegat_loads_every_xliff_unit_as_one_segment(exported: Path, tmp_path: Path):
    xliff = exported / "asan-2024-13s.en-ko.xlf"
    found = _segments(_project(tmp_path / "p", [xliff]))
    pairs = _tmx_pairs(exported / "asan-2024-13s.en-ko.tmx")
    # OmegaT's own XLIFF filter offers a unit's <target> for editing when it has one (so
    # the reviewer edits the translation); every unit is there once, none split or merged.
    assert sorted(found) == sorted(target for _, target in pairs)
    assert len(found) == len(pairs) == 96


def test_omegat_loads_every_po_entry_as_one_segment(exported: Path, tmp_path: Path):
    po = exported / "asan-2024-13s.en-ko.po"
    found = _segments(_project(tmp_path / "p", [po]))
    entries = [entry.msgid for entry in polib.pofile(str(po))]
    header = [s for s in found if s.startswith("Project-Id-Version:")]
    # OmegaT offers the PO header for translation too, as for every PO file.
    assert len(header) == 1
    assert sorted(s for s in found if s not in header) == sorted(entries)
    assert len(entries) == 96


def _translated_from_our_tmx(exported: Path, folder: Path) -> tuple[Path, list[tuple[str, str]]]:
    """A project whose source text is our TMX's source sentences, translated by OmegaT in
    console mode from that TMX (in tm/auto); the project and the TMX's pairs."""
    tmx = exported / "asan-2024-13s.en-ko.tmx"
    pairs = _tmx_pairs(tmx)
    text = folder / "sentences.txt"
    text.write_text("\n\n".join(source for source, _ in pairs) + "\n", encoding="utf-8")
    project = _project(folder / "p", [text])
    (project / "tm" / "auto" / tmx.name).write_bytes(tmx.read_bytes())
    _omegat(project, "--mode=console-translate")
    return project, pairs


def test_omegat_fills_a_document_from_the_tmx(exported: Path, tmp_path: Path):
    project, pairs = _translated_from_our_tmx(exported, tmp_path)
    translated = (project / "target" / "sentences.txt").read_text(encoding="utf-8")
    assert [p.strip() for p in translated.split("\n\n") if p.strip()] == [t for _, t in pairs]


def test_the_tmx_omegat_writes_imports_back(exported: Path, tmp_path: Path):
    # OmegaT's own TMX (project-omegat.tmx, -level1, -level2: a DOCTYPE line, languages as
    # "EN" and "KO", units sorted by source text) read back by bitext import.
    from bitext.formats.tmx import read_tmx

    project, pairs = _translated_from_our_tmx(exported, tmp_path)
    for level in ("omegat", "level1", "level2"):
        corpus = read_tmx(project / f"p-{level}.tmx")
        assert (corpus.source.lang, corpus.target.lang) == ("en", "ko"), level
        by_id = {s.id: s.text for d in (corpus.source, corpus.target) for s in d.sentences()}
        found = [
            (" ".join(by_id[i] for i in link.source), " ".join(by_id[i] for i in link.target))
            for link in corpus.alignment.links
        ]
        assert sorted(found) == sorted(set(pairs)), level
        # the translator's dates OmegaT writes on each target tuv are kept with the link
        dates = [
            tuv.get("changedate")
            for tuv in etree.parse(str(project / f"p-{level}.tmx")).iter("tuv")
            if (tuv.get("lang") or tuv.get("{http://www.w3.org/XML/1998/namespace}lang")) == "KO"
        ]
        kept = [
            note.text
            for link in corpus.alignment.links
            for note in link.notes
            if note.name == "tmx:target:changedate"
        ]
        assert kept == dates and all(dates), level


def test_omegat_shows_inline_codes_as_its_own_tags(tmp_path: Path):
    # The codes of a CAT tool's TMX, carried through TEI into an XLIFF 1.2 export, are tags in
    # OmegaT (protected, numbered <b0>...</b0>, <p1/>), not text a translator could break.
    from .test_formats import _coded_units, _write

    xliff = _write("xliff", _coded_units(tmp_path), tmp_path)
    found = _segments(_project(tmp_path / "p", [xliff]))
    # (the first unit's text has a line break inside, as CODED_TMX's segment has: written
    # with xml:space="preserve", OmegaT keeps it, as it keeps any white space a unit has;
    # the TMX's hi, an annotation, is an mrk in XLIFF 1.2: OmegaT's m tag, no longer a code
    # holding '<hi type="x-em">', its h tag)
    assert sorted(found) == sorted(
        ["<b0>시작</b0>을\n 누르라. <p1/><i2>엔이 든다.", "아직 <m0>기울임</m0></i1>."]
    )


def _segments_after_a_round_trip(folder: Path, text: str) -> list[str]:
    """The segments OmegaT shows of an XLIFF file of ``text`` imported by bitext and
    exported to XLIFF 1.2 again."""
    from .conftest import run_bitext, write_utf8

    source = write_utf8(folder, "file.xlf", text)
    assert run_bitext("import", source, "-o", folder / "tei").code == 0
    xliff = folder / "file.xliff12.xlf"
    assert run_bitext("export", folder / "tei", "-o", xliff).code == 0
    return _segments(_project(folder / "p", [xliff]))


def test_omegat_shows_xliffs_own_g_and_x_as_its_tags(tmp_path: Path):
    # An odf2xliff file's g spans and x, imported and exported to XLIFF 1.2 as g and x again.
    from .test_code_roundtrip import ODF_XLIFF11

    found = _segments_after_a_round_trip(tmp_path, ODF_XLIFF11)
    assert found == ["<g0><g1>일본</g1></g0>에 대한<x2/> <g3>대담한</g3> 주장."]


def test_omegat_shows_an_annotation_and_the_codes_inside_one_as_its_tags(tmp_path: Path):
    # mrk mtype="protected" written back as mrk, or as codes where it holds codes: OmegaT
    # shows every one as a tag, none as text a translator could break.
    from .test_code_roundtrip import OKAPI_PROTECTED

    found = _segments_after_a_round_trip(tmp_path, OKAPI_PROTECTED)
    assert sorted(found) == [
        "Kaufen Sie <m0>Acme</m0> <g1>Pro</g1> jetzt.",
        "Testen Sie <m0>Acme <g1>Lite</g1></m0>.",
    ]

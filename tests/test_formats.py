"""Exports: every format on the bundled corpus, filters, and real clients reading the files
(translate-toolkit for TMX, PO, XLIFF 1.2 and 2.0; gettext's msgfmt for PO)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import polib
import pytest
from lxml import etree

from bitext import Alignment, FormatError, Link, LinkStatus, read_alignment, read_document
from bitext.exchange import export_corpus, load_aligned_corpus
from bitext.formats.base import CorpusInfo, ExportFilter, Unit, units
from bitext.formats.registry import FORMATS, writer_for

from .conftest import ROOT, run_bitext
from .tools import command, schema_file

ALIGN = ROOT / "corpus" / "asan-2024-13s.en-ko.xml"
WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
ALL = ["tmx", "po", "xliff", "xliff2", "moses", "tsv", "jsonl"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    export_corpus(ALIGN, ALL, folder, created=WHEN)
    return folder


def _corpus_units() -> list[Unit]:
    alignment = read_alignment(ALIGN)
    base = ALIGN.parent
    return list(
        units(
            read_document(base / alignment.source_doc),
            read_document(base / alignment.target_doc),
            alignment,
        )
    )


def test_every_format_writes_every_link_deterministically(exported: Path, tmp_path: Path):
    names = sorted(p.name for p in exported.iterdir())
    assert names == sorted(
        f"asan-2024-13s.en-ko{s}"
        for s in [".tmx", ".po", ".xlf", ".xliff2.xlf", ".en", ".ko", ".tsv", ".jsonl"]
    )
    export_corpus(ALIGN, ALL, tmp_path, created=WHEN)
    for name in names:
        assert (tmp_path / name).read_bytes() == (exported / name).read_bytes(), name


def test_tmx_structure(exported: Path):
    root = etree.parse(str(exported / "asan-2024-13s.en-ko.tmx")).getroot()
    header = root.find("header")
    assert root.get("version") == "1.4" and header is not None
    for required in (
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ):
        assert header.get(required), required
    tus = root.findall("body/tu")
    # 96 links with text on both sides: 3 of the front matter (title, byline, date), 93 of
    # the body; the series number has no Korean counterpart (a 1-0 link, not exported).
    assert len(tus) == 96 and len({tu.get("tuid") for tu in tus}) == 96
    assert all(tu.get("creationdate") == "20261125T120000Z" for tu in tus)
    langs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in root.iter("tuv")}
    assert langs == {"en", "ko"}
    assert all(p.get("type", "").startswith("x-") for p in root.iter("prop"))
    two_ones = [tu for tu in tus if tu.findtext("prop[@type='x-link-type']") == "2-1"]
    assert two_ones[0].findtext("prop[@type='x-source-ids']") == "en.front.p3.s1 en.front.p4.s1"
    assert two_ones[1].findtext("prop[@type='x-source-ids']") == "en.p1.s2 en.p1.s3"


@pytest.mark.conformance
@pytest.mark.parametrize(("suffix", "kind"), [(".tmx", "tmx"), (".po", "po"), (".xlf", "xliff")])
def test_translate_toolkit_reads_tmx_po_and_xliff(exported: Path, suffix: str, kind: str):
    from translate.storage import factory

    store = factory.getobject(str(exported / f"asan-2024-13s.en-ko{suffix}"))
    found = [u for u in store.units if not u.isheader()]
    expected = _corpus_units()
    assert len(found) == len(expected)
    assert [(u.source, u.target) for u in found] == [(u.source, u.target) for u in expected]


@pytest.mark.conformance
def test_translate_toolkits_converters_accept_the_xliff_and_po(exported: Path, tmp_path: Path):
    import sys

    from translate.storage import factory

    tools = Path(sys.executable).parent
    expected = [(u.source, u.target) for u in _corpus_units()]
    runs = [
        ("xliff2po", exported / "asan-2024-13s.en-ko.xlf", tmp_path / "from-xliff.po"),
        ("po2tmx", exported / "asan-2024-13s.en-ko.po", tmp_path / "from-po.tmx"),
        ("po2xliff", exported / "asan-2024-13s.en-ko.po", tmp_path / "from-po.xlf"),
    ]
    for tool, source, target in runs:
        extra = ["-l", "ko"] if tool == "po2tmx" else []
        proc = subprocess.run(
            [str(tools / tool), *extra, str(source), str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, (tool, proc.stderr)
        store = factory.getobject(str(target))
        found = [(u.source, u.target) for u in store.units if not u.isheader()]
        assert found == expected, tool


@pytest.mark.conformance
@pytest.mark.parametrize("tool", ["po2xliff", "po2tmx"])
def test_what_translate_toolkit_makes_of_the_po_imports_back(
    exported: Path, tmp_path: Path, tool: str
):
    # po2xliff writes XLIFF 1.1, with the catalogue's header as a unit of its own: the
    # import refused the version, and would have taken the header for text.
    import sys

    from bitext.formats.tmx import read_tmx
    from bitext.formats.xliff import read_xliff

    made = tmp_path / ("made.xlf" if tool == "po2xliff" else "made.tmx")
    extra = ["-l", "ko"] if tool == "po2tmx" else []
    program = Path(sys.executable).parent / tool
    po = exported / "asan-2024-13s.en-ko.po"
    subprocess.run([str(program), *extra, str(po), str(made)], check=True, capture_output=True)
    corpus = (read_xliff if tool == "po2xliff" else read_tmx)(made)
    by_id = {s.id: s.text for doc in (corpus.source, corpus.target) for s in doc.sentences()}
    texts = {
        (" ".join(by_id[i] for i in link.source), " ".join(by_id[i] for i in link.target))
        for link in corpus.alignment.links
    }
    expected = {(u.source, u.target) for u in _corpus_units() if u.source and u.target}
    assert texts == expected


@pytest.mark.conformance
def test_translate_toolkit_reads_inline_codes_as_the_native_code_they_stand_for(tmp_path: Path):
    from translate.storage import factory, xliff2

    items = _coded_units(tmp_path)
    # A TMX hi holds no native code: written back as a hi in TMX and as an annotation (an
    # mrk) in XLIFF 1.2, its text is text (it was a code holding its tag in XLIFF 1.2).
    for name in ("tmx", "xliff"):
        store = factory.getobject(str(_write(name, items, tmp_path)))
        found = [u.source.replace("\n ", " ").replace("\n", " ") for u in store.units]
        assert found == [
            "Press <b>Start</b> {1} now. It costs <price/> <i> yen.",
            "Still italic</i>.",
        ], name
    store = xliff2.Xliff2File.parsefile(str(_write("xliff2", items, tmp_path)))
    found = [" ".join(u.target.split()) for u in store.units]  # it folds white space
    assert found == ["시작을 누르라. 엔이 든다.", "아직 기울임."]


@pytest.mark.conformance
def test_translate_toolkit_reads_xliff2(exported: Path):
    from translate.storage import xliff2

    store = xliff2.Xliff2File.parsefile(str(exported / "asan-2024-13s.en-ko.xliff2.xlf"))
    expected = _corpus_units()
    assert [(u.source, u.target) for u in store.units] == [(u.source, u.target) for u in expected]


@pytest.mark.conformance
def test_msgfmt_accepts_the_po(exported: Path):
    subprocess.run(
        [
            command("msgfmt"),
            "--check-format",
            "--check-header",
            "-o",
            "/dev/null",
            str(exported / "asan-2024-13s.en-ko.po"),
        ],
        check=True,
    )


@pytest.mark.parametrize(("encoding", "byte"), [("utf-16", 0), ("euc-kr", 104)])
def test_a_po_not_in_its_headers_encoding_is_a_clear_error(
    tmp_path: Path, encoding: str, byte: int
):
    path = tmp_path / "ko.po"
    path.write_bytes(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: ko\\n"\n\nmsgid "Hello."\nmsgstr "안녕."\n'.encode(encoding)
    )
    result = run_bitext("import", path, "-f", "po", "-o", tmp_path / "out")
    assert result.code == 1 and "Traceback" not in result.err
    assert f"ko.po: byte {byte} is not UTF-8" in result.err and "save it as UTF-8" in result.err
    assert not (tmp_path / "out").exists()


def test_po_entries_and_review_flags(tmp_path: Path):
    catalogue = polib.pofile(str(_write("po", _automatic_units(), tmp_path)))
    assert catalogue.metadata["Language"] == "ko"
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    assert [e.msgctxt for e in catalogue] == ["a1", "a2"]  # the 0-1 link cannot be an entry
    # Every automatic link waits for a person's confirmation, whatever its score (in the
    # comment); the corpus's hand-checked links are not fuzzy.
    assert all("fuzzy" in entry.flags for entry in catalogue)
    assert "source: en.p1.s1" in catalogue[0].comment and "score 0.97" in catalogue[0].comment
    (tmp_path / "manual").mkdir()
    manual = polib.pofile(str(_write("po", _corpus_units(), tmp_path / "manual")))
    assert not any("fuzzy" in entry.flags for entry in manual)


def test_xliff_states_follow_link_status(exported: Path, tmp_path: Path):
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    root = etree.parse(str(exported / "asan-2024-13s.en-ko.xliff2.xlf")).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "ko")
    assert {s.get("state") for s in root.iterfind(".//x:segment", ns)} == {"reviewed"}
    path = _write("xliff", _automatic_units(), tmp_path)
    ns12 = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    tree = etree.parse(str(path)).getroot()
    states = [t.get("state") for t in tree.iterfind(".//x:target", ns12)]
    assert states == ["translated", "needs-review-translation", "translated"]


def test_moses_tsv_and_jsonl(exported: Path):
    expected = _corpus_units()
    en = (exported / "asan-2024-13s.en-ko.en").read_text(encoding="utf-8").splitlines()
    ko = (exported / "asan-2024-13s.en-ko.ko").read_text(encoding="utf-8").splitlines()
    assert list(zip(en, ko, strict=True)) == [(u.source, u.target) for u in expected]
    rows = (exported / "asan-2024-13s.en-ko.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t")[:2] == ["link_id", "type"] and len(rows) == 97
    records = [
        json.loads(line)
        for line in (exported / "asan-2024-13s.en-ko.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    assert records[1]["source_ids"] == ["en.front.p3.s1", "en.front.p4.s1"]  # the byline
    assert records[4]["source_ids"] == ["en.p1.s2", "en.p1.s3"]
    assert records[4]["source_sentences"] == list(expected[4].source_sentences)


def test_tsv_escapes_tabs_and_line_breaks(tmp_path: Path):
    unit = Unit(
        "l1",
        "1-1",
        LinkStatus.MANUAL,
        None,
        ("en.p1.s1",),
        ("ko.p1.s1",),
        ("a\tb\\c",),
        ("줄\n바꿈",),
    )
    row = _write("tsv", [unit], tmp_path).read_text(encoding="utf-8").splitlines()[1]
    assert row.split("\t")[-2:] == ["a\\tb\\\\c", "줄\\n바꿈"]


def test_filters(tmp_path: Path):
    all_units = _automatic_units()
    assert [u.id for u in all_units] == ["a1", "a2", "a3"]
    assert not ExportFilter().accepts(all_units[2])  # 0-1: only on request
    assert ExportFilter(include_unaligned=True).accepts(all_units[2])
    assert not ExportFilter(min_score=0.5).accepts(all_units[1])
    assert not ExportFilter(types=frozenset({"2-1"})).accepts(all_units[0])
    assert not ExportFilter(manual_only=True).accepts(all_units[0])


def test_export_command(tmp_path: Path):
    out = tmp_path / "one.tmx"
    result = run_bitext(
        "export", ALIGN, "-f", "tmx", "-o", out, "--types", "2-1", "--target-code", "ko-KR"
    )
    assert result.code == 0, result.err
    root = etree.parse(str(out)).getroot()
    assert len(root.findall("body/tu")) == 3  # the byline (f3) and two in the body
    assert {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in root.iter("tuv")} == {
        "en",
        "ko-KR",
    }
    bad = run_bitext("export", ALIGN, "-f", "docx", "-o", tmp_path / "x")
    assert bad.code == 2 and "unknown format 'docx'" in bad.err and "Traceback" not in bad.err
    assert out.stat().st_mode & 0o044  # readable by others, like any new file


def _automatic_units() -> list[Unit]:
    base = ALIGN.parent
    alignment = read_alignment(ALIGN)
    source = read_document(base / alignment.source_doc)
    target = read_document(base / alignment.target_doc)
    links = (
        Link("a1", ("en.p1.s1",), ("ko.p1.s1",), LinkStatus.AUTOMATIC, 0.97),
        Link("a2", ("en.p1.s2", "en.p1.s3"), ("ko.p1.s2",), LinkStatus.AUTOMATIC, 0.2),
        Link("a3", (), ("ko.p1.s3",), LinkStatus.AUTOMATIC, 0.6),
    )
    test = Alignment(alignment.source_doc, alignment.target_doc, "en", "ko", links)
    return list(
        units(
            source,
            target,
            test,
            ExportFilter(include_unaligned=True),
        )
    )


# A CAT tool's TMX with inline codes: spans, codes alone, a span open at the end of one unit
# and closed in the next (isolated), a code that wraps text (hi), and "{1}" written as words.
CODED_TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"'
    ' o-tmf="x" adminlang="en" srclang="en" datatype="xml"/><body>\n'
    '<tu><tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Start<ept i="1">&lt;/b&gt;'
    '</ept> {1}\n now.</seg></tuv><tuv xml:lang="ko"><seg><bpt i="1">&lt;b&gt;</bpt>시작'
    '<ept i="1">&lt;/b&gt;</ept>을\n 누르라.</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="en"><seg>It costs <ph x="2">&lt;price/&gt;</ph> <it pos="begin" x="3">'
    '&lt;i&gt;</it>\nyen.</seg></tuv><tuv xml:lang="ko"><seg><ph x="2">&lt;price/&gt;</ph>'
    '<it pos="begin" x="3">&lt;i&gt;</it>엔이 든다.</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="en"><seg>Still <hi type="x-em">italic</hi><it pos="end" x="3">&lt;/i&gt;'
    '</it>.</seg></tuv><tuv xml:lang="ko"><seg>아직 <hi type="x-em">기울임</hi><it pos="end" x="3">'
    "&lt;/i&gt;</it>.</seg></tuv></tu></body></tmx>\n"
)


def _coded_units(folder: Path) -> list[Unit]:
    """The units of CODED_TMX as imported, its first two units merged into one 2-2 link (so
    that the codes of two sentences share a unit and are numbered apart)."""
    from bitext.formats.tmx import read_tmx

    path = folder / "coded.tmx"
    path.write_text(CODED_TMX, encoding="utf-8")
    corpus = read_tmx(path)
    first, second, third = corpus.alignment.links
    merged = Link("m1", first.source + second.source, first.target + second.target,
                  LinkStatus.AUTOMATIC, 0.8)  # fmt: skip
    alignment = Alignment("a", "b", "en", "ko", (merged, third))
    return list(units(corpus.source, corpus.target, alignment))


def test_inline_codes_of_a_merged_link_are_numbered_apart(tmp_path: Path):
    from bitext.formats.tmx import read_tmx
    from bitext.formats.xliff import read_xliff

    items = _coded_units(tmp_path)
    assert items[0].source_codes and items[0].target_codes
    tmx = _write("tmx", items, tmp_path).read_text(encoding="utf-8")
    assert (
        'Press <bpt i="2">&lt;b&gt;</bpt>Start<ept i="2">&lt;/b&gt;</ept> {1}\n now. It costs '
        '<ph x="3">&lt;price/&gt;</ph> <it pos="begin" x="4">&lt;i&gt;</it>\nyen.'
    ) in tmx
    assert '<ph x="1">&lt;hi type="x-em"&gt;</ph>' not in tmx  # a wrapping code is a span
    assert '<hi type="x-em">italic</hi>' in tmx  # TMX's own hi, back as itself
    for name, reader in (("tmx", read_tmx), ("xliff", read_xliff), ("xliff2", read_xliff)):
        again = reader(_write(name, items, tmp_path))
        texts = [" ".join(s.text for s in again.source.sentences())]
        assert texts == [
            "Press {2}Start{/2} {1}\n now. It costs {3/} {4}\nyen. Still {1}italic{/1}{/2}."
        ], name


def _write(name: str, items: list[Unit], folder: Path) -> Path:
    path = folder / f"out{FORMATS[name].extension}"
    with path.open("wb") as stream:
        writer_for(name)(items, CorpusInfo("en", "ko", created=WHEN), stream)
    return path


ROUND_TRIP = [
    ("tmx", ".tmx"),
    ("po", ".po"),
    ("xliff", ".xlf"),
    ("xliff2", ".xliff2.xlf"),
    ("jsonl", ".jsonl"),
]


@pytest.mark.parametrize(("kind", "suffix"), ROUND_TRIP, ids=[s for _, s in ROUND_TRIP])
def test_sentence_texts_ids_and_links_survive_a_round_trip(
    exported: Path, tmp_path: Path, kind: str, suffix: str
):
    from bitext.exchange import import_corpus

    paths = import_corpus(exported / f"asan-2024-13s.en-ko{suffix}", kind, tmp_path)
    gold = read_alignment(ALIGN)
    en = read_document(ALIGN.parent / gold.source_doc)
    ko = read_document(ALIGN.parent / gold.target_doc)
    source, target, alignment = (
        read_document(paths[0]),
        read_document(paths[1]),
        read_alignment(paths[2]),
    )
    # Every sentence in an exported link comes back, front matter (title, byline) as front
    # matter; a sentence of a 1-0 link (not exported by default) does not.
    exported_links = [link for link in gold.links if link.source and link.target]
    in_links = {i for link in exported_links for i in (*link.source, *link.target)}
    assert [(s.id, s.text) for s in source.sentences()] == [
        (s.id, s.text) for s in en.sentences() if s.id in in_links
    ]
    assert [(s.id, s.text) for s in target.sentences()] == [
        (s.id, s.text) for s in ko.sentences() if s.id in in_links
    ]
    assert [b.id for b in source.body_blocks()] == [b.id for b in en.body_blocks()]
    assert [s.id for s in source.front[0].paragraphs[0].sentences] == ["en.front.p2.s1"]
    assert alignment.links == tuple(exported_links)
    assert run_bitext("validate", tmp_path).code == 0


def test_bitexts_tsv_reads_back_where_its_joined_sentences_split_again(tmp_path: Path):
    from bitext.formats.tsv import read_tsv

    # a2 joins two body sentences: the segmenter finds both again in the cell.
    items = _automatic_units()
    corpus = read_tsv(_write("tsv", items, tmp_path))
    texts = {s.id: s.text for d in (corpus.source, corpus.target) for s in d.sentences()}
    for unit in items:
        for ids, sentences in ((unit.source_ids, unit.source_sentences),
                               (unit.target_ids, unit.target_sentences)):  # fmt: skip
            assert [texts[i] for i in ids] == list(sentences)
    assert [(k.id, k.source, k.target, k.status, k.score) for k in corpus.alignment.links] == [
        (u.id, u.source_ids, u.target_ids, u.status, u.score) for u in items
    ]
    assert (corpus.source.lang, corpus.target.lang) == ("en", "ko")  # from the ids


def test_a_tsv_row_whose_sentences_cannot_be_told_apart_is_refused(exported: Path, tmp_path: Path):
    # The byline and the affiliation, two lines of the front matter, are one sentence to the
    # segmenter once joined: without their lengths the row cannot be split.
    result = run_bitext(
        "import", exported / "asan-2024-13s.en-ko.tsv", "-f", "tsv", "-o", tmp_path / "o"
    )
    assert result.code == 1 and "Traceback" not in result.err
    assert ".tsv:3: link f3 joins 2 sentences" in result.err and "JSONL, TMX or XLIFF" in result.err
    assert not (tmp_path / "o").exists()


def test_a_two_column_parallel_tsv_imports_with_its_languages(tmp_path: Path):
    named = tmp_path / "named.tsv"
    named.write_text(
        "en\tko\nThe alliance grew.\t동맹이 커졌다.\n\nJapan acts.\t\n", encoding="utf-8"
    )
    assert run_bitext("import", named, "-f", "tsv", "-o", tmp_path / "a").code == 0
    alignment = read_alignment(tmp_path / "a" / "named.en-ko.xml")
    assert [(k.source, k.target) for k in alignment.links] == [
        (("en.p1.s1",), ("ko.p1.s1",)),
        (("en.p1.s2",), ()),  # a row with an empty side: a 1-0 link
    ]
    plain = tmp_path / "plain.tsv"
    plain.write_text("Yes\tOui\nNo\tNon\n", encoding="utf-8")  # words, not a header
    refused = run_bitext("import", plain, "-f", "tsv", "-o", tmp_path / "b")
    assert refused.code == 1 and "give --source-lang and --target-lang" in refused.err
    given = run_bitext(
        "import", plain, "-f", "tsv", "-o", tmp_path / "b", "--source-lang", "en",
        "--target-lang", "fr",
    )  # fmt: skip
    assert given.code == 0, given.err
    assert [s.text for s in read_document(tmp_path / "b" / "plain.fr.xml").sentences()] == [
        "Oui",
        "Non",
    ]
    names = tmp_path / "names.tsv"  # a header of languages' English names
    names.write_text("English\tKorean\nJapan acts.\t일본이 행동한다.\n", encoding="utf-8")
    assert run_bitext("import", names, "-f", "tsv", "-o", tmp_path / "n").code == 0
    assert (tmp_path / "n" / "names.en-ko.xml").is_file()
    ragged = tmp_path / "ragged.tsv"
    ragged.write_text("en\tko\na\tb\tc\n", encoding="utf-8")
    result = run_bitext("import", ragged, "-f", "tsv", "-o", tmp_path / "c")
    assert result.code == 1 and "ragged.tsv:2: 3 columns" in result.err


def test_moses_round_trip_keeps_the_texts(exported: Path, tmp_path: Path):
    from bitext.exchange import import_corpus

    paths = import_corpus(
        exported / "asan-2024-13s.en-ko.en",
        "moses",
        tmp_path,
        exported / "asan-2024-13s.en-ko.ko",
        "en",
        "ko",
    )
    alignment = read_alignment(paths[2])
    expected = _corpus_units()
    source = {s.id: s.text for s in read_document(paths[0]).sentences()}
    target = {s.id: s.text for s in read_document(paths[1]).sentences()}
    assert [(source[link.source[0]], target[link.target[0]]) for link in alignment.links] == [
        (u.source, u.target) for u in expected
    ]


def test_a_moses_line_holds_one_link_for_readers_that_split_at_unicode_line_breaks(
    tmp_path: Path,
):
    """Text from the web and from word processors holds U+2028 (line separator), U+2029 and
    U+0085 (next line), which XML allows in a sentence; Python's str.splitlines() and tools
    built on it break lines there, so a Moses export that kept them was line-aligned for one
    reader and shifted for another (five lines against four). Every line break a reader may
    see becomes a space."""
    rows = [
        {"source": "First\u2028line one.", "target": "첫째\u2029줄."},
        {"source": "Second\u0085two.", "target": "둘째 줄."},
        {"source": "Third.", "target": "셋째."},
    ]
    jsonl = tmp_path / "seps.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert (
        run_bitext(
            "import", jsonl, "--source-lang", "en", "--target-lang", "ko", "-o", tmp_path / "c"
        ).code
        == 0
    )
    alignment = next((tmp_path / "c").glob("*.en-ko.xml"))
    assert run_bitext("export", alignment, "-f", "moses", "-o", tmp_path / "m").code == 0
    english = (tmp_path / "m.en").read_text("utf-8")
    korean = (tmp_path / "m.ko").read_text("utf-8")
    assert english.splitlines() == ["First line one.", "Second two.", "Third."]
    assert korean.splitlines() == ["첫째 줄.", "둘째 줄.", "셋째."]
    # JSON lines keep them, escaped (\u2028): one record a line for every reader, the same
    # texts once parsed.
    assert run_bitext("export", alignment, "-f", "jsonl", "-o", tmp_path / "j.jsonl").code == 0
    records = (tmp_path / "j.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(r)["source"] for r in records] == [r["source"] for r in rows]
    assert [json.loads(r)["target"] for r in records] == [r["target"] for r in rows]


def test_a_moses_line_empty_on_one_side_is_a_sentence_without_translation(tmp_path: Path):
    # Parallel corpora leave a line empty where a side had nothing to pair (OPUS, WMT
    # dumps); a line empty on both sides is passed over.
    from bitext.exchange import import_corpus

    left, right = tmp_path / "c.en", tmp_path / "c.ko"
    left.write_text("Costs rose 5%.\n\nOn 1 May.\n\n", encoding="utf-8")
    right.write_text("비용이 5% 올랐다.\n그리고.\n5월 1일에.\n\n", encoding="utf-8")
    paths = import_corpus(left, "moses", tmp_path / "out", right, "en", "ko")
    alignment = read_alignment(paths[2])
    source = {s.id: s.text for s in read_document(paths[0]).sentences()}
    target = {s.id: s.text for s in read_document(paths[1]).sentences()}
    assert [
        ([source[i] for i in link.source], [target[i] for i in link.target])
        for link in alignment.links
    ] == [
        (["Costs rose 5%."], ["비용이 5% 올랐다."]),
        ([], ["그리고."]),
        (["On 1 May."], ["5월 1일에."]),
    ]


def test_unaligned_links_survive_tmx_and_xliff(tmp_path: Path):
    from bitext.formats.tmx import read_tmx
    from bitext.formats.xliff import read_xliff

    items = _automatic_units()
    for name, reader in (("tmx", read_tmx), ("xliff", read_xliff), ("xliff2", read_xliff)):
        corpus = reader(_write(name, items, tmp_path))
        assert [(link.id, link.source, link.target) for link in corpus.alignment.links] == [
            (u.id, u.source_ids, u.target_ids) for u in items
        ], name
        assert [link.score for link in corpus.alignment.links] == [u.score for u in items]


def test_bad_imports_are_clear_errors(tmp_path: Path):
    hostile = tmp_path / "x.tmx"
    hostile.write_bytes(
        b'<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY e SYSTEM '
        b'"file:///etc/passwd">]>\n<tmx version="1.4"><header/><body/></tmx>'
    )
    result = run_bitext("import", hostile, "-f", "tmx", "-o", tmp_path / "out")
    assert result.code == 1 and "DOCTYPE" in result.err and "Traceback" not in result.err
    left = tmp_path / "a.en"
    right = tmp_path / "a.ko"
    left.write_text("One.\nTwo.\n", encoding="utf-8")
    right.write_text("하나.\n", encoding="utf-8")
    result = run_bitext(
        "import",
        left,
        "-f",
        "moses",
        "--target",
        right,
        "--source-lang",
        "en",
        "--target-lang",
        "ko",
        "-o",
        tmp_path / "out",
    )
    assert result.code == 1 and "line-aligned" in result.err


def test_a_tmx_from_a_cat_tool_with_a_doctype_line_is_read(tmp_path: Path):
    from bitext.formats.tmx import read_tmx

    path = tmp_path / "cat.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"'
        ' o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="en"><seg>Hello world.</seg></tuv>'
        '<tuv xml:lang="ko"><seg>안녕 세상.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    corpus = read_tmx(path)
    assert [s.text for s in corpus.target.sentences()] == ["안녕 세상."]
    assert corpus.alignment.links[0].source == ("en.p1.s1",)


_CAT_TMX = (
    '<?xml version="1.0" encoding="{declared}"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
    '<tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1"'
    ' segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="en-US"'
    ' datatype="xml"/><body><tu><tuv xml:lang="en-US"><seg>Japan spent $1.5 billion.</seg>'
    '</tuv><tuv xml:lang="ko-KR"><seg>일본은 15억 달러를 썼다.</seg></tuv></tu></body></tmx>'
)


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32"), ("utf-8", "utf-8")],
)
def test_a_utf16_tmx_with_a_doctype_line_is_read(tmp_path: Path, encoding: str, declared: str):
    # Older Trados and Wordfast write TMX in UTF-16 (with a byte order mark or, big-endian,
    # without), with the DOCTYPE line; it was refused as a DOCTYPE bitext would load.
    from bitext.formats.tmx import read_tmx

    path = tmp_path / "cat.tmx"
    path.write_bytes(_CAT_TMX.format(declared=declared).encode(encoding))
    corpus = read_tmx(path)
    assert [s.text for s in corpus.source.sentences()] == ["Japan spent $1.5 billion."]
    assert [s.text for s in corpus.target.sentences()] == ["일본은 15억 달러를 썼다."]


def test_a_tmx_whose_declaration_names_the_wrong_encoding_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "cat.tmx"
    path.write_bytes(_CAT_TMX.format(declared="UTF-16").encode("utf-8"))
    result = run_bitext("import", path, "-f", "tmx", "-o", tmp_path / "out")
    assert result.code == 1 and "Traceback" not in result.err
    assert 'encoding="UTF-16"' in result.err and "correct the declaration" in result.err
    assert not (tmp_path / "out").exists()


def test_a_utf16_tmx_with_an_internal_subset_is_still_refused(tmp_path: Path):
    hostile = tmp_path / "x.tmx"
    hostile.write_bytes(
        '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE tmx [<!ENTITY e SYSTEM '
        '"file:///etc/passwd">]>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="en">'
        "<seg>&e;</seg></tuv></tu></body></tmx>".encode("utf-16")
    )
    result = run_bitext("import", hostile, "-f", "tmx", "-o", tmp_path / "out")
    assert result.code == 1 and "DOCTYPE" in result.err and ":2:" in result.err
    assert "Traceback" not in result.err


def _no_network() -> etree.XMLParser:
    return etree.XMLParser(no_network=True, resolve_entities=False)


@pytest.mark.conformance
def test_tmx_is_valid_against_the_tmx14_dtd(exported: Path, tmp_path: Path):
    dtd = etree.DTD(str(schema_file("tmx14.dtd")))
    coded = tmp_path / "coded"
    coded.mkdir()
    for path in (
        exported / "asan-2024-13s.en-ko.tmx",
        _write("tmx", _automatic_units(), tmp_path),
        _write("tmx", _coded_units(tmp_path), coded),
    ):
        tree = etree.parse(str(path), _no_network())
        assert dtd.validate(tree), dtd.error_log.filter_from_errors()[:3]


@pytest.mark.conformance
@pytest.mark.parametrize(
    ("schema", "suffix", "name"),
    [
        ("xliff-core-2.0.xsd", ".xliff2.xlf", "xliff2"),
        ("xliff-core-1.2-strict.xsd", ".xlf", "xliff"),
    ],
)
def test_xliff_is_valid_against_the_oasis_schema(
    exported: Path, tmp_path: Path, schema: str, suffix: str, name: str
):
    xsd = etree.XMLSchema(etree.parse(str(schema_file(schema)), _no_network()))
    coded = tmp_path / "coded"
    coded.mkdir()
    for path in (
        exported / f"asan-2024-13s.en-ko{suffix}",
        _write(name, _automatic_units(), tmp_path),
        _write(name, _coded_units(tmp_path), coded),
    ):
        tree = etree.parse(str(path), _no_network())
        assert xsd.validate(tree), xsd.error_log.filter_from_errors()[:3]


def test_xliff2_has_what_its_schema_does_not_check(exported: Path):
    # The 2.0 XSD misses a missing trgLang and duplicate unit ids: check them here.
    root = etree.parse(str(exported / "asan-2024-13s.en-ko.xliff2.xlf")).getroot()
    assert root.get("trgLang") == "ko"
    ids = [u.get("id") for u in root.iter("{urn:oasis:names:tc:xliff:document:2.0}unit")]
    assert len(ids) == len(set(ids)) == 96


AWKWARD = [
    ("A & B < C > D \"quoted\" 'single'", "가 & 나 < 다 > “인용” ‘작은’"),
    ("tab\there, CR\rthere, backslash \\ end", "탭\t여기, 캐리지\r리턴 \\ 끝"),
    ("emoji 🙂 and combining é", "이모지 🙂 와 한글 한국어"),
]
READERS = ["tmx", "po", "xliff", "xliff2"]


@pytest.mark.parametrize("writer", READERS)
def test_contract_awkward_text_survives_every_format(tmp_path: Path, writer: str):
    from bitext.formats.registry import reader_for

    items = [
        Unit(
            f"l{n}",
            "1-1",
            LinkStatus.AUTOMATIC,
            0.75,
            (f"en.p1.s{n}",),
            (f"ko.p1.s{n}",),
            (en,),
            (ko,),
        )
        for n, (en, ko) in enumerate(AWKWARD, 1)
    ]
    path = _write(writer, items, tmp_path)
    corpus = reader_for(writer)(path)
    assert [s.text for s in corpus.source.sentences()] == [en for en, _ in AWKWARD]
    assert [s.text for s in corpus.target.sentences()] == [ko for _, ko in AWKWARD]
    assert [link.id for link in corpus.alignment.links] == ["l1", "l2", "l3"]
    assert [link.score for link in corpus.alignment.links] == [0.75] * 3


def test_streamed_units_equal_the_in_memory_ones():
    from bitext.formats.base import stream_units

    assert list(stream_units(ALIGN)) == _corpus_units()


def test_streaming_refuses_links_out_of_document_order(tmp_path: Path):
    from bitext.formats.base import stream_units

    corpus = tmp_path / "corpus"
    shutil.copytree(ALIGN.parent, corpus)
    path = corpus / ALIGN.name
    alignment = read_alignment(path)
    links = list(alignment.links)
    links[3], links[4] = links[4], links[3]
    from bitext import write_alignment

    write_alignment(
        Alignment(alignment.source_doc, alignment.target_doc, "en", "ko", tuple(links)), path
    )
    with pytest.raises(FormatError, match="document order"):
        list(stream_units(path))


def test_streaming_refuses_a_doctype_behind_comments(tmp_path: Path):
    from bitext.errors import ParseError
    from bitext.tei.stream import iter_aligned_sentences

    path = tmp_path / "doc.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!-- a comment -->\n<!-- another -->\n'
        '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><s>&x;</s></body>'
        "</text></TEI>",
        encoding="utf-8",
    )
    with pytest.raises(ParseError, match="DOCTYPE"):
        list(iter_aligned_sentences(path))


CHINESE = [
    "那年夏天，村里来了一位年轻的老师。",
    "他住在河边那间旧屋子里，每天清晨都去井边打水。",
    "孩子们起初都怕他。",
    "后来他们发现他会讲很多故事，于是每到傍晚就围坐在他的门前，一直听到天黑才肯回家。",
]
ENGLISH = [
    "That summer a young teacher came to the village; he lived in the old house by the river "
    "and went to the well for water every morning.",
    "At first the children were all afraid of him.",
    "Later they found out that he could tell a great many stories.",
    "So every evening they sat in front of his door and would not go home until dark.",
]


def test_the_sentences_of_a_chinese_link_are_joined_without_a_space(tmp_path: Path):
    from bitext.exchange import import_corpus
    from bitext.formats.base import stream_units

    (tmp_path / "zh.txt").write_text("\n".join(CHINESE) + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n".join(ENGLISH) + "\n", encoding="utf-8")
    out = tmp_path / "out.xml"
    assert (
        run_bitext("align", tmp_path / "zh.txt", tmp_path / "en.txt", "--lines", "-o", out).code
        == 0
    )
    alignment = read_alignment(out)
    zh, en = (read_document(tmp_path / doc) for doc in (alignment.source_doc, alignment.target_doc))
    found = list(units(zh, en, alignment))
    assert found == list(stream_units(out))
    assert [(u.source, u.target) for u in found] == [
        (CHINESE[0] + CHINESE[1], ENGLISH[0]),  # nothing between Chinese sentences
        (CHINESE[2], ENGLISH[1]),
        (CHINESE[3], f"{ENGLISH[2]} {ENGLISH[3]}"),  # a space between English ones
    ]
    assert run_bitext("export", out, "-f", "tmx", "-o", tmp_path / "out.tmx").code == 0
    segs = [s.text for s in etree.parse(str(tmp_path / "out.tmx")).iter("seg")]
    assert segs[0] == CHINESE[0] + CHINESE[1]
    # Imported back, the TMX gives the same sentences and links (the ids carry them).
    (tmp_path / "back").mkdir()
    paths = import_corpus(tmp_path / "out.tmx", "tmx", tmp_path / "back")
    assert [s.text for s in read_document(paths[0]).sentences()] == CHINESE
    assert read_alignment(paths[2]).links == alignment.links
    # The review workbook and the HTML view show them so too.
    assert run_bitext("export", out, "-f", "xlsx", "-o", tmp_path / "out.xlsx").code == 0
    import openpyxl

    rows = list(openpyxl.load_workbook(tmp_path / "out.xlsx")["review"].iter_rows(values_only=True))
    assert rows[1][3:5] == (CHINESE[0] + CHINESE[1], ENGLISH[0])
    assert rows[3][4] == f"{ENGLISH[2]} {ENGLISH[3]}"
    assert run_bitext("export", out, "-f", "html", "-o", tmp_path / "out.html").code == 0
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert f"{CHINESE[0]}</span><span" in page and f"{ENGLISH[2]}</span> <span" in page
    # Files written before, with a space between Chinese sentences, still split.
    from bitext.formats.rebuild import split_sentences_by_lengths

    joined = split_sentences_by_lengths("甲。乙。", (2, 2), 2, "unit")
    assert joined == split_sentences_by_lengths("甲。 乙。", (2, 2), 2, "unit") == ("甲。", "乙。")


def test_jsonl_from_other_tools_and_bad_jsonl(tmp_path: Path):
    texts = tmp_path / "pairs.jsonl"
    texts.write_text(
        '{"source": "Japan acts.", "target": "일본이 행동한다."}\n'
        '{"source": "Korea watches.", "target": "한국이 지켜본다."}\n',
        encoding="utf-8",
    )
    refused = run_bitext("import", texts, "-f", "jsonl", "-o", tmp_path / "a")
    assert refused.code == 1 and "give --source-lang and --target-lang" in refused.err
    langs = ["--source-lang", "en", "--target-lang", "ko"]
    assert run_bitext("import", texts, "-f", "jsonl", "-o", tmp_path / "a", *langs).code == 0
    assert [s.text for s in read_document(tmp_path / "a" / "pairs.ko.xml").sentences()] == [
        "일본이 행동한다.",
        "한국이 지켜본다.",
    ]
    for line, message in (
        ('{"source": "a", "target": ', "pairs.jsonl:2: not a JSON object"),
        ('["a", "b"]', "pairs.jsonl:2: not a JSON object"),
        ('{"source_sentences": "a", "target": "b"}', "pairs.jsonl:2: a field has the wrong type"),
        # arrays nested 100,000 deep: Python's JSON parser gives up with RecursionError,
        # which went out as an internal error (exit 3)
        ('{"source": ' + "[" * 100_000 + "]" * 100_000 + "}", "pairs.jsonl:2: nested too deeply"),
    ):
        texts.write_text('{"source": "x", "target": "y"}\n' + line + "\n", encoding="utf-8")
        result = run_bitext("import", texts, "-f", "jsonl", "-o", tmp_path / "b", *langs)
        assert result.code == 1 and message in result.err and "Traceback" not in result.err


def test_jsonl_whose_texts_hold_unicode_line_separators_as_json_allows(tmp_path: Path):
    """JSON lets a string hold U+2028, U+2029 and U+0085 as they are, and Python's
    ``json.dumps(..., ensure_ascii=False)`` (bitext's own JSONL export, and datasets written
    with it) writes them so; a JSON lines file ends its lines at line feeds only. The reader
    split lines at those characters too and refused every such record as 'not a JSON
    object'."""
    import json

    path = tmp_path / "separators.jsonl"
    records = [
        {"en": "A line\u2028still the same sentence.", "ko": "한 문장\u2029그대로."},
        {"en": "Next\u0085one.", "ko": "다음."},
    ]
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    assert "\u2028" in path.read_text(encoding="utf-8")  # raw, not escaped
    result = run_bitext("import", path, "-o", tmp_path / "out")
    assert result.code == 0, result.err
    _, source, target = load_aligned_corpus(tmp_path / "out" / "separators.en-ko.xml")
    sources, targets = list(source.sentences()), list(target.sentences())
    assert len(sources) == len(targets) == 2
    assert sources[0].text.startswith("A line") and targets[1].text.startswith("다음")


def test_parallel_jsonl_as_datasets_and_mt_toolkits_write_it(tmp_path: Path):
    # Hugging Face datasets (WMT, OPUS): {"translation": {"de": ..., "en": ...}}; records of a
    # text by language code; src/tgt. The languages are the record's keys, in its order,
    # unless --source-lang and --target-lang choose.
    def imported(name: str, lines: list[str], *options: str) -> list[tuple[str, str]]:
        path = tmp_path / name
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        out = tmp_path / name.replace(".", "_")
        result = run_bitext("import", path, "-o", out, *options)
        assert result.code == 0, result.err
        corpus = load_aligned_corpus(next(p for p in out.glob("*-*.xml")))
        _, source, target = corpus
        return [
            (source.lang, " ".join(s.text for s in source.sentences())),
            (target.lang, " ".join(s.text for s in target.sentences())),
        ]

    wmt = [
        '{"translation": {"de": "Die Kosten stiegen um 5 %.", "en": "Costs rose by 5%."}}',
        '{"translation": {"de": "Am 1. Mai.", "en": "On 1 May."}}',
    ]
    assert imported("wmt.jsonl", wmt) == [
        ("de", "Die Kosten stiegen um 5 %. Am 1. Mai."),
        ("en", "Costs rose by 5%. On 1 May."),
    ]
    assert imported("wmt2.jsonl", wmt, "--source-lang", "en", "--target-lang", "de")[0] == (
        "en",
        "Costs rose by 5%. On 1 May.",
    )
    flat = ['{"id": "7", "en": "Costs rose.", "ko": "비용이 올랐다."}']
    assert imported("flat.jsonl", flat) == [("en", "Costs rose."), ("ko", "비용이 올랐다.")]
    pairs = ['{"src": "Costs rose.", "tgt": "비용이 올랐다."}']
    langs = ("--source-lang", "en", "--target-lang", "ko")
    assert imported("st.jsonl", pairs, *langs) == [("en", "Costs rose."), ("ko", "비용이 올랐다.")]
    three = tmp_path / "three.jsonl"
    three.write_text('{"translation": {"de": "Ja.", "en": "Yes.", "fr": "Oui."}}\n', "utf-8")
    refused = run_bitext("import", three, "-o", tmp_path / "t")
    assert refused.code == 1 and refused.err.strip() == (
        f"bitext: error: {three}:1: texts in de, en, fr: choose the two with --source-lang "
        "and --target-lang"
    )
    chosen = run_bitext("import", three, "-o", tmp_path / "t", "--source-lang", "fr", *langs[2:])
    assert chosen.code == 1 and f"{three}:1: no text in ko (it has de, en, fr)" in chosen.err
    none = tmp_path / "none.jsonl"
    none.write_text('{"question": "Why?", "n": 3}\n', encoding="utf-8")
    result = run_bitext("import", none, "-o", tmp_path / "n", *langs)
    assert result.code == 1 and "(this record has question, n)" in result.err


def test_a_csv_table_a_spreadsheet_saved_imports(tmp_path: Path):
    # Excel's "CSV UTF-8" (a byte-order mark, commas, quoted cells holding commas and line
    # breaks); a Korean Excel's CSV (CP949, semicolons in many locales, an id column and a
    # note column, the languages named in English in the header row).
    excel = tmp_path / "glossary.csv"
    excel.write_bytes(
        "en,ko\r\n"
        '"Costs rose, in total, by 5%.","비용이 모두 5% 올랐다."\r\n'
        '"On 1 May 2024,\r\nit ended.","2024년 5월 1일에\r\n끝났다."\r\n'.encode("utf-8-sig")
    )
    korean = tmp_path / "terms.csv"
    rows = [
        "ID;English;Korean;Note",
        '1;"Alliance; treaty";"동맹; 조약";checked',
        "2;Brief;보고서;",
    ]
    korean.write_bytes("".join(row + "\r\n" for row in rows).encode("cp949"))
    found = []
    for path in (excel, korean):
        out = tmp_path / path.stem
        result = run_bitext("import", path, "-o", out)
        assert result.code == 0, result.err
        _, source, target = load_aligned_corpus(next(out.glob("*-*.xml")))
        found.append(
            [(s.text, t.text) for s, t in zip(source.sentences(), target.sentences(), strict=True)]
        )
    assert found == [
        [
            ("Costs rose, in total, by 5%.", "비용이 모두 5% 올랐다."),
            ("On 1 May 2024, it ended.", "2024년 5월 1일에 끝났다."),
        ],
        [("Alliance; treaty", "동맹; 조약"), ("Brief", "보고서")],
    ]
    lonely = tmp_path / "one.csv"
    lonely.write_text("only one column\n", encoding="utf-8")
    result = run_bitext(
        "import", lonely, "-o", tmp_path / "x", "--source-lang", "en", "--target-lang", "ko"
    )
    assert result.code == 1 and result.err.strip() == (
        f"bitext: error: {lonely}: it has no two columns of text; give a source and a target column"
    )


def test_every_format_bitext_reads_has_a_reader_and_the_others_are_refused():
    from bitext.errors import FormatError
    from bitext.formats.registry import FORMATS, import_names, reader_for
    from bitext.formats.xliff import read_xliff
    from bitext.formats.xlsxread import read_xlsx

    for name in import_names():
        assert callable(reader_for(name)), name
    # A format whose reader lives elsewhere: XLIFF 2.0 reads with the reader of both
    # versions; the review workbook with its own module's.
    assert reader_for("xliff2") is read_xliff
    assert reader_for("xlsx") is read_xlsx
    for name in ("html", "xces", "no-such-format"):
        assert name not in import_names()
        with pytest.raises(FormatError, match="cannot import"):
            reader_for(name)
    assert set(import_names()) == {n for n, info in FORMATS.items() if info.reads}


def test_every_reader_takes_what_import_passes_it():
    """import passes target_lang to a format whose files may hold several targets, both
    languages to one whose files may name none, a pair's reader the target file and both
    languages: every registered reader must take them (XLIFF 2.0's once did not, an
    internal error)."""
    import inspect

    from bitext.formats.registry import FORMATS, import_names, reader_for

    for name in import_names():
        info = FORMATS[name]
        parameters = inspect.signature(reader_for(name)).parameters
        wanted = {"target_lang"} if info.many_targets else set()
        if info.needs_langs:
            wanted = {"source_lang", "target_lang"}
        assert wanted <= set(parameters), (name, sorted(parameters))
        if info.shape == "pair":
            assert len(parameters) >= 4, (name, sorted(parameters))


def test_a_csv_cell_too_long_for_the_csv_module_says_where_and_what_to_do(tmp_path: Path):
    # Python's csv module refuses a cell over 131,072 characters; the message named neither
    # the line nor a way out (a TSV of the same table reads: it has no such limit).
    long_cell = "word " * 30_000
    table = tmp_path / "long.csv"
    table.write_text(f'en,ko\nShort.,짧다.\n"{long_cell}",길다.\n', encoding="utf-8")
    result = run_bitext("import", table, "-o", tmp_path / "a")
    assert result.code == 1 and "Traceback" not in result.err
    assert "long.csv: line 3: not a readable CSV file" in result.err
    assert "save the table as XLSX or as tab-separated text (.tsv)" in result.err
    tsv = tmp_path / "long.tsv"
    tsv.write_text(f"en\tko\nShort.\t짧다.\n{long_cell}\t길다.\n", encoding="utf-8")
    assert run_bitext("import", tsv, "-o", tmp_path / "b").code == 0

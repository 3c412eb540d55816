"""The review loop: manual links tied to their text, review states through the CAT formats,
and corrections that survive a re-alignment."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import polib
import pytest
from lxml import etree

from bitext import LinkNote, NoteKind, read_alignment, read_document
from bitext.exchange import export_corpus, import_corpus
from bitext.model import LinkStatus, needs_review, text_digest

from .conftest import ROOT, run_bitext

CORPUS = ROOT / "corpus"
ALIGN_NAME = "asan-2024-13s.en-ko.xml"
KO_TEXT = CORPUS / "ko" / "asan-2024-13s.ko.txt"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def _texts(alignment: Path) -> list[tuple[list[str], list[str], str]]:
    """(source texts, target texts, status) of every link, through the documents."""
    loaded = read_alignment(alignment)
    source = {s.id: s.text for s in read_document(alignment.parent / loaded.source_doc).sentences()}
    target = {s.id: s.text for s in read_document(alignment.parent / loaded.target_doc).sentences()}
    return [
        ([source[i] for i in link.source], [target[i] for i in link.target], link.status.value)
        for link in loaded.links
    ]


# Manual links tied to their text ----------------------------------------------------------


def test_every_hand_checked_link_of_the_corpus_records_its_text():
    alignment = read_alignment(CORPUS / ALIGN_NAME)
    en = {s.id: s.text for s in read_document(CORPUS / alignment.source_doc).sentences()}
    ko = {s.id: s.text for s in read_document(CORPUS / alignment.target_doc).sentences()}
    for link in alignment.links:
        assert link.status is LinkStatus.MANUAL
        assert link.digest == text_digest(
            [en[i] for i in link.source], [ko[i] for i in link.target]
        ), link.id


def test_validate_reports_a_manual_link_whose_text_changed(corpus: Path):
    korean = corpus / "ko" / "asan-2024-13s.ko.xml"
    text = korean.read_text(encoding="utf-8")
    old = "그러나 자민당의 우위가 계속되는 만큼"
    assert old in text
    korean.write_text(
        text.replace(old, "그러나 자민당이 계속 우위를 지키는 만큼"), encoding="utf-8"
    )
    result = run_bitext("validate", corpus)
    assert result.code == 1
    problems = [line for line in result.out.splitlines() if "link-text-changed" in line]
    assert len(problems) == 1 and "link l3:" in problems[0]
    assert "asan-2024-13s.en-ko.xml:" in problems[0]


def _reingest_korean_with_a_new_sentence(corpus: Path) -> Path:
    """The Korean text with one sentence inserted at the start of the first paragraph, ingested
    again as the build script does (every later id of that paragraph shifts by one)."""
    text = KO_TEXT.read_text(encoding="utf-8")
    first = "지지율 하락 속에서"
    assert text.count(first) == 1
    changed = corpus / "ko" / "changed.txt"
    changed.write_text(text.replace(first, "이 글은 요약이다. " + first), encoding="utf-8")
    result = run_bitext(
        "ingest", changed, "--lang", "ko", "-o", corpus / "ko" / "asan-2024-13s.ko.xml"
    )
    assert result.code == 0, result.err
    return corpus / "ko" / "asan-2024-13s.ko.xml"


def test_align_keep_finds_a_moved_sentence_by_its_text(corpus: Path):
    before = _texts(corpus / ALIGN_NAME)
    _reingest_korean_with_a_new_sentence(corpus)
    # The old ids now point at other sentences: validate says which links are stale.
    stale = run_bitext("validate", corpus)
    assert stale.code == 1 and "link-text-changed" in stale.out
    out = corpus / "realigned.xml"
    result = run_bitext(
        "align",
        corpus / "en" / "asan-2024-13s.en.xml",
        corpus / "ko" / "asan-2024-13s.ko.xml",
        "--keep",
        corpus / ALIGN_NAME,
        "-o",
        out,
    )
    assert result.code == 0, result.err
    after = _texts(out)
    manual = [(s, t) for s, t, status in after if status == "manual"]
    # Every hand-checked link is kept with the same text on both sides, at its new ids ...
    assert manual == [(s, t) for s, t, _ in before]
    # ... and only the new sentence is left for the aligner.
    assert [t for _, t, status in after if status == "automatic"] == [["이 글은 요약이다."]]
    assert run_bitext("validate", out).code == 0


def test_align_keep_refuses_a_link_whose_checked_text_is_gone(corpus: Path):
    korean = corpus / "ko" / "asan-2024-13s.ko.xml"
    text = korean.read_text(encoding="utf-8")
    old = "그러나 자민당의 우위가 계속되는 만큼"
    korean.write_text(
        text.replace(old, "그러나 자민당이 계속 우위를 지키는 만큼"), encoding="utf-8"
    )
    result = run_bitext(
        "align",
        corpus / "en" / "asan-2024-13s.en.xml",
        korean,
        "--keep",
        corpus / ALIGN_NAME,
        "-o",
        corpus / "out.xml",
    )
    assert result.code == 1 and result.err.count("\n") == 1
    assert "manual link l3:" in result.err and "no longer in the target document" in result.err
    assert not (corpus / "out.xml").exists()


# Review states through the CAT formats ----------------------------------------------------


def _imported_statuses(path: Path, kind: str, folder: Path) -> dict[str, LinkStatus]:
    folder.mkdir()
    paths = import_corpus(path, kind, folder)
    alignment = read_alignment(paths[2])
    assert run_bitext("validate", folder).code == 0
    return {link.id: link.status for link in alignment.links}


def test_xliff12_units_approved_in_a_cat_tool_import_as_manual_links(
    automatic: Path, tmp_path: Path
):
    exported = tmp_path / "a.xlf"
    export_corpus(automatic, ["xliff"], exported)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    tree = etree.parse(str(exported))
    units = tree.findall(".//x:trans-unit", ns)
    assert all(u.get("approved") != "yes" for u in units)  # nothing confirmed yet
    units[0].set("approved", "yes")  # as CAT tools mark a confirmed unit
    units[1].find("x:target", ns).set("state", "signed-off")
    units[2].find("x:target", ns).set("state", "final")
    tree.write(str(exported), xml_declaration=True, encoding="UTF-8")
    statuses = _imported_statuses(exported, "xliff", tmp_path / "in")
    ids = [u.get("id") for u in units]
    assert [statuses[i] for i in ids[:4]] == [LinkStatus.MANUAL] * 3 + [LinkStatus.AUTOMATIC]
    assert sum(s is LinkStatus.MANUAL for s in statuses.values()) == 3


def test_xliff20_reviewed_and_final_segments_import_as_manual_links(
    automatic: Path, tmp_path: Path
):
    exported = tmp_path / "a.xliff2.xlf"
    export_corpus(automatic, ["xliff2"], exported)
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    tree = etree.parse(str(exported))
    units = tree.findall(".//x:unit", ns)
    units[0].find("x:segment", ns).set("state", "reviewed")
    units[1].find("x:segment", ns).set("state", "final")
    tree.write(str(exported), xml_declaration=True, encoding="UTF-8")
    statuses = _imported_statuses(exported, "xliff", tmp_path / "in")
    assert sum(s is LinkStatus.MANUAL for s in statuses.values()) == 2
    assert statuses[units[0].get("id")] is LinkStatus.MANUAL


def test_po_entries_unflagged_in_poedit_import_as_manual_links(automatic: Path, tmp_path: Path):
    exported = tmp_path / "a.po"
    export_corpus(automatic, ["po"], exported)
    catalogue = polib.pofile(str(exported))
    assert all("fuzzy" in entry.flags for entry in catalogue)  # every automatic link to review
    for entry in catalogue[:2]:
        entry.flags.remove("fuzzy")  # what a translator does on confirming an entry
    catalogue.save(str(exported))
    statuses = _imported_statuses(exported, "po", tmp_path / "in")
    assert [statuses[e.msgctxt] for e in catalogue[:3]] == [
        LinkStatus.MANUAL,
        LinkStatus.MANUAL,
        LinkStatus.AUTOMATIC,
    ]
    assert sum(s is LinkStatus.MANUAL for s in statuses.values()) == 2


def test_a_review_threshold_leaves_only_doubtful_po_entries_fuzzy_and_confident_ones_automatic(
    automatic: Path, tmp_path: Path
):
    links = read_alignment(automatic).links
    threshold = sorted(link.score or 0.0 for link in links)[len(links) // 5]  # a fifth below
    exported = tmp_path / "a.po"
    export_corpus(automatic, ["po"], exported, review_below=threshold)
    catalogue = polib.pofile(str(exported))
    score = {link.id: link.score for link in links}
    doubtful = [e for e in catalogue if score[e.msgctxt] < threshold]
    confident = [e for e in catalogue if score[e.msgctxt] >= threshold]
    assert doubtful and confident
    assert all("fuzzy" in e.flags for e in doubtful)
    assert not any("fuzzy" in e.flags for e in confident)
    assert all(f"not fuzzy: scored at least {threshold}" in e.comment for e in confident)
    # Untouched, nothing imports as confirmed; a doubtful entry the translator confirms does.
    doubtful[0].flags.remove("fuzzy")
    catalogue.save(str(exported))
    statuses = _imported_statuses(exported, "po", tmp_path / "in")
    assert [k for k, s in statuses.items() if s is LinkStatus.MANUAL] == [doubtful[0].msgctxt]
    # The same threshold marks XLIFF 1.2 targets for review.
    xliff = tmp_path / "a.xlf"
    export_corpus(automatic, ["xliff"], xliff, review_below=threshold)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    states = {
        unit.get("id"): unit.find("x:target", ns).get("state")
        for unit in etree.parse(str(xliff)).iterfind(".//x:trans-unit", ns)
        if unit.find("x:target", ns) is not None
    }
    assert {k for k, v in states.items() if v == "needs-review-translation"} == {
        k for k in states if score[k] < threshold
    }


@pytest.mark.conformance
def test_xliff2_marks_the_links_to_review_with_a_substate_its_schema_accepts(
    automatic: Path, tmp_path: Path
):
    # XLIFF 2.0 has no state for "needs review": a to-review automatic link is translated,
    # with bitext's subState; the OASIS schema accepts it, and it imports back automatic.
    from bitext.formats.xliffstate import NEEDS_REVIEW_2

    from .tools import schema_file

    links = read_alignment(automatic).links
    threshold = sorted(link.score or 0.0 for link in links)[len(links) // 5]
    xliff = tmp_path / "a.xliff2.xlf"
    export_corpus(automatic, ["xliff2"], xliff, review_below=threshold)
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    tree = etree.parse(str(xliff), parser)
    xsd = etree.XMLSchema(etree.parse(str(schema_file("xliff-core-2.0.xsd")), parser))
    assert xsd.validate(tree), xsd.error_log.filter_from_errors()[:3]
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    marked = {
        unit.get("id")
        for unit in tree.iterfind(".//x:unit", ns)
        if unit.find("x:segment", ns).get("subState") == NEEDS_REVIEW_2
    }
    assert all(
        unit.find("x:segment", ns).get("state") == "translated"
        for unit in tree.iterfind(".//x:unit", ns)
        if unit.get("id") in marked
    )
    expected = {
        link.id
        for link in links
        if link.target and needs_review(link.status, link.score, threshold)
    }
    assert marked == expected and len(marked) > 1
    statuses = _imported_statuses(xliff, "xliff", tmp_path / "in")
    assert all(statuses[k] is LinkStatus.AUTOMATIC for k in marked)


def test_review_below_on_the_command_line(automatic: Path, tmp_path: Path):
    out = tmp_path / "b.po"
    assert run_bitext("export", automatic, "-f", "po", "-o", out, "--review-below", "0.9").code == 0
    flags = [("fuzzy" in e.flags) for e in polib.pofile(str(out))]
    assert any(flags) and not all(flags)
    one_command = tmp_path / "c.po"
    source, target = (automatic.parent / n / f"asan-2024-13s.{n}.xml" for n in ("en", "ko"))
    made = run_bitext("align", source, target, "-o", one_command, "--review-below", "0.9", "-q")
    assert made.code == 0, made.err
    assert [("fuzzy" in e.flags) for e in polib.pofile(str(one_command))] == flags
    wrong = run_bitext("export", automatic, "-f", "po", "-o", out, "--review-below", "2")
    assert wrong.code == 2 and "--review-below" in wrong.err


def test_tmx_status_props_round_trip(automatic: Path, tmp_path: Path):
    exported = tmp_path / "a.tmx"
    export_corpus(automatic, ["tmx"], exported)
    tree = etree.parse(str(exported))
    status = tree.find(".//tu/prop[@type='x-status']")
    status.text = "manual"
    tree.write(str(exported), xml_declaration=True, encoding="UTF-8")
    statuses = _imported_statuses(exported, "tmx", tmp_path / "in")
    assert sum(s is LinkStatus.MANUAL for s in statuses.values()) == 1


def test_a_confirmed_unit_imports_with_the_digest_of_its_text(automatic: Path, tmp_path: Path):
    exported = tmp_path / "a.xlf"
    export_corpus(automatic, ["xliff"], exported)
    tree = etree.parse(str(exported))
    unit = tree.find(".//{urn:oasis:names:tc:xliff:document:1.2}trans-unit")
    unit.set("approved", "yes")
    tree.write(str(exported), xml_declaration=True, encoding="UTF-8")
    (tmp_path / "in").mkdir()
    paths = import_corpus(exported, "xliff", tmp_path / "in")
    link = read_alignment(paths[2]).links[0]
    source = {s.id: s.text for s in read_document(paths[0]).sentences()}
    target = {s.id: s.text for s in read_document(paths[1]).sentences()}
    assert link.digest == text_digest(
        [source[i] for i in link.source], [target[i] for i in link.target]
    )


# Publishing: XCES in the OPUS layout --------------------------------------------------------


def test_xces_export_writes_the_opus_layout_and_every_link_resolves(tmp_path: Path):
    import gzip

    out = tmp_path / "opus"
    result = run_bitext("export", CORPUS / ALIGN_NAME, "-f", "xces", "-o", out)
    assert result.code == 0, result.err
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [
        "xml/en-ko.xml.gz",
        "xml/en/asan-2024-13s.en-ko.xml.gz",
        "xml/ko/asan-2024-13s.en-ko.xml.gz",
    ]
    ces = etree.fromstring(gzip.decompress((out / "xml/en-ko.xml.gz").read_bytes()))
    assert ces.tag == "cesAlign"
    group = ces.find("linkGrp")
    assert group.get("targType") == "s"

    def sentences(relative: str) -> dict[str, str]:
        root = etree.fromstring(gzip.decompress((out / "xml" / relative).read_bytes()))
        return {s.get("id"): s.text for s in root.iter("s")}

    source, target = sentences(group.get("fromDoc")), sentences(group.get("toDoc"))
    gold = _texts(CORPUS / ALIGN_NAME)
    found = []
    for link in group.iter("link"):
        left, _, right = link.get("xtargets").partition(";")
        found.append(
            (
                [source[i] for i in left.split()],
                [target[i] for i in right.split()],
                link.get("status"),
            )
        )
    assert found == gold  # every link, one-sided ones too, with the same sentences
    again = tmp_path / "again"
    run_bitext("export", CORPUS / ALIGN_NAME, "-f", "xces", "-o", again)
    assert (again / "xml/en-ko.xml.gz").read_bytes() == (out / "xml/en-ko.xml.gz").read_bytes()


# The spreadsheet round trip ---------------------------------------------------------------


def test_an_xlsx_edited_in_a_spreadsheet_comes_back_as_corrected_links(
    automatic: Path, tmp_path: Path
):
    import openpyxl

    sheet_path = tmp_path / "review.xlsx"
    result = run_bitext("export", automatic, "-f", "xlsx", "-o", sheet_path)
    assert result.code == 0, result.err
    book = openpyxl.load_workbook(sheet_path)
    sheet = book["review"]
    assert [c.value for c in sheet[1]] == [
        "link", "source ids", "target ids", "source", "target", "score", "status", "order",
        "comment",
    ]  # fmt: skip
    assert sheet.column_dimensions["A"].hidden and book["sentences"].sheet_state == "hidden"
    assert sheet.column_dimensions["H"].hidden  # each row's place, for a sorted sheet
    rows = list(sheet.iter_rows(min_row=2))
    original = read_alignment(automatic)
    assert len(rows) == len(original.links)
    # Find two neighbouring 1-1 rows and merge their targets into the first row (as if the
    # aligner had split a 1-2 bead), then confirm another row by its status.
    k = next(
        k
        for k in range(5, len(rows) - 1)
        if original.links[k].type == "1-1" and original.links[k + 1].type == "1-1"
    )
    first, second = rows[k], rows[k + 1]
    first[4].value = f"{first[4].value} {second[4].value}"
    second[4].value = None
    rows[2][6].value = "manual"
    rows[3][8].value = "Is 'projection' right here?\nAsk the author."  # a reviewer's comment
    book.save(sheet_path)
    out = tmp_path / "in"
    out.mkdir()
    result = run_bitext("import", sheet_path, "-f", "xlsx", "-o", out)
    assert result.code == 0, result.err
    imported = out / "review.en-ko.xml"
    alignment = read_alignment(imported)
    by_id = {link.id: link for link in alignment.links}
    merged = next(link for link in alignment.links if link.source == original.links[k].source)
    assert merged.target == original.links[k].target + original.links[k + 1].target
    assert merged.status is LinkStatus.MANUAL and merged.digest
    left = next(link for link in alignment.links if link.source == original.links[k + 1].source)
    assert left.target == () and left.status is LinkStatus.MANUAL  # its target moved away
    assert by_id[original.links[2].id].status is LinkStatus.MANUAL
    untouched = by_id[original.links[0].id]
    assert untouched.status is LinkStatus.AUTOMATIC and untouched.score == original.links[0].score
    assert sum(link.status is LinkStatus.MANUAL for link in alignment.links) == 3
    assert by_id[original.links[3].id].notes == (
        LinkNote(NoteKind.NOTE, "Is 'projection' right here?\nAsk the author.", "reviewer"),
    )  # kept with the link: a TMX, XLIFF or PO export writes it
    again = tmp_path / "again.xlsx"
    assert run_bitext("export", imported, "-f", "xlsx", "-o", again).code == 0
    shown = openpyxl.load_workbook(again)["review"]
    assert [r[8].value for r in shown.iter_rows(min_row=2) if r[8].value] == [
        "Is 'projection' right here?\nAsk the author."
    ]
    assert run_bitext("validate", out).code == 0
    # The documents come back word for word, ids and all.
    source = read_document(out / "review.en.xml")
    assert [(s.id, s.text) for s in source.sentences()] == [
        (s.id, s.text) for s in read_document(CORPUS / "en" / "asan-2024-13s.en.xml").sentences()
    ]


def test_the_xlsx_shades_the_rows_to_review_first(automatic: Path, tmp_path: Path):
    # The rows of the links needs_review marks are orange, at the default bar and at one
    # a fifth of the scores lie below; an unscored automatic link (as an imported one
    # has) is shaded too; the shading does not change what the import reads.
    import openpyxl

    from bitext.formats.xlsx import REVIEW_FILL
    from bitext.tei import write_alignment

    original = read_alignment(automatic)
    unscored = original.links[7]
    links = tuple(
        replace(link, score=None) if link is unscored else link for link in original.links
    )
    alignment = replace(original, links=links)
    write_alignment(alignment, automatic)
    scores = sorted(link.score for link in links if link.score is not None)
    fifth = scores[len(scores) // 5]
    shaded_at = {}
    for bar in (None, fifth):
        sheet_path = tmp_path / f"review-{bar}.xlsx"
        options = () if bar is None else ("--review-below", str(fifth))
        assert run_bitext("export", automatic, "-o", sheet_path, *options).code == 0
        sheet = openpyxl.load_workbook(sheet_path)["review"]
        shaded = shaded_at[bar] = {
            row[0].value
            for row in sheet.iter_rows(min_row=2)
            if all(c.fill.fgColor.rgb[-6:] == REVIEW_FILL for c in row[3:])
        }
        assert shaded == {link.id for link in links if needs_review(link.status, link.score, bar)}
        assert unscored.id in shaded
        assert f"below {fifth if bar else 0.5:g} or not scored" in sheet["F1"].comment.text
    assert len(shaded_at[fifth]) > len(shaded_at[None]) > 1
    out = tmp_path / "in"
    assert run_bitext("import", sheet_path, "-f", "xlsx", "-o", out).code == 0
    back = read_alignment(out / f"review-{fifth}.en-ko.xml")
    assert [(link.source, link.target, link.status) for link in back.links] == [
        (link.source, link.target, link.status) for link in links
    ]


def test_the_html_view_underlines_and_counts_the_links_to_review(automatic: Path, tmp_path: Path):
    # The page underlines the sentences of the links needs_review marks (those with text
    # on both sides, among the body's sentences it shows) and its header counts them.
    import re

    links = read_alignment(automatic).links
    body = {
        s.id
        for name in ("en/asan-2024-13s.en.xml", "ko/asan-2024-13s.ko.xml")
        for s in read_document(automatic.parent / name).body_sentences()
    }
    scores = sorted(link.score for link in links if link.score is not None)
    fifth = scores[len(scores) // 5]
    for bar in (None, fifth):
        page_path = tmp_path / f"view-{bar}.html"
        options = () if bar is None else ("--review-below", str(fifth))
        assert run_bitext("export", automatic, "-o", page_path, *options).code == 0
        page = page_path.read_text(encoding="utf-8")
        underlined = set(
            re.findall(r'<span class="s low[^"]*" id="[^"]*" data-link="([^"]*)"', page)
        )
        expected = {
            link.id
            for link in links
            if link.source
            and link.target
            and needs_review(link.status, link.score, bar)
            and body.intersection(link.source + link.target)
        }
        assert underlined == expected
        assert f"links, {len(expected)} to review first" in page
        assert f"scored below {fifth if bar else 0.5:g} or not scored" in page
    assert expected  # at a fifth of the scores, some are


def test_an_xlsx_sorted_by_score_in_a_spreadsheet_reads_back_in_document_order(
    automatic: Path, tmp_path: Path
):
    # A reviewer sorts the rows by score to see the doubtful links first, confirms the
    # lowest one and moves a sentence between two rows that were neighbours as written.
    import openpyxl

    sheet_path = tmp_path / "review.xlsx"
    run_bitext("export", automatic, "-f", "xlsx", "-o", sheet_path)
    book = openpyxl.load_workbook(sheet_path)
    sheet = book["review"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    original = read_alignment(automatic)
    k = next(
        k
        for k in range(5, len(rows) - 1)
        if original.links[k].type == "1-1" and original.links[k + 1].type == "1-1"
    )
    rows[k][4] = f"{rows[k][4]} {rows[k + 1][4]}"
    rows[k + 1][4] = None
    rows.sort(key=lambda row: (row[5] if row[5] is not None else 2.0, row[0]))
    rows[0][6] = "manual"
    lowest = rows[0][0]
    sheet.delete_rows(2, sheet.max_row)
    for row in rows:
        sheet.append(row)
    book.save(sheet_path)
    out = tmp_path / "in"
    result = run_bitext("import", sheet_path, "-f", "xlsx", "-o", out)
    assert result.code == 0, result.err
    alignment = read_alignment(out / "review.en-ko.xml")
    by_id = {link.id: link for link in alignment.links}
    assert by_id[lowest].status is LinkStatus.MANUAL
    merged = next(link for link in alignment.links if link.source == original.links[k].source)
    assert merged.target == original.links[k].target + original.links[k + 1].target
    assert sum(link.status is LinkStatus.MANUAL for link in alignment.links) == 3
    assert run_bitext("validate", out).code == 0


def test_a_sentence_that_looks_like_a_formula_stays_text_in_the_xlsx(tmp_path: Path):
    # openpyxl writes a string beginning with "=" as a formula: a spreadsheet computes it
    # (or runs it), and the import read an empty cell, breaking the link in two.
    import openpyxl

    (tmp_path / "f.en").write_text("=SUM(1,2) is the formula.\n+1 for this idea.\n", "utf-8")
    (tmp_path / "f.ko").write_text("=SUM(1,2)는 수식이다.\n이 생각에 +1.\n", "utf-8")
    aligned = tmp_path / "f.xml"
    common = ["--lines", "--source-lang", "en", "--target-lang", "ko"]
    assert (
        run_bitext("align", tmp_path / "f.en", tmp_path / "f.ko", *common, "-o", aligned).code == 0
    )
    sheet_path = tmp_path / "f.xlsx"
    assert run_bitext("export", aligned, "-f", "xlsx", "-o", sheet_path).code == 0
    book = openpyxl.load_workbook(sheet_path)
    cells = [book["review"]["D2"], book["review"]["E2"], book["sentences"]["C2"]]
    assert [(c.value, c.data_type) for c in cells] == [
        ("=SUM(1,2) is the formula.", "s"),
        ("=SUM(1,2)는 수식이다.", "s"),
        ("=SUM(1,2) is the formula.", "s"),
    ]
    out = tmp_path / "in"
    assert run_bitext("import", sheet_path, "-f", "xlsx", "-o", out).code == 0
    links = read_alignment(out / "f.en-ko.xml").links
    assert [(link.type, link.status) for link in links] == [("1-1", LinkStatus.AUTOMATIC)] * 2


def test_an_xlsx_whose_sentence_was_reworded_is_refused_naming_the_row(
    automatic: Path, tmp_path: Path
):
    import openpyxl

    sheet_path = tmp_path / "review.xlsx"
    run_bitext("export", automatic, "-f", "xlsx", "-o", sheet_path)
    book = openpyxl.load_workbook(sheet_path)
    book["review"]["E4"].value = "완전히 다른 문장이다."
    book.save(sheet_path)
    result = run_bitext("import", sheet_path, "-f", "xlsx", "-o", tmp_path)
    assert result.code == 1 and result.err.count("\n") == 1
    assert "row 4: the target cell" in result.err


def test_the_xlsx_export_is_the_same_bytes_every_time(automatic: Path, tmp_path: Path):
    one, two = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    export_corpus(automatic, ["xlsx"], one)
    export_corpus(automatic, ["xlsx"], two)
    assert one.read_bytes() == two.read_bytes()


def test_inline_codes_come_back_from_a_review_workbook_whose_rows_were_merged(tmp_path: Path):
    # Sentences imported from a CAT tool's TMX keep their codes through the review sheet
    # (its hidden sheet of sentences has them), also where a reviewer merged two rows.
    import openpyxl

    from .test_formats import CODED_TMX

    tmx = tmp_path / "coded.tmx"
    tmx.write_text(CODED_TMX, encoding="utf-8")
    assert run_bitext("import", tmx, "-f", "tmx", "-o", tmp_path / "tei").code == 0
    sheet_path = tmp_path / "review.xlsx"
    alignment = tmp_path / "tei" / "coded.en-ko.xml"
    assert run_bitext("export", alignment, "-f", "xlsx", "-o", sheet_path).code == 0
    book = openpyxl.load_workbook(sheet_path)
    first, second = list(book["review"].iter_rows(min_row=2))[:2]
    first[4].value = f"{first[4].value} {second[4].value}"  # both Korean sentences in row 1
    second[4].value = None
    book.save(sheet_path)
    assert run_bitext("import", sheet_path, "-f", "xlsx", "-o", tmp_path / "in").code == 0
    assert run_bitext("validate", tmp_path / "in").code == 0
    for lang in ("en", "ko"):
        before = read_document(tmp_path / "tei" / f"coded.{lang}.xml")
        after = read_document(tmp_path / "in" / f"review.{lang}.xml")
        assert [(s.id, s.text, s.codes) for s in after.sentences()] == [
            (s.id, s.text, s.codes) for s in before.sentences()
        ]  # word for word, a line break inside a sentence too
        assert sum(len(s.codes) for s in after.sentences()) >= 4
    merged = read_alignment(tmp_path / "in" / "review.en-ko.xml").links[0]
    assert merged.target == ("ko.p1.s1", "ko.p1.s2")


def test_the_review_server_answers_an_edit_nested_too_deep_with_a_bad_request(corpus: Path):
    # A body of 32,000 nested arrays (under the 64 KB limit) made Python's JSON parser raise
    # RecursionError, which the handler did not catch: the request died without an answer.
    import http.client
    import json
    import threading

    from bitext.review.server import ReviewServer, ReviewSession

    server = ReviewServer(ReviewSession.open(corpus / ALIGN_NAME))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address[:2]
        headers = {"X-Bitext-Token": server.token, "Content-Type": "application/json"}

        def post(body: bytes) -> tuple[int, dict[str, str]]:
            connection = http.client.HTTPConnection(str(host), port, timeout=10)
            connection.request("POST", "/api/edit", body, {**headers, "Host": f"{host}:{port}"})
            response = connection.getresponse()
            return response.status, json.loads(response.read())

        status, answer = post(b"[" * 32_000 + b"]" * 32_000)
        assert (status, answer) == (400, {"error": "send one edit as JSON"})
        status, answer = post(b'{"op": "no such edit"}')  # the server still answers
        assert status == 409 and answer["error"]
    finally:
        server.shutdown()
        server.server_close()

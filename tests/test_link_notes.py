# ruff: noqa: E501  (the files other tools wrote are kept as they wrote them)
"""What translation tools keep about a unit besides its texts (TMX notes, props and
attributes; XLIFF notes, resnames and locations; PO comments, context, references, flags and
previous strings) goes through bitext's TEI and out again: an import and an export lose none.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from bitext import Alignment, Link, LinkNote, NoteKind, read_alignment
from bitext.exchange import export_corpus
from bitext.formats.base import stream_units
from bitext.formats.jsonl import read_jsonl
from bitext.formats.po import read_po
from bitext.formats.tmx import read_tmx
from bitext.formats.xliff import read_xliff
from bitext.formats.xlsxread import read_xlsx
from bitext.tei import write_alignment, write_document
from bitext.tei.stream import read_alignment_head

from .conftest import run_bitext
from .tools import command, schema_file

# A TMX as memoQ and Trados write them: numbered tuids, the translator's ids and dates, the
# client's props, a note; one tu with a note and prop on the tuv too.
CAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="memoQ" creationtoolversion="9.14" segtype="sentence" o-tmf="memoQTM" adminlang="en-us" srclang="en-us" datatype="unknown">
    <prop type="x-Client">Asan Institute</prop>
    <note>Policy briefs, 2024.</note>
  </header>
  <body>
    <tu tuid="101" creationdate="20240312T083000Z" creationid="KIM, Jiyoon" changedate="20240415T101500Z" changeid="PARK, Minho" usagecount="3">
      <prop type="client">Asan Institute</prop>
      <prop type="x-Domain">Security &amp; defence</prop>
      <prop type="x-Project">IB-2024-13</prop>
      <note>Reviewer: "extended deterrence" is 확장억제 throughout.</note>
      <tuv xml:lang="en-us"><seg>The U.S. extended deterrence to Japan in 2023.</seg></tuv>
      <tuv xml:lang="ko-kr"><seg>미국은 2023년 일본에 확장억제를 제공했다.</seg></tuv>
    </tu>
    <tu tuid="102" creationdate="20240312T083100Z" creationid="KIM, Jiyoon">
      <prop type="x-Domain">Security &amp; defence</prop>
      <tuv xml:lang="en-us"><seg>Costs rose 5% to $1.2 billion.</seg></tuv>
      <tuv xml:lang="ko-kr"><seg>비용은 5% 늘어 12억 달러가 되었다.</seg></tuv>
    </tu>
    <tu tuid="103">
      <tuv xml:lang="en-us"><seg>It said "no comment."</seg></tuv>
      <tuv xml:lang="ko-kr"><seg>"논평하지 않겠다"고 말했다.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

# A catalogue as a program's translators keep one: translator and extracted comments,
# contexts telling equal messages apart, references, a format flag, a previous msgid.
APP_PO = r"""# Korean translation of the app.
# Copyright (C) 2024 Example Ltd.
# Jiyoon Kim <jk@example.org>, 2024.
#
msgid ""
msgstr ""
"Project-Id-Version: app 2.1\n"
"Report-Msgid-Bugs-To: bugs@example.org\n"
"POT-Creation-Date: 2024-03-01 10:00+0900\n"
"PO-Revision-Date: 2024-04-02 11:00+0900\n"
"Last-Translator: Jiyoon Kim <jk@example.org>\n"
"Language-Team: Korean <ko@example.org>\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Language: ko\n"
"Plural-Forms: nplurals=1; plural=0;\n"
"X-Generator: Poedit 3.4\n"

# Keep it formal.
# (Checked by the client.)
#. Shown on the start screen; %s is the user's name.
#: src/main.c:42 src/ui.c:7
#, fuzzy, c-format
#| msgid "Welcome, %s"
msgctxt "greeting"
msgid "Welcome, %s!"
msgstr "%s님, 환영합니다!"

#: src/menu.c:10
msgctxt "menu|File"
msgid "Open"
msgstr "열기"

#: src/toolbar.c:88
msgctxt "button"
msgid "Open"
msgstr "열기"

#, python-brace-format
msgid "{count} files deleted on 12 May 2024."
msgstr "2024년 5월 12일에 파일 {count}개를 삭제했다."

#~ msgctxt "menu"
#~ msgid "Close all"
#~ msgstr "모두 닫기"
"""


BITEXT_PROPS = {
    f"x-{name}"
    for name in [
        "link-id",
        "link-type",
        "status",
        "score",
        "source-ids",
        "target-ids",
        "source-lengths",
        "target-lengths",
        "context-pre",
        "context-post",
        "unaligned",
    ]
}


def _imported(tmp_path: Path, name: str, text: str, kind: str) -> Path:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "imported"
    result = run_bitext("import", "-f", kind, source, "-o", out)
    assert result.code == 0, result.err
    (alignment,) = [p for p in out.glob("*.xml") if b"<linkGrp" in p.read_bytes()]
    return alignment


def test_a_cat_tools_tmx_keeps_its_props_notes_and_dates_through_tei_and_back(tmp_path: Path):
    alignment_path = _imported(tmp_path, "memoq.tmx", CAT_TMX, "tmx")
    assert run_bitext("validate", alignment_path.parent).code == 0
    first = read_alignment(alignment_path).links[0]
    assert set(first.notes) == {
        LinkNote(NoteKind.PROPERTY, "101", "tmx:tuid"),
        LinkNote(NoteKind.PROPERTY, "20240312T083000Z", "tmx:creationdate"),
        LinkNote(NoteKind.PROPERTY, "KIM, Jiyoon", "tmx:creationid"),
        LinkNote(NoteKind.PROPERTY, "20240415T101500Z", "tmx:changedate"),
        LinkNote(NoteKind.PROPERTY, "PARK, Minho", "tmx:changeid"),
        LinkNote(NoteKind.PROPERTY, "3", "tmx:usagecount"),
        LinkNote(NoteKind.PROPERTY, "Asan Institute", "client"),
        LinkNote(NoteKind.PROPERTY, "Security & defence", "x-Domain"),
        LinkNote(NoteKind.PROPERTY, "IB-2024-13", "x-Project"),
        LinkNote(NoteKind.NOTE, 'Reviewer: "extended deterrence" is 확장억제 throughout.'),
    }
    out = tmp_path / "again.tmx"
    assert run_bitext("export", alignment_path, "-f", "tmx", "-o", out).code == 0
    written = etree.parse(str(tmp_path / "memoq.tmx")).getroot().findall("body/tu")
    again = etree.parse(str(out)).getroot().findall("body/tu")
    for before, after in zip(written, again, strict=True):
        # tuid, dates, ids, usage count as they were; a creation date where the tu had none
        assert dict(after.attrib) == {"creationdate": after.get("creationdate"), **before.attrib}
        props = [(p.get("type"), p.text) for p in after.iterfind("prop")]
        assert [(p.get("type"), p.text) for p in before.iterfind("prop")] == [
            prop for prop in props if prop[0] not in BITEXT_PROPS
        ]
        assert [n.text for n in before.iterfind("note")] == [n.text for n in after.iterfind("note")]
    header = etree.parse(str(out)).getroot().find("header")
    assert [(p.get("type"), p.text) for p in header.iterfind("prop")] == [
        ("x-Client", "Asan Institute")
    ]
    assert [n.text for n in header.iterfind("note")] == ["Policy briefs, 2024."]


def test_a_gettext_catalogues_comments_contexts_references_and_flags_come_back(tmp_path: Path):
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    assert run_bitext("validate", alignment_path.parent).code == 0
    out = tmp_path / "again.po"
    assert run_bitext("export", alignment_path, "-f", "po", "-o", out).code == 0
    catalogue, again = polib.pofile(APP_PO), polib.pofile(str(out))
    assert again.header == catalogue.header  # the translators' comment
    for field in ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date"):
        assert again.metadata[field] == catalogue.metadata[field]
    for field in ("Last-Translator", "Language-Team", "Plural-Forms", "Language"):
        assert again.metadata[field] == catalogue.metadata[field]
    assert again.metadata["X-Generator"].startswith("bitext")  # this revision's
    assert [(e.msgctxt, e.msgid, e.msgstr) for e in again.obsolete_entries()] == [
        ("menu", "Close all", "모두 닫기")
    ]  # an obsolete entry is no text of the catalogue's, but it is kept
    before = [e for e in catalogue if e.msgid and not e.obsolete]
    after = [e for e in again if e.msgid and not e.obsolete]
    assert len(before) == len(after) == 4
    for old, new in zip(before, after, strict=True):
        assert (new.msgid, new.msgstr, new.msgctxt or "") == (
            old.msgid,
            old.msgstr,
            old.msgctxt or new.msgctxt or "",  # no context of its own: bitext's link id
        )
        assert new.tcomment == old.tcomment
        assert new.occurrences == old.occurrences
        assert set(new.flags) == set(old.flags)
        assert new.previous_msgid == old.previous_msgid
        assert old.comment in new.comment  # the extracted comment, beside bitext's fields


def test_the_previous_strings_of_a_fuzzy_entry_come_back_in_pos_order(tmp_path: Path):
    catalogue = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ko\\n"\n\n'
        '#, fuzzy\n#| msgctxt "old"\n#| msgid "File"\n#| msgid_plural "Files"\n'
        'msgctxt "new"\nmsgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "파일 %d개"\n'
    )
    alignment_path = _imported(tmp_path, "plural.po", catalogue, "po")
    out = tmp_path / "again.po"
    assert run_bitext("export", alignment_path, "-f", "po", "-o", out).code == 0
    (entry,) = [e for e in polib.pofile(str(out)) if e.msgid]
    assert (entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural) == (
        "old",
        "File",
        "Files",
    )
    assert out.read_text(encoding="utf-8").index("#| msgctxt") < out.read_text(
        encoding="utf-8"
    ).index("#| msgid ")


def test_a_context_that_would_repeat_a_message_falls_back_to_the_link_id(tmp_path: Path):
    # Two XLIFF units with one resname and one source: as msgctxt both, they would be one
    # message twice, which gettext refuses.
    xliff = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="x" source-language="en" target-language="ko" datatype="plaintext"><body>
<trans-unit id="a" resname="label"><source>Open</source><target>열기</target></trans-unit>
<trans-unit id="b" resname="label"><source>Open</source><target>열기</target></trans-unit>
</body></file></xliff>"""
    alignment_path = _imported(tmp_path, "twice.xlf", xliff, "xliff")
    out = tmp_path / "twice.po"
    assert run_bitext("export", alignment_path, "-f", "po", "-o", out).code == 0
    contexts = [e.msgctxt for e in polib.pofile(str(out))]
    assert contexts == ["label", "b"] and "context: label" in out.read_text(encoding="utf-8")
    again = read_po(out).alignment
    assert [n.text for link in again.links for n in link.notes] == ["label", "label"]


@pytest.mark.conformance
def test_translate_toolkits_xliff_of_a_catalogue_keeps_its_comments_and_references(
    tmp_path: Path,
):
    po = tmp_path / "app.po"
    po.write_text(APP_PO, encoding="utf-8")
    made = tmp_path / "app.xlf"
    program = Path(sys.executable).parent / "po2xliff"
    subprocess.run([str(program), str(po), str(made)], check=True, capture_output=True)
    first = read_xliff(made).alignment.links[0]
    assert Counter(first.notes) == Counter(
        [
            LinkNote(NoteKind.NOTE, "Keep it formal.\n(Checked by the client.)", "po-translator"),
            LinkNote(
                NoteKind.NOTE, "Shown on the start screen; %s is the user's name.", "developer"
            ),
            LinkNote(NoteKind.REFERENCE, "src/main.c:42"),
            LinkNote(NoteKind.REFERENCE, "src/ui.c:7"),
            LinkNote(NoteKind.PROPERTY, "Welcome, %s", "po:previous-msgid"),
            LinkNote(NoteKind.PROPERTY, "3", "xliff:id"),  # its unit id, no xml:id
            # the review state it gave the fuzzy entry, written back as it was
            LinkNote(NoteKind.PROPERTY, "approved=no state=needs-translation", "xliff:review"),
        ]
    )  # Translate Toolkit's XLIFF 1.1 loses msgctxt and flags; its comments it writes twice


@pytest.mark.conformance
def test_msgfmt_and_the_oasis_schemas_accept_the_exports_with_notes(tmp_path: Path):
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    folder = tmp_path / "out"
    export_corpus(alignment_path, ["po", "xliff", "xliff2", "tmx"], folder)
    stem = alignment_path.name.removesuffix(".xml")
    subprocess.run(
        [command("msgfmt"), "--check-format", "-o", "/dev/null", str(folder / f"{stem}.po")],
        check=True,
    )
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    for schema, suffix in (
        ("xliff-core-1.2-strict.xsd", ".xlf"),
        ("xliff-core-2.0.xsd", ".xliff2.xlf"),
    ):
        xsd = etree.XMLSchema(etree.parse(str(schema_file(schema)), parser))
        tree = etree.parse(str(folder / f"{stem}{suffix}"), parser)
        assert xsd.validate(tree), xsd.error_log.filter_from_errors()[:3]
    dtd = etree.DTD(str(schema_file("tmx14.dtd")))
    tree = etree.parse(str(folder / f"{stem}.tmx"), parser)
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()[:3]


@pytest.mark.conformance
def test_an_alignment_with_link_notes_is_valid_tei(tmp_path: Path):
    from .tools import tei_all_path

    tei_all = etree.RelaxNG(etree.parse(str(tei_all_path())))
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    tree = etree.parse(str(alignment_path))
    assert tree.find(".//{http://www.tei-c.org/ns/1.0}listAnnotation") is not None
    assert tei_all.validate(tree), tei_all.error_log.filter_from_errors()[:3]


def test_a_note_pointing_at_no_link_is_reported(tmp_path: Path):
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    data = alignment_path.read_text(encoding="utf-8").replace('target="#l2"', 'target="#l99"', 1)
    alignment_path.write_text(data, encoding="utf-8")
    result = run_bitext("validate", alignment_path.parent)
    assert result.code == 1 and "note-link" in result.out + result.err
    assert "l99" in result.out + result.err


def test_review_merges_and_splits_keep_the_notes(tmp_path: Path):
    from bitext import read_document
    from bitext.review.edits import Pair, merge, split

    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    alignment = read_alignment(alignment_path)
    folder = alignment_path.parent
    pair = Pair(
        read_document(folder / alignment.source_doc), read_document(folder / alignment.target_doc)
    )
    first, second = alignment.links[:2]
    merged = merge(alignment, pair, first.id)
    assert merged.links[0].notes == first.notes + second.notes
    again = split(merged, pair, first.id)
    assert again.links[0].notes == first.notes + second.notes  # the first part keeps them


# Notes as tools make them: every kind, names or none, text with lines, quotes, tabs, and
# the characters each format escapes (& < > " \ and a backslash before n).
_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co"))
    | st.sampled_from("\n\t\\&<>\"'"),
    max_size=30,
)
_NAME = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Zs", "Zl", "Zp")),
    max_size=12,
)


# The names that put a note in a TMX tu's or tuv's own place: attributes, props, notes.
_TMX_NAMES = {
    NoteKind.NOTE: ["tmx:source", "tmx:target", "developer", "po-translator", "bitext", "reviewer"],
    NoteKind.PROPERTY: [
        "tmx:tuid",
        "tmx:changeid",
        "tmx:source:creationdate",
        "tmx:target:changeid",
        "tmx:target:prop:x-Origin",
        "tmx:source:prop:",
        "tmx:target:tuid",
        "po:previous-msgid",
        "po:previous-msgctxt",
        "po:previous-msgid_plural",
        "po:obsolete",
        "mda:project:client",
        "xliff:original",
        "mda::x",
        "link",
        "xliff:context x-po-autocomment",
    ],
}


@st.composite
def _header_note(draw: st.DrawFn) -> LinkNote:
    """A note of a PO catalogue's header: a field (as PO tools write them), or its comment."""
    import unicodedata

    if draw(st.booleans()):
        text = unicodedata.normalize("NFC", draw(_TEXT)) or "x"
        return LinkNote(NoteKind.NOTE, text, "po:header")
    if draw(st.booleans()):  # an obsolete entry, or text that looks like one
        text = draw(
            st.sampled_from(['#~ msgid "a"\n#~ msgstr "b"', "#~ junk", '# c\n#~ msgid "x"'])
        )
        return LinkNote(NoteKind.PROPERTY, text, "po:obsolete")
    field = draw(
        st.sampled_from(
            [
                "Project-Id-Version",
                "Last-Translator",
                "Plural-Forms",
                "X-Foo",
                "Language",
                "Bad Name",
            ]
        )
    )
    return LinkNote(
        NoteKind.PROPERTY, unicodedata.normalize("NFC", draw(_TEXT)), f"po:header:{field}"
    )


@st.composite
def _note(draw: st.DrawFn) -> LinkNote:
    import unicodedata

    kind = draw(st.sampled_from(list(NoteKind)))
    text = unicodedata.normalize("NFC", draw(_TEXT))
    name = (
        unicodedata.normalize("NFC", draw(_NAME | st.sampled_from(_TMX_NAMES[kind])))
        if kind in (NoteKind.NOTE, NoteKind.PROPERTY)
        else ""
    )
    if kind is not NoteKind.PROPERTY or name.startswith("tmx:"):
        text = text or "x"  # a tool keeps no empty note (an empty property, it may)
    if kind is NoteKind.PROPERTY and not name:
        name = "x-Prop"
    return LinkNote(kind, text, name.replace(": ", ":"))


_FORMATS = {
    "tmx": (".tmx", read_tmx),
    "po": (".po", read_po),
    "xliff": (".xlf", read_xliff),
    "xliff2": (".xliff2.xlf", read_xliff),
    "jsonl": (".jsonl", read_jsonl),
    "xlsx": (".xlsx", read_xlsx),
}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.lists(_note(), max_size=4), min_size=2, max_size=2),
    st.lists(_note() | _header_note(), max_size=4),
)
# polib drops a header comment's leading empty lines: such a comment goes as a field.
@example(noted=[[], []], file_notes=[LinkNote(NoteKind.NOTE, "\n", "po:header")])
@example(noted=[[], []], file_notes=[LinkNote(NoteKind.NOTE, "\nx", "po:header")])
# A property named as one of bitext's own TMX fields was read back as that field.
@example(noted=[[], [LinkNote(NoteKind.PROPERTY, "0", "x-source-ids")]], file_notes=[])
@example(noted=[[], []], file_notes=[LinkNote(NoteKind.PROPERTY, "", "x-source-ids")])
def test_any_notes_survive_tei_and_every_exchange_format(tmp_path_factory, noted, file_notes):  # type: ignore[no-untyped-def]
    from bitext import ingest_text

    folder = tmp_path_factory.mktemp("notes")
    english = ingest_text("Japan acts. Korea waits.", "en")
    korean = ingest_text("일본은 움직인다. 한국은 기다린다.", "ko")
    write_document(english, folder / "en.xml")
    write_document(korean, folder / "ko.xml")
    pairs = list(
        zip([s.id for s in english.sentences()], [s.id for s in korean.sentences()], strict=True)
    )
    links = tuple(
        Link(f"l{n}", (s,), (t,), notes=tuple(notes))
        for n, ((s, t), notes) in enumerate(zip(pairs, noted, strict=True), 1)
    )
    alignment = Alignment("en.xml", "ko.xml", "en", "ko", links, file_notes=tuple(file_notes))
    path = folder / "en-ko.xml"
    write_alignment(alignment, path)
    expected = [Counter(notes) for notes in noted]
    assert [Counter(link.notes) for link in read_alignment(path).links] == expected
    assert [Counter(unit.notes) for unit in stream_units(path)] == expected
    assert read_alignment(path).file_notes == read_alignment_head(path).file_notes
    assert Counter(read_alignment(path).file_notes) == Counter(file_notes)
    export_corpus(path, list(_FORMATS), folder / "out")
    for name, (suffix, reader) in _FORMATS.items():
        corpus = reader(folder / "out" / f"en-ko{suffix}")
        found = [Counter(link.notes) for link in corpus.alignment.links]
        assert found == (_as_po_reads(noted) if name == "po" else expected), name
        if name != "jsonl":  # JSON lines are links only: no place for the file's header
            assert Counter(corpus.alignment.file_notes) == Counter(file_notes), name


def _as_po_reads(noted: list[list[LinkNote]]) -> list[Counter[LinkNote]]:
    """The notes as PO gives them back: its translator comment ("#") is the note Translate
    Toolkit calls "po-translator" in XLIFF, and reads back without that name."""
    found = []
    for notes in noted:
        written = False  # only the first translator note becomes the "#" comment
        renamed = []
        for note in notes:
            is_comment = note.kind is NoteKind.NOTE and note.name in ("", "po-translator")
            if (
                is_comment
                and not written
                and all(line and line == line.strip() for line in note.text.split("\n"))
            ):
                written = True
                note = LinkNote(note.kind, note.text, "")
            renamed.append(note)
        found.append(Counter(renamed))
    return found


def test_a_realignment_carries_the_notes_of_the_automatic_links_it_replaces(tmp_path: Path):
    # The fuzzy entry imports as an automatic link: aligning the documents again replaces
    # it, and its comments, context and references go with its sentences to the new link.
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    before = read_alignment(alignment_path)
    folder = alignment_path.parent
    result = run_bitext(
        "align",
        folder / before.source_doc,
        folder / before.target_doc,
        "-o",
        alignment_path,
    )
    assert result.code == 0, result.err
    after = read_alignment(alignment_path)
    assert before.links[0].status.value == "automatic" and before.links[0].notes
    assert Counter(n for link in after.links for n in link.notes) == Counter(
        n for link in before.links for n in link.notes
    )
    by_sentence = {link.source: link.notes for link in after.links}
    assert by_sentence[before.links[0].source] == before.links[0].notes


def test_the_html_view_shows_a_links_notes_in_its_tooltip(tmp_path: Path):
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    out = tmp_path / "view.html"
    assert run_bitext("export", alignment_path, "-f", "html", "-o", out).code == 0
    page = etree.parse(str(out), etree.HTMLParser())
    (welcome,) = page.xpath("//section[@lang='en']//span[contains(., 'Welcome')]")
    assert "noted" in welcome.get("class").split()
    assert "note: Keep it formal." in welcome.get("title")
    assert "reference: src/main.c:42" in welcome.get("title")
    (last,) = page.xpath("//section[@lang='en']//span[contains(., 'files deleted')]")
    assert last.get("title") == "flag: python-brace-format"


def test_xliff2_metadata_module_properties_come_back_in_it(tmp_path: Path):
    # XLIFF 2.0 from a tool that keeps its properties in the metadata module (Okapi does).
    xliff = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="ko">
  <file id="f1">
    <unit id="u1" name="intro">
      <mda:metadata>
        <mda:metaGroup category="project"><mda:meta type="client">Asan Institute</mda:meta><mda:meta type="due">2024-08-07</mda:meta></mda:metaGroup>
      </mda:metadata>
      <notes><note category="terminology">Keep 확장억제.</note></notes>
      <segment state="final"><source>Extended deterrence holds.</source><target>확장억제는 유지된다.</target></segment>
    </unit>
  </file>
</xliff>"""
    alignment_path = _imported(tmp_path, "okapi.xlf", xliff, "xliff")
    (link,) = read_alignment(alignment_path).links
    assert Counter(link.notes) == Counter(
        [
            LinkNote(NoteKind.CONTEXT, "intro"),
            LinkNote(NoteKind.PROPERTY, "Asan Institute", "mda:project:client"),
            LinkNote(NoteKind.PROPERTY, "2024-08-07", "mda:project:due"),
            LinkNote(NoteKind.NOTE, "Keep 확장억제.", "terminology"),
            LinkNote(NoteKind.PROPERTY, "state=final", "xliff2:review"),  # written back so
        ]
    )
    out = tmp_path / "again.xliff2.xlf"
    assert run_bitext("export", alignment_path, "-f", "xliff2", "-o", out).code == 0
    unit = etree.parse(str(out)).getroot().find(".//{urn:oasis:names:tc:xliff:document:2.0}unit")
    mda = "{urn:oasis:names:tc:xliff:metadata:2.0}"
    assert [
        (m.getparent().get("category"), m.get("type"), m.text) for m in unit.iter(f"{mda}meta")
    ] == [
        ("project", "client", "Asan Institute"),
        ("project", "due", "2024-08-07"),
    ]
    assert unit[0].tag == f"{mda}metadata" and unit.get("name") == "intro"


def test_bitext_info_counts_the_notes(tmp_path: Path):
    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    out = run_bitext("info", alignment_path).out
    # 4 entries: references 4, contexts 3 (the last has none), flags 2 (c-format and
    # python-brace-format), the first entry's translator and extracted comments, its previous
    # msgid; about the file: the header comment, 6 fields kept, the obsolete entry, and that
    # its msgctxt and msgid are its messages' keys (po:keys: another tool's catalogue)
    assert (
        "notes:       12 on 4 links (reference: 4, context: 3, flag: 2, note: 2, property: 1), "
        "9 about the file" in out
    )


MULTI_FILE_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="chapter1.docx" source-language="en" target-language="ko" datatype="x-docx"><body>
    <trans-unit id="1"><source>Japan acts.</source><target>일본은 움직인다.</target></trans-unit>
    <trans-unit id="2"><source>Korea waits.</source><target>한국은 기다린다.</target></trans-unit>
  </body></file>
  <file original="chapter2.docx" source-language="en" target-language="ko" datatype="x-docx"><body>
    <trans-unit id="1"><source>The alliance grew.</source><target>동맹은 커졌다.</target></trans-unit>
  </body></file>
</xliff>"""


def _files_of(path: Path) -> list[tuple[str, list[str]]]:
    """Each file element of an XLIFF 1.2 or 2.0: its original and its units' sources."""
    root = etree.parse(str(path)).getroot()
    return [
        (
            file.get("original"),
            ["".join(s.itertext()) for s in file.iter() if etree.QName(s).localname == "source"],
        )
        for file in root
        if etree.QName(file).localname == "file"
    ]


def test_an_xliff_of_several_files_is_written_as_those_files_again(tmp_path: Path):
    # A CAT tool's project of two documents: each unit remembers its file.
    alignment_path = _imported(tmp_path, "project.xlf", MULTI_FILE_XLIFF, "xliff")
    files = [
        ("chapter1.docx", ["Japan acts.", "Korea waits."]),
        ("chapter2.docx", ["The alliance grew."]),
    ]
    for kind, suffix in (("xliff", ".xlf"), ("xliff2", ".xliff2.xlf")):
        out = tmp_path / f"again{suffix}"
        assert run_bitext("export", alignment_path, "-f", kind, "-o", out).code == 0
        assert _files_of(out) == files, kind
        again = read_xliff(out).alignment
        assert [
            n.text for link in again.links for n in link.notes if n.name == "xliff:original"
        ] == [
            "chapter1.docx",
            "chapter1.docx",
            "chapter2.docx",
        ]


@pytest.mark.conformance
def test_the_oasis_schemas_accept_an_xliff_written_in_several_files(tmp_path: Path):
    alignment_path = _imported(tmp_path, "project.xlf", MULTI_FILE_XLIFF, "xliff")
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    for kind, suffix, schema in (
        ("xliff", ".xlf", "xliff-core-1.2-strict.xsd"),
        ("xliff2", ".xliff2.xlf", "xliff-core-2.0.xsd"),
    ):
        out = tmp_path / f"again{suffix}"
        assert run_bitext("export", alignment_path, "-f", kind, "-o", out).code == 0
        xsd = etree.XMLSchema(etree.parse(str(schema_file(schema)), parser))
        assert xsd.validate(etree.parse(str(out), parser)), xsd.error_log.filter_from_errors()[:3]


def test_notes_stream_beside_their_links_and_out_of_order_ones_are_named(tmp_path: Path):
    from bitext.errors import BitextError

    alignment_path = _imported(tmp_path, "app.po", APP_PO, "po")
    streamed = [unit.notes for unit in stream_units(alignment_path)]
    assert streamed == [link.notes for link in read_alignment(alignment_path).links]
    # A hand edit that puts the second link's note first: the whole-file reader takes it,
    # the stream (which reads notes in step with the links) names it.
    text = alignment_path.read_text(encoding="utf-8")
    second = next(line for line in text.splitlines() if 'target="#l2"' in line)
    edited = text.replace(second + "\n", "", 1).replace(
        '<listAnnotation type="link-notes">\n', f'<listAnnotation type="link-notes">\n{second}\n', 1
    )
    alignment_path.write_text(edited, encoding="utf-8")
    kept = read_alignment(alignment_path).links[1].notes
    assert LinkNote(NoteKind.CONTEXT, "menu|File") in kept
    with pytest.raises(BitextError, match="not in the order of the links"):
        list(stream_units(alignment_path))


def test_kept_json_properties_nested_too_deep_are_read_as_none_not_a_crash():
    # A hand-edited TEI's property may hold anything: JSON nested thousands deep made
    # Python's parser raise RecursionError, which no caller expected.
    from bitext.formats.notes import outer_space
    from bitext.formats.xliffgroups import unit_groups

    deep = "[" * 100_000 + "]" * 100_000
    assert outer_space((LinkNote(NoteKind.PROPERTY, deep, "space:source"),), "source") == ("", "")
    assert unit_groups((LinkNote(NoteKind.PROPERTY, deep, "xliff:group"),)) == ()

# ruff: noqa: E501  (the files other tools wrote are kept as they wrote them)
"""Files other tools wrote: a TMX from a CAT tool, XLIFF with alt-trans, notes and inline codes.

Nothing is lost silently and nothing that is not text becomes text: language tags compare as
BCP 47, alternatives and notes stay out of the segments, inline codes become placeholders with
the code kept beside the text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from bitext.errors import FormatError, InlineCodesWarning
from bitext.formats.codes import native_code
from bitext.formats.tmx import read_tmx
from bitext.formats.xliff import read_xliff

from .conftest import ROOT, run_bitext, write_utf8

TRADOS_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
          datatype="xml" segtype="sentence" adminlang="EN-US" srclang="EN-US"/>
  <body>
    <tu creationdate="20240807T101500Z" creationid="translator">
      <tuv xml:lang="en-US"><seg>Japan will act as a <bpt i="1">&lt;b&gt;</bpt>shield<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="ko-KR"><seg>일본은 <bpt i="1">&lt;b&gt;</bpt>방패<ept i="1">&lt;/b&gt;</ept> 역할을 한다.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="EN-US"><seg>It costs <ph x="2">&lt;price/&gt;</ph> yen.</seg></tuv>
      <tuv xml:lang="KO-KR"><seg><ph x="2">&lt;price/&gt;</ph>엔이 든다.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

XLIFF12_WITH_ALT_TRANS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="brief.docx" source-language="en-US" target-language="ko-KR" datatype="x-docx">
    <body>
      <trans-unit id="1">
        <source>Japan acts.</source>
        <target state="translated">일본은 행동한다.</target>
        <note from="reviewer">Check the verb.</note>
        <alt-trans match-quality="75%" origin="TM">
          <source>Japan acts.</source>
          <target>일본이 움직인다.</target>
          <note>from an older project</note>
        </alt-trans>
      </trans-unit>
      <trans-unit id="2">
        <source>Read <g id="1" ctype="bold">the brief</g><x id="2" ctype="lb"/>now.</source>
        <target><g id="1" ctype="bold">보고서를</g><x id="2" ctype="lb"/>지금 읽어라.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF2_WITH_CODES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko">
  <file id="f1">
    <unit id="u1">
      <notes><note category="comment">Keep the brand name.</note></notes>
      <segment>
        <source>Use <pc id="1" dataRefStart="d1">bitext</pc> today.</source>
        <target><pc id="1" dataRefStart="d1">bitext</pc>를 오늘 쓰라.</target>
      </segment>
      <ignorable><source> </source><target> </target></ignorable>
      <segment>
        <source>See <ph id="2" dataRef="d2"/>.</source>
        <target><ph id="2" dataRef="d2"/>를 보라.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def _pairs(corpus) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    source = {s.id: s.text for s in corpus.source.sentences()}
    target = {s.id: s.text for s in corpus.target.sentences()}
    return [
        (" ".join(source[i] for i in link.source), " ".join(target[i] for i in link.target))
        for link in corpus.alignment.links
    ]


def test_a_trados_tmx_keeps_both_languages_and_its_inline_codes(tmp_path: Path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", InlineCodesWarning)  # every code is carried
        corpus = read_tmx(write_utf8(tmp_path, "trados.tmx", TRADOS_TMX))
    assert (corpus.source.lang, corpus.target.lang) == ("en-US", "ko-KR")
    assert _pairs(corpus) == [
        ("Japan will act as a {1}shield{/1}.", "일본은 {1}방패{/1} 역할을 한다."),
        ("It costs {1/} yen.", "{1/}엔이 든다."),
    ]
    first, second = corpus.source.sentences()
    assert [(c.placeholder, c.markup) for c in first.codes] == [
        ("{1}", '<bpt i="1">&lt;b&gt;</bpt>'),
        ("{/1}", '<ept i="1">&lt;/b&gt;</ept>'),
    ]
    assert [(c.placeholder, c.markup) for c in second.codes] == [
        ("{1/}", '<ph x="2">&lt;price/&gt;</ph>')
    ]


def test_inline_codes_go_through_tei_and_out_as_each_formats_own(tmp_path: Path):
    from lxml import etree

    path = write_utf8(tmp_path, "trados.tmx", TRADOS_TMX)
    assert run_bitext("import", path, "-f", "tmx", "-o", tmp_path / "tei").code == 0
    alignment = tmp_path / "tei" / "trados.en-US-ko-KR.xml"
    assert run_bitext("validate", tmp_path / "tei").code == 0
    out = tmp_path / "out"
    assert run_bitext("export", alignment, "-f", "tmx,xliff,xliff2,po", "-o", out).code == 0
    tmx = etree.parse(str(out / "trados.en-US-ko-KR.tmx"))
    segs = [etree.tostring(s, encoding="unicode", with_tail=False) for s in tmx.iter("seg")]
    assert segs[0] == (
        '<seg>Japan will act as a <bpt i="1">&lt;b&gt;</bpt>shield'
        '<ept i="1">&lt;/b&gt;</ept>.</seg>'
    )
    assert segs[3] == '<seg><ph x="1">&lt;price/&gt;</ph>엔이 든다.</seg>'
    xliff = (out / "trados.en-US-ko-KR.xlf").read_text(encoding="utf-8")
    assert '<bpt id="1">&lt;b&gt;</bpt>방패<ept id="1">&lt;/b&gt;</ept>' in xliff
    xliff2 = (out / "trados.en-US-ko-KR.xliff2.xlf").read_text(encoding="utf-8")
    assert '<data id="d1">&lt;b&gt;</data>' in xliff2
    assert '<sc id="c1" dataRef="d1"/>shield<ec startRef="c1" dataRef="d2"/>' in xliff2
    po = (out / "trados.en-US-ko-KR.po").read_text(encoding="utf-8")
    assert 'msgid "Japan will act as a {1}shield{/1}."' in po  # PO has no codes: the text
    # Read back, each export gives the sentences and codes the TEI has.
    before = read_tmx(path)
    from bitext.formats.jsonl import read_jsonl

    assert run_bitext("export", alignment, "-f", "jsonl", "-o", out / "t.jsonl").code == 0
    for name, reader in (
        ("trados.en-US-ko-KR.tmx", read_tmx),
        ("trados.en-US-ko-KR.xlf", read_xliff),
        ("trados.en-US-ko-KR.xliff2.xlf", read_xliff),
        ("t.jsonl", read_jsonl),
    ):
        again = reader(out / name)
        assert _pairs(again) == _pairs(before), name
        natives = [
            [native_code(c.markup) for c in s.codes]
            for d in (again.source, again.target)
            for s in d.sentences()
        ]
        assert natives == [["<b>", "</b>"], ["<price/>"], ["<b>", "</b>"], ["<price/>"]], name


def test_placeholders_a_text_writes_as_words_never_meet_a_codes(tmp_path: Path):
    # "{1}" written in a segment as words (a template, a code sample) keeps its number; the
    # codes take others, so that every placeholder in a sentence is one thing.
    tmx = TRADOS_TMX.replace("act as a <bpt", "act as {1} or {2/} a <bpt")
    corpus = read_tmx(write_utf8(tmp_path, "x.tmx", tmx))
    first = next(corpus.source.sentences())
    assert first.text == "Japan will act as {1} or {2/} a {3}shield{/3}."
    assert [c.placeholder for c in first.codes] == ["{3}", "{/3}"]
    out = tmp_path / "x.out.tmx"
    assert run_bitext("import", tmp_path / "x.tmx", "-f", "tmx", "-o", tmp_path / "t").code == 0
    exported = run_bitext("export", tmp_path / "t" / "x.en-US-ko-KR.xml", "-f", "tmx", "-o", out)
    assert exported.code == 0
    again = next(read_tmx(out).source.sentences())
    assert again.text == first.text
    assert [(c.placeholder, native_code(c.markup)) for c in again.codes] == [
        ("{3}", "<b>"),
        ("{/3}", "</b>"),
    ]


def test_tmx_inline_codes_are_recorded_beside_the_text(tmp_path: Path):
    from lxml import etree

    from bitext.formats.inline import segment_text

    seg = etree.fromstring(
        '<seg>a <bpt i="1">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept> <ph>&lt;br/&gt;</ph></seg>'
    )
    found = segment_text(seg)
    assert found.text == "a {1}b{/1} {2/}"
    assert [c.placeholder for c in found.codes] == ["{1}", "{/1}", "{2/}"]
    assert found.codes[0].markup == '<bpt i="1">&lt;b&gt;</bpt>'


@pytest.mark.parametrize(("srclang", "source"), [("en", "en-US"), ("*all*", "en-US")])
def test_tmx_srclang_finds_its_language_as_bcp_47(tmp_path: Path, srclang: str, source: str):
    text = TRADOS_TMX.replace('srclang="EN-US"', f'srclang="{srclang}"')
    assert read_tmx(write_utf8(tmp_path, "x.tmx", text)).source.lang == source


def test_tmx_srclang_that_names_no_tuv_is_a_clear_error(tmp_path: Path):
    text = TRADOS_TMX.replace('srclang="EN-US"', 'srclang="de-DE"')
    with pytest.raises(FormatError, match="srclang 'de-DE' matches none"):
        read_tmx(write_utf8(tmp_path, "x.tmx", text))


def test_xliff12_alt_trans_and_notes_stay_out_of_the_segments(tmp_path: Path):
    corpus = read_xliff(write_utf8(tmp_path, "x.xlf", XLIFF12_WITH_ALT_TRANS))
    assert _pairs(corpus) == [
        ("Japan acts.", "일본은 행동한다."),
        ("Read {1}the brief{/1}{2/}now.", "{1}보고서를{/1}{2/}지금 읽어라."),
    ]


# An untranslated file as Translate Toolkit's odf2xliff writes it: XLIFF 1.1, no target.
ODF2XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="content.xml" source-language="en" datatype="plaintext">
    <body>
      <trans-unit xml:space="preserve" id="office:document-content[0]/office:body[0]/office:text[0]/text:p[0]">
        <source>A <g id="0">bold</g> claim about <g id="1">Japan</g>.</source>
      </trans-unit>
    </body>
  </file>
  <file original="styles.xml" source-language="en" datatype="plaintext">
    <body/>
  </file>
</xliff>
"""


def test_an_xliff_without_a_target_language_is_refused_in_its_versions_words(tmp_path: Path):
    path = write_utf8(tmp_path, "doc.xlf", ODF2XLIFF)
    result = run_bitext("import", path, "-o", tmp_path / "out")
    assert result.code == 1
    assert result.err.strip() == (
        f"bitext: error: {path}: no target language; add target-language to its file "
        "elements, or pass --target-lang"
    )
    two = XLIFF2_WITH_CODES.replace(' trgLang="ko"', "")
    with pytest.raises(FormatError, match="add trgLang to its xliff element, or pass"):
        read_xliff(write_utf8(tmp_path, "two.xlf", two))
    with pytest.raises(FormatError, match="no source language; add srcLang"):
        read_xliff(write_utf8(tmp_path, "none.xlf", two.replace(' srcLang="en"', "")))


def test_target_lang_names_the_language_of_an_untranslated_xliff(tmp_path: Path):
    corpus = read_xliff(write_utf8(tmp_path, "doc.xlf", ODF2XLIFF), target_lang="ko")
    assert (corpus.source.lang, corpus.target.lang) == ("en", "ko")
    assert [(link.type, link.source) for link in corpus.alignment.links] == [("1-0", ("en.p1.s1",))]
    two = XLIFF2_WITH_CODES.replace(' trgLang="ko"', "")
    assert read_xliff(write_utf8(tmp_path, "two.xlf", two), target_lang="ko").target.lang == "ko"


def test_xliff2_segments_ignorables_and_codes(tmp_path: Path):
    corpus = read_xliff(write_utf8(tmp_path, "x.xlf", XLIFF2_WITH_CODES))
    assert _pairs(corpus) == [
        ("Use {1}bitext{/1} today. See {2/}.", "{1}bitext{/1}를 오늘 쓰라. {2/}를 보라.")
    ]


def test_bitext_import_of_a_cat_tool_tmx_writes_both_documents(tmp_path: Path):
    path = write_utf8(tmp_path, "trados.tmx", TRADOS_TMX)
    result = run_bitext("import", path, "-f", "tmx", "-o", tmp_path)
    assert result.code == 0, result.err
    assert "warning" not in result.err  # the inline codes are carried, not dropped
    assert (tmp_path / "trados.ko-KR.xml").is_file() and (tmp_path / "trados.en-US.xml").is_file()
    assert run_bitext("validate", tmp_path / "trados.en-US-ko-KR.xml").code == 0


def test_export_takes_the_folder_import_wrote(tmp_path: Path):
    # bitext import writes a folder of two documents and their alignment; exporting the
    # folder is exporting its alignment. A folder of none or several is refused in one line.
    out = tmp_path / "imported"
    assert run_bitext("import", write_utf8(tmp_path, "t.tmx", TRADOS_TMX), "-o", out).code == 0
    alignment = out / "t.en-US-ko-KR.xml"
    by_file = run_bitext("export", alignment, "-o", tmp_path / "file.tmx")
    by_folder = run_bitext("export", out, "-o", tmp_path / "folder.tmx")
    assert by_folder.code == by_file.code == 0, by_folder.err
    assert _pairs(read_tmx(tmp_path / "folder.tmx")) == _pairs(read_tmx(tmp_path / "file.tmx"))
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.xml").write_text("<notes/>", encoding="utf-8")
    refused = run_bitext("export", empty, "-o", tmp_path / "x.tmx")
    assert refused.code == 1 and not (tmp_path / "x.tmx").exists()
    assert refused.err.strip() == (
        f"bitext: error: {empty}: holds no bitext alignment (TEI with a linkGrp); give its file"
    )
    (out / "again.xml").write_bytes(alignment.read_bytes())
    several = run_bitext("review", out, "--no-browser")
    assert several.code == 1
    assert several.err.strip() == (
        f"bitext: error: {out}: holds 2 alignments (again.xml, t.en-US-ko-KR.xml); "
        "give the one to use"
    )


@pytest.mark.parametrize(
    ("name", "text", "encoding"),
    [
        ("project.sdlxliff", XLIFF12_WITH_ALT_TRANS, "utf-8"),
        ("job.mqxliff", XLIFF12_WITH_ALT_TRANS, "utf-8"),
        ("memory.tmx", TRADOS_TMX, "utf-8"),
        (
            "export-from-tm.xml",
            TRADOS_TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"'),
            "utf-16",
        ),
        (
            "catalogue.pot",
            'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgid "Open"\nmsgstr "열기"\n',
            "utf-8",
        ),
    ],
)
def test_import_tells_a_files_format_by_its_name_or_its_xml_root(
    tmp_path: Path, name: str, text: str, encoding: str
):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    result = run_bitext("import", path, "-o", tmp_path / "out")
    assert result.code == 0, result.err
    assert len(list((tmp_path / "out").glob("*.xml"))) == 3  # two documents, an alignment
    assert run_bitext("validate", tmp_path / "out").code == 0


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("header-only.po", 'msgid ""\nmsgstr ""\n"Language: ko\\n"\n'),
        (
            "empty.xlf",
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file '
            'original="x" source-language="en" target-language="ko" datatype="plaintext">'
            "<body/></file></xliff>",
        ),
        # Translate Toolkit's po2tmx of a catalogue with no translation (Django's English):
        # the message was that srclang matched none of the tuv languages
        (
            "empty.tmx",
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
            'creationtool="Translate Toolkit" creationtoolversion="3.20.4" segtype="sentence" '
            'o-tmf="UTF-8" adminlang="en" srclang="en" datatype="PlainText"/><body/></tmx>',
        ),
    ],
)
def test_a_file_without_units_is_refused_not_imported_as_an_invalid_alignment(
    tmp_path: Path, name: str, text: str
):
    path = write_utf8(tmp_path, name, text)
    result = run_bitext("import", path, "-o", tmp_path / "out")
    assert result.code == 1 and f"{name}: has no units of text" in result.err
    assert "Traceback" not in result.err and not (tmp_path / "out").exists()


def test_a_segment_a_cat_tool_left_blank_is_an_unaligned_sentence_not_an_error(
    tmp_path: Path,
):
    # An untranslated unit: a target of white space only (or a line break).
    path = write_utf8(
        tmp_path,
        "blank.xlf",
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file '
        'original="x" source-language="en" target-language="ko" datatype="plaintext"><body>'
        "<trans-unit id='1'><source>Open</source><target>  \n </target></trans-unit>"
        "<trans-unit id='2'><source>Close</source><target>닫기</target></trans-unit>"
        "</body></file></xliff>",
    )
    corpus = read_xliff(path)
    assert [(link.source, link.target) for link in corpus.alignment.links] == [
        (("en.p1.s1",), ()),
        (("en.p1.s2",), ("ko.p1.s1",)),
    ]


def test_import_asks_for_the_format_it_cannot_tell(tmp_path: Path):
    path = write_utf8(tmp_path, "pairs.dat", "Japan acts.\t일본은 움직인다.\n")
    result = run_bitext("import", path, "-o", tmp_path / "out")
    assert result.code == 2 and "pairs.dat: cannot tell its format" in result.err
    assert "give -f" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "out").exists()


def test_unit_ids_that_are_no_xml_ids_get_link_ids_and_the_import_validates(tmp_path: Path):
    # CAT tools number their units: tuid="1", and id="1" again in the next <file> of an
    # XLIFF; neither is an xml:id. An id that can be one is kept.
    tmx = TRADOS_TMX.replace("<tu creationdate", '<tu tuid="1" creationdate').replace(
        "<tu>", '<tu tuid="seg-2">'
    )
    xliff = XLIFF12_WITH_ALT_TRANS.replace('id="2"', 'id="1"', 1)
    assert [link.id for link in read_tmx(write_utf8(tmp_path, "t.tmx", tmx)).alignment.links] == [
        "l1",
        "seg-2",
    ]
    assert [
        link.id for link in read_xliff(write_utf8(tmp_path, "x.xlf", xliff)).alignment.links
    ] == [
        "l1",
        "l2",
    ]
    for name, form in (("t.tmx", "tmx"), ("x.xlf", "xliff")):
        out = tmp_path / form
        assert run_bitext("import", tmp_path / name, "-f", form, "-o", out).code == 0
        checked = run_bitext("validate", out)
        assert checked.code == 0, checked.out


GETTEXT_PO_WITH_PLURALS = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: ru\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

#: src/main.c:10
msgctxt "menu"
msgid "Open"
msgstr "Открыть"

#, fuzzy, c-format
msgid "One file was saved."
msgid_plural "%d files were saved."
msgstr[0] "%d файл сохранён."
msgstr[1] "%d файла сохранены."
msgstr[2] "%d файлов сохранено."

#, c-format
msgid "One message."
msgid_plural "%d messages."
msgstr[0] ""
msgstr[1] ""
msgstr[2] ""

#~ msgid "Obsolete."
#~ msgstr "Устарело."
"""


def test_a_gettext_catalogue_keeps_every_plural_form(tmp_path: Path):
    from bitext.formats.po import read_po
    from bitext.model import LinkStatus

    corpus = read_po(write_utf8(tmp_path, "ru.po", GETTEXT_PO_WITH_PLURALS))
    assert _pairs(corpus) == [
        ("Open", "Открыть"),
        ("One file was saved.", "%d файл сохранён."),
        ("%d files were saved.", "%d файла сохранены. %d файлов сохранено."),
        ("One message.", ""),
        ("%d messages.", ""),
    ]
    statuses = [link.status for link in corpus.alignment.links]
    assert statuses[:3] == [LinkStatus.MANUAL, LinkStatus.AUTOMATIC, LinkStatus.AUTOMATIC]
    assert run_bitext("import", tmp_path / "ru.po", "-f", "po", "-o", tmp_path / "out").code == 0
    assert run_bitext("validate", tmp_path / "out").code == 0


# Okapi / Trados write a trans-unit's sentences as segments: seg-source and target hold one
# mrk mtype="seg" a sentence, paired by mid (the CAT tool's own sentence alignment).
SEGMENTED_XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
  <file original="brief.html" source-language="en" target-language="ko" datatype="html">
    <body>
      <trans-unit id="1" approved="yes">
        <source xml:space="preserve">The alliance changed. Japan now acts <g id="1">on its own</g>.</source>
        <seg-source><mrk mid="0" mtype="seg">The alliance changed.</mrk> <mrk mid="1" mtype="seg">Japan now acts <g id="1">on its own</g>.</mrk></seg-source>
        <target xml:lang="ko"><mrk mid="0" mtype="seg">동맹은 변했다.</mrk> <mrk mid="1" mtype="seg">일본은 이제 <g id="1">스스로</g> 움직인다.</mrk></target>
      </trans-unit>
      <trans-unit id="2">
        <source>Seoul watches. Tokyo waits.</source>
        <seg-source><mrk mid="0" mtype="seg">Seoul watches.</mrk> <mrk mid="1" mtype="seg">Tokyo waits.</mrk></seg-source>
        <target xml:lang="ko"><mrk mid="0" mtype="seg">서울은 지켜본다.</mrk></target>
      </trans-unit>
      <trans-unit id="3">
        <source>Kept whole.</source>
        <seg-source>Kept <mrk mid="0" mtype="seg">whole.</mrk></seg-source>
        <target>통째로.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_segmented_xliff_gives_one_link_a_segment(tmp_path: Path):
    from bitext.model import LinkStatus

    corpus = read_xliff(write_utf8(tmp_path, "okapi.xlf", SEGMENTED_XLIFF12))
    assert _pairs(corpus) == [
        ("The alliance changed.", "동맹은 변했다."),
        ("Japan now acts {1}on its own{/1}.", "일본은 이제 {1}스스로{/1} 움직인다."),
        ("Seoul watches.", "서울은 지켜본다."),
        ("Tokyo waits.", ""),
        ("Kept whole.", "통째로."),  # text outside its segments: the unit read whole
    ]
    links = corpus.alignment.links
    assert [link.status for link in links[:2]] == [LinkStatus.MANUAL] * 2  # approved="yes"
    assert len({link.id for link in links}) == len(links)
    out = tmp_path / "out"
    assert run_bitext("import", tmp_path / "okapi.xlf", "-f", "xliff", "-o", out).code == 0
    assert run_bitext("validate", out).code == 0


def test_a_tmx_of_three_languages_imports_the_target_asked_for_and_never_drops_one(
    tmp_path: Path,
):
    # A TMX from a multilingual project: English, French and Korean variants of each unit.
    text = TRADOS_TMX.replace(
        '<tuv xml:lang="ko-KR">',
        '<tuv xml:lang="fr-FR"><seg>Le Japon jouera le rôle de bouclier.</seg></tuv>\n'
        '      <tuv xml:lang="ko-KR">',
    )
    path = write_utf8(tmp_path, "three.tmx", text)
    with pytest.raises(FormatError, match=r"fr-FR, ko-KR besides the source en-US.*--target-lang"):
        read_tmx(path)
    assert read_tmx(path, target_lang="ko").target.lang == "ko-KR"
    french = read_tmx(path, target_lang="fr-fr")
    assert _pairs(french)[0] == (
        "Japan will act as a {1}shield{/1}.",
        "Le Japon jouera le rôle de bouclier.",
    )
    refused = run_bitext("import", path, "-f", "tmx", "-o", tmp_path / "none")
    assert refused.code == 1 and "--target-lang" in refused.err
    assert not (tmp_path / "none").exists()  # nothing written, not even the folder
    chosen = run_bitext("import", path, "-f", "tmx", "-o", tmp_path, "--target-lang", "ko")
    assert chosen.code == 0, chosen.err
    assert (tmp_path / "three.en-US-ko-KR.xml").is_file()


# A project's XLIFF with one <file> a target language (Okapi Rainbow, Trados packages).
TWO_TARGETS_XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="brief.txt" source-language="en-US" target-language="ko-KR" datatype="plaintext">
    <body><group id="g1"><trans-unit id="1"><source>Japan acts.</source><target>일본은 행동한다.</target></trans-unit></group></body>
  </file>
  <file original="brief.txt" source-language="en-US" target-language="ja-JP" datatype="plaintext">
    <body><trans-unit id="1"><source>Japan acts.</source><target>日本は行動する。</target></trans-unit></body>
  </file>
</xliff>
"""


def test_an_xliff_of_two_target_languages_is_never_mixed_into_one(tmp_path: Path):
    path = write_utf8(tmp_path, "project.xlf", TWO_TARGETS_XLIFF12)
    with pytest.raises(FormatError, match=r"en-us -> ja-jp, en-us -> ko-kr\).*--target-lang"):
        read_xliff(path)
    korean = read_xliff(path, target_lang="ko")
    assert (korean.target.lang, _pairs(korean)) == ("ko-KR", [("Japan acts.", "일본은 행동한다.")])
    assert _pairs(read_xliff(path, target_lang="ja-JP")) == [("Japan acts.", "日本は行動する。")]
    with pytest.raises(FormatError, match="no <file> has the target language de"):
        read_xliff(path, target_lang="de")
    with pytest.raises(FormatError, match="its target language is ko, not ja"):
        read_xliff(write_utf8(tmp_path, "two.xlf", XLIFF2_WITH_CODES), target_lang="ja")
    result = run_bitext("import", path, "-f", "xliff", "-o", tmp_path / "ja", "--target-lang", "ja")
    assert result.code == 0, result.err
    assert (tmp_path / "ja" / "project.en-US-ja-JP.xml").is_file()


def test_import_as_xliff2_takes_the_target_language_as_xliff_does(tmp_path: Path):
    """-f xliff2 with --target-lang (the format's files may hold more target languages than
    one, so import passes the choice on): it used to end in an internal error, the 2.0
    format's reader taking no target language."""
    path = write_utf8(tmp_path, "two.xliff2.xlf", XLIFF2_WITH_CODES)
    chosen = run_bitext(
        "import", path, "-f", "xliff2", "-o", tmp_path / "ko", "--target-lang", "ko"
    )
    assert chosen.code == 0, chosen.err
    assert sorted(p.name for p in (tmp_path / "ko").iterdir()) == [
        "two.xliff2.en-ko.xml",
        "two.xliff2.en.xml",
        "two.xliff2.ko.xml",
    ]
    wrong = run_bitext("import", path, "-f", "xliff2", "-o", tmp_path / "ja", "--target-lang", "ja")
    assert wrong.code == 1
    assert wrong.err.strip() == (
        f"bitext: error: {path}: its target language is ko, not ja; drop --target-lang or give "
        "its own"
    )
    assert not (tmp_path / "ja").exists()  # nothing written for a refused file


# Trados Studio's SDLXLIFF: segments in mrk, each segment's confirmation level in sdl:seg-defs.
SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <file original="C:\\\\Projects\\\\brief.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="ko-KR">
    <body>
      <trans-unit id="0f2d5e6a-1b7c-4c1e-9a51-3f0c8e1a2b3c">
        <source>Japan acts. Korea watches.</source>
        <seg-source><mrk mtype="seg" mid="1">Japan acts.</mrk> <mrk mtype="seg" mid="2">Korea watches.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">일본은 행동한다.</mrk> <mrk mtype="seg" mid="2">한국은 지켜본다.</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" origin="interactive"/><sdl:seg id="2" conf="Translated" origin="tm" percent="100"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_trados_confirmation_levels_say_which_segments_a_reviewer_approved(tmp_path: Path):
    from bitext.model import LinkStatus

    corpus = read_xliff(write_utf8(tmp_path, "brief.docx.sdlxliff", SDLXLIFF))
    assert _pairs(corpus) == [
        ("Japan acts.", "일본은 행동한다."),
        ("Korea watches.", "한국은 지켜본다."),
    ]
    assert [link.status for link in corpus.alignment.links] == [
        LinkStatus.MANUAL,  # ApprovedSignOff
        LinkStatus.AUTOMATIC,  # Translated: from the TM, not yet reviewed
    ]
    out = tmp_path / "out"
    assert (
        run_bitext("import", tmp_path / "brief.docx.sdlxliff", "-f", "xliff", "-o", out).code == 0
    )
    assert run_bitext("validate", out).code == 0


# Trados Studio's SDLXLIFF with tracked changes: a reviewer deleted a word and added another.
SDLXLIFF_TRACKED = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <file original="brief.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="ko-KR">
    <body>
      <trans-unit id="u1">
        <source>The alliance evolved steadily.</source>
        <seg-source><mrk mtype="seg" mid="1">The alliance evolved steadily.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">동맹은 <mrk mtype="x-sdl-deleted" sdl:revid="r1">크게 </mrk><mrk mtype="x-sdl-added" sdl:revid="r2">꾸준히 </mrk>진화했다.</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
  <doc-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><rev-defs><rev-def id="r1" type="Delete" author="reviewer" date="01/05/2024 10:00:00"/><rev-def id="r2" author="reviewer" date="01/05/2024 10:00:00"/></rev-defs></doc-info>
</xliff>
"""


@pytest.mark.parametrize("deleted", ["x-sdl-deleted", "x-sdl-feedback-deleted"])
def test_a_tracked_deletion_in_trados_is_not_part_of_the_text(tmp_path: Path, deleted: str):
    """The text of a segment is what its tracked changes leave: the deleted words (an
    ``mrk`` of type ``x-sdl-deleted``) are one code, kept with their words in its markup, and
    the added ones text inside their mark; the XLIFF 1.2 export writes the addition's mark
    as an ``mrk`` and the deletion as a code holding it (it was text, 크게, in the
    sentence before)."""
    tracked = SDLXLIFF_TRACKED.replace('"x-sdl-deleted"', f'"{deleted}"')
    corpus = read_xliff(write_utf8(tmp_path, "brief.docx.sdlxliff", tracked))
    target = next(iter(corpus.target.sentences()))
    assert target.text == "동맹은 {1/}{2}꾸준히 {/2}진화했다."
    assert "크게" in target.codes[0].markup and f'mtype="{deleted}"' in target.codes[0].markup
    out = tmp_path / "out"
    assert run_bitext("import", tmp_path / "brief.docx.sdlxliff", "-o", out).code == 0
    assert run_bitext("export", out, "-f", "xliff", "-o", tmp_path / "back.xlf").code == 0
    written = etree.parse(str(tmp_path / "back.xlf"))
    xliff = "{urn:oasis:names:tc:xliff:document:1.2}"
    written_target = next(written.iter(f"{xliff}target"))
    assert [(e.tag[len(xliff) :], e.get("mtype")) for e in written_target] == [
        ("ph", None),
        ("mrk", "x-sdl-added"),
    ]
    assert _pairs(read_xliff(tmp_path / "back.xlf")) == _pairs(corpus)


# memoQ's XLIFF: a status on each trans-unit, earlier versions of it kept inside the unit.
MQXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
  <file original="brief.docx" source-language="en-gb" target-language="ko-kr" datatype="x-docx">
    <body>
      <trans-unit id="1" mq:status="ManuallyConfirmed" mq:percent="100">
        <source xml:space="preserve">Japan acts.</source>
        <target xml:space="preserve">일본은 행동한다.</target>
        <mq:minorversions>
          <mq:historical-unit mq:status="PartiallyEdited">
            <source xml:space="preserve">Japan acts.</source>
            <target xml:space="preserve">일본이 행동.</target>
          </mq:historical-unit>
        </mq:minorversions>
      </trans-unit>
      <trans-unit id="2" mq:status="Reviewer1Confirmed">
        <source xml:space="preserve">Korea watches.</source>
        <target xml:space="preserve">한국은 지켜본다.</target>
      </trans-unit>
      <trans-unit id="3" mq:status="PartiallyEdited">
        <source xml:space="preserve">China waits.</source>
        <target xml:space="preserve">중국은 기다린다.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_memoq_statuses_say_which_units_a_translator_or_reviewer_confirmed(tmp_path: Path):
    from bitext.model import LinkStatus

    corpus = read_xliff(write_utf8(tmp_path, "brief.docx.mqxliff", MQXLIFF))
    assert _pairs(corpus) == [  # the unit's own text, not its earlier versions
        ("Japan acts.", "일본은 행동한다."),
        ("Korea watches.", "한국은 지켜본다."),
        ("China waits.", "중국은 기다린다."),
    ]
    assert [link.status for link in corpus.alignment.links] == [
        LinkStatus.MANUAL,  # ManuallyConfirmed
        LinkStatus.MANUAL,  # Reviewer1Confirmed
        LinkStatus.AUTOMATIC,  # PartiallyEdited: not confirmed
    ]
    assert (corpus.source.lang, corpus.target.lang) == ("en-GB", "ko-KR")


# A segment as a CAT tool writes it: words, placeholders written as words, spans of bpt/ept,
# codes alone (ph), isolated span ends (it) and codes that wrap text (hi).
_words = st.sampled_from(["Seoul ", "한국 ", "& ", "<x> ", "{1} ", "{/2} ", "{3/} ", "{} "])
_native = st.sampled_from(["&lt;b&gt;", "{}", "", "&lt;img src=&quot;a&quot;/&gt;", "{1}"])


def _escaped(words: str) -> str:
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def _segment(draw: st.DrawFn) -> str:
    parts, opened = [], []
    for number, kind in enumerate(draw(st.lists(st.sampled_from("wwobcpih"), max_size=12)), 1):
        native = draw(_native)
        if kind == "w":
            parts.append(_escaped(draw(_words)))
        elif kind == "b":
            parts.append(f'<bpt i="{number}">{native}</bpt>')
            opened.append(number)
        elif kind == "c" and opened:
            parts.append(f'<ept i="{opened.pop()}">{native}</ept>')
        elif kind == "p":
            parts.append(f'<ph x="{number}">{native}</ph>')
        elif kind == "i":
            parts.append(f'<it pos="{draw(st.sampled_from(["begin", "end"]))}">{native}</it>')
        elif kind == "h":
            parts.append(f'<hi type="x-{number}">{_escaped(draw(_words))}</hi>')
    return "".join(parts) + "end."


@settings(max_examples=150, deadline=None)
@given(st.lists(_segment(), min_size=1, max_size=3))
def test_inline_codes_survive_tmx_xliff_and_xliff2_however_they_are_mixed(segments):
    # Sentences with codes, put in one unit (a merge) and written in each format, read back:
    # the same text, every code where it was, each standing for the same native code.
    from lxml import etree

    from bitext.formats.base import CorpusInfo, Unit
    from bitext.formats.inline import renumbered_texts, segment_text
    from bitext.formats.registry import writer_for
    from bitext.model import LinkStatus, Sentence

    read = [segment_text(etree.fromstring(f"<seg>{xml}</seg>")) for xml in segments]
    sentences = [Sentence(f"en.p1.s{n}", r.text.strip(), r.codes) for n, r in enumerate(read, 1)]
    ids = tuple(s.id for s in sentences)
    texts, codes = tuple(s.text for s in sentences), tuple(s.codes for s in sentences)
    unit = Unit(
        "u1", f"{len(ids)}-1", LinkStatus.AUTOMATIC, 0.5, ids, ("ko.p1.s1",), texts, ("끝.",),
        source_codes=codes,
    )  # fmt: skip
    # The codes of a merge are numbered across it; a sentence alone keeps its numbers.
    expected = renumbered_texts(texts, codes)
    if len(sentences) == 1:
        assert expected == [sentences[0].text]
    natives = [[_stands_for(c.markup) for c in s.codes] for s in sentences]
    with tempfile.TemporaryDirectory() as folder:
        for name, reader in (("tmx", read_tmx), ("xliff", read_xliff), ("xliff2", read_xliff)):
            path = Path(folder) / f"u.{name}"
            with path.open("wb") as stream:
                writer_for(name)([unit], CorpusInfo("en", "ko"), stream)
            again = list(reader(path).source.sentences())
            assert [s.text for s in again] == expected, name
            # each code stands for the same native code, in the same place; an annotation
            # (a TMX hi: no native code) is an annotation of the same kind
            assert [[_stands_for(c.markup) for c in s.codes] for s in again] == natives, name


def _stands_for(markup: str) -> str | tuple[str, str | None]:
    """What a code stands for: its native code, or for an annotation what it marks."""
    from bitext.formats.annotations import annotation_kind, is_annotation
    from bitext.formats.codes import imported_code

    native, element, _ = imported_code(markup)
    if element is not None and is_annotation(element):
        return "annotation", annotation_kind(element)
    return ("annotation", "end") if native in ("</hi>", "</mrk>") else native


def test_text_in_nfd_from_another_tool_is_composed_not_refused(tmp_path: Path):
    # macOS tools write decomposed Hangul and accents (NFD); bitext keeps NFC.
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "café 한국")
    tmx = TRADOS_TMX.replace("Japan will act", f"{decomposed}: Japan will act").replace(
        "&lt;price/&gt;", f"&lt;{decomposed}/&gt;"
    )
    assert decomposed != "café 한국"
    corpus = read_tmx(write_utf8(tmp_path, "nfd.tmx", tmx))
    first, second = corpus.source.sentences()
    assert first.text.startswith("café 한국: Japan will act")
    assert native_code(second.codes[0].markup) == "<café 한국/>"
    po = tmp_path / "nfd.po"
    po.write_text(
        f'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgid "{decomposed}"\nmsgstr "{decomposed}"\n',
        encoding="utf-8",
    )
    assert run_bitext("import", po, "-f", "po", "-o", tmp_path / "po").code == 0
    assert [s.text for s in _target_sentences(tmp_path / "po")] == ["café 한국"]


def _target_sentences(folder: Path):  # type: ignore[no-untyped-def]
    from bitext import read_document

    return list(read_document(next(folder.glob("*.ko.xml"))).sentences())


def test_a_bilingual_workbook_a_translator_keeps_imports(tmp_path: Path):
    # Not bitext's review sheet: an id column, then the source and target columns.
    import openpyxl

    from bitext import read_document

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["#", "en", "ko-KR", "note"],
        [1, "Japan acts.", "일본이 행동한다.", "checked"],
        [2, None, None, None],
        [3, "Korea watches.", "한국이 지켜본다.", None],
    ):
        sheet.append(row)
    named = tmp_path / "glossary.xlsx"
    book.save(named)
    assert run_bitext("import", named, "-f", "xlsx", "-o", tmp_path / "a").code == 0
    assert [s.text for s in read_document(tmp_path / "a" / "glossary.ko-KR.xml").sentences()] == [
        "일본이 행동한다.",
        "한국이 지켜본다.",
    ]
    sheet.delete_rows(1)  # no header: the languages must be given
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    refused = run_bitext("import", plain, "-f", "xlsx", "-o", tmp_path / "b")
    assert refused.code == 1 and "give --source-lang and --target-lang" in refused.err
    langs = ["--source-lang", "en", "--target-lang", "ko"]
    assert run_bitext("import", plain, "-f", "xlsx", "-o", tmp_path / "b", *langs).code == 0
    one = openpyxl.Workbook()
    one.active.append(["Only one column."])
    lonely = tmp_path / "one.xlsx"
    one.save(lonely)
    result = run_bitext("import", lonely, "-f", "xlsx", "-o", tmp_path / "c", *langs)
    assert result.code == 1 and "no two columns of text" in result.err


def test_a_workbooks_numbers_and_dates_import_as_the_sheet_shows_them(tmp_path: Path):
    # A price list as a spreadsheet keeps one: numbers with their number formats (the
    # target column translates what the sheet shows: 25%, 5,000,000, ($5.50)), dates.
    import datetime

    import openpyxl

    from bitext import read_document

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["en", "ko"])
    rows = [
        (0.25, "0%", "25%"),
        (0.125, "0.00%", "12.50%"),
        (5000000, "#,##0", "5,000,000"),
        (-5.5, '"$"#,##0.00_);("$"#,##0.00)', "($5.50)"),
        (1234.5, "[$€-407] #,##0.00", "€ 1,234.50"),
        (1500000, '#,##0,"K"', "1,500K"),
        (2.5, "0", "3"),  # half away from zero, as spreadsheets round
        (12345.678, "0.00E+00", "1.23E+04"),
        (0.30000000000000004, "General", "0.3"),
        (datetime.datetime(2024, 5, 1), "mm-dd-yy", "2024-05-01"),
        (datetime.datetime(2024, 5, 1, 14, 30), "m/d/yy h:mm", "2024-05-01 14:30"),
    ]
    for number, (value, number_format, _) in enumerate(rows, 2):
        sheet.append([value, f"번역 {number}"])
        sheet.cell(number, 1).number_format = number_format
    path = tmp_path / "prices.xlsx"
    book.save(path)
    assert run_bitext("import", path, "-o", tmp_path / "out").code == 0
    source = read_document(tmp_path / "out" / "prices.en.xml")
    assert [s.text for s in source.sentences()] == [text for *_, text in rows]


@given(
    st.floats(-1e12, 1e12, allow_nan=False),
    st.integers(0, 4),
    st.booleans(),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_a_number_format_writes_the_value_rounded_half_away_from_zero(
    value: float, places: int, grouping: bool, percent: bool
):
    from decimal import ROUND_HALF_UP, Decimal

    from bitext.formats.xlsxcells import shown

    pattern = ("#,##0" if grouping else "0") + ("." + "0" * places if places else "")
    text = shown(value, pattern + ("%" if percent else ""))
    scaled = Decimal(repr(value)) * (100 if percent else 1)
    expected = scaled.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    digits = text.removesuffix("%") if percent else text
    assert text.endswith("%") == percent
    assert Decimal(digits.replace(",", "")) == expected
    head = digits.lstrip("-").split(".")[0]
    assert all(len(g) == 3 for g in head.split(",")[1:]) and ("," in head) == (
        grouping and len(head.replace(",", "")) > 3
    )
    assert len(digits.split(".")[1]) == places if places else "." not in digits


XLIFF12_NOT_TO_TRANSLATE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="app.properties" source-language="en" target-language="ko" datatype="javaproperties">
    <body>
      <trans-unit id="title"><source>Costs rose 5%.</source><target>비용이 5% 올랐다.</target></trans-unit>
      <trans-unit id="key" translate="no"><source>API_KEY</source><target>API_KEY</target></trans-unit>
      <group id="code" translate="no">
        <trans-unit id="call"><source>run()</source><target>run()</target></trans-unit>
        <trans-unit id="label" translate="yes"><source>Run</source><target>실행</target></trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""


def test_units_not_to_translate_keep_saying_so(tmp_path: Path):
    # translate="no" (on a unit, or on the group around it unless the unit says otherwise)
    # marks code and keys copied, not translated: a property of the link, and written back.
    from bitext.model import NoteKind

    def not_translated(path: Path) -> list[str]:
        corpus = read_xliff(path)
        source = {s.id: s.text for s in corpus.source.sentences()}
        return [
            source[link.source[0]]
            for link in corpus.alignment.links
            if any(n.kind is NoteKind.PROPERTY and n.name == "xliff:translate" for n in link.notes)
        ]

    path = write_utf8(tmp_path, "app.xlf", XLIFF12_NOT_TO_TRANSLATE)
    assert not_translated(path) == ["API_KEY", "run()"]
    assert run_bitext("import", path, "-o", tmp_path / "tei").code == 0
    for name in ("again.xlf", "again.xliff2.xlf"):
        assert run_bitext("export", tmp_path / "tei", "-o", tmp_path / name).code == 0
        units = etree.parse(str(tmp_path / name)).iter("{*}trans-unit", "{*}unit")
        marked = [
            "".join(next(u.iter("{*}source")).itertext())
            for u in units
            if u.get("translate") == "no"
        ]
        assert marked == ["API_KEY", "run()"], name
        assert not_translated(tmp_path / name) == ["API_KEY", "run()"], name  # once, not twice


# Software localization files key their units by ids that are no xml:id: Xcode's are the
# English strings, Angular's are numbers (message digests). The tool merges translations
# back by those ids, so an export must write them again.
XCODE_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="MyApp/en.lproj/Localizable.strings" source-language="en" target-language="de" datatype="plaintext">
    <header><tool tool-id="com.apple.dt.xcode" tool-name="Xcode" tool-version="15.0"/></header>
    <body>
      <trans-unit id="%d items selected" xml:space="preserve">
        <source>%d items selected</source>
        <target>%d Elemente ausgewählt</target>
        <note>Count of selected items</note>
      </trans-unit>
      <trans-unit id="Cancel" xml:space="preserve">
        <source>Cancel</source>
        <target>Abbrechen</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

ANGULAR_XLIFF2 = """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-US" trgLang="fr">
  <file id="ngi18n" original="ng.template">
    <unit id="5811701742971715242">
      <notes><note category="location">src/app/app.component.html:4,6</note></notes>
      <segment state="translated">
        <source>Updated <ph id="0" equiv="INTERPOLATION" disp="{{ minutes }}"/> minutes ago</source>
        <target>Mis à jour il y a <ph id="0" equiv="INTERPOLATION" disp="{{ minutes }}"/> minutes</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


@pytest.mark.parametrize(
    ("sample", "ids_12", "ids_20"),
    [
        (XCODE_XLIFF, ["%d items selected", "Cancel"], ["l1", "Cancel"]),
        (ANGULAR_XLIFF2, ["5811701742971715242"], ["5811701742971715242"]),
    ],
)
def test_units_keep_their_own_ids_for_the_tool_to_merge_by(
    tmp_path: Path, sample: str, ids_12: list[str], ids_20: list[str]
):
    # XLIFF 1.2 ids are any text; XLIFF 2.0's are NMTOKENs, so Xcode's "%d items selected"
    # cannot be one there (the link's id is written instead, the tool's kept in a note).
    source = write_utf8(tmp_path, "app.xlf", sample)
    assert run_bitext("import", source, "-o", tmp_path / "tei").code == 0
    for name, ids in (("out.xlf", ids_12), ("out.xliff2.xlf", ids_20)):
        assert run_bitext("export", tmp_path / "tei", "-o", tmp_path / name).code == 0
        units = etree.parse(str(tmp_path / name)).iter("{*}trans-unit", "{*}unit")
        assert [u.get("id") for u in units] == ids, name
        # read back, the ids are kept once, as they were (not twice, not the link's)
        assert run_bitext("import", tmp_path / name, "-o", tmp_path / f"again-{name}").code == 0
        again = tmp_path / f"again-{name}" / "again.xlf"
        assert run_bitext("export", tmp_path / f"again-{name}", "-o", again).code == 0
        units = etree.parse(str(again)).iter("{*}trans-unit")
        assert [u.get("id") for u in units] == ids_12, name


@pytest.mark.conformance
@pytest.mark.parametrize("sample", [XCODE_XLIFF, ANGULAR_XLIFF2])
def test_units_written_with_their_tools_ids_are_valid_xliff(tmp_path: Path, sample: str):
    assert run_bitext("import", write_utf8(tmp_path, "app.xlf", sample), "-o", tmp_path).code == 0
    _assert_exports_valid(tmp_path, tmp_path, "o.xlf", "o.xliff2.xlf")


# A tu may hold two tuv of one language (variants: Okapi has a utility to split them) and,
# in a multilingual memory, languages besides the pair read: all were lost but one (the
# last of a language won).
VARIANT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="1"><tuv xml:lang="en"><seg>Good morning.</seg></tuv><tuv xml:lang="ko"><seg>좋은 아침입니다.</seg></tuv><tuv xml:lang="ja"><seg>おはよう &amp; <ph x="1">&lt;br/&gt;</ph>ございます。</seg></tuv><tuv xml:lang="ko"><seg>안녕하세요.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="ko"><seg>감사합니다.</seg></tuv></tu>
</body></tmx>
"""


def test_a_tmx_s_other_tuvs_are_kept_and_written_back(tmp_path: Path):
    corpus = read_tmx(write_utf8(tmp_path, "m.tmx", VARIANT_TMX), target_lang="ko")
    assert _pairs(corpus) == [("Good morning.", "좋은 아침입니다."), ("Thank you.", "감사합니다.")]
    assert (
        run_bitext("import", tmp_path / "m.tmx", "--target-lang", "ko", "-o", tmp_path / "t").code
        == 0
    )
    assert run_bitext("export", tmp_path / "t", "-o", tmp_path / "out.tmx").code == 0
    tuvs = [
        (
            tuv.get("{http://www.w3.org/XML/1998/namespace}lang"),
            etree.tostring(tuv.find("seg"), encoding="unicode", with_tail=False),
        )
        for tuv in etree.parse(str(tmp_path / "out.tmx")).iter("tuv")
    ]
    assert tuvs[:4] == [
        ("en", "<seg>Good morning.</seg>"),
        ("ko", "<seg>좋은 아침입니다.</seg>"),
        ("ja", '<seg>おはよう &amp; <ph x="1">&lt;br/&gt;</ph>ございます。</seg>'),
        ("ko", "<seg>안녕하세요.</seg>"),
    ]
    again = read_tmx(tmp_path / "out.tmx", target_lang="ko")  # once, not twice
    assert [n.text for n in again.alignment.links[0].notes if n.name.startswith("tmx:tuv")] == [
        'おはよう &amp; <ph x="1">&lt;br/&gt;</ph>ございます。',
        "안녕하세요.",
    ]


def test_a_kept_tuv_that_is_no_markup_is_written_as_text():
    from bitext.formats.tmxvariants import variant_tuvs
    from bitext.model import LinkNote, NoteKind

    edited = LinkNote(NoteKind.PROPERTY, "A <b>bold & broken", "tmx:tuv de")
    assert variant_tuvs([edited], "") == [
        '<tuv xml:lang="de"><seg>A &lt;b&gt;bold &amp; broken</seg></tuv>'
    ]


@pytest.mark.conformance
def test_a_tmx_with_kept_tuvs_is_valid(tmp_path: Path):
    source = write_utf8(tmp_path, "m.tmx", VARIANT_TMX)
    assert run_bitext("import", source, "--target-lang", "ko", "-o", tmp_path / "t").code == 0
    _assert_exports_valid(tmp_path / "t", tmp_path, "out.tmx")


# A CAT tool's proposals for a unit (XLIFF 1.2 alt-trans: a memory's match, a machine
# translation) were dropped on import: kept whole now, and written back into the unit.
def test_alt_trans_proposals_are_kept_and_written_back(tmp_path: Path):
    sample = XLIFF12_WITH_ALT_TRANS.replace(
        "</alt-trans>",
        '</alt-trans>\n        <alt-trans origin="MT" tool-id="mt1"><target>일본이 행동합니다.</target></alt-trans>',
    ).replace(
        "<body>", '<header><tool tool-id="mt1" tool-name="An MT engine"/></header>\n    <body>'
    )
    _import_into_t(tmp_path, "x.xlf", sample)

    def proposals(path: Path) -> list[tuple[str | None, str]]:
        alternatives = etree.parse(str(path)).iter("{*}alt-trans")
        return [(a.get("origin"), "".join(a.find("{*}target").itertext())) for a in alternatives]

    expected = [("TM", "일본이 움직인다."), ("MT", "일본이 행동합니다.")]
    for name in ("out.xlf", "via.xliff2.xlf"):
        assert run_bitext("export", tmp_path / "t", "-o", tmp_path / name).code == 0
    assert proposals(tmp_path / "out.xlf") == expected
    again = tmp_path / "again"  # through XLIFF 2.0, which has no alt-trans: kept as a note
    assert run_bitext("import", tmp_path / "via.xliff2.xlf", "-o", again).code == 0
    assert run_bitext("export", again, "-o", tmp_path / "back.xlf").code == 0
    assert proposals(tmp_path / "back.xlf") == expected
    text = (tmp_path / "out.xlf").read_text(encoding="utf-8")
    assert text.count("from an older project") == 1 and "tool-id" not in text  # its header's


@pytest.mark.conformance
def test_an_xliff_with_kept_alt_trans_is_valid(tmp_path: Path):
    source = write_utf8(tmp_path, "x.xlf", XLIFF12_WITH_ALT_TRANS)
    assert run_bitext("import", source, "-o", tmp_path / "t").code == 0
    _assert_exports_valid(tmp_path / "t", tmp_path, "out.xlf")


# XLIFF 2.0's modules (translation candidates, a glossary) were dropped like alt-trans.
XLIFF2_MODULES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f1">
    <unit id="u1">
      <mtc:matches>
        <mtc:match ref="#s1" matchQuality="88.5" type="tm" origin="memory">
          <source>The alliance changed.</source>
          <target>L'alliance a changé.</target>
        </mtc:match>
      </mtc:matches>
      <gls:glossary>
        <gls:glossEntry><gls:term>alliance</gls:term><gls:translation>alliance</gls:translation></gls:glossEntry>
      </gls:glossary>
      <segment id="s1" state="translated">
        <source>The alliance has changed.</source>
        <target>L'alliance a changé.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def _import_into_t(tmp_path: Path, name: str, text: str) -> None:
    """Write ``text`` as the file ``name`` another tool wrote and import it into
    ``tmp_path / "t"``, which must succeed."""
    assert run_bitext("import", write_utf8(tmp_path, name, text), "-o", tmp_path / "t").code == 0


def test_xliff2_modules_are_kept_and_written_back(tmp_path: Path):
    _import_into_t(tmp_path, "m.xlf", XLIFF2_MODULES)

    def modules(path: Path) -> list[tuple[str, str]]:
        unit = next(etree.parse(str(path)).iter("{*}unit"))
        return [
            (etree.QName(child).localname, " ".join("".join(child.itertext()).split()))
            for child in unit
            if etree.QName(child).namespace != "urn:oasis:names:tc:xliff:document:2.0"
        ]

    expected = [
        ("matches", "The alliance changed. L'alliance a changé."),
        ("glossary", "alliancealliance"),
    ]
    assert run_bitext("export", tmp_path / "t", "-o", tmp_path / "out.xliff2.xlf").code == 0
    assert modules(tmp_path / "out.xliff2.xlf") == expected
    assert run_bitext("import", tmp_path / "out.xliff2.xlf", "-o", tmp_path / "again").code == 0
    assert run_bitext("export", tmp_path / "again", "-o", tmp_path / "back.xliff2.xlf").code == 0
    assert modules(tmp_path / "back.xliff2.xlf") == expected  # once, not twice


@pytest.mark.conformance
def test_an_xliff2_with_kept_modules_is_valid(tmp_path: Path):
    _import_into_t(tmp_path, "m.xlf", XLIFF2_MODULES)
    _assert_exports_valid(tmp_path / "t", tmp_path, "o.xlf", "o.xliff2.xlf")


def _formula_workbook(path: Path, computed: bool) -> Path:
    """A bilingual workbook with formulas, as a script writes one (no computed values) or as
    a spreadsheet saves it (each formula's value cached beside it, <v>)."""
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["en", "ko"], ["Hello.", "안녕."], ['="Good "&"bye."', "잘 가."]):
        sheet.append(row)
    book.save(path)
    if computed:
        with zipfile.ZipFile(path) as old:
            parts = {name: old.read(name) for name in old.namelist()}
        sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
        parts["xl/worksheets/sheet1.xml"] = (
            sheet_xml.replace('<c r="A3">', '<c r="A3" t="str">')
            .replace("<v></v>", "<v>Good bye.</v>")
            .replace("<v />", "<v>Good bye.</v>")
            .encode()
        )
        with zipfile.ZipFile(path, "w") as new:
            for name, data in parts.items():
                new.writestr(name, data)
    return path


def test_a_formula_never_computed_is_refused_not_read_as_empty(tmp_path: Path):
    # openpyxl reads a formula's cached value; a workbook a script wrote has none, so the
    # cell read as empty and its text was lost (a one-sided link) without a word.
    written = _formula_workbook(tmp_path / "script.xlsx", computed=False)
    result = run_bitext("import", written, "-o", tmp_path / "t")
    assert result.code == 1 and "Traceback" not in result.err
    assert "cell A3" in result.err and "never computed" in result.err
    assert not (tmp_path / "t").exists()
    saved = _formula_workbook(tmp_path / "saved.xlsx", computed=True)
    assert run_bitext("import", saved, "-o", tmp_path / "s").code == 0
    from bitext.formats.xlsxread import read_xlsx

    assert _pairs(read_xlsx(saved)) == [("Hello.", "안녕."), ("Good bye.", "잘 가.")]


def test_units_not_to_translate_can_be_left_out_of_training_data(tmp_path: Path):
    # An MT engineer's parallel data wants no API keys or code copied as "translations".
    path = write_utf8(tmp_path, "app.xlf", XLIFF12_NOT_TO_TRANSLATE)
    assert run_bitext("import", path, "-o", tmp_path / "tei").code == 0
    for name, extra in (("every", ()), ("kept", ("--translatable-only",))):
        result = run_bitext(
            "export", tmp_path / "tei", "-f", "moses", "-o", tmp_path / name, *extra
        )
        assert result.code == 0, result.err

    def sources(prefix: str) -> list[str]:
        return (tmp_path / f"{prefix}.en").read_text(encoding="utf-8").splitlines()

    assert "API_KEY" in sources("every") and "run()" in sources("every")
    assert [s for s in sources("every") if s not in ("API_KEY", "run()")] == sources("kept")
    assert len(sources("kept")) == len(
        (tmp_path / "kept.ko").read_text(encoding="utf-8").splitlines()
    )


# Software strings keep their white space: a gettext msgid is the key a program looks its
# translation up by ("Total: "), and XLIFF says so with xml:space="preserve". It was trimmed.
SPACED_PO = (
    'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Total: "\nmsgstr "Gesamt: "\n\nmsgid " Next"\nmsgstr " Weiter"\n\n'
    'msgid "Saved. Closing now.\\n"\nmsgstr "Gespeichert. Wird geschlossen.\\n"\n'
)


def test_white_space_around_a_unit_s_text_is_kept(tmp_path: Path):
    import polib

    path = write_utf8(tmp_path, "app.po", SPACED_PO)
    assert run_bitext("import", path, "--source-lang", "en", "-o", tmp_path / "t").code == 0
    keys = ["Total: ", " Next", "Saved. Closing now.\n"]
    for name in ("out.po", "out.xlf", "out.xliff2.xlf", "out.tmx", "out.jsonl"):
        assert run_bitext("export", tmp_path / "t", "-o", tmp_path / name).code == 0, name
        again = tmp_path / f"again-{name}"  # and read back, the same keys, once
        assert run_bitext("import", tmp_path / name, "-o", again).code == 0, name
        assert run_bitext("export", again, "-o", tmp_path / f"back-{name}.po").code == 0, name
        entries = [e for e in polib.pofile(str(tmp_path / f"back-{name}.po")) if e.msgid]
        assert [e.msgid for e in entries] == keys, name
        assert [e.msgstr for e in entries][:2] == ["Gesamt: ", " Weiter"], name
    xliff = etree.parse(str(tmp_path / "out.xlf"))
    units = list(xliff.iter("{*}trans-unit"))
    assert all(u.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve" for u in units)
    # the sentences themselves are trimmed (TEI, alignment), and Moses lines too
    assert run_bitext("export", tmp_path / "t", "-f", "moses", "-o", tmp_path / "m").code == 0
    assert (tmp_path / "m.en").read_text(encoding="utf-8").splitlines()[:2] == ["Total:", "Next"]


def test_an_ignorable_without_target_keeps_the_target_s_segments_apart(tmp_path: Path):
    # Okapi writes the white space between two segments as an ignorable with a source only;
    # its target is that source, so the translated segments are not glued together.
    sample = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
  <file id="f1">
    <unit id="u1">
      <segment id="s1"><source>First sentence.</source><target>Erster Satz.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>Second one.</source><target>Zweiter.</target></segment>
    </unit>
    <unit id="u2">
      <segment><source>Untranslated.</source></segment>
      <ignorable><source> </source></ignorable>
      <segment><source>Still.</source></segment>
    </unit>
  </file>
</xliff>
"""
    corpus = read_xliff(write_utf8(tmp_path, "okapi.xlf", sample))
    assert _pairs(corpus)[0] == ("First sentence. Second one.", "Erster Satz. Zweiter.")
    assert [link.type for link in corpus.alignment.links] == ["1-1", "1-0"]


def _assert_exports_valid(alignment: Path, folder: Path, *names: str) -> None:
    """Export ``alignment`` to each file ``names`` names in ``folder`` and check it against
    its standard: the TMX 1.4 DTD, the XLIFF 2.0 or 1.2 strict schema (conformance tests)."""
    from .tools import schema_file

    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    for name in names:
        assert run_bitext("export", alignment, "-o", folder / name).code == 0, name
        tree = etree.parse(str(folder / name), parser)
        if name.endswith(".tmx"):
            dtd = etree.DTD(str(schema_file("tmx14.dtd")))
            assert dtd.validate(tree), dtd.error_log.last_error
            continue
        schema = (
            "xliff-core-2.0.xsd" if name.endswith(".xliff2.xlf") else "xliff-core-1.2-strict.xsd"
        )
        xsd = etree.XMLSchema(etree.parse(str(schema_file(schema)), parser))
        assert xsd.validate(tree), xsd.error_log.last_error


# A tool's groups of units: a dialog's strings in a resource, one of them a plural entry as
# Translate Toolkit's po2xliff groups its forms; a tool's own attribute on the outer group.
GROUPED_XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
  <file original="app.rc" source-language="en" target-language="de" datatype="winres">
    <body>
      <trans-unit id="title"><source>Settings</source><target>Einstellungen</target></trans-unit>
      <group id="dialog" restype="dialog" resname="IDD_SAVE" okp:note="kept in the TEI">
        <trans-unit id="save"><source>Save</source><target>Speichern</target></trans-unit>
        <group id="5" restype="x-gettext-plurals">
          <trans-unit id="5[0]"><source>%d file</source><target>%d Datei</target></trans-unit>
          <trans-unit id="5[1]"><source>%d files</source><target>%d Dateien</target></trans-unit>
        </group>
      </group>
      <trans-unit id="quit"><source>Quit</source><target>Beenden</target></trans-unit>
    </body>
  </file>
</xliff>
"""


def _groups_of_units(path: Path) -> list[tuple[str, list[dict[str, str]]]]:
    """Each trans-unit's source text with the attributes of the groups around it."""
    ns = "{urn:oasis:names:tc:xliff:document:1.2}"
    root = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
    return [
        (
            "".join(unit.find(f"{ns}source").itertext()),
            [
                {k: v for k, v in g.items() if not k.startswith("{")}
                for g in reversed(list(unit.iterancestors(f"{ns}group")))
            ],
        )
        for unit in root.iter(f"{ns}trans-unit")
    ]


@pytest.mark.conformance
def test_an_xliffs_groups_are_written_back_around_their_units(tmp_path: Path):
    # The groups were dropped: every unit came out at the top of the body, so a tool that
    # reads a group (xliff2po: a plural entry's forms; a resource's dialog) found none.
    xliff = write_utf8(tmp_path, "app.xlf", GROUPED_XLIFF12)
    assert run_bitext("import", xliff, "-o", tmp_path / "out").code == 0
    _assert_exports_valid(tmp_path / "out", tmp_path, "back.xlf")
    assert _groups_of_units(tmp_path / "back.xlf") == _groups_of_units(xliff)
    back = (tmp_path / "back.xlf").read_text(encoding="utf-8")
    assert 'datatype="winres"' in back  # the file's kind of text, not plaintext
    assert "okp:note" not in back  # another namespace's attribute: kept in the TEI only
    tei = (tmp_path / "out" / "app.en-de.xml").read_text(encoding="utf-8")
    assert "kept in the TEI" in tei


@pytest.mark.conformance
def test_a_catalogue_through_po2xliff_bitext_and_xliff2po_keeps_its_plural_entries(
    tmp_path: Path,
):
    # Translate Toolkit tells a catalogue's XLIFF by its gettext header unit (which bitext
    # skips as no text) or datatype="po", and a plural entry by its group: all three were lost,
    # so xliff2po made each form an entry of its own and no header.
    from translate.convert import po2xliff, xliff2po
    from translate.storage import po

    catalogue = ROOT / "tests" / "data" / "po" / "django-admin-sr_Latn-djangojs.po"
    with catalogue.open("rb") as source, (tmp_path / "in.xlf").open("wb") as out:
        po2xliff.convertpo(source, out, None)
    assert run_bitext("import", tmp_path / "in.xlf", "-o", tmp_path / "tei").code == 0
    assert run_bitext("export", tmp_path / "tei", "-o", tmp_path / "out.xlf").code == 0

    def plurals(xliff: Path) -> list[tuple[str, list[str]]]:
        with xliff.open("rb") as source, (xliff.with_suffix(".po")).open("wb") as out:
            xliff2po.convertxliff(source, out, None)
        store = po.pofile.parsefile(str(xliff.with_suffix(".po")))
        return [(u.source, list(u.target.strings)) for u in store.units if u.hasplural()]

    expected = plurals(tmp_path / "in.xlf")
    assert len(expected) == 4 and all(len(forms) == 3 for _, forms in expected)
    assert plurals(tmp_path / "out.xlf") == expected


@pytest.mark.conformance
def test_white_space_inside_a_units_text_survives_a_tool_that_collapses_it(tmp_path: Path):
    # Django's "Your password has been set.  You may ..." (a program's key) and Portuguese's
    # "Sem  data" went out in XLIFF without xml:space="preserve", so Translate Toolkit read
    # them with one space: a key no program asks for, a translation changed.
    from translate.storage import xliff

    po = write_utf8(
        tmp_path,
        "django.po",
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: pt\\n"\n\n'
        'msgid "No date"\nmsgstr "Sem  data"\n\n'
        'msgid "Your password has been set.  You may go ahead and log in now."\n'
        'msgstr "A sua palavra-passe foi definida.\\tPode entrar."\n\n'
        'msgid "Today"\nmsgstr "Hoje"\n',
    )
    assert run_bitext("import", po, "-o", tmp_path / "tei").code == 0
    _assert_exports_valid(tmp_path / "tei", tmp_path, "out.xlf", "out.xliff2.xlf")
    store = xliff.xlifffile.parsefile(str(tmp_path / "out.xlf"))
    assert [(str(u.source), str(u.target)) for u in store.units] == [
        ("No date", "Sem  data"),
        (
            "Your password has been set.  You may go ahead and log in now.",
            "A sua palavra-passe foi definida.\tPode entrar.",
        ),
        ("Today", "Hoje"),
    ]
    written = (tmp_path / "out.xlf").read_text(encoding="utf-8")
    assert written.count('xml:space="preserve"') == 2  # only where it is needed


# As i18next's xliff module (locize, npm "xliff" 6.4) writes a project: a file a namespace,
# its id the namespace's name; a key with spaces, which XLIFF 2.0 ids may not have.
I18NEXT_XLIFF2 = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-CH">
  <file id="namespace1">
    <unit id="key1"><segment><source>Hello</source><target>Grüezi</target></segment></unit>
    <unit id="key with space"><segment><source>Total:  {{count}} items</source><target>Total:  {{count}} Elemente</target></segment></unit>
  </file>
  <file id="namespace2">
    <unit id="k"><segment><source>Save</source><target>Speichern</target></segment></unit>
  </file>
  <file id="f1">
    <unit id="q"><segment><source>Quit</source><target>Beenden</target></segment></unit>
  </file>
</xliff>
"""


@pytest.mark.conformance
def test_an_xliff2_exports_files_with_the_ids_its_tool_gave_them(tmp_path: Path):
    # The export numbered the files f1, f2 ...: i18next keys its namespaces by the file ids,
    # so the translations came back under namespaces "f1" and "f2".
    xliff = write_utf8(tmp_path, "project.xlf", I18NEXT_XLIFF2)
    assert run_bitext("import", xliff, "-o", tmp_path / "out").code == 0
    _assert_exports_valid(tmp_path / "out", tmp_path, "back.xliff2.xlf")
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    root = etree.parse(str(tmp_path / "back.xliff2.xlf")).getroot()
    files = {
        f.get("id"): [u.get("id") for u in f.iter(f"{ns}unit")] for f in root.iter(f"{ns}file")
    }
    # "key with space" is no NMTOKEN, as a 2.0 id must be: the link's id stands for it (and
    # the key is kept in the TEI, written back by the 1.2 export); the third file's own id,
    # f1, is kept, so the numbering's f1 is not used for another
    assert list(files) == ["namespace1", "namespace2", "f1"]
    assert files["namespace1"][0] == "key1" and files["namespace2"] == ["k"]
    assert files["f1"] == ["q"]


def _memory_of(units: int) -> bytes:
    """A TMX of ``units`` units as Trados Studio exports one (attributes and props kept)."""
    tus = "".join(
        f'<tu creationid="PC\\trados" usagecount="{n}"><prop type="x-Origin">TM</prop>'
        f'<tuv xml:lang="en-US"><seg>Unit {n} &amp; more.</seg></tuv>'
        f'<tuv xml:lang="ko-KR"><seg>단위 {n}.</seg></tuv></tu>\n'
        for n in range(1, units + 1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4"><header creationtool="SDL Language Platform" srclang="en-US" '
        f'datatype="xml" segtype="sentence" adminlang="en-US" o-tmf="SDL TM8"/><body>\n{tus}'
        "</body></tmx>\n"
    ).encode()


def test_a_translation_memory_is_read_a_unit_at_a_time(tmp_path: Path):
    """A memory of a million units is never a tree of them: the reader hands over one ``tu``
    at a time and, once it has been read, empties it and drops those before it (the parser
    reads ahead, so later ones may be there already)."""
    from bitext.formats.base import exchange_xml_bytes, iterparse_exchange_xml

    path = tmp_path / "memory.tmx"
    path.write_bytes(_memory_of(5))
    elements = iterparse_exchange_xml(exchange_xml_bytes(path), path, ("tu",))
    assert next(elements).tag == "tmx"  # the root first, as it starts
    seen = []
    for tu in elements:
        seen.append(tu.findtext("tuv/seg"))
        before = list(tu.itersiblings(preceding=True))
        assert len(before) <= 1 and all(len(b) == 0 for b in before)
    assert seen == [f"Unit {n} & more." for n in range(1, 6)]
    corpus = read_tmx(path)
    assert [s.text for s in corpus.source.sentences()] == seen
    assert corpus.alignment.links[2].notes[1].text == "3"  # usagecount, kept


def test_a_memory_broken_after_its_first_units_is_refused_at_its_line(tmp_path: Path):
    """Read a unit at a time, a memory whose XML breaks after units were read is refused as
    a whole, at the line of the break, and nothing is written."""
    path = tmp_path / "memory.tmx"
    data = _memory_of(8).replace(b"<seg>Unit 6 &amp; more.", b"<seg>Unit 6 & more.")
    path.write_bytes(data)
    result = run_bitext("import", path, "-o", tmp_path / "out")
    assert result.code == 1
    assert f"memory.tmx:{3 + 6}: not well-formed XML" in result.err  # the sixth tu's line
    assert "Traceback" not in result.err
    assert not (tmp_path / "out").exists()


def test_an_import_runs_with_the_cyclic_collector_paused(tmp_path: Path, monkeypatch):
    """A memory is millions of small values that all live until the TEI files are written:
    the import pauses Python's cyclic collector (which walked them again and again) and
    turns it on again after, also when the import fails."""
    import gc

    import bitext.exchange

    seen: list[bool] = []
    reading = bitext.exchange._read_exchange

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return reading(*args, **kwargs)

    monkeypatch.setattr(bitext.exchange, "_read_exchange", watched)
    path = tmp_path / "memory.tmx"
    path.write_bytes(_memory_of(3))
    assert gc.isenabled()
    bitext.exchange.import_corpus(path, "tmx", tmp_path / "out")
    path.write_bytes(b"<tmx>")
    with pytest.raises(FormatError):
        bitext.exchange.import_corpus(path, "tmx", tmp_path / "bad")
    assert seen == [False, False]
    assert gc.isenabled()


def test_what_every_unit_of_a_memory_repeats_is_kept_once(tmp_path: Path):
    """A CAT tool writes the same attribute names and short values (a user, a date) on
    every unit; the notes of a large memory hold each once, not once a unit."""
    path = tmp_path / "memory.tmx"
    path.write_bytes(_memory_of(3))
    first, _, third = read_tmx(path).alignment.links
    creator = next(n for n in first.notes if n.name.endswith("creationid"))
    same = next(n for n in third.notes if n.name.endswith("creationid"))
    assert creator.text == same.text == "PC\\trados"
    assert creator.text is same.text and creator.name is same.name

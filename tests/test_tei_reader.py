# ruff: noqa: E501  (the TEI sample keeps an edition's lines as an editor writes them)
"""TEI P5 that other tools made, read as text: a whole ELTeC novel and an edition's markup.

Such a document is ingested like any other file (its blocks, the header's title, author,
licence and language kept; sentences found anew), can be given to align directly, and loses
no text: every paragraph of the source is in the result, notes in the back matter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from bitext.errors import ParseError
from bitext.text import ingest_file

from .conftest import run_bitext, write_utf8

DATA = Path(__file__).parent / "data"
LYALL = DATA / "tei" / "ENG18872_Lyall.xml"
DICKENS_END = DATA / "tei" / "ENG18481_Dickens_end.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"

EDITION = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Letters from Seoul</title><author>Kim Minji</author></titleStmt>
      <publicationStmt><availability status="free"><p>Free to use.</p></availability></publicationStmt>
      <sourceDesc><p>Transcribed from the 1921 print.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text xml:lang="en">
    <front><titlePage><docTitle><titlePart>Letters</titlePart></docTitle></titlePage></front>
    <body>
      <div type="letter">
        <fw type="header">LETTERS</fw>
        <head>First <hi rend="italic">letter</hi></head>
        <p>The city was <choice><sic>qiuet</sic><corr>quiet</corr></choice> that win<lb break="no"/>ter.<note place="foot">The winter of 1919.</note> We walked<pb n="2"/> to the river. <del>Struck out.</del>It froze.</p>
        <p>We bought three things: <list><item>rice,</item><item>coal,</item><item>paper.</item></list></p>
        <lg><l>The river sleeps,</l><l>the bridge keeps watch.</l></lg>
        <table><row><cell>Rice</cell><cell>3 won</cell></row></table>
        <sp><speaker>Mother</speaker><p>Come home early.</p></sp>
        <p><s>The <abbr>UN</abbr> met.</s><s><w>Nobody</w><w>came</w><pc>.</pc></s></p>
      </div>
    </body>
  </text>
</TEI>
"""


def _paragraphs(document) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of each block of the body, in order."""
    return [" ".join(s.text for s in block.sentences) for block in document.body_blocks()]


def _front(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        " ".join(s.text for s in block.sentences)
        for division in document.front
        for block in division.blocks()
    ]


def test_an_eltec_novel_ingests_with_its_header_and_every_paragraph(tmp_path: Path):
    result = ingest_file(LYALL)
    document = result.document
    header = document.header
    assert (result.format, document.lang) == ("tei", "en")  # its xml:lang, not detected
    assert result.detected is None
    assert header.title == "The Autobiography of a Slander : ELTeC edition"
    assert [a.name for a in header.authors] == ["Lyall, Edna [pseud.] (1857-1903)."]
    assert header.licence is not None
    assert header.licence.target == "https://creativecommons.org/licenses/by/4.0/"
    front = _front(document)
    assert front[0] == "THE AUTOBIOGRAPHY OF A SLANDER"
    # Verse lines loose in a quote keep the punctuation after them (front matter: a line a
    # paragraph); in the body they are one paragraph.
    assert front[3:5] == ["Trust not to each accusing tongue,", "As most week persons do;"]
    assert len(front) == 12  # the title page: 7 paragraphs, 4 verse lines, a signature
    # Nothing lost: every paragraph of the novel's body is in the document, in order.
    body = " ".join(_paragraphs(document))
    source = etree.parse(str(LYALL)).getroot()
    at = 0
    for p in source.iter(f"{TEI}body"):
        for paragraph in p.iter(f"{TEI}p", f"{TEI}head"):
            text = " ".join("".join(paragraph.itertext()).split())
            found = body.find(text, at)
            assert found >= 0, text
            at = found
    heads = [d.head for d in document.body if d.head]
    assert len(heads) == 8  # the chapters' heads
    written = tmp_path / "lyall.xml"
    assert run_bitext("ingest", LYALL, "-o", written).code == 0
    assert run_bitext("validate", written).code == 0


def _source_paragraphs(path: Path) -> list[str]:
    """The text of each ``p`` of a TEI file's body, its white space folded."""
    body = etree.parse(str(path)).getroot().find(f"{TEI}text/{TEI}body")
    return [" ".join("".join(p.itertext()).split()) for p in body.iter(f"{TEI}p")]


def test_a_novel_has_no_back_matter_its_markup_does_not_mark(tmp_path: Path):
    """The last chapters of an ELTeC novel, whose TEI has no ``back``: the last chapter's
    "Mr. Dombey is a white-haired gentleman ..." read as an author's biography, and its 46
    paragraphs became back matter, never aligned. A TEI file marks its back matter, so
    none is guessed; and a biography's marker wants the name in full, so the same text as
    plain text keeps them in its body too. Its dialogue, quoted `so´ (as the e-text it came
    from types quotation marks), is paragraphs, not headings: ´ closes a quotation."""
    paragraphs = _source_paragraphs(DICKENS_END)
    assert any(p.startswith("Mr. Dombey is a white-haired") for p in paragraphs[-46:])
    plain = write_utf8(tmp_path, "dombey.txt", "\n\n".join(paragraphs) + "\n")
    for path in (DICKENS_END, plain):
        document = ingest_file(path, lang="en").document
        assert not document.back, path.name
        body = [
            " ".join(s.text for s in paragraph.sentences)
            for division in document.body
            for paragraph in division.paragraphs
        ]
        assert body == paragraphs, path.name  # every one, none a heading, none back matter
    sentences = [s.text for d in document.body for b in d.blocks() for s in b.sentences]
    assert "`Ruined.´" in sentences and "`Will he have no private fortune left?" in sentences


def test_an_editions_markup_gives_the_reading_text_and_keeps_the_notes(tmp_path: Path):
    document = ingest_file(write_utf8(tmp_path, "letters.xml", EDITION)).document
    assert document.lang == "en"
    assert (document.header.title, document.header.authors[0].name) == (
        "Letters from Seoul",
        "Kim Minji",
    )
    assert document.header.licence is not None and document.header.licence.status == "free"
    assert _front(document) == ["Letters"]
    assert _paragraphs(document) == [
        "First letter",
        # The corrected reading, a word joined over a line break, no running head, no
        # deletion; the note's place a space.
        "The city was quiet that winter. We walked to the river. It froze.",
        "We bought three things:",
        "rice,",
        "coal,",
        "paper.",
        "The river sleeps, the bridge keeps watch.",
        "Rice",
        "3 won",
        "Mother",
        "Come home early.",
        # An abbreviation outside a choice is the text; tokens with nothing between them
        # stay apart.
        "The UN met. Nobody came.",
    ]
    assert [s.text for d in document.back for b in d.blocks() for s in b.sentences] == [
        "The winter of 1919."  # the note: back matter, kept and never aligned
    ]
    assert [s.text for s in document.body_sentences()][1:4] == [
        "The city was quiet that winter.",
        "We walked to the river.",
        "It froze.",
    ]


def test_a_foreign_tei_document_is_aligned_directly(tmp_path: Path):
    korean = write_utf8(
        tmp_path,
        "letters.ko.txt",
        "첫 번째 편지\n\n그해 겨울 도시는 조용했다. 우리는 강까지 걸었다. 강은 얼었다.\n",
    )
    english = write_utf8(tmp_path, "letters.xml", EDITION)
    out = tmp_path / "letters.tmx"
    result = run_bitext("align", english, korean, "-o", out)
    assert result.code == 0, result.err
    assert "letters.xml: TEI, en" in result.err
    assert "We walked to the river." in out.read_text(encoding="utf-8")


def test_bitexts_own_tei_is_not_ingested_again(tmp_path: Path):
    own = Path(__file__).parent.parent / "corpus" / "en" / "asan-2024-13s.en.xml"
    with pytest.raises(ParseError, match="already a bitext TEI document"):
        ingest_file(own)
    result = run_bitext("ingest", own, "-o", tmp_path / "x.xml")
    assert result.code == 1 and "give it to align or export" in result.err
    assert not (tmp_path / "x.xml").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('<text xml:lang="en">', '<text xml:lang="English language">'), "not a BCP 47"),
        (("<text ", "<textx "), "not well-formed"),
        (("<TEI ", '<TEI xml:lang="en" '), None),
    ],
)
def test_a_foreign_tei_with_a_fault_is_refused_in_one_line(
    tmp_path: Path, change: tuple[str, str], message: str | None
):
    path = write_utf8(tmp_path, "x.xml", EDITION.replace(*change))
    result = run_bitext("ingest", path, "-o", tmp_path / "out.xml")
    if message is None:  # a language on the root is as good as one on <text>
        assert result.code == 0, result.err
        return
    assert result.code == 1 and message in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


_WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(
    paragraphs=st.lists(
        st.lists(st.tuples(_WORDS, st.sampled_from(["", "hi", "note", "lb"])), min_size=1),
        min_size=1,
        max_size=6,
    )
)
def test_no_word_of_a_tei_text_is_lost(tmp_path_factory, paragraphs):  # type: ignore[no-untyped-def]
    body, running, notes = [], [], []
    for words in paragraphs:
        parts = []
        for word, markup in words:
            if markup == "hi":
                parts.append(f"<hi>{word}</hi>")
                running.append(word)
            elif markup == "note":
                parts.append(f"<note>{word}</note>")
                notes.append(word)
            elif markup == "lb":
                parts.append(f"{word}<lb/>")
                running.append(word)
            else:
                parts.append(word)
                running.append(word)
        body.append("<p>" + " ".join(parts) + "</p>")
    text = EDITION.split("<body>")[0] + "<body><div>" + "".join(body) + "</div></body></text></TEI>"
    path = write_utf8(tmp_path_factory.mktemp("tei"), "x.xml", text)
    if not running:  # nothing but notes: no body to align, said in one line
        with pytest.raises(ParseError, match="no body text found"):
            ingest_file(path, "en")
        return
    document = ingest_file(path, "en").document
    assert [w for s in document.body_sentences() for w in s.text.split()] == running
    back = [s.text for d in document.back for b in d.blocks() for s in b.sentences]
    assert [w for text in back for w in text.split()] == notes


def test_validating_a_foreign_tei_says_to_ingest_it_in_one_problem(tmp_path: Path):
    result = run_bitext("validate", LYALL)
    assert result.code == 1
    problems = [line for line in result.out.splitlines() if ": tei-foreign: " in line]
    assert len(problems) == 1 and "bitext ingest ENG18872_Lyall.xml" in problems[0]
    assert "schema" not in result.out  # bitext's schemas are not the document's


PARALLEL_EDITION = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>A parallel edition</title></titleStmt>
  <publicationStmt><p>Unpublished.</p></publicationStmt><sourceDesc><p>Typed.</p></sourceDesc></fileDesc></teiHeader>
  <text><group>
    <text xml:lang="en-GB"><body><p>Japan acts. Korea watches.</p><p>The alliance changed.</p></body></text>
    <text xml:lang="ko"><body><p>일본은 행동한다. 한국은 지켜본다.</p><p>동맹은 변했다.</p></body></text>
  </group></text>
</TEI>
"""


def test_a_parallel_edition_in_one_file_is_read_a_language_at_a_time(tmp_path: Path):
    path = write_utf8(tmp_path, "edition.xml", PARALLEL_EDITION)
    with pytest.raises(ParseError, match=r"holds texts in en-GB, ko .*--lang"):
        ingest_file(path)
    korean = ingest_file(path, "ko").document
    assert [s.text for s in korean.body_sentences()] == [
        "일본은 행동한다.",
        "한국은 지켜본다.",
        "동맹은 변했다.",
    ]
    english = ingest_file(path, "en").document  # en names en-GB
    assert [s.text for s in english.body_sentences()][-1] == "The alliance changed."
    out = tmp_path / "edition.tmx"
    common = ["--source-lang", "en", "--target-lang", "ko", "-o", out]
    result = run_bitext("align", path, path, *common)
    assert result.code == 0, result.err
    assert "3 links (1-1: 3)" in result.err

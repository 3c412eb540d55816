"""Each reader on a small file made here, the way people's files are made: a DOCX written with
python-docx, a PDF rendered with a Korean font by fpdf2, a web page with navigation around its
article, an HWPX package. The sentences that come out are checked word for word."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from bitext import read_document
from bitext.errors import ParseError
from bitext.readers import detect_format, read_source
from bitext.text import ingest_file

from .conftest import run_bitext, run_on_a_terminal
from .tools import korean_font

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")

EN_TITLE = "The Evolution of the U.S.-Japan Alliance"
EN_BYLINE = "Choi Eunmi, Research Fellow"
EN_PARAGRAPHS = [
    [
        "In April 2024, President Biden and Prime Minister Kishida met in Washington.",
        "The summit marked a shift from alliance protection to alliance projection.",
    ],
    [
        "Japan will raise its defense spending to 2% of GDP by 2027.",
        "It will also set up a Joint Operations Command.",
    ],
]
KO_TITLE = "미일동맹의 진화와 한국에의 함의"
KO_BYLINE = "최은미 아산정책연구원 연구위원"
KO_PARAGRAPHS = [
    [
        "2024년 4월 바이든 대통령과 기시다 총리가 워싱턴에서 만났다.",
        "이번 정상회담은 보호하는 동맹에서 행동하는 동맹으로의 전환을 보여주었다.",
    ],
    [
        "일본은 2027년까지 방위비를 국내총생산의 2%로 늘릴 예정이다.",
        "또한 통합작전사령부를 창설할 것이다.",
    ],
]


def _sentences(path: Path, lang: str = "") -> tuple[list[str], list[str], list[str]]:
    """(front, headings, body paragraphs) sentence texts of an ingested file."""
    document = ingest_file(path, lang).document
    front = [s.text for d in document.front for b in d.blocks() for s in b.sentences]
    headings = [s.text for d in document.body if d.head for s in d.head.sentences]
    body = [s.text for d in document.body for p in d.paragraphs for s in p.sentences]
    return front, headings, body


def _flat(paragraphs: list[list[str]]) -> list[str]:
    return [s for p in paragraphs for s in p]


# DOCX ------------------------------------------------------------------------------------


def _docx(path: Path, title: str, byline: str, heading: str, paragraphs: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Choi Eunmi"
    document.sections[0].header.paragraphs[0].text = "Asan Issue Brief (running head)"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_heading(title, level=0)  # the Title style
    document.add_paragraph(byline)
    document.add_heading(heading, level=1)
    first = document.add_paragraph(paragraphs[0][0] + " ")
    first.add_run(paragraphs[0][1]).bold = True  # runs with formatting join into one text
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = " ".join(paragraphs[1])
    document.save(str(path))
    return path


def test_docx_paragraphs_headings_and_tables_come_out_word_for_word(tmp_path: Path):
    path = _docx(tmp_path / "brief.docx", EN_TITLE, EN_BYLINE, "1. The Summit", EN_PARAGRAPHS)
    front, headings, body = _sentences(path, "en")
    assert front == [EN_TITLE, EN_BYLINE]
    assert headings == ["1. The Summit"]
    assert body == _flat(EN_PARAGRAPHS)  # running heads and footers are not text
    header = ingest_file(path, "en").document.header
    assert header.title == EN_TITLE and header.source == "Word document (DOCX) brief.docx."


def _edited_docx(path: Path) -> Path:
    """A DOCX as a reviewed and templated document is: a table of contents, tracked
    changes, a hyperlink, a field, content controls around a run and around a whole
    paragraph, a text box (in Word's AlternateContent, with the VML fallback that repeats
    it) and a footnote."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    def element(xml: str):  # type: ignore[no-untyped-def]
        return etree.fromstring(f'<root xmlns:w="{w}" xmlns:mc="{mc}">{xml}</root>')[0]

    document = docx.Document()
    first = document.add_paragraph("The summit ")
    for xml in (
        '<w:ins w:id="1" w:author="R"><w:r><w:t xml:space="preserve">finally </w:t></w:r></w:ins>',
        "<w:r><w:t>took place</w:t></w:r>",
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (check the date)</w:t></w:r>',
        '<w:del w:id="2" w:author="R"><w:r><w:delText> last year</w:delText></w:r></w:del>',
        '<w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:r><w:t xml:space="preserve"> in Washington</w:t></w:r></w:hyperlink>',
        '<w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>',
    ):
        first._p.append(element(xml))
    second = document.add_paragraph("See ")
    second._p.append(
        element('<w:fldSimple w:instr="REF s2"><w:r><w:t>section 2</w:t></w:r></w:fldSimple>')
    )
    second._p.append(  # formatting that says "not hidden" is shown
        element(
            '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t xml:space="preserve"> and </w:t>'
            "</w:r>"
        )
    )
    second._p.append(
        element("<w:sdt><w:sdtContent><w:r><w:t>the annex</w:t></w:r></w:sdtContent></w:sdt>")
    )
    second._p.append(element("<w:r><w:t>.</w:t></w:r>"))
    box = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        "<w:p><w:r><w:t>A box beside the text.</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>A box beside the text.</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    second._p.append(element(box))
    control = element(
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>A paragraph in a content control.</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, control)  # before sectPr
    contents = element(  # Word's table of contents: the headings again, with page numbers
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>The summit</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(0, contents)
    notes = (
        f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/>'
        '</w:r><w:r><w:t xml:space="preserve"> The 2024 joint statement.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        notes.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.save(str(path))
    return path


def test_a_docx_gives_the_text_it_shows_and_keeps_its_footnotes(tmp_path: Path):
    document = ingest_file(_edited_docx(tmp_path / "edited.docx"), "en").document
    assert list(document.sentences()) == list(document.body_sentences())  # no contents
    body = [s.text for s in document.body_sentences()]
    assert body == [
        # the insertion in; the deletion and the hidden run out
        "The summit finally took place in Washington.",
        "See section 2 and the annex.",
        "A box beside the text.",  # once, not again from the fallback
        "A paragraph in a content control.",
    ]
    back = [s.text for d in document.back for b in d.blocks() for s in b.sentences]
    assert back == ["The 2024 joint statement."]  # kept, never aligned


def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path):
    path = _docx(tmp_path / "brief.txt", EN_TITLE, EN_BYLINE, "1. The Summit", EN_PARAGRAPHS)
    assert detect_format(path.read_bytes(), path) == "docx"
    result = ingest_file(path)  # no language given: detected
    assert result.format == "docx"
    assert result.detected is not None and result.detected.lang == "en"
    assert [s.text for s in result.document.body_sentences()][-1] == EN_PARAGRAPHS[1][1]


# ODT -------------------------------------------------------------------------------------

_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def _odt(path: Path, mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:
    """An ODT as LibreOffice writes one: automatic styles derived from Title, a tracked
    deletion kept apart, a change mark, spaces as text:s, a footnote, a list, a table, a
    frame's text box and a table of contents."""
    p1, p2 = EN_PARAGRAPHS[0], EN_PARAGRAPHS[1]
    body = (
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>R</dc:creator></office:change-info>"
        "<text:p>Deleted words never shown.</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        '<text:table-of-content text:name="Contents"><text:index-body>'
        '<text:index-title><text:p text:style-name="Contents_20_Heading">Contents</text:p>'
        "</text:index-title><text:p>1. The Summit<text:tab/>1</text:p></text:index-body>"
        "</text:table-of-content>"
        f'<text:p text:style-name="P1">{EN_TITLE}</text:p>'
        f"<text:p>{EN_BYLINE}</text:p>"
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">1. The Summit</text:h>'
        f"<text:p>{p1[0].replace('April 2024', 'April<text:s/>2024')}"
        '<text:change-start text:change-id="ct1"/><text:change-end text:change-id="ct1"/>'
        '<text:note text:id="n1" text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>The 2024 joint statement.</text:p></text:note-body></text:note>"
        f" {p1[1]}"
        '<draw:frame draw:name="F1"><draw:text-box><text:p>A box beside the text.</text:p>'
        "</draw:text-box></draw:frame></text:p>"
        f"<text:list><text:list-item><text:p>{p2[0]}</text:p></text:list-item>"
        f"<text:list-item><text:p>{p2[1]}</text:p></text:list-item></text:list>"
        '<table:table table:name="T1"><table:table-row><table:table-cell><text:p>Year</text:p>'
        "</table:table-cell><table:table-cell><text:p>2027</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Title"/></office:automatic-styles>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODF}><office:meta>'
        f"<dc:title>{EN_TITLE}</dc:title><meta:initial-creator>Choi Eunmi</meta:initial-creator>"
        "</office:meta></office:document-meta>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("meta.xml", meta)
    return path


_TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- memoQ -->\n'
    '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Open</seg>'
    '</tuv><tuv xml:lang="ko"><seg>열기</seg></tuv></tu></body></tmx>'
)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("memory.tmx", _TMX.encode("utf-8"), "a TMX translation memory"),
        ("export.xml", b"\xff\xfe" + _TMX.encode("utf-16-le"), "a TMX translation memory"),
        (
            "job.sdlxliff",
            b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>',
            "an XLIFF file",
        ),
        ("app.po", b'msgid ""\nmsgstr ""\n\nmsgid "Open"\nmsgstr "x"\n', "a gettext PO catalogue"),
        ("pairs.tsv", "Open\t열기\n".encode(), "a file of tab-separated pairs"),
    ],
)
@pytest.mark.parametrize("command", ["ingest", "segment", "align"])
def test_a_bilingual_file_given_as_a_document_points_to_bitext_import(
    tmp_path: Path, name: str, data: bytes, kind: str, command: str
):
    # Read as one document, a translation memory would mix both languages in one text.
    path = tmp_path / name
    path.write_bytes(data)
    args = [path, path, "-o", tmp_path / "out.xml"] if command == "align" else [path]
    result = run_bitext(command, *args)
    assert result.code == 1 and "Traceback" not in result.err
    assert f"{name}: is {kind}, which holds both languages: bitext import reads it" in result.err
    assert not (tmp_path / "out.xml").exists()


def test_a_bilingual_file_still_reads_as_text_when_asked(tmp_path: Path):
    path = tmp_path / "app.po"
    path.write_text('msgid "Open the file."\nmsgstr "파일을 연다."\n', encoding="utf-8")
    result = run_bitext("ingest", "--format", "text", "--lang", "en", path)
    assert result.code == 0 and "Open the file." in result.out


def test_odt_gives_the_text_it_shows_with_its_notes_in_the_back(tmp_path: Path):
    path = _odt(tmp_path / "brief.odt")
    assert detect_format(path.read_bytes(), path) == "odt"
    document = ingest_file(path, "en").document
    front, headings, body = _sentences(path, "en")
    assert front == [EN_TITLE, EN_BYLINE]
    assert headings == ["1. The Summit"]
    assert body == [
        *EN_PARAGRAPHS[0],
        "A box beside the text.",  # a frame's text box follows its paragraph, once
        *EN_PARAGRAPHS[1],  # list items
        "Year", "2027",  # table cells
    ]  # fmt: skip
    back = [s.text for d in document.back for b in d.blocks() for s in b.sentences]
    assert back == ["The 2024 joint statement."]  # the footnote: kept, never aligned
    texts = " ".join(s.text for s in document.sentences())
    assert "Deleted" not in texts and "Contents" not in texts  # neither shown as text
    assert document.header.title == EN_TITLE


def test_an_opendocument_that_is_no_text_is_refused_in_one_line(tmp_path: Path):
    path = _odt(tmp_path / "sheet.ods", "application/vnd.oasis.opendocument.spreadsheet")
    result = run_bitext("ingest", path, "--lang", "en", "-o", tmp_path / "x.xml")
    assert result.code == 1 and "Traceback" not in result.err
    assert "no text document (application/vnd.oasis.opendocument.spreadsheet)" in result.err


@pytest.mark.conformance
def test_the_odt_and_docx_pandoc_writes_read_alike(tmp_path: Path):
    # Files another tool wrote: pandoc makes an ODT and a DOCX of one Markdown text.
    import subprocess

    from .tools import command

    source = _markdown(tmp_path / "brief.md")
    # Code blocks are paragraphs in a code style to a word processor: leave them out here.
    prose = [
        line
        for line in re.sub(
            r"```.*?```", "", source.read_text(encoding="utf-8"), flags=re.S
        ).splitlines()
        if not line.startswith("    ")
    ]
    source.write_text("\n".join(prose) + "\n", encoding="utf-8")
    expected = _sentences(source, "en")
    for suffix in (".odt", ".docx"):
        out = tmp_path / f"brief{suffix}"
        subprocess.run([command("pandoc"), str(source), "-o", str(out)], check=True)
        front, headings, body = _sentences(out, "en")
        assert headings == expected[1], suffix
        assert body == expected[2], suffix
        assert [t for t in front if t in (EN_TITLE, EN_BYLINE)] == [EN_TITLE, EN_BYLINE], suffix


# EPUB ------------------------------------------------------------------------------------


def _epub(path: Path) -> Path:
    """An EPUB 3 as e-book tools write one: a container, an OPF in a folder, a navigation
    document, a non-linear item, two chapters (the second with a footnote as an aside and a
    note reference)."""
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{t}</title></head><body>{b}'
        "</body></html>"
    )
    chapters = {
        "OEBPS/text/one.xhtml": f"<h1>{EN_TITLE}</h1><p>{EN_BYLINE}</p>"
        f"<h1>1. The Summit</h1><p>{' '.join(EN_PARAGRAPHS[0])}</p>",
        "OEBPS/text/two%20b.xhtml": "<h1>2. Defense</h1><p>"
        + EN_PARAGRAPHS[1][0]
        + '<a href="#n1" epub:type="noteref">1</a> '
        + EN_PARAGRAPHS[1][1]
        + '</p><aside id="n1" epub:type="footnote"><p>The 2024 white paper.</p></aside>',
        "OEBPS/nav.xhtml": '<nav epub:type="toc"><ol><li><a href="text/one.xhtml">One</a>'
        "</li></ol></nav>",
        "OEBPS/answers.xhtml": "<p>Answers that are not the running text.</p>",
    }
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{EN_TITLE}</dc:title><dc:creator>Choi Eunmi</dc:creator>"
        "<dc:language>en</dc:language></metadata><manifest>"
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        '<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="c2" href="text/two%20b.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="a" href="answers.xhtml" media-type="application/xhtml+xml"/>'
        '</manifest><spine><itemref idref="nav"/><itemref idref="c1"/><itemref idref="c2"/>'
        '<itemref idref="a" linear="no"/></spine></package>'
    )
    pages = {n.replace("%20", " "): xhtml.format(t=n, b=body) for n, body in chapters.items()}
    return _write_epub(path, "OEBPS/book.opf", opf, pages)


def _write_epub(path: Path, opf_name: str, opf: str, members: dict[str, str]) -> Path:
    """An EPUB package at ``path``: its mimetype, a container naming the package document
    ``opf_name`` (whose text is ``opf``), and ``members`` (name: text)."""
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        f'<rootfile full-path="{opf_name}" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/container.xml", container)
        package.writestr(opf_name, opf)
        for name, text in members.items():
            package.writestr(name, text)
    return path


def test_an_epub_gives_its_chapters_in_reading_order_with_notes_in_the_back(tmp_path: Path):
    path = _epub(tmp_path / "book.epub")
    assert detect_format(path.read_bytes(), path) == "epub"
    document = ingest_file(path, "en").document
    front, headings, body = _sentences(path, "en")
    assert front == [EN_TITLE, EN_BYLINE]
    assert headings == ["1. The Summit", "2. Defense"]  # a chapter's h1 is no second title
    assert body == _flat(EN_PARAGRAPHS)  # the note mark "1" out of the sentence
    back = [s.text for d in document.back for b in d.blocks() for s in b.sentences]
    assert back == ["The 2024 white paper."]
    texts = " ".join(s.text for s in document.sentences())
    assert "Answers" not in texts and "One" not in texts  # non-linear item, navigation
    assert document.header.title == EN_TITLE


def test_a_fixed_layout_epubs_text_set_in_svg_is_read(tmp_path: Path):
    # As a converter from print writes a comic or a picture book (IDPF's "Sous le vent"
    # sample): each paragraph an SVG <text>, each line a <tspan> placed by x and y, a word
    # cut in two on one line, the space at a line's end kept or not; or an SVG page in the
    # spine. The web-page reader leaves SVG out (labels of diagrams), so such a book had no
    # text.
    page = (
        '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><title>p1</title></head><body><div><svg xmlns="http://www.w3.org/2000/svg">'
        '<text><tspan x="0" y="0">The alliance changed </tspan><tspan x="0" y="15">a'
        '</tspan><tspan x="9" y="15">fter the summit.</tspan><tspan x="0" y="30">Japan acts'
        '</tspan><tspan x="0" y="45">on its own.</tspan></text>'
        '<text><tspan y="80">Sirop de Liège, 2005.</tspan><tspan y="95">Fratelli, 2010.'
        "</tspan></text></svg></div></body></html>"
    )
    svg_page = (
        '<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="0">Korea watches.</text>'
        '<image width="10" height="10"/></svg>'
    )
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>Fixed</dc:title></metadata><manifest>"
        '<item id="p1" href="p1.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="p2" href="p2.svg" media-type="image/svg+xml"/>'
        '</manifest><spine><itemref idref="p1"/><itemref idref="p2"/></spine></package>'
    )
    members = {"OPS/p1.xhtml": page, "OPS/p2.svg": svg_page}
    path = _write_epub(tmp_path / "fixed.epub", "OPS/book.opf", opf, members)
    document = ingest_file(path, "en").document
    assert [s.text for s in document.sentences()] == [
        "The alliance changed after the summit.",
        "Japan acts on its own.",
        "Sirop de Liège, 2005.",
        "Fratelli, 2010.",
        "Korea watches.",
    ]


def test_a_web_pages_footnotes_are_its_back_matter_and_their_marks_leave_the_text(
    tmp_path: Path,
):
    # As pandoc and many site generators write them.
    page = tmp_path / "notes.html"
    page.write_text(
        "<html><body><article><p>Japan acts."
        '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>'
        " Korea watches.</p>"
        '<section class="footnotes" role="doc-endnotes"><hr/><ol><li id="fn1"><p>A note.'
        '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol>'
        "</section></article></body></html>",
        encoding="utf-8",
    )
    document = ingest_file(page, "en").document
    assert [s.text for s in document.body_sentences()] == ["Japan acts.", "Korea watches."]
    back = [s.text for d in document.back for b in d.blocks() for s in b.sentences]
    assert back == ["A note."]


@pytest.mark.conformance
def test_the_epub_pandoc_writes_reads_as_its_markdown(tmp_path: Path):
    import subprocess

    from .tools import command

    source = tmp_path / "book.md"
    source.write_text(
        f"# 1. The Summit\n\n{' '.join(EN_PARAGRAPHS[0])}[^1]\n\n"
        f"# 2. Defense\n\n{' '.join(EN_PARAGRAPHS[1])}\n\n[^1]: The 2024 joint statement.\n",
        encoding="utf-8",
    )
    out = tmp_path / "book.epub"
    subprocess.run(
        [command("pandoc"), str(source), "--metadata", f"title={EN_TITLE}", "-o", str(out)],
        check=True,
    )
    document = ingest_file(out, "en").document
    _, headings, body = _sentences(out, "en")
    assert headings == ["1. The Summit", "2. Defense"]
    assert body == _flat(EN_PARAGRAPHS)
    back = [s.text for d in document.back for b in d.blocks() for s in b.sentences]
    assert back == ["The 2024 joint statement."]


# Subtitles -------------------------------------------------------------------------------

SRT = (
    "1\r\n00:00:01,000 --> 00:00:03,500\r\n<i>In April 2024, President Biden and Prime</i>\r\n"
    "Minister Kishida met in Washington.\r\n\r\n"
    "2\r\n00:00:03,600 --> 00:00:07,000\r\n{\\an8}The summit marked a shift from alliance\r\n"
    "protection to alliance projection.\r\n\r\n"
    '3\r\n00:00:12,000 --> 00:00:15,000\r\n<font color="#ffff00">Japan will raise its '
    "defense</font>\r\nspending to 2% of GDP by 2027.\r\n\r\n"
    "4\r\n00:00:15,200 --> 00:00:18,000\r\nIt will also set up a Joint Operations "
    "Command.\r\n"
)
VTT = (
    "WEBVTT - a brief\n\nNOTE timings by hand\n\nSTYLE\n::cue { color: yellow }\n\n"
    "intro\n00:01.000 --> 00:03.500 align:start\n<v Anchor>2024년 4월 바이든 대통령과 "
    "기시다 총리가</v>\n워싱턴에서 만났다.\n\n"
    "00:03.600 --> 00:07.000\n이번 정상회담은 보호하는 동맹에서 행동하는 동맹으로의 "
    "전환을 보여주었다.\n"
)


def test_subtitles_give_the_spoken_text_in_paragraphs_by_pauses(tmp_path: Path):
    srt = tmp_path / "talk.txt"  # the content, not the name, says SRT
    srt.write_bytes(SRT.encode("utf-8-sig"))
    assert detect_format(srt.read_bytes(), srt) == "subtitles"
    document = ingest_file(srt, "en").document
    paragraphs = [[s.text for s in b.sentences] for d in document.body for b in d.paragraphs]
    assert paragraphs == EN_PARAGRAPHS  # a sentence over two cues is one; a pause parts them
    assert not document.front  # no title in a film's first words
    vtt = tmp_path / "talk.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    assert detect_format(vtt.read_bytes(), vtt) == "subtitles"
    document = ingest_file(vtt, "ko").document
    assert [s.text for s in document.sentences()] == KO_PARAGRAPHS[0]  # notes, styles out
    numbered = tmp_path / "list.txt"
    numbered.write_text("1\nA list that starts with a number.\n", encoding="utf-8")
    assert detect_format(numbered.read_bytes(), numbered) == "text"


def test_webvtt_character_references_read_as_characters_and_a_br_parts_words(tmp_path: Path):
    # WebVTT escapes &, < and > and may write &nbsp;; an SRT's text is taken as written; a
    # <br> in a cue is a line break, not nothing.
    vtt = tmp_path / "quotes.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00.000 --> 00:02.000\n<c.loud>Costs &amp; benefits:</c> 5&nbsp;% "
        "&lt;b&gt; is not markup.\n",
        encoding="utf-8",
    )
    assert [s.text for s in ingest_file(vtt, "en").document.sentences()] == [
        "Costs & benefits: 5 % <b> is not markup."
    ]
    srt = tmp_path / "quotes.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:02,000\nTom &amp; Jerry.<br>Both<BR/>ran.\n", "utf-8")
    assert [s.text for s in ingest_file(srt, "en").document.sentences()] == [
        "Tom &amp; Jerry.",  # SubRip has no escaping: as written
        "Both ran.",  # a line break in markup parts words
    ]


# Markdown --------------------------------------------------------------------------------

MARKDOWN = """---
title: "{meta}"
layout: post
---

# {title}

*{byline}*

## 1. The Summit

{p1a} {p1b}

```python
print("code is not prose")
```

    indented code, not prose either

- {p2a}
- [{p2b_words}]({link}) {p2b_rest}

| Year | Share |
|------|-------|
| 2027 | 2% |

> {quote}
"""


def _markdown(path: Path) -> Path:
    words = EN_PARAGRAPHS[1][1].split(" ", 2)
    path.write_text(
        MARKDOWN.format(
            meta="Issue Brief 2024-13(S)",
            title=EN_TITLE,
            byline=EN_BYLINE,
            p1a=EN_PARAGRAPHS[0][0],
            p1b=EN_PARAGRAPHS[0][1],
            p2a=EN_PARAGRAPHS[1][0],
            p2b_words=" ".join(words[:2]),
            link="https://example.org/a_(b)",
            p2b_rest=words[2],
            quote="Seoul watched **closely**.",
        ),
        encoding="utf-8",
    )
    return path


def test_markdown_gives_its_headings_and_paragraphs_not_its_markup(tmp_path: Path):
    path = _markdown(tmp_path / "brief.md")
    assert detect_format(path.read_bytes(), path) == "markdown"
    front, headings, body = _sentences(path, "en")
    assert front == [EN_TITLE, EN_BYLINE]
    assert headings == ["1. The Summit"]
    assert body == [
        *EN_PARAGRAPHS[0],
        *EN_PARAGRAPHS[1],  # list items; the link keeps its words
        "Year", "Share", "2027", "2%",  # table cells
        "Seoul watched closely.",  # a quotation
    ]  # fmt: skip
    document = ingest_file(path, "en").document
    texts = " ".join(s.text for s in document.sentences())
    assert "print" not in texts and "indented code" not in texts  # code is not prose
    assert "*" not in texts and "](" not in texts and "---" not in texts and "layout" not in texts


def test_markdown_is_told_by_its_name_only_among_text_files(tmp_path: Path):
    text = "# Not a heading, a line of text\n\nA paragraph.\n"
    plain = tmp_path / "notes.txt"
    plain.write_text(text, encoding="utf-8")
    assert detect_format(plain.read_bytes(), plain) == "text"
    named = tmp_path / "notes.markdown"
    named.write_text(text, encoding="utf-8")
    assert detect_format(named.read_bytes(), named) == "markdown"
    page = tmp_path / "page.md"
    page.write_bytes(_page())  # HTML saved as .md is HTML: the content decides first
    assert detect_format(page.read_bytes(), page) == "html"
    forced = run_bitext(
        "ingest", plain, "--format", "markdown", "--lang", "en", "-o", tmp_path / "n.xml"
    )
    assert forced.code == 0, forced.err
    heads = [
        s.text
        for d in read_document(tmp_path / "n.xml").front
        for b in d.blocks()
        for s in b.sentences
    ]
    assert heads == ["Not a heading, a line of text"]


# HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="euc-kr"><title>아산정책연구원 | 이슈브리프</title>
<script>var tracking = "이 문장은 스크립트다.";</script><style>p {{ color: red }}</style></head>
<body>
<header><a href="/">홈</a> <a href="/brief">이슈브리프</a></header>
<nav><ul><li>연구</li><li>행사</li><li>출판</li></ul></nav>
<div class="cookie" hidden>쿠키를 허용하시겠습니까?</div>
<article>
  <h1>{title}</h1>
  <p class="byline">{byline}</p>
  <h2>1. 미일동맹의 진화</h2>
  <p>{p1a}<br>{p1b}</p>
  <div>{p2a} <em>{p2b}</em></div>
</article>
<aside><h3>관련 글</h3><p>다른 글을 읽어 보세요.</p></aside>
<footer>(c) 아산정책연구원. 무단 전재 금지.</footer>
</body></html>
"""


def _page() -> bytes:
    text = PAGE.format(
        title=KO_TITLE,
        byline=KO_BYLINE,
        p1a=KO_PARAGRAPHS[0][0],
        p1b=KO_PARAGRAPHS[0][1],
        p2a=KO_PARAGRAPHS[1][0],
        p2b=KO_PARAGRAPHS[1][1],
    )
    return text.encode("euc-kr")


def test_html_gives_the_article_not_the_page_around_it(tmp_path: Path):
    path = tmp_path / "brief.html"
    path.write_bytes(_page())  # in the legacy encoding its meta tag declares
    front, headings, body = _sentences(path, "ko")
    assert front == [KO_TITLE, KO_BYLINE]
    assert headings == ["1. 미일동맹의 진화"]
    assert body == _flat(KO_PARAGRAPHS)
    document = ingest_file(path, "ko").document
    assert document.header.title == KO_TITLE


def test_html_drops_ruby_readings_and_footnote_marks_but_not_exponents(tmp_path: Path):
    # Japanese pages give kanji their readings in ruby (NHK News Web Easy, textbooks), and
    # Wikipedia marks its references with a sup that links within the page.
    path = tmp_path / "page.html"
    path.write_text(
        '<!doctype html><html lang="ja"><body><article>'
        "<p><ruby>東<rp>(</rp><rt>とう</rt><rp>)</rp>京<rt>きょう</rt></ruby>で会議が開かれた。"
        '日本は<sup class="reference"><a href="#cite_note-1">[1]</a></sup>参加した。</p>'
        "<p>面積は10<sup>3</sup>平方キロ、"
        '外部の注<sup><a href="https://example.org/n">*</a></sup>もある。</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    *_, body = _sentences(path, "ja")
    assert body == [
        "東京で会議が開かれた。",
        "日本は参加した。",
        "面積は103平方キロ、外部の注*もある。",
    ]


def test_html_paragraphs_set_apart_by_two_line_breaks_are_paragraphs(tmp_path: Path):
    # Older news sites set a whole article in one element, its paragraphs apart by <br><br>.
    path = tmp_path / "news.html"
    path.write_text(
        '<html><body><div id="articleBody">첫 문단이다. 두 번째 문장이다.<br><br>둘째 문단이다.'
        "<br />\n<br />셋째 문단이다.<br>같은 문단의 줄이다.</div></body></html>",
        encoding="utf-8",
    )
    blocks = ingest_file(path, "ko").document.body[0].paragraphs
    assert [[s.text for s in block.sentences] for block in blocks] == [
        ["첫 문단이다.", "두 번째 문장이다."],
        ["둘째 문단이다."],
        ["셋째 문단이다.", "같은 문단의 줄이다."],  # one <br> is a space
    ]


def test_html_without_an_article_element_reads_the_body(tmp_path: Path):
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><body><nav>Home | About</nav><h1>A Page</h1><p>First sentence here. Second one."
        "</p><p>Third sentence.</p><footer>Contact us</footer></body></html>",
        encoding="utf-8",
    )
    front, _, body = _sentences(path, "en")
    assert front == ["A Page"]
    assert body == ["First sentence here.", "Second one.", "Third sentence."]


# PDF -------------------------------------------------------------------------------------


def _pdf(path: Path, title: str, byline: str, paragraphs: list[list[str]], repeat: int) -> Path:
    from fpdf import FPDF

    class Brief(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("Nanum", size=8)
            self.cell(0, 5, "Asan Issue Brief 2024-13(S)  아산 이슈브리프")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Nanum", size=8)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Brief(format="A4")
    pdf.add_font("Nanum", fname=str(NANUM))
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("Nanum", size=16)
    pdf.multi_cell(0, 9, title)
    pdf.ln(4)
    pdf.set_font("Nanum", size=10)
    pdf.multi_cell(0, 6, byline)
    pdf.ln(6)
    pdf.set_font("Nanum", size=11)
    for _ in range(repeat):  # enough paragraphs to run over page breaks
        for paragraph in paragraphs:
            pdf.multi_cell(0, 5.5, " ".join(paragraph))
            pdf.ln(3.5)
    pdf.output(str(path))
    return path


def test_a_korean_pdf_comes_out_word_for_word_without_running_heads(tmp_path: Path):
    korean_font()
    assert NANUM.is_file(), "fonts-nanum is missing: run python scripts/setup_conformance.py"
    path = _pdf(tmp_path / "brief.pdf", KO_TITLE, KO_BYLINE, KO_PARAGRAPHS, repeat=14)
    front, headings, body = _sentences(path, "ko")
    assert front == [KO_TITLE, KO_BYLINE]
    assert headings == []
    assert body == _flat(KO_PARAGRAPHS) * 14  # across three pages; no header, no page number
    assert not any("아산 이슈브리프" in s or s.startswith("-") for s in body)


def test_reading_a_long_pdf_shows_its_pages_on_a_terminal(tmp_path: Path):
    korean_font()
    _pdf(tmp_path / "long.pdf", KO_TITLE, KO_BYLINE, KO_PARAGRAPHS, repeat=60)
    code, shown = run_on_a_terminal(["ingest", "long.pdf", "-o", "long.xml"], tmp_path)
    assert code == 0, shown
    assert "reading long.pdf: " in shown and "reading long.pdf: done" in shown
    assert "/6 (" in shown  # pages of the total, as they are read
    assert "language ko detected" in shown
    document = read_document(tmp_path / "long.xml")
    # Five page breaks, some inside paragraphs: no half paragraph taken for a heading.
    assert [d.head for d in document.body] == [None]
    assert [s.text for s in document.body_sentences()] == _flat(KO_PARAGRAPHS) * 60


def test_an_english_pdf_paragraph_broken_by_a_page_is_joined(tmp_path: Path):
    korean_font()
    long = [
        [
            "The alliance has changed in ways that matter for everyone in the region and "
            "for the people who plan its future, and this sentence runs on for a long while "
            "so that the paragraph it belongs to is long enough to be broken by a page.",
            "It ends here.",
        ]
    ]
    path = _pdf(tmp_path / "long.pdf", EN_TITLE, EN_BYLINE, long, repeat=12)
    _, _, body = _sentences(path)
    assert body == _flat(long) * 12


def test_words_broken_at_line_ends_are_made_whole_and_compounds_kept(tmp_path: Path):
    from fpdf import FPDF

    lines = [
        "After the war the recon-",
        "struction of the port took a long time. Its well-",
        "known harbour, rebuilt for the U.S.-",
        "Japan fleet, reopened. The reconstruction",
        "ended in 1960.",
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "lines.pdf"))
    _, _, body = _sentences(tmp_path / "lines.pdf", "en")
    assert body == [
        "After the war the reconstruction of the port took a long time.",
        "Its well-known harbour, rebuilt for the U.S.-Japan fleet, reopened.",
        "The reconstruction ended in 1960.",
    ]


def test_glyphs_a_pdf_maps_to_no_character_are_dropped_or_the_pdf_refused():
    # pdfminer writes (cid:N) for a glyph whose font has no Unicode map: a few bullets are
    # left out with a warning; a text made of them cannot be read and is refused.
    from bitext.errors import UnmappedGlyphsWarning
    from bitext.readers.pdf import _without_unmapped

    with pytest.warns(UnmappedGlyphsWarning, match="brief.pdf: 2 glyphs"):
        assert _without_unmapped(
            "(cid:149) Japan acts.\n(cid:149) Korea watches.", "brief.pdf"
        ) == (" Japan acts.\n Korea watches.")
    unreadable = "".join(f"(cid:{n})" for n in range(3, 60)) + " 2024"
    with pytest.raises(ParseError, match="57 glyphs that its fonts map to no character"):
        _without_unmapped(unreadable, "brief.pdf")
    assert _without_unmapped("No glyph lost.", "brief.pdf") == "No glyph lost."


PDFMINER_FILES = Path(__file__).parent / "data" / "pdf"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("zen_of_python_corrupted.pdf", "(Data-loss while decompressing corrupted data)"),
        ("issue-1059-cmap-decode.pdf", "(Cannot render horizontal string because"),
    ],
)
def test_what_the_pdf_library_meets_in_a_damaged_pdf_is_one_warning_line(
    tmp_path: Path, name: str, problem: str
):
    # pdfminer's own damaged samples: its log lines ("Data-loss while decompressing ...")
    # went to stderr as they were, beside bitext's; now one warning says what it means.
    out = tmp_path / "out.xml"
    result = run_bitext("ingest", PDFMINER_FILES / name, "--lang", "en", "-o", out, "-q")
    assert result.code == 0 and out.exists()
    (line,) = result.err.splitlines()  # -q: the warning, no report
    assert line.startswith(f"bitext: warning: {name}: the PDF reader met 1 problem(s)")
    assert problem in line and "some of its text may be missing" in line


def test_a_pdf_without_text_is_refused_in_one_line(tmp_path: Path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a drawing, as a scan is an image: no text layer
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(ParseError, match="no text layer"):
        ingest_file(path, "en")
    result = run_bitext("ingest", path, "--lang", "en", "-o", tmp_path / "out.xml")
    assert result.code == 1 and result.err.count("\n") == 1 and "OCR" in result.err
    assert not (tmp_path / "out.xml").exists()


# HWPX ------------------------------------------------------------------------------------

HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"
HH = "http://www.hancom.co.kr/hwpml/2011/head"
OPF = "http://www.idpf.org/2007/opf/"


def _hwpx_paragraph(text: str, style: str = "0") -> str:
    run = f'<hp:run charPrIDRef="0"><hp:t>{text}</hp:t></hp:run>'
    return f'<hp:p id="0" styleIDRef="{style}">{run}</hp:p>'


def _hwpx(path: Path) -> Path:
    """An HWPX package as the Hangul word processor writes one: a manifest, a header with
    the styles, and a section whose paragraphs include a table cell."""
    cell = (
        '<hp:p id="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:tbl rowCnt="1" colCnt="1">'
        f"<hp:tr><hp:tc><hp:subList>{_hwpx_paragraph(' '.join(KO_PARAGRAPHS[1]))}"
        "</hp:subList></hp:tc></hp:tr></hp:tbl></hp:run></hp:p>"
    )
    footnote = (  # inside the paragraph it annotates, as the word processor writes it
        '<hp:run charPrIDRef="0"><hp:ctrl><hp:footNote number="1"><hp:subList>'
        f"{_hwpx_paragraph('2024년 방위백서 참조.')}</hp:subList></hp:footNote></hp:ctrl></hp:run>"
    )
    first = (
        '<hp:p id="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:t>'
        f"{KO_PARAGRAPHS[0][0]}<hp:lineBreak/>{KO_PARAGRAPHS[0][1]}</hp:t></hp:run>"
        f"{footnote}</hp:p>"
    )
    section = (
        f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="{HS}" xmlns:hp="{HP}">'
        + _hwpx_paragraph(KO_TITLE)
        + _hwpx_paragraph(KO_BYLINE)
        + _hwpx_paragraph("1. 미일동맹의 진화", "2")
        + first
        + cell
        + "</hs:sec>"
    )
    header = (
        f'<?xml version="1.0" encoding="UTF-8"?><hh:head xmlns:hh="{HH}"><hh:refList>'
        '<hh:styles itemCnt="2"><hh:style id="0" type="PARA" name="바탕글" engName="Normal"/>'
        '<hh:style id="2" type="PARA" name="개요 1" engName="Outline 1"/></hh:styles>'
        "</hh:refList></hh:head>"
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="{OPF}">'
        '<opf:manifest><opf:item id="header" href="Contents/header.xml"/>'
        '<opf:item id="section0" href="Contents/section0.xml"/></opf:manifest>'
        '<opf:spine><opf:itemref idref="header"/><opf:itemref idref="section0"/></opf:spine>'
        "</opf:package>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        package.writestr("Contents/content.hpf", manifest)
        package.writestr("Contents/header.xml", header)
        package.writestr("Contents/section0.xml", section)
    return path


def test_hwpx_paragraphs_outline_headings_and_table_cells(tmp_path: Path):
    path = _hwpx(tmp_path / "brief.hwpx")
    front, headings, body = _sentences(path)  # language detected: Korean
    assert front == [KO_TITLE, KO_BYLINE]
    assert headings == ["1. 미일동맹의 진화"]
    assert body == _flat(KO_PARAGRAPHS)
    document = ingest_file(path).document
    assert document.lang == "ko"
    # The footnote is the back matter, not a paragraph in the middle of the text.
    assert [s.text for d in document.back for b in d.blocks() for s in b.sentences] == [
        "2024년 방위백서 참조."
    ]


HWPXLIB_FILES = Path(__file__).parent / "data" / "hwpx"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        # a tracked change: " 추적" deleted, "인간은" inserted; the text as accepted
        ("ChangeTrack.hwpx", "변경 인간은"),
        # a 덧말: its main text, without the small text set over it (테스트_닷말)
        ("SimpleDutmal.hwpx", "테스트_본말"),
        # two 글자 겹치기: the characters each draws over each other
        ("SimpleCompose.hwpx", "12 AO"),
    ],
)
def test_hangul_word_processors_own_files_read_as_the_document_shows_them(name: str, shown: str):
    # Files Hancom Office wrote (hwpxlib's test files): the paragraph as it reads, not the
    # deleted words, and not empty where its text is in a 덧말 or a 글자 겹치기.
    document = ingest_file(HWPXLIB_FILES / name, lang="ko").document
    assert [s.text for s in document.sentences()] == [shown]


def test_a_zip_that_is_no_document_and_an_old_binary_file_are_refused(tmp_path: Path):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as package:
        package.writestr("photo.jpg", b"\xff\xd8")
    (tmp_path / "a.docx").write_bytes(archive.getvalue())
    (tmp_path / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    for name, words in (("a.docx", "no DOCX, HWPX, ODT or EPUB"), ("b.doc", "save it as DOCX")):
        result = run_bitext("ingest", tmp_path / name, "--lang", "en", "-o", tmp_path / "o.xml")
        assert result.code == 1 and words in result.err and result.err.count("\n") == 1
    with pytest.raises(ParseError, match="damaged"):
        read_source(b"PK\x03\x04broken", "c.docx")


# The one command -------------------------------------------------------------------------


def test_a_docx_and_an_hwpx_to_a_tmx_in_one_command(tmp_path: Path):
    english = _docx(tmp_path / "en.docx", EN_TITLE, EN_BYLINE, "1. The Summit", EN_PARAGRAPHS)
    korean = _hwpx(tmp_path / "ko.hwpx")
    result = run_bitext("align", english, korean, "-o", tmp_path / "brief.tmx")
    assert result.code == 0, result.err
    assert (
        "en.docx: docx, en (detected" in result.err and "ko.hwpx: hwpx, ko (detected" in result.err
    )
    from lxml import etree

    root = etree.parse(str(tmp_path / "brief.tmx")).getroot()
    pairs = [tuple(tuv.findtext("seg") for tuv in tu.findall("tuv")) for tu in root.iter("tu")]
    assert (EN_TITLE, KO_TITLE) in pairs and (EN_BYLINE, KO_BYLINE) in pairs
    assert ("1. The Summit", "1. 미일동맹의 진화") in pairs
    assert list(zip(_flat(EN_PARAGRAPHS), _flat(KO_PARAGRAPHS), strict=True)) == [
        p for p in pairs if p[0] in _flat(EN_PARAGRAPHS)
    ]
    assert not (tmp_path / "brief.source.xml").exists()  # a TMX out leaves nothing else


def test_a_tei_alignment_out_writes_the_ingested_documents_beside_it(tmp_path: Path):
    page = tmp_path / "ko.html"
    page.write_bytes(_page())
    english = _docx(tmp_path / "en.docx", EN_TITLE, EN_BYLINE, "1. The Summit", EN_PARAGRAPHS)
    (tmp_path / "out").mkdir()
    result = run_bitext("align", english, page, "-o", tmp_path / "out" / "brief.xml")
    assert result.code == 0, result.err
    source = read_document(tmp_path / "out" / "brief.source.xml")
    target = read_document(tmp_path / "out" / "brief.target.xml")
    assert source.lang == "en" and target.lang == "ko"
    assert [s.text for s in target.body_sentences()][1:] == _flat(KO_PARAGRAPHS)
    assert run_bitext("validate", tmp_path / "out").code == 0


# Texts in blocks of sentences, written as text with blank lines between the blocks.
DE = [
    [
        "Die Entwicklung des Bündnisses zwischen den USA und Japan",
    ],
    [
        "Anna Schmidt, Forscherin",
    ],
    [
        "Im April 2024 trafen sich Präsident Biden und Premierminister Kishida in Washington.",
        "Das Treffen markierte einen Wendepunkt in den Beziehungen beider Länder.",
        "Japan will seine Verteidigungsausgaben bis 2027 auf 2 % des BIP erhöhen.",
    ],
    [
        "Außerdem wird ein gemeinsames Einsatzkommando geschaffen.",
        "Die Vereinigten Staaten wollen ihre Streitkräfte in Japan neu organisieren.",
        "Für Südkorea ergeben sich daraus neue Fragen.",
    ],
]
FR = [
    [
        "L'évolution de l'alliance entre les États-Unis et le Japon",
    ],
    [
        "Anna Schmidt, chercheuse",
    ],
    [
        "En avril 2024, le président Biden et le Premier ministre Kishida se sont rencontrés "
        "à Washington.",
        "Cette rencontre a marqué un tournant dans les relations entre les deux pays.",
        "Le Japon veut porter ses dépenses de défense à 2 % du PIB d'ici 2027.",
    ],
    [
        "En outre, un commandement opérationnel conjoint sera créé.",
        "Les États-Unis veulent réorganiser leurs forces au Japon.",
        "Pour la Corée du Sud, de nouvelles questions se posent.",
    ],
]
EN = [
    [
        "The Evolution of the U.S.-Japan Alliance",
    ],
    [
        "Anna Schmidt, Research Fellow",
    ],
    [
        "In April 2024, President Biden and Prime Minister Kishida met in Washington.",
        "The meeting marked a turning point in the relations between the two countries.",
        "Japan wants to raise its defense spending to 2% of GDP by 2027.",
    ],
    [
        "In addition, a joint operations command will be created.",
        "The United States wants to reorganize its forces in Japan.",
        "For South Korea, new questions arise.",
    ],
]
JA = [
    [
        "日米同盟の進化",
    ],
    [
        "アンナ・シュミット 研究員",
    ],
    [
        "2024年4月、バイデン大統領と岸田首相がワシントンで会談した。",
        "この会談は両国関係の転換点となった。",
        "日本は2027年までに防衛費をGDPの2%に引き上げたい考えだ。",
    ],
    [
        "さらに、統合作戦司令部が創設される。",
        "米国は在日米軍を再編したい考えだ。",
        "韓国にとっては新たな課題が生じる。",
    ],
]


@pytest.mark.parametrize(
    ("source", "target", "langs"),
    [(DE, FR, ("de", "fr")), (EN, JA, ("en", "ja"))],
    ids=["de-fr", "en-ja"],
)
def test_two_texts_in_any_languages_to_a_tmx_with_nothing_said_about_them(
    tmp_path: Path, source: list[list[str]], target: list[list[str]], langs: tuple[str, str]
):
    from lxml import etree

    for name, blocks in (("a.txt", source), ("b.txt", target)):
        separator = "" if name == "b.txt" and langs[1] == "ja" else " "
        text = "\n\n".join(separator.join(block) for block in blocks) + "\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_bitext("align", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "x.tmx")
    assert result.code == 0, result.err
    assert f"a.txt: text, {langs[0]} (detected, " in result.err
    assert f"b.txt: text, {langs[1]} (detected, " in result.err
    root = etree.parse(str(tmp_path / "x.tmx")).getroot()
    assert root.find("header").get("srclang") == langs[0]
    units = [[tuv.findtext("seg") for tuv in tu.findall("tuv")] for tu in root.iter("tu")]
    # The title, the byline and the six sentences, each paired with its translation.
    assert units == [list(p) for p in zip(_flat(source), _flat(target), strict=True)]


@pytest.mark.parametrize(
    "page",
    [
        b"<h1>Title</h1><p>One sentence here. Another one.</p>",
        b"<article><p>One sentence here. Another one.</p></article>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        b"<body><p>One sentence here. Another one.</p></body></html>",
    ],
    ids=["fragment", "article", "xhtml"],
)
def test_web_page_fragments_and_xhtml_are_read_as_html(tmp_path: Path, page: bytes):
    path = tmp_path / "page.txt"
    path.write_bytes(page)
    assert detect_format(page, path) == "html"
    _, _, body = _sentences(path, "en")
    assert body == ["One sentence here.", "Another one."]

# ruff: noqa: E501  (the files other tools wrote are kept as they wrote them)
"""Inline codes through import and export: what a code stands for and what its element says
of itself come back out, in files the standards' validators accept.

The inputs are written as the tools write them: XLIFF 2.0 with ``pc`` spans whose native code
is in the unit's ``originalData`` (as Okapi and memoQ write it), a Trados TMX whose codes have a
``type`` and an ``x``, an XLIFF 1.2 whose codes carry ``ctype``, ``equiv-text`` and ``crc``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from bitext.formats.codes import native_code
from bitext.formats.tmx import read_tmx
from bitext.formats.xliff import read_xliff

from .conftest import run_bitext, write_utf8
from .tools import schema_file

XLIFF2_PC = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1">
  <unit id="u1">
   <originalData>
    <data id="d1">&lt;b&gt;</data>
    <data id="d2">&lt;/b&gt;</data>
    <data id="d3">&lt;br/&gt;</data>
   </originalData>
   <segment state="final">
    <source>Hello <pc id="1" type="fmt" subType="xlf:b" canCopy="no" dataRefStart="d1" dataRefEnd="d2" equivStart="" dispStart="[b]">big</pc> world<ph id="2" type="fmt" subType="xlf:lb" dataRef="d3" equiv="&#10;" disp="[br]"/>.</source>
    <target>Bonjour le <pc id="1" type="fmt" subType="xlf:b" canCopy="no" dataRefStart="d1" dataRefEnd="d2" equivStart="" dispStart="[b]">grand</pc> monde<ph id="2" type="fmt" subType="xlf:lb" dataRef="d3" equiv="&#10;" disp="[br]"/>.</target>
   </segment>
  </unit>
 </file>
</xliff>
"""

TRADOS_TYPED_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
          datatype="xml" segtype="sentence" adminlang="en-US" srclang="en-US"/>
  <body>
    <tu>
      <tuv xml:lang="en-US"><seg>The price is <bpt i="1" type="bold" x="4">&lt;b&gt;</bpt>$5<ept i="1">&lt;/b&gt;</ept> <ph x="5" type="x-price" assoc="p">&lt;tax/&gt;</ph>.</seg></tuv>
      <tuv xml:lang="ko-KR"><seg>가격은 <bpt i="1" type="bold" x="4">&lt;b&gt;</bpt>5달러<ept i="1">&lt;/b&gt;</ept> <ph x="5" type="x-price" assoc="p">&lt;tax/&gt;</ph>입니다.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

XLIFF12_ATTRIBUTED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="brief.html" source-language="en" target-language="ko" datatype="html">
    <body>
      <trans-unit id="1">
        <source>Read <bpt id="7" rid="r1" ctype="bold" crc="ab12" equiv-text="[b]">&lt;b&gt;</bpt>this<ept id="8" rid="r1" equiv-text="[/b]">&lt;/b&gt;</ept><ph id="9" ctype="image" xid="u9" equiv-text="[img]">&lt;img src="a.png"/&gt;</ph>.</source>
        <target><bpt id="7" rid="r1" ctype="bold" crc="ab12" equiv-text="[b]">&lt;b&gt;</bpt>이것을<ept id="8" rid="r1" equiv-text="[/b]">&lt;/b&gt;</ept><ph id="9" ctype="image" xid="u9" equiv-text="[img]">&lt;img src="a.png"/&gt;</ph> 읽어라.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _imported(tmp_path: Path, name: str, text: str) -> Path:
    """The TEI alignment ``bitext import`` makes of a file of ``text``."""
    path = write_utf8(tmp_path, name, text)
    out = tmp_path / "tei"
    result = run_bitext("import", path, "-o", out)
    assert result.code == 0, result.err
    (alignment,) = [p for p in out.glob("*.xml") if "<linkGrp" in p.read_text(encoding="utf-8")]
    return alignment


def _exported(tmp_path: Path, alignment: Path, fmt: str, suffix: str) -> Path:
    out = tmp_path / f"out.{fmt}{suffix}"
    result = run_bitext("export", alignment, "-f", fmt, "-o", out)
    assert result.code == 0, result.err
    return out


def _natives(path: Path) -> list[list[str]]:
    corpus = (read_tmx if path.suffix == ".tmx" else read_xliff)(path)
    return [
        [native_code(c.markup) for c in s.codes]
        for d in (corpus.source, corpus.target)
        for s in d.sentences()
    ]


def _codes(path: Path, names: set[str]) -> list[dict[str, str]]:
    """The attributes of each code element of ``path`` named in ``names``, in order."""
    return [
        dict(e.attrib)
        for e in etree.parse(str(path)).iter()
        if isinstance(e.tag, str) and etree.QName(e).localname in names
    ]


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("tmx", ".tmx"), ("xliff", ".xlf"), ("xliff2", ".xlf")]
)
def test_an_xliff2_span_exports_the_native_code_its_data_holds(
    tmp_path: Path, fmt: str, suffix: str
):
    # A pc's native code is in the unit's originalData: <b> and </b>, not the pc's markup.
    alignment = _imported(tmp_path, "okapi.xlf", XLIFF2_PC)
    out = _exported(tmp_path, alignment, fmt, suffix)
    assert _natives(out) == [["<b>", "</b>", "<br/>"]] * 2
    assert "&lt;pc" not in out.read_text(encoding="utf-8")


def test_an_xliff2_codes_type_display_and_equivalent_text_come_back(tmp_path: Path):
    alignment = _imported(tmp_path, "okapi.xlf", XLIFF2_PC)
    out = _exported(tmp_path, alignment, "xliff2", ".xlf")
    starts = _codes(out, {"sc"})
    assert [(a["type"], a["subType"], a["disp"], a["equiv"]) for a in starts] == [
        ("fmt", "xlf:b", "[b]", "")
    ] * 2
    alone = _codes(out, {"ph"})
    assert [(a["subType"], a["disp"], a["equiv"]) for a in alone] == [("xlf:lb", "[br]", "\n")] * 2
    # Editing permissions are not written: a unit aligned anew may lack the code on one side.
    assert all("canCopy" not in a for a in starts + alone)


def test_a_trados_codes_type_and_assoc_come_back_and_its_numbers_are_written_afresh(
    tmp_path: Path,
):
    alignment = _imported(tmp_path, "trados.tmx", TRADOS_TYPED_TMX)
    out = _exported(tmp_path, alignment, "tmx", ".tmx")
    assert _codes(out, {"bpt"}) == [{"i": "1", "type": "bold"}] * 2
    assert _codes(out, {"ept"}) == [{"i": "1"}] * 2
    assert _codes(out, {"ph"}) == [{"x": "2", "type": "x-price", "assoc": "p"}] * 2
    # In XLIFF 1.2 a TMX type is not a ctype: nothing of it is written there.
    xliff = _exported(tmp_path, alignment, "xliff", ".xlf")
    assert all("type" not in a and "ctype" not in a for a in _codes(xliff, {"bpt", "ph"}))


def test_an_xliff12_codes_ctype_crc_and_equivalent_text_come_back(tmp_path: Path):
    alignment = _imported(tmp_path, "page.xlf", XLIFF12_ATTRIBUTED)
    out = _exported(tmp_path, alignment, "xliff", ".xlf")
    assert (
        _codes(out, {"bpt"})
        == [{"id": "1", "ctype": "bold", "crc": "ab12", "equiv-text": "[b]"}] * 2
    )
    assert _codes(out, {"ept"}) == [{"id": "1", "equiv-text": "[/b]"}] * 2
    # xid points into the file it came from, rid pairs by its old numbers: neither is kept.
    assert _codes(out, {"ph"}) == [{"id": "2", "ctype": "image", "equiv-text": "[img]"}] * 2


@pytest.mark.conformance
@pytest.mark.parametrize(
    ("name", "text"),
    [("okapi.xlf", XLIFF2_PC), ("trados.tmx", TRADOS_TYPED_TMX), ("page.xlf", XLIFF12_ATTRIBUTED)],
)
def test_exports_of_attributed_codes_are_valid(tmp_path: Path, name: str, text: str):
    alignment = _imported(tmp_path, name, text)
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    dtd = etree.DTD(str(schema_file("tmx14.dtd")))
    tree = etree.parse(str(_exported(tmp_path, alignment, "tmx", ".tmx")), parser)
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()[:3]
    for fmt, schema in (
        ("xliff", "xliff-core-1.2-strict.xsd"),
        ("xliff2", "xliff-core-2.0.xsd"),
    ):
        xsd = etree.XMLSchema(etree.parse(str(schema_file(schema)), parser))
        tree = etree.parse(str(_exported(tmp_path, alignment, fmt, ".xlf")), parser)
        assert xsd.validate(tree), (fmt, xsd.error_log.filter_from_errors()[:3])

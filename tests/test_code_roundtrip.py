# ruff: noqa: E501  (the files other tools wrote are kept as they wrote them)
"""Inline codes through import and export: what a code stands for and what its element says
of itself come back out, in files the standards' validators accept.

The inputs are written as the tools write them: XLIFF 2.0 with ``pc`` spans whose native code
is in the unit's ``originalData`` (as Okapi and memoQ write it), a Trados TMX whose codes have a
``type`` and an ``x``, an XLIFF 1.2 whose codes carry ``ctype``, ``equiv-text`` and ``crc``.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from bitext.formats.codes import CodePiece, native_code
from bitext.formats.inline import InlineCode, code_pieces
from bitext.formats.tmx import _seg, read_tmx
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


# XLIFF 1.1 as Translate Toolkit's odf2xliff writes it (translated here): g spans and an x.
ODF_XLIFF11 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="content.xml" source-language="en" target-language="ko" datatype="plaintext">
    <body>
      <trans-unit xml:space="preserve" id="p0">
        <source>A <g id="0">bold</g> claim<x id="1" ctype="lb"/> about <g id="2"><g id="3">Japan</g></g>.</source>
        <target><g id="2"><g id="3">일본</g></g>에 대한<x id="1" ctype="lb"/> <g id="0">대담한</g> 주장.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


OKAPI_PROTECTED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="page.html" source-language="en" target-language="de" datatype="html">
    <body>
      <trans-unit id="1">
        <source>Buy <mrk mtype="protected" mid="m1" comment="brand">Acme</mrk> <g id="1" ctype="bold">Pro</g> now.</source>
        <target>Kaufen Sie <mrk mtype="protected" mid="m1" comment="brand">Acme</mrk> <g id="1" ctype="bold">Pro</g> jetzt.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>Try <mrk mtype="protected">Acme <g id="2">Lite</g></mrk>.</source>
        <target>Testen Sie <mrk mtype="protected">Acme <g id="2">Lite</g></mrk>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


XLIFF2_ANNOTATED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
 <file id="f1">
  <unit id="u1">
   <segment>
    <source>Buy <mrk id="m1" translate="no" type="term" value="brand">Acme <pc id="1">Pro</pc></mrk> now.</source>
    <target>Kaufen Sie <mrk id="m1" translate="no" type="term" value="brand">Acme <pc id="1">Pro</pc></mrk> jetzt.</target>
   </segment>
  </unit>
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


ALT_TEXT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" adminlang="en" datatype="html" segtype="sentence" srclang="en" o-tmf="x"/><body>
<tu><tuv xml:lang="en"><seg>See <bpt i="1" x="1">&lt;img alt="<sub>A red car</sub>"&gt;</bpt>this<ept i="1">&lt;/img&gt;</ept> and <hi x="2" type="term">Kia</hi>.</seg></tuv>
<tuv xml:lang="de"><seg>Siehe <bpt i="1" x="1">&lt;img alt="<sub>Ein rotes Auto</sub>"&gt;</bpt>dies<ept i="1">&lt;/img&gt;</ept> und <hi x="2" type="term">Kia</hi>.</seg></tuv></tu>
</body></tmx>
"""

HIGHLIGHTED_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" adminlang="en" datatype="plaintext" segtype="sentence" srclang="en" o-tmf="x"/><body>
<tu><tuv xml:lang="en"><seg>Ask <hi type="term">Kia</hi>, <hi>Hyundai</hi> and <hi type="x-em">now</hi>.</seg></tuv>
<tuv xml:lang="de"><seg>Fragen Sie <hi type="term">Kia</hi>, <hi>Hyundai</hi> und <hi type="x-em">jetzt</hi>.</seg></tuv></tu>
</body></tmx>
"""

# Translatable text inside native code (TMX 1.4b and XLIFF 1.2 ``sub``: an image's alt text, a
# link's title), paired by ``i`` alone as many tools write it (no ``x``), the two images in
# another order in the translation.
SUBS_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" adminlang="en" datatype="html" segtype="sentence" srclang="en" o-tmf="x"/><body>
<tu><tuv xml:lang="en"><seg>A <ph>&lt;img src="car.png" alt="<sub type="x-alt" datatype="html">A red car</sub>"&gt;</ph> and a <ph>&lt;img src="bus.png" alt="<sub>A bus</sub>"&gt;</ph> on <bpt i="1">&lt;a href="/" title="<sub>Home page</sub>"&gt;</bpt>the road<ept i="1">&lt;/a&gt;</ept>.</seg></tuv>
<tuv xml:lang="de"><seg>Ein <ph>&lt;img src="bus.png" alt="<sub>Ein Bus</sub>"&gt;</ph> und ein <ph>&lt;img src="car.png" alt="<sub type="x-alt" datatype="html">Ein rotes Auto</sub>"&gt;</ph> auf <bpt i="1">&lt;a href="/" title="<sub>Startseite</sub>"&gt;</bpt>der Straße<ept i="1">&lt;/a&gt;</ept>.</seg></tuv></tu>
</body></tmx>
"""

SUBS_XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.html" source-language="en" target-language="fr" datatype="html"><body>
<trans-unit id="1"><source>Click <bpt id="1">&lt;a title="<sub datatype="html" ctype="x-title" xid="7">Go <g id="5">home</g></sub>"&gt;</bpt>here<ept id="1">&lt;/a&gt;</ept>.</source>
<target>Cliquez <bpt id="1">&lt;a title="<sub datatype="html" ctype="x-title" xid="7">Aller <g id="5">à l'accueil</g></sub>"&gt;</bpt>ici<ept id="1">&lt;/a&gt;</ept>.</target></trans-unit>
</body></file></xliff>
"""


@pytest.mark.conformance
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("okapi.xlf", XLIFF2_PC),
        ("trados.tmx", TRADOS_TYPED_TMX),
        ("page.xlf", XLIFF12_ATTRIBUTED),
        ("odf.xlf", ODF_XLIFF11),
        ("protected.xlf", OKAPI_PROTECTED),
        ("annotated.xlf", XLIFF2_ANNOTATED),
        ("alt.tmx", ALT_TEXT_TMX),
        ("subs.tmx", SUBS_TMX),
        ("subs.xlf", SUBS_XLIFF12),
        ("hi.tmx", HIGHLIGHTED_TMX),
    ],
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


REORDERED_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="X" creationtoolversion="1" o-tmf="x" datatype="xml" segtype="sentence" adminlang="en" srclang="en"/>
  <body>
    <tu>
      <tuv xml:lang="en"><seg>The <bpt i="1">&lt;b&gt;</bpt>big<ept i="1">&lt;/b&gt;</ept> <bpt i="2">&lt;i&gt;</bpt>red<ept i="2">&lt;/i&gt;</ept> ball<ph x="3">&lt;br/&gt;</ph>.</seg></tuv>
      <tuv xml:lang="fr"><seg>La <bpt i="2">&lt;i&gt;</bpt>rouge<ept i="2">&lt;/i&gt;</ept> <bpt i="1">&lt;b&gt;</bpt>grande<ept i="1">&lt;/b&gt;</ept> balle<ph x="4">&lt;hr/&gt;</ph>.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en"><seg>Two <bpt i="1" x="1"/>one<ept i="1"/> and <bpt i="2" x="2"/>two<ept i="2"/>.</seg></tuv>
      <tuv xml:lang="fr"><seg>Deux <bpt i="2" x="2"/>deux<ept i="2"/> et <bpt i="1" x="1"/>un<ept i="1"/>.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def _numbered_codes(side: etree._Element) -> list[tuple[str, str]]:
    """(number, what it stands for) of each code that opens a span or stands alone."""
    found = []
    for e in side.iter():
        name = etree.QName(e).localname if isinstance(e.tag, str) else ""
        if name in ("bpt", "ph", "sc"):
            number = e.get("i") or e.get("x") or e.get("id") or ""
            found.append((number, e.get("dataRef") or "".join(e.itertext())))
    return found


@pytest.mark.parametrize(
    ("fmt", "suffix", "sides"),
    [
        ("tmx", ".tmx", "{*}tuv/{*}seg"),
        ("xliff", ".xlf", "{*}source|{*}target"),
        ("xliff2", ".xlf", "{*}segment/{*}source|{*}segment/{*}target"),
    ],
)
def test_a_target_code_carries_the_number_of_the_source_code_it_stands_for(
    tmp_path: Path, fmt: str, suffix: str, sides: str
):
    # A translation reorders its formatting: the file must still pair <b> with <b>
    # (XLIFF's ids, TMX's i), and a code only the target has gets a number of its own.
    alignment = _imported(tmp_path, "reordered.tmx", REORDERED_TMX)
    root = etree.parse(str(_exported(tmp_path, alignment, fmt, suffix))).getroot()
    units = list(root.iter("{*}tu", "{*}trans-unit", "{*}unit"))
    assert len(units) == 2
    first, second = (
        [_numbered_codes(s) for path in sides.split("|") for s in unit.iterfind(f".//{path}")]
        for unit in units
    )
    if fmt == "xliff2":  # what a code stands for is in originalData
        data = {d.get("id"): d.text for d in units[0].iter("{*}data")}
        first = [[(n, data[ref]) for n, ref in side] for side in first]
    source, target = first
    assert [native for _, native in source] == ["<b>", "<i>", "<br/>"]
    assert [native for _, native in target] == ["<i>", "<b>", "<hr/>"]
    by_native = {native: n for n, native in source}
    assert [n for n, native in target[:2]] == [by_native["<i>"], by_native["<b>"]]
    assert target[2][0] not in {n for n, _ in source}  # <hr/> stands for no source code
    # Codes that stand for nothing (empty bpt) are paired by the x the tool wrote.
    source_two, target_two = second
    assert [n for n, _ in target_two] == [n for n, _ in reversed(source_two)]


@given(
    st.lists(st.sampled_from(["<b/>", "<i/>", "<br/>", "<img/>", "{0}", "%s"]), max_size=6),
    st.randoms(use_true_random=False),
    st.lists(st.sampled_from(["<u/>", "<b/>", "<tab/>"]), max_size=2),
)
@settings(max_examples=200, deadline=None)
def test_target_codes_take_the_numbers_of_the_source_codes_they_stand_for(
    natives: list[str], rng: random.Random, extra: list[str]
):
    source_codes = [
        InlineCode(f"{{{i}/}}", f"<ph>{escape(n)}</ph>") for i, n in enumerate(natives, 1)
    ]
    order = [*natives, *extra]
    rng.shuffle(order)
    target_codes = [
        InlineCode(f"{{{i}/}}", f"<ph>{escape(n)}</ph>") for i, n in enumerate(order, 1)
    ]
    source_text = " ".join(["a", *(c.placeholder for c in source_codes)])
    target_text = " ".join(["b", *(c.placeholder for c in target_codes)])
    source = [
        p for p in code_pieces([source_text], [source_codes], " ") if isinstance(p, CodePiece)
    ]
    target = [
        p
        for p in code_pieces([target_text], [target_codes], " ", ([source_text], [source_codes]))
        if isinstance(p, CodePiece)
    ]
    assert [p.native for p in target] == order
    numbers = [p.number for p in target]
    assert len(set(numbers)) == len(numbers)  # one number, one code
    left = [(p.native, p.number) for p in source]
    for piece in target:  # each takes the first source code of its native not yet taken
        match = next((pair for pair in left if pair[0] == piece.native), None)
        if match is None:
            assert piece.number not in {p.number for p in source}
        else:
            assert piece.number == match[1]
            left.remove(match)


def test_a_target_code_the_file_pairs_by_x_keeps_its_partner_whose_native_code_differs(
    tmp_path: Path,
):
    """TMX's ``x`` pairs a target code with its source code; an image's alt text translated
    in a ``sub`` makes their native codes differ. The target's code took a number of its own,
    which no source code had, so that a CAT tool saw a tag missing from the translation and
    one too many; it now keeps its partner's."""
    path = write_utf8(tmp_path, "alt.tmx", ALT_TEXT_TMX)
    assert run_bitext("import", path, "-o", tmp_path / "in").code == 0
    out = tmp_path / "alt.back.tmx"
    assert run_bitext("export", tmp_path / "in" / "alt.en-de.xml", "-o", out).code == 0
    source, target = etree.parse(str(out)).iterfind(".//seg")
    numbers = [[c.get("i") for c in seg.iterfind("bpt")] for seg in (source, target)]
    assert numbers == [["1"], ["1"]]
    assert "Ein rotes Auto" in "".join(target.find("bpt").itertext())


def _subs(code: etree._Element) -> list[tuple[dict[str, str], str]]:
    """The subs of a code element: each one's attributes and its content as XML."""
    found = []
    for sub in code.iter("{*}sub"):
        inner = (sub.text or "") + "".join(
            etree.tostring(c, encoding="unicode").replace(f' xmlns="{XLIFF12_NS}"', "") for c in sub
        )
        found.append((dict(sub.attrib), inner))
    return found


XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"


def test_translatable_text_inside_a_tmx_code_comes_back_as_a_sub(tmp_path: Path):
    """A ``sub`` in a code holds translatable text inside the native code (an alt text). Its
    element was lost on export, its text written as part of the native code (a CAT tool
    could no longer translate it), and a target code whose alt text was translated took a
    number no source code had (a tag missing and one too many). Each sub now comes back as
    a sub with its attributes, in XLIFF 1.2 too (its ``datatype``: XLIFF has no TMX
    ``type``), and a target code takes the number of the source code of the same native
    code but for its subs' text."""
    alignment = _imported(tmp_path, "subs.tmx", SUBS_TMX)
    tmx = etree.parse(str(_exported(tmp_path, alignment, "tmx", ".tmx")))
    source, target = tmx.iterfind(".//seg")
    assert [_subs(ph) for ph in source.iterfind("ph")] == [
        [({"type": "x-alt", "datatype": "html"}, "A red car")],
        [({}, "A bus")],
    ]
    assert [_subs(ph) for ph in target.iterfind("ph")] == [
        [({}, "Ein Bus")],
        [({"type": "x-alt", "datatype": "html"}, "Ein rotes Auto")],
    ]
    assert _subs(target.find("bpt")) == [({}, "Startseite")]
    by_alt = {
        "".join(c.itertext()).split("alt=")[-1]: (c.tag, c.get("x") or c.get("i"))
        for seg in (source, target)
        for c in seg
    }
    assert by_alt['"A red car">'] == by_alt['"Ein rotes Auto">']
    assert by_alt['"A bus">'] == by_alt['"Ein Bus">']
    assert by_alt['"A red car">'] != by_alt['"A bus">']
    assert [c.get("i") for c in target.iterfind("bpt")] == [
        c.get("i") for c in source.iterfind("bpt")
    ]
    xliff = etree.parse(str(_exported(tmp_path, alignment, "xliff", ".xlf")))
    target12 = xliff.find(".//{*}target")
    assert [_subs(ph) for ph in target12.iterfind("{*}ph")] == [
        [({}, "Ein Bus")],
        [({"datatype": "html"}, "Ein rotes Auto")],
    ]


def test_an_xliff12_sub_comes_back_with_the_codes_inside_it(tmp_path: Path):
    """An XLIFF 1.2 sub keeps its ``ctype`` and the codes inside it (a ``g``) in XLIFF 1.2,
    not its ``xid`` (a pointer into the file it came from); in TMX, which has no ``g``, it
    is a sub holding its text."""
    alignment = _imported(tmp_path, "subs.xlf", SUBS_XLIFF12)
    xliff = etree.parse(str(_exported(tmp_path, alignment, "xliff", ".xlf")))
    source, target = xliff.find(".//{*}source"), xliff.find(".//{*}target")
    assert _subs(source.find("{*}bpt")) == [
        ({"datatype": "html", "ctype": "x-title"}, 'Go <g id="5">home</g>')
    ]
    assert _subs(target.find("{*}bpt")) == [
        ({"datatype": "html", "ctype": "x-title"}, 'Aller <g id="5">à l\'accueil</g>')
    ]
    assert source.find("{*}bpt").get("id") == target.find("{*}bpt").get("id")
    tmx = etree.parse(str(_exported(tmp_path, alignment, "tmx", ".tmx")))
    assert [_subs(seg.find("bpt")) for seg in tmx.iterfind(".//seg")] == [
        [({"datatype": "html"}, "Go home")],
        [({"datatype": "html"}, "Aller à l'accueil")],
    ]


def test_a_tmx_highlight_comes_back_as_itself(tmp_path: Path):
    """TMX's ``hi`` marks text (a term, a name) and holds no native code; a TMX export wrote
    it as a bpt/ept pair holding '<hi x="2" type="term">' as if that were the document's
    own markup, which a CAT tool then puts into the translated document. It comes back as
    a ``hi`` around its text, its type kept; should two cross (a text edited by hand), each
    is a code holding its tag, so that the seg stays XML."""
    path = write_utf8(tmp_path, "alt.tmx", ALT_TEXT_TMX)
    assert run_bitext("import", path, "-o", tmp_path / "in").code == 0
    out = tmp_path / "alt.back.tmx"
    assert run_bitext("export", tmp_path / "in" / "alt.en-de.xml", "-o", out).code == 0
    for seg in etree.parse(str(out)).iterfind(".//seg"):
        (highlight,) = seg.iterfind("hi")
        assert (highlight.text, highlight.get("type")) == ("Kia", "term")
        assert "<hi" not in "".join(seg.itertext())  # no tag written as text
    crossing = (
        InlineCode("{1}", '<hi type="a">'),
        InlineCode("{2}", '<hi type="b">'),
        InlineCode("{/1}", "</hi>"),
        InlineCode("{/2}", "</hi>"),
    )
    written = _seg(("x {1}a {2}b{/1} c{/2}.",), (crossing,), " ")
    assert "<hi" not in written and etree.fromstring(f"<seg>{written}</seg>") is not None


def test_codes_without_native_code_are_written_in_tmx_as_their_own_tags_without_noise(
    tmp_path: Path,
):
    alignment = _imported(tmp_path, "odf.xlf", ODF_XLIFF11)
    out = _exported(tmp_path, alignment, "tmx", ".tmx")
    assert _natives(out) == [
        [
            '<g id="0">',
            "</g>",
            '<x id="1" ctype="lb"/>',
            '<g id="2">',
            '<g id="3">',
            "</g>",
            "</g>",
        ],
        [
            '<g id="2">',
            '<g id="3">',
            "</g>",
            "</g>",
            '<x id="1" ctype="lb"/>',
            '<g id="0">',
            "</g>",
        ],
    ]
    text = out.read_text(encoding="utf-8")
    assert "document:1.1" not in text and "ns0:" not in text
    # and each target code pairs with the source code of the same g or x
    root = etree.parse(str(out)).getroot()
    source, target = (
        [
            (e.get("i") or e.get("x") or e.get("id"), "".join(e.itertext()))
            for e in side.iter("{*}bpt", "{*}ph")
        ]
        for side in root.iter("{*}seg", "{*}source", "{*}target")
    )
    assert sorted(source) == sorted(target)


def _shape(side: etree._Element) -> list[tuple[str, str]]:
    """A segment in document order: (tag, id) where an element starts, ("/", "") where a g
    ends, ("", text) for each text."""
    found: list[tuple[str, str]] = []
    for event, element in etree.iterwalk(side, events=("start", "end")):
        name = etree.QName(element).localname
        if event == "start":
            if element is not side:
                found.append((name, element.get("id") or ""))
            found.append(("", element.text or ""))
        elif element is not side:
            found += [("/", "")] if name == "g" else []
            found.append(("", element.tail or ""))
    return [pair for pair in found if pair != ("", "")]


def test_xliff12s_own_g_and_x_are_written_back_as_themselves(tmp_path: Path):
    # An odf2xliff (or Trados, Okapi) file's g spans and x codes come back as g and x, with
    # their ctype, nested as they were, each target code's id its source code's.
    alignment = _imported(tmp_path, "odf.xlf", ODF_XLIFF11)
    out = _exported(tmp_path, alignment, "xliff", ".xlf")
    original = etree.fromstring(ODF_XLIFF11.encode())
    written = etree.parse(str(out)).getroot()
    (unit,) = written.iter("{*}trans-unit")
    (before,) = original.iter("{*}trans-unit")
    renamed: dict[str, str] = {}
    for side in ("source", "target"):
        old, new = (_shape(u.find(f"{{*}}{side}")) for u in (before, unit))
        assert [(tag, "" if tag else text) for tag, text in old] == [
            (tag, "" if tag else text) for tag, text in new
        ]
        for (tag, old_id), (_, new_id) in zip(old, new, strict=True):
            if tag in ("g", "x"):
                assert renamed.setdefault(old_id, new_id) == new_id  # one id, one code
    assert len(set(renamed.values())) == len(renamed) == 4
    x_codes = [e.attrib for e in written.iter("{*}x")]
    assert [a.get("ctype") for a in x_codes] == ["lb", "lb"]
    assert "&lt;g" not in out.read_text(encoding="utf-8")


def test_g_spans_that_do_not_nest_are_written_as_codes_holding_their_markup():
    # A text edited by hand may cross two g spans; XML cannot: bpt/ept hold them instead.
    from bitext.formats.xliffcodes import content12

    g = 'xmlns="urn:oasis:names:tc:xliff:document:1.2"'
    codes = [
        InlineCode("{1}", f'<g {g} id="a">'),
        InlineCode("{2}", f'<g {g} id="b">'),
        InlineCode("{/1}", "</g>"),
        InlineCode("{/2}", "</g>"),
    ]
    crossed = content12(["x{1}a{2}b{/1}c{/2}y"], [codes], " ")
    assert crossed == (
        'x<bpt id="1">&lt;g id="a"&gt;</bpt>a<bpt id="2">&lt;g id="b"&gt;</bpt>b'
        '<ept id="1">&lt;/g&gt;</ept>c<ept id="2">&lt;/g&gt;</ept>y'
    )
    # Nested as XML must be, they are g elements again, with the ids the file gave them.
    nested = content12(["x{1}a{2}b{/2}c{/1}y"], [[codes[0], codes[1], codes[3], codes[2]]], " ")
    assert nested == 'x<g id="a">a<g id="b">b</g>c</g>y'


def test_an_xliff12_annotation_is_written_back_around_its_text(tmp_path: Path):
    # Okapi marks text not to translate (a brand) with mrk mtype="protected": it stays an
    # annotation around the same text, not a formatting code. One with codes inside is
    # written as codes (OmegaT would show the codes inside an mrk as text).
    alignment = _imported(tmp_path, "page.xlf", OKAPI_PROTECTED)
    out = _exported(tmp_path, alignment, "xliff", ".xlf")
    first, second = etree.parse(str(out)).getroot().iter("{*}trans-unit")
    marks = list(first.iter("{*}mrk"))
    assert [(dict(m.attrib), "".join(m.itertext())) for m in marks] == [
        ({"mtype": "protected", "comment": "brand"}, "Acme")
    ] * 2
    # the g with the id the file gave it
    assert [dict(g.attrib) for g in first.iter("{*}g")] == [{"id": "1", "ctype": "bold"}] * 2
    assert not list(second.iter("{*}mrk"))
    assert [e.text for e in second.find("{*}source").iter("{*}bpt")] == ['<mrk mtype="protected">']


def test_an_xliff2_annotation_is_written_back_around_its_text(tmp_path: Path):
    # A term or text not to translate (mrk translate="no") stays an annotation in XLIFF 2.0,
    # its id paired across source and target, not a code pointing at '<mrk ...>' as data.
    alignment = _imported(tmp_path, "annotated.xlf", XLIFF2_ANNOTATED)
    out = _exported(tmp_path, alignment, "xliff2", ".xlf")
    root = etree.parse(str(out)).getroot()
    marks = list(root.iter("{*}mrk"))
    assert [(dict(m.attrib), "".join(m.itertext())) for m in marks] == [
        (
            {"id": marks[0].get("id"), "translate": "no", "type": "term", "value": "brand"},
            "Acme Pro",
        )
    ] * 2
    # the pc inside it, which points at no native code, a pc again
    assert [etree.QName(e).localname for e in marks[0].iter()] == ["mrk", "pc"]
    assert all("mrk" not in (d.text or "") for d in root.iter("{*}data"))


def _marks(path: Path, name: str, kinds: tuple[str, ...]) -> list[tuple[dict[str, str], str]]:
    """Each annotation element ``name`` of the first side of a file: its attributes
    ``kinds`` and its text."""
    root = etree.parse(str(path)).getroot()
    side = root.find(".//{*}seg") if root.tag == "tmx" else root.find(".//{*}source")
    return [
        ({k: v for k, v in e.attrib.items() if k in kinds}, _own_text(e))
        for e in side.iter(f"{{*}}{name}")
    ]


def _own_text(element: etree._Element) -> str:
    """An element's text outside the elements in it (a code's native code left out)."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


@pytest.mark.parametrize(
    ("name", "text"),
    [("hi.tmx", HIGHLIGHTED_TMX), ("page.xlf", OKAPI_PROTECTED), ("ann.xlf", XLIFF2_ANNOTATED)],
)
def test_an_annotation_is_one_in_every_format(tmp_path: Path, name: str, text: str):
    """A TMX ``hi`` and an XLIFF ``mrk`` mark text (a term, a name, text not to translate)
    and hold no native code. Exported to another of the three formats, each was a code
    holding its tag (``<bpt>&lt;hi type="term"&gt;</bpt>``, ``<sc dataRef>`` of
    '<mrk mtype="protected">'), which a CAT tool puts into the translated document; each is
    now that format's annotation around its text, what it marks carried over (TMX ``type``,
    XLIFF 1.2 ``mtype``, XLIFF 2.0 ``type`` or ``translate="no"``), and it comes back as it
    was when read again."""
    alignment = _imported(tmp_path, name, text)
    tmx = _exported(tmp_path, alignment, "tmx", ".tmx")
    xliff = _exported(tmp_path, alignment, "xliff", ".xlf")
    xliff2 = _exported(tmp_path, alignment, "xliff2", ".x2.xlf")
    if name == "hi.tmx":
        assert _marks(xliff, "mrk", ("mtype",)) == [
            ({"mtype": "term"}, "Kia"),
            ({"mtype": "x-generic"}, "Hyundai"),
            ({"mtype": "x-em"}, "now"),
        ]
        assert _marks(xliff2, "mrk", ("type", "translate")) == [
            ({"type": "term"}, "Kia"),
            ({}, "Hyundai"),
            ({"type": "bitext:x-em"}, "now"),
        ]
        for again in (xliff, xliff2):
            folder = tmp_path / again.name.replace(".", "-")
            folder.mkdir()
            back = _exported(
                folder, _imported(folder, again.name, again.read_text()), "tmx", ".tmx"
            )
            assert _marks(back, "hi", ("type",)) == _marks(tmx, "hi", ("type",)), again.name
    elif name == "page.xlf":
        assert _marks(tmx, "hi", ("type",)) == [({"type": "protected"}, "Acme")]
        assert _marks(xliff2, "mrk", ("type", "translate")) == [({"translate": "no"}, "Acme")]
    else:
        assert _marks(tmx, "hi", ("type",)) == [({"type": "protected"}, "Acme Pro")]
        assert _marks(xliff, "mrk", ("mtype",)) == []  # codes inside: OmegaT shows them as text
    # no tag written as text (but in XLIFF 1.2 around codes, as the test above says)
    for path in (tmx, xliff2) if name == "ann.xlf" else (tmx, xliff, xliff2):
        written = "".join(etree.parse(str(path)).getroot().itertext())
        assert "<hi" not in written, path.name
        assert "<mrk" not in written.replace('<mrk mtype="protected">', ""), path.name


def _kept_markup(tmp_path: Path, name: str, text: str) -> list[str]:
    """The markup the TEI keeps of each inline code of an imported file's source."""
    out = tmp_path / name.replace(".", "_")
    assert run_bitext("import", write_utf8(tmp_path, name, text), "-o", out).code == 0
    document = next(p for p in out.glob("*.en.xml"))
    return [item.text for item in etree.parse(str(document)).iter("{*}item")]


def test_xliff11_and_10_codes_are_kept_as_a_12_files_would_be(tmp_path: Path):
    # XLIFF 1.1 (odf2xliff, po2xliff) and 1.0 are read as 1.2: their codes' markup in the
    # TEI is a 1.2 file's, not '<ns0:g xmlns:ns0="...1.2" ...>' with a made-up prefix.
    v12 = ODF_XLIFF11.replace("document:1.1", "document:1.2").replace('"1.1"', '"1.2"')
    v10 = ODF_XLIFF11.replace(' xmlns="urn:oasis:names:tc:xliff:document:1.1"', "")
    kept = _kept_markup(tmp_path, "v12.xlf", v12)
    assert kept[0] == '<g xmlns="urn:oasis:names:tc:xliff:document:1.2" id="0">'
    assert _kept_markup(tmp_path, "v11.xlf", ODF_XLIFF11) == kept
    assert _kept_markup(tmp_path, "v10.xlf", v10) == kept

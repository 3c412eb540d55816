# ruff: noqa: E501  (the files other tools wrote are kept as they wrote them)
"""XLIFF 1.2 that a program's build reads: Angular's translation files (``ng extract-i18n``),
through ``bitext import`` and ``bitext export`` and back.

The file is real: an excerpt of ORCID's Korean Angular catalogue (``tests/data/xliff/``,
MIT licence beside it). Angular finds a translation by the unit's id and fills each
placeholder (``<x id="INTERPOLATION" .../>``) by the x's id: both must come back as they were.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from bitext.formats.inline import InlineCode
from bitext.formats.xliffcodes import content12
from bitext.model import LinkStatus
from bitext.tei.alignment import read_alignment, write_alignment

from .conftest import DATA, run_bitext
from .tools import angular_localize, command, schema_file

ANGULAR = DATA / "xliff" / "orcid-messages.ko.xlf"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"


def _round_trip(tmp_path: Path, source: Path = ANGULAR, fmt: str = "xliff") -> Path:
    """``source`` imported, then exported (XLIFF 1.2 unless ``fmt``) with every unit."""
    tei, out = tmp_path / "tei", tmp_path / "out.xlf"
    result = run_bitext("import", source, "-o", tei)
    assert result.code == 0, result.err
    result = run_bitext("export", tei, "-f", fmt, "-o", out, "--include-unaligned")
    assert result.code == 0, result.err
    return out


def _written(path: Path, text: str) -> Path:
    """``text`` written to ``path`` (its folder made), as a tool would have saved it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _placeholders(path: Path) -> dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """Each unit's placeholders by its id: the id and equiv-text of every x, in order, of its
    source and of its target."""
    found = {}
    for unit in etree.parse(str(path)).iter(f"{{{XLIFF12}}}trans-unit"):
        sides = (unit.find(f"{{{XLIFF12}}}{side}") for side in ("source", "target"))
        found[unit.get("id")] = tuple(
            [(x.get("id"), x.get("equiv-text")) for x in side.iter(f"{{{XLIFF12}}}x")]
            for side in sides
        )
    return found


def test_an_angular_catalogues_placeholders_come_back_with_their_names(tmp_path: Path):
    before = _placeholders(ANGULAR)
    assert sum(len(source) for source, _ in before.values()) >= 10  # the sample has them
    assert ("INTERPOLATION", "{{ orcidToDeprecate }}") in [
        code for source, _ in before.values() for code in source
    ]
    out = _round_trip(tmp_path)
    assert _placeholders(out) == before
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    xsd = etree.XMLSchema(etree.parse(str(schema_file("xliff-core-1.2-strict.xsd")), parser))
    assert xsd.validate(etree.parse(str(out), parser)), xsd.error_log.filter_from_errors()[:3]


def _code(markup: str, placeholder: str) -> InlineCode:
    return InlineCode(placeholder, markup.replace("<x ", f'<x xmlns="{XLIFF12}" ', 1))


def test_codes_without_an_id_of_their_own_are_numbered_apart_from_the_ids_kept():
    # An x that came with id "1" keeps it; a code from elsewhere (a TMX's, a review's)
    # takes a number no kept id is, and its counterpart in the target the same.
    source = ["a{1/}b{2/}c"]
    source_codes = [[_code('<x id="2"/>', "{1/}"), InlineCode("{2/}", "<br/>")]]
    target_codes = [[InlineCode("{1/}", "<br/>"), _code('<x id="2"/>', "{2/}")]]
    written = content12(source, source_codes, " ")
    assert written == 'a<x id="2"/>b<ph id="1">&lt;br/&gt;</ph>c'
    target = content12(["{1/}d{2/}"], target_codes, " ", (source, source_codes))
    assert target == '<ph id="1">&lt;br/&gt;</ph>d<x id="2"/>'
    clash = [[_code('<x id="1"/>', "{1/}"), InlineCode("{2/}", "<br/>")]]
    assert content12(["{2/}{1/}"], clash, " ") == '<ph id="2">&lt;br/&gt;</ph><x id="1"/>'


REVIEWED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="ng2.template" target-language="de">
    <body>
      <trans-unit id="start" datatype="html">
        <source>Start the activation</source>
        <target state="translated">Aktivierung starten</target>
      </trans-unit>
      <trans-unit id="later" datatype="html">
        <source>Try again later</source>
        <target state="new">Später erneut versuchen</target>
      </trans-unit>
      <trans-unit id="cancel" approved="yes">
        <source>Cancel</source>
        <target state="translated" state-qualifier="exact-match">Abbrechen</target>
      </trans-unit>
      <trans-unit id="close">
        <source>Close</source>
        <target state="needs-review-translation" state-qualifier="mt-suggestion">Schließen</target>
      </trans-unit>
      <trans-unit id="save">
        <source>Save</source>
        <target>Speichern</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _review_attributes(path: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each unit's approved, and its target's state and state-qualifier, by its id."""
    found = {}
    for unit in etree.parse(str(path)).iter(f"{{{XLIFF12}}}trans-unit"):
        target = unit.find(f"{{{XLIFF12}}}target")
        found[unit.get("id")] = (
            unit.get("approved"),
            target.get("state"),
            target.get("state-qualifier"),
        )
    return found


def test_a_units_review_state_comes_back_as_its_tool_left_it(tmp_path: Path):
    # A translated unit is not sent back as needing review, nor one without a state given one.
    source = _written(tmp_path / "messages.de.xlf", REVIEWED)
    out = _round_trip(tmp_path, source)
    assert _review_attributes(out) == _review_attributes(source)
    assert _review_attributes(_round_trip(tmp_path / "orcid")) == _review_attributes(ANGULAR)
    # and again through bitext's own file: the same
    again = _round_trip(tmp_path / "again", out)
    assert _review_attributes(again) == _review_attributes(source)


def test_a_unit_confirmed_in_bitext_is_written_as_confirmed(tmp_path: Path):
    source = _written(tmp_path / "messages.de.xlf", REVIEWED)
    tei = tmp_path / "tei"
    assert run_bitext("import", source, "-o", tei).code == 0
    (path,) = [p for p in tei.glob("*.xml") if "<linkGrp" in p.read_text(encoding="utf-8")]
    alignment = read_alignment(path)
    confirmed = [
        replace(link, status=LinkStatus.MANUAL) if n in (0, 2) else link
        for n, link in enumerate(alignment.links)
    ]
    write_alignment(replace(alignment, links=tuple(confirmed)), path)
    out = tmp_path / "out.xlf"
    assert run_bitext("export", path, "-o", out).code == 0
    found = _review_attributes(out)
    assert found["start"] == ("yes", "signed-off", None)  # confirmed in bitext
    assert found["cancel"] == ("yes", "translated", "exact-match")  # as it was: confirmed
    assert found["later"] == (None, "new", None)


def _locations_and_attributes(path: Path) -> dict[str, tuple[object, ...]]:
    """Each unit's location contexts (type and text, group by group) and its attributes but
    ``xml:space`` (bitext writes it where white space is to keep), by its id."""
    found: dict[str, tuple[object, ...]] = {}
    for unit in etree.parse(str(path)).iter(f"{{{XLIFF12}}}trans-unit"):
        groups = unit.iterfind(f"{{{XLIFF12}}}context-group")
        contexts = [[(c.get("context-type"), c.text) for c in group] for group in groups]
        attributes = {k: v for k, v in unit.attrib.items() if not k.startswith("{")}
        found[unit.get("id")] = (contexts, attributes)
    return found


def test_an_angular_catalogues_locations_and_unit_attributes_come_back(tmp_path: Path):
    # Angular writes a location as a source file and its lines ("18,20"), and each unit's
    # datatype; a translator's CAT tool reads both.
    before = _locations_and_attributes(ANGULAR)
    assert ("linenumber", "18,20") in before["34ffe29756a4433b9d5b883db26413783e1c08d9"][0][0]
    assert _locations_and_attributes(_round_trip(tmp_path)) == before


def test_a_units_length_limit_comes_back(tmp_path: Path):
    # A user interface string's room (maxwidth, size-unit), which a CAT tool checks.
    room = '<trans-unit id="save" maxwidth="8" size-unit="char">'
    source = _written(tmp_path / "ui.xlf", REVIEWED.replace('<trans-unit id="save">', room))
    assert _locations_and_attributes(_round_trip(tmp_path, source))["save"][1] == {
        "id": "save",
        "maxwidth": "8",
        "size-unit": "char",
    }


# Angular's XLIFF 2.0 (ng extract-i18n --format xlf2), as it writes it: a placeholder is a ph
# named by its equiv, an element's tags a pc named by equivStart and equivEnd; neither points
# at native code in originalData.
ANGULAR2 = """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ko">
  <file id="ngi18n" original="ng.template">
    <unit id="welcome">
      <notes>
        <note category="description">Greeting on the home page</note>
        <note category="location">src/app/app.component.html:3,5</note>
      </notes>
      <segment state="translated">
        <source>Hello <ph id="0" equiv="INTERPOLATION" disp="{{ name }}"/>, see <pc id="1" equivStart="START_BOLD_TEXT" equivEnd="CLOSE_BOLD_TEXT" type="fmt" dispStart="&lt;b&gt;" dispEnd="&lt;/b&gt;">this</pc></source>
        <target><ph id="0" equiv="INTERPOLATION" disp="{{ name }}"/>님, <pc id="1" equivStart="START_BOLD_TEXT" equivEnd="CLOSE_BOLD_TEXT" type="fmt" dispStart="&lt;b&gt;" dispEnd="&lt;/b&gt;">이것</pc>을 보세요</target>
      </segment>
    </unit>
    <unit id="4593805537723189714">
      <segment>
        <source>{VAR_PLURAL, plural, =0 {none} other {<pc id="0" equivStart="START_BOLD_TEXT" equivEnd="CLOSE_BOLD_TEXT" type="fmt" dispStart="&lt;b&gt;" dispEnd="&lt;/b&gt;">many</pc>}}</source>
        <target>{VAR_PLURAL, plural, =0 {없음} other {<pc id="0" equivStart="START_BOLD_TEXT" equivEnd="CLOSE_BOLD_TEXT" type="fmt" dispStart="&lt;b&gt;" dispEnd="&lt;/b&gt;">많음</pc>}}</target>
      </segment>
    </unit>
  </file>
</xliff>
"""
XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"


def _codes2(path: Path) -> dict[str, list[list[tuple[str, dict[str, str]]]]]:
    """Each unit's codes by its id, side by side: each code's element and attributes but
    its id (which XLIFF 2.0 numbers for the unit alone)."""
    found = {}
    for unit in etree.parse(str(path)).iter(f"{{{XLIFF2}}}unit"):
        sides = [
            unit.find(f"{{{XLIFF2}}}segment/{{{XLIFF2}}}{side}") for side in ("source", "target")
        ]
        found[unit.get("id")] = [
            [
                (etree.QName(e).localname, {k: v for k, v in e.attrib.items() if k != "id"})
                for e in side.iter()
                if e is not side
            ]
            for side in sides
        ]
    return found


def test_angulars_xliff2_placeholders_and_tags_come_back_as_angular_reads_them(tmp_path: Path):
    source = _written(tmp_path / "messages.ko.xlf", ANGULAR2)
    out = _round_trip(tmp_path, source, "xliff2")
    assert _codes2(out) == _codes2(source)
    root = etree.parse(str(out)).getroot()
    assert not list(root.iter(f"{{{XLIFF2}}}originalData"))  # no native code made up
    (file,) = root.iter(f"{{{XLIFF2}}}file")
    assert (file.get("id"), file.get("original")) == ("ngi18n", "ng.template")
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    xsd = etree.XMLSchema(etree.parse(str(schema_file("xliff-core-2.0.xsd")), parser))
    assert xsd.validate(etree.parse(str(out), parser)), xsd.error_log.filter_from_errors()[:3]


def test_the_one_file_of_an_xliff12_keeps_its_original(tmp_path: Path):
    # Xcode finds the strings file a unit belongs to by its file's original.
    out = _round_trip(tmp_path)
    (file,) = etree.parse(str(out)).getroot().iter(f"{{{XLIFF12}}}file")
    assert file.get("original") == "ng2.template"  # as ORCID's catalogue names it
    again = _round_trip(tmp_path / "again", out)
    (file,) = etree.parse(str(again)).getroot().iter(f"{{{XLIFF12}}}file")
    assert file.get("original") == "ng2.template"


def _segment_states(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """Each XLIFF 2.0 unit's segment's state and subState, by the unit's id."""
    return {
        unit.get("id"): (segment.get("state"), segment.get("subState"))
        for unit in etree.parse(str(path)).iter(f"{{{XLIFF2}}}unit")
        for segment in unit.iterfind(f"{{{XLIFF2}}}segment")
    }


def test_an_xliff2_units_state_comes_back_as_its_tool_left_it(tmp_path: Path):
    # One unit translated, one with no state at all (initial): neither marked for review.
    checked = ANGULAR2.replace("<segment>", '<segment state="translated" subState="acme:checked">')
    for text, name in ((ANGULAR2, "plain"), (checked, "sub")):
        given = _written(tmp_path / name / "messages.ko.xlf", text)
        out = _round_trip(tmp_path / name, given, "xliff2")
        assert _segment_states(out) == _segment_states(given)
    assert _segment_states(out)["4593805537723189714"] == ("translated", "acme:checked")


def _as_angular_reads(path: Path) -> dict[str, object]:
    """What Angular's own translation-file parser makes of ``path`` (its locale, errors and
    each message's text and placeholder names: tests/angular_translations.mjs)."""
    script = Path(__file__).with_name("angular_translations.mjs")
    run = subprocess.run(
        [command("node"), str(script), str(angular_localize()), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, object] = json.loads(run.stdout)
    assert found["parsed"] and not found["errors"], found.get("errors")
    return found


@pytest.mark.conformance
@pytest.mark.parametrize("fmt", ["xliff", "xliff2"])
def test_angular_reads_the_catalogue_bitext_gives_back_as_it_read_the_catalogue(
    tmp_path: Path, fmt: str
):
    # Angular's own parsers (@angular/localize, as ng build --localize runs them) on the
    # export of a catalogue in the same XLIFF version: every message, its translated text and
    # the names of its placeholders the same (ORCID's 1.2 catalogue; a 2.0 one).
    given = ANGULAR
    if fmt == "xliff2":
        given = _written(tmp_path / "messages.ko.xlf", ANGULAR2)
    out = _round_trip(tmp_path, given, fmt)
    assert _as_angular_reads(out) == _as_angular_reads(given)


def test_an_export_says_how_many_one_sided_links_it_left_out(tmp_path: Path):
    # A catalogue's untranslated units are links with an empty side, which an export leaves
    # out unless --include-unaligned: it says so, rather than write fewer units unannounced.
    untranslated = REVIEWED.replace("<target>Speichern</target>", "")
    source = _written(tmp_path / "messages.de.xlf", untranslated)
    tei = tmp_path / "tei"
    assert run_bitext("import", source, "-o", tei).code == 0
    result = run_bitext("export", tei, "-o", tmp_path / "out.xlf")
    assert result.code == 0 and "out.xlf: 4 units (xliff)" in result.err
    assert "bitext: note: 1 link with an empty side" in result.err
    assert "--include-unaligned writes them" in result.err
    every = run_bitext("export", tei, "-o", tmp_path / "all.xlf", "--include-unaligned")
    assert "all.xlf: 5 units" in every.err and "note" not in every.err

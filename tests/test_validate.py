"""Validation: every rule, shown on a small broken file, with the right message and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import bitext
from bitext import Alignment, Link, LinkStatus, ingest_text, validate, write_alignment
from bitext.model import Document
from bitext.tei import write_document

from .conftest import ROOT, run_bitext
from .strategies import documents

EN_TEXT = "Japan acts. The U.S. agrees.\n\nA new era begins."
KO_TEXT = "일본이 행동한다. 미국이 동의한다.\n\n새 시대가 열린다."


@pytest.fixture()
def pair(tmp_path: Path) -> Path:
    """A valid document pair and alignment in tmp_path; returns the alignment path."""
    write_document(ingest_text(EN_TEXT, "en"), tmp_path / "a.xml")
    write_document(ingest_text(KO_TEXT, "ko"), tmp_path / "b.xml")
    links = (
        Link("l1", ("en.p1.s1",), ("ko.p1.s1",), LinkStatus.MANUAL),
        Link("l2", ("en.p1.s2",), ("ko.p1.s2",), LinkStatus.AUTOMATIC, 0.9),
        Link("l3", ("en.p2.s1",), ("ko.p2.s1",), LinkStatus.AUTOMATIC, 0.8),
    )
    write_alignment(Alignment("a.xml", "b.xml", "en", "ko", links), tmp_path / "align.xml")
    return tmp_path / "align.xml"


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def _only(problems: list[bitext.Problem], rule: str) -> bitext.Problem:
    matching = [p for p in problems if p.rule == rule]
    assert matching, problems
    return matching[0]


def test_a_valid_pair_has_no_problem(pair: Path):
    assert validate(pair) == []
    assert callable(bitext.validate)


def test_the_bundled_corpus_is_valid():
    result = run_bitext("validate", ROOT / "corpus")
    assert result.code == 0, result.out
    assert "3 files checked, all valid" in result.err


# (file, old text, new text, rule, message fragment, fragment that marks the reported line)
DOCUMENT_CASES = [
    (
        "a.xml",
        '<s xml:id="en.p2.s1">',
        '<s xml:id="en.p1.s1">',
        "id-unique",
        'xml:id "en.p1.s1" is used more than once',
        '<s xml:id="en.p1.s1">Japan',
    ),
    (
        "a.xml",
        ">A new era begins.</s>",
        ">   </s>",
        "s-not-empty",
        'sentence "en.p2.s1" is empty',
        '<s xml:id="en.p2.s1">',
    ),
    (
        "a.xml",
        '<language ident="en">',
        '<language ident="de">',
        "lang-declared",
        'xml:lang "en" is not the first language of langUsage',
        "<TEI",
    ),
    (
        "a.xml",
        'xml:id="en.p2.s1"',
        'xml:id="xx.p2.s1"',
        "lang-id-prefix",
        'sentence id "xx.p2.s1" does not start with the document language',
        'xml:id="xx.p2.s1"',
    ),
    (
        "a.xml",
        '<p xml:id="en.p2">',
        '<p n="x">',
        "schema",
        "Element p failed to validate attributes",  # no xml:id, and an n it may not have
        '<p n="x">',
    ),
    (
        "a.xml",
        'xml:lang="en"',
        'xml:lang="en_US"',
        "schema",
        "Type language doesn't allow value 'en_US'",
        "<TEI",
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "rule", "message", "at"),
    DOCUMENT_CASES,
    ids=[c[3] + "-" + c[4][:12] for c in DOCUMENT_CASES],
)
def test_document_rules(
    pair: Path, file: str, old: str, new: str, rule: str, message: str, at: str
):
    path = pair.parent / file
    _break(path, old, new)
    problem = _only(validate(path), rule)
    assert message in problem.message
    assert problem.path == str(path)
    assert problem.line == _line_of(path, at)
    if rule == "id-unique":  # both places are reported
        lines = {p.line for p in validate(path) if p.rule == rule}
        assert lines == {_line_of(path, at), _line_of(path, '<s xml:id="en.p1.s1">A new')}


ALIGNMENT_CASES = [
    (
        'domains="a.xml#en.text b.xml#ko.text"',
        'domains="a.xml#en.text"',
        "domains-two",
        "exactly two texts",
        "<linkGrp",
    ),
    (
        'domains="a.xml#en.text b.xml#ko.text"',
        'domains="a.xml#en.text a.xml#ko.text"',
        "domains-distinct",
        "same file",
        "<linkGrp",
    ),
    ('<language ident="ko">Korean</language>', "", "langs-two", "two languages", "<linkGrp"),
    (
        'target="a.xml#en.p1.s2 b.xml#ko.p1.s2"',
        'target="a.xml#en.p1.s2 a.xml#en.p2.s1"',
        "link-two-sides",
        'link "l2" must point into both documents',
        'xml:id="l2"',
    ),
    (
        '<link xml:id="l3" type="1-1" subtype="automatic" cert="0.8" '
        'target="a.xml#en.p2.s1 b.xml#ko.p2.s1"/>',
        '<ptr xml:id="l3" type="1-1" subtype="automatic" target="a.xml#en.p2.s1 b.xml#ko.p2.s1"/>',
        "ptr-one-side",
        'ptr "l3" points into both documents',
        'xml:id="l3"',
    ),
    (
        "b.xml#ko.p1.s2",
        "b.xml#ko.p9.s9",
        "target-exists",
        "no front or body sentence 'ko.p9.s9' in b.xml",
        'xml:id="l2"',
    ),
    (
        "b.xml#ko.p1.s2",
        "c.xml#ko.p1.s2",
        "pointer-file",
        "c.xml#ko.p1.s2 names neither",
        'xml:id="l2"',
    ),
    (
        'xml:id="l2" type="1-1"',
        'xml:id="l2" type="2-1"',
        "bead-type",
        "has type '2-1' but points at 1-1",
        'xml:id="l2"',
    ),
    ("b.xml#ko.p1.s2", "b.xml#ko.p1.s1", "sentence-twice", "b.xml#ko.p1.s1 is in 2 links", None),
    (
        'target="a.xml#en.p1.s1 b.xml#ko.p1.s1"',
        'target="a.xml#en.p1.s1 b.xml#ko.p2.s1"',
        "link-order",
        "link l2 goes back in b.xml",
        'xml:id="l2"',
    ),
    (
        'subtype="automatic" cert="0.9"',
        'subtype="sure" cert="0.9"',
        "schema",
        "Element link failed to validate attributes",
        'xml:id="l2"',
    ),
    (
        'cert="0.9"',
        'cert="1.5"',
        "schema",
        "Invalid attribute cert for element link",
        'xml:id="l2"',
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "rule", "message", "at"), ALIGNMENT_CASES, ids=[c[2] for c in ALIGNMENT_CASES]
)
def test_alignment_rules(pair: Path, old: str, new: str, rule: str, message: str, at: str | None):
    _break(pair, old, new)
    problem = _only(validate(pair), rule)
    assert message in problem.message
    assert problem.line == (_line_of(pair, at) if at else 0)


def test_an_unlinked_sentence_is_reported_at_its_line_in_its_document(pair: Path):
    _break(pair, "b.xml#ko.p1.s2", "b.xml#ko.p1.s1")
    problem = _only(validate(pair), "sentence-unlinked")
    assert "b.xml#ko.p1.s2 is in no link" in problem.message
    document = pair.parent / "b.xml"
    assert problem.path == str(document.resolve())
    assert problem.line == _line_of(document, 'xml:id="ko.p1.s2"') > 0


def test_domains_must_point_at_an_existing_element(pair: Path):
    _break(pair, "b.xml#ko.text", "b.xml#ko.nowhere")
    problem = _only(validate(pair), "domain-exists")
    assert "'b.xml#ko.nowhere'" in problem.message and "no element" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('subtype="automatic" cert="0.9"', 'subtype="reviewed" cert="0.9"', "subtype 'reviewed'"),
        ('cert="0.9"', 'cert="high"', "cert 'high'"),
    ],
)
def test_link_attributes_the_readers_refuse_are_reported(
    pair: Path, old: str, new: str, message: str
):
    _break(pair, old, new)
    problem = _only(validate(pair), "link-attributes")
    assert message in problem.message and problem.line == _line_of(pair, 'xml:id="l2"')


def test_a_crossing_link_marked_as_such_is_accepted(pair: Path):
    _break(pair, 'target="a.xml#en.p1.s1 b.xml#ko.p1.s1"', 'target="a.xml#en.p1.s1 b.xml#ko.p2.s1"')
    _break(pair, 'target="a.xml#en.p2.s1 b.xml#ko.p2.s1"', 'target="a.xml#en.p2.s1 b.xml#ko.p1.s1"')
    assert "link-order" in {p.rule for p in validate(pair)}
    _break(pair, 'xml:id="l3"', 'xml:id="l3" ana="#crossing"')
    _break(pair, 'xml:id="l2"', 'xml:id="l2" ana="#crossing"')
    assert validate(pair) == []


def test_a_partial_alignment_may_leave_sentences_unlinked(pair: Path):
    _break(
        pair,
        '<link xml:id="l3" type="1-1" subtype="automatic" cert="0.8" '
        'target="a.xml#en.p2.s1 b.xml#ko.p2.s1"/>',
        "",
    )
    assert {p.rule for p in validate(pair)} == {"sentence-unlinked"}
    _break(pair, 'subtype="complete"', 'subtype="partial"')
    assert validate(pair) == []


def test_a_missing_document_is_reported(pair: Path):
    (pair.parent / "b.xml").unlink()
    problem = _only(validate(pair), "document-missing")
    assert "'b.xml'" in problem.message and "does not exist" in problem.message


@pytest.mark.parametrize(
    ("content", "rule", "fragment"),
    [
        (b"<TEI><unclosed></TEI>", "xml", "not well-formed"),
        (b"<html/>", "tei", "not a TEI file"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&b;</TEI>',
            "xml",
            "DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>',
            "xml",
            "DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "http://example.org/evil.dtd">\n<TEI/>',
            "xml",
            "DOCTYPE",
        ),
    ],
)
def test_hostile_or_broken_xml_is_refused_not_expanded(
    tmp_path: Path, content: bytes, rule: str, fragment: str
):
    path = tmp_path / "x.xml"
    path.write_bytes(content)
    problems = validate(path)
    assert [p.rule for p in problems] == [rule]
    assert fragment in problems[0].message


def test_cli_human_and_json_output(pair: Path):
    _break(pair, "b.xml#ko.p1.s2", "b.xml#ko.p9.s9")
    human = run_bitext("validate", pair)
    assert human.code == 1
    first = human.out.splitlines()[0]
    line = _line_of(pair, 'xml:id="l2"')
    assert first.startswith(f"{pair}:{line}: target-exists: link l2")
    assert "3 files checked, 2 problems in 2 files" in human.err  # the unlinked one: in b.xml
    as_json = run_bitext("validate", "--json", pair.parent)
    rows = [json.loads(line) for line in as_json.out.splitlines()]
    assert {r["rule"] for r in rows} == {"target-exists", "sentence-unlinked"}
    assert set(rows[0]) == {"path", "line", "rule", "message"}


@settings(max_examples=60, deadline=None)
@given(document=documents())
def test_every_document_bitext_writes_passes_its_own_schemas(document: Document, tmp_path_factory):
    path = tmp_path_factory.mktemp("v") / "doc.xml"
    write_document(document, path)
    assert validate(path) == []


@pytest.mark.parametrize(
    ("old", "new", "rule", "message"),
    [
        ('n="{/1}"', 'n="{/7}"', "code-placeholder", "lacks the placeholder {/7}"),
        ('corresp="#en.p1.s1"', 'corresp="#en.p1"', "code-sentence", 'points at "#en.p1"'),
        ('n="{/1}"', 'n="{/x}"', "schema", "n"),
    ],
)
def test_inline_code_rules(tmp_path: Path, old: str, new: str, rule: str, message: str):
    from bitext.formats.tmx import read_tmx

    from .test_formats import CODED_TMX

    tmx = tmp_path / "coded.tmx"
    tmx.write_text(CODED_TMX, encoding="utf-8")
    path = tmp_path / "en.xml"
    write_document(read_tmx(tmx).source, path)
    assert validate(path) == []
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problem = _only(validate(path), rule)
    assert message in problem.message
    with pytest.raises(bitext.ParseError):  # and no command reads it as if it were right
        bitext.read_document(path)


def test_no_grammar_element_takes_a_shared_define_of_repeated_content_as_its_content():
    """libxml2 (lxml, xmllint) validates an element whose content is a reference to a define
    holding a repetition (``<element name="p"><ref name="sentences"/></element>``, sentences
    being an id and oneOrMore s) in time quadratic in its children: a translation memory of
    200,000 units imports as one paragraph of as many sentences, and its document took 47 s
    to check against document.rng, 0.09 s with the paragraph's content spelt out
    (bench/scale.py --grammar-only). A reference inside the repetition (``oneOrMore`` of
    ``ref name="s"``, s a define of one element) is what keeps it linear."""
    from lxml import etree

    relax = "{http://relaxng.org/ns/structure/1.0}"
    folder = Path(bitext.__file__).parent / "schemas"
    grammars = {
        name: etree.parse(str(folder / name))
        for name in ("common.rng", "document.rng", "alignment.rng")
    }
    defines = {d.get("name"): d for tree in grammars.values() for d in tree.iter(f"{relax}define")}

    def holds_repetition(define: etree._Element) -> bool:
        return define[0].tag != f"{relax}element" and any(
            True for _ in define.iter(f"{relax}oneOrMore", f"{relax}zeroOrMore")
        )

    offending = [
        f"{name}: <{element.get('name')}> takes {ref.get('name')}"
        for name, tree in grammars.items()
        for element in tree.iter(f"{relax}element")
        for ref in element.findall(f"{relax}ref")
        if holds_repetition(defines[ref.get("name")])
    ]
    assert offending == []

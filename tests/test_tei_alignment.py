"""TEI alignments: every bead type, empty sides, status and score survive a round trip."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from bitext import Alignment, Link, LinkStatus, read_alignment, write_alignment
from bitext.model import LinkNote, NoteKind
from bitext.tei import alignment_to_bytes, read_tei
from bitext.tei.alignment import alignment_to_element
from bitext.tei.xml import serialize
from tests.strategies import free_text

ids = st.lists(st.from_regex(r"[a-z]{1,3}\.p[1-9]\.s[1-9]", fullmatch=True), max_size=3)
# What a translation tool keeps about a unit: any text, any name (markup characters, line
# breaks, tabs and carriage returns, which XML escapes differently in text and attributes).
notes = st.lists(st.builds(LinkNote, st.sampled_from(NoteKind), free_text, free_text), max_size=3)


@st.composite
def links(draw: st.DrawFn, n: int) -> Link:
    source, target = draw(ids), draw(ids)
    if not source and not target:
        source = ["en.p1.s1"]
    return Link(
        f"l{n}",
        tuple(source),
        tuple(target),
        draw(st.sampled_from(LinkStatus)),
        draw(st.one_of(st.none(), st.floats(0, 1))),
        crossing=draw(st.booleans()),
        digest=draw(st.sampled_from(["", "0123456789ab:ba9876543210"])),
        notes=tuple(draw(notes)),
    )


@st.composite
def alignments(draw: st.DrawFn) -> Alignment:
    count = draw(st.integers(0, 6))
    return Alignment(
        "en/doc.en.xml",
        "ko/doc.ko.xml",
        "en",
        "ko",
        tuple(draw(links(i)) for i in range(1, count + 1)),
        signature=draw(st.sampled_from(["", "bitext 0.1.0|length"])),
        notes=tuple(draw(st.lists(st.sampled_from(["Checked by hand.", "이것은 메모"])))),
        complete=draw(st.booleans()),
        file_notes=tuple(draw(notes)),
    )


@settings(max_examples=200, deadline=None)
@given(alignment=alignments())
def test_an_alignment_written_as_its_links_come_is_the_tree_serialized(alignment: Alignment):
    """The writer that writes notes and links one by one (a memory of a million units is
    never a tree of millions of elements) writes the bytes the element tree serializes,
    escapes included."""
    assert alignment_to_bytes(alignment) == serialize(alignment_to_element(alignment))


@settings(max_examples=100, deadline=None)
@given(alignment=alignments())
def test_alignment_round_trip(alignment: Alignment, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("a") / "align.xml"
    write_alignment(alignment, path)
    assert read_alignment(path) == alignment
    assert read_tei(path) == alignment
    assert alignment_to_bytes(alignment) == path.read_bytes()


def test_beads_with_an_empty_side_are_ptr_and_others_link(tmp_path: Path) -> None:
    alignment = Alignment(
        "a.xml",
        "b.xml",
        "en",
        "ko",
        (
            Link("l1", ("en.p1.s1", "en.p1.s2"), ("ko.p1.s1",), LinkStatus.MANUAL, 0.5),
            Link("l2", ("en.p1.s3",), (), LinkStatus.AUTOMATIC),
            Link("l3", (), ("ko.p1.s2",), LinkStatus.AUTOMATIC),
        ),
    )
    root = etree.fromstring(alignment_to_bytes(alignment))
    beads = root.findall(".//{*}linkGrp/*")
    assert [(etree.QName(b).localname, b.get("type")) for b in beads] == [
        ("link", "2-1"),
        ("ptr", "1-0"),
        ("ptr", "0-1"),
    ]
    assert beads[0].get("target") == "a.xml#en.p1.s1 a.xml#en.p1.s2 b.xml#ko.p1.s1"
    assert beads[0].get("subtype") == "manual" and beads[0].get("cert") == "0.5"
    assert root.find(".//{*}linkGrp").get("domains") == "a.xml#en.text b.xml#ko.text"

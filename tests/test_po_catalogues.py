"""A program's gettext catalogue, written by another tool, through bitext and out again as PO:
the same messages under the same keys (msgctxt, msgid, msgid_plural), every plural form in
its place, its comments, references and flags; so that the program still finds each one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext._chars import nfc
from bitext.formats.po import read_po

from .conftest import ROOT, run_bitext
from .strategies import valid_text
from .tools import command

# Django's admin JavaScript catalogue in Serbian (Latin): three plural forms, contexts
# (month names), a locale with a modifier ("sr@latin"), as Transifex writes it.
DJANGO_SR = ROOT / "tests" / "data" / "po" / "django-admin-sr_Latn-djangojs.po"


def messages(catalogue: polib.POFile) -> dict[tuple[str | None, str], tuple[object, ...]]:
    """Each message of a catalogue by its key, with what a program and a translator see of
    it (bitext's own extracted comments left out: they are its fields; translations in
    Unicode NFC, as bitext keeps all text: two of Django's Serbian ones are decomposed)."""
    return {
        (e.msgctxt, e.msgid): (
            e.msgid_plural,
            nfc(e.msgstr),
            tuple((n, nfc(form)) for n, form in sorted(e.msgstr_plural.items())),
            tuple(sorted(e.flags)),
            tuple(e.occurrences),
            e.tcomment,
        )
        for e in catalogue
        if not e.obsolete
    }


def export_again(po: Path, folder: Path) -> Path:
    """``po`` imported into ``folder`` and exported from it as PO, untranslated entries too."""
    assert run_bitext("import", po, "-o", folder / "imported").code == 0
    out = folder / "exported.po"
    assert run_bitext("export", folder / "imported", "-o", out, "--include-unaligned").code == 0
    return out


def catalogue_header(language: str, *fields: str) -> str:
    """A catalogue's header entry: UTF-8, the ``language``, then ``fields`` ("Name: value")."""
    lines = ["Content-Type: text/plain; charset=UTF-8", f"Language: {language}", *fields]
    return 'msgid ""\nmsgstr ""\n' + "".join(f'"{line}\\n"\n' for line in lines) + "\n"


def assert_messages_kept(po: Path, folder: Path) -> None:
    """``po`` exported again (:func:`export_again`) has the messages it had."""
    exported = polib.pofile(str(export_again(po, folder)))
    assert messages(exported) == messages(polib.pofile(str(po)))


def test_a_programs_catalogue_exported_again_keeps_its_keys_and_plural_forms(tmp_path: Path):
    # Every entry without a context was written with the link id as msgctxt (the program's
    # gettext() then found none of them) and each plural entry as two entries, its second
    # and third forms joined into one msgstr (ngettext found nothing).
    original = polib.pofile(str(DJANGO_SR))
    assert any(e.msgid_plural for e in original) and any(e.msgctxt for e in original)
    exported = polib.pofile(str(export_again(DJANGO_SR, tmp_path)))
    assert messages(exported) == messages(original)
    assert exported.metadata["Language"] == "sr@latin"
    assert exported.metadata["Plural-Forms"] == original.metadata["Plural-Forms"]


def test_a_plural_entrys_other_forms_are_a_sentence_each_in_the_tei(tmp_path: Path):
    corpus = read_po(DJANGO_SR)
    plural = [
        (link, corpus.alignment.links[n - 1])
        for n, link in enumerate(corpus.alignment.links)
        if any(note.name == "po:plural" for note in link.notes)
    ]
    assert len(plural) == sum(1 for e in polib.pofile(str(DJANGO_SR)) if e.msgid_plural) == 4
    for link, first in plural:
        assert (len(first.target), len(link.target)) == (1, 2)  # msgstr[0]; msgstr[1], [2]
    assert run_bitext("import", DJANGO_SR, "-o", tmp_path / "out").code == 0
    assert run_bitext("validate", tmp_path / "out").code == 0


def test_a_catalogue_exported_twice_is_the_same_file(tmp_path: Path):
    once = export_again(DJANGO_SR, tmp_path / "once")
    twice = export_again(once, tmp_path / "twice")

    def without_date(path: Path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [line for line in lines if not line.startswith('"PO-Revision-Date')]

    assert without_date(twice) == without_date(once)


@pytest.mark.conformance
def test_msgfmt_compiles_the_catalogue_exported_again(tmp_path: Path):
    exported = export_again(DJANGO_SR, tmp_path)
    subprocess.run(
        [command("msgfmt"), "--check", "-o", str(tmp_path / "out.mo"), str(exported)],
        check=True,
    )


def test_the_corpus_export_still_names_each_entry_by_its_link(tmp_path: Path):
    # Aligned documents are no program's catalogue: msgctxt stays the link id, so that two
    # links of one sentence never make one message twice.
    source = tmp_path / "a.en.txt"
    target = tmp_path / "a.ko.txt"
    source.write_text("Thank you.\n\nThank you.\n", encoding="utf-8")
    target.write_text("감사합니다.\n\n고맙습니다.\n", encoding="utf-8")
    assert run_bitext("align", source, target, "-o", tmp_path / "al.xml").code == 0
    assert run_bitext("export", tmp_path / "al.xml", "-o", tmp_path / "al.po").code == 0
    entries = polib.pofile(str(tmp_path / "al.po"))
    links = [e.comment.split("\n")[0].split()[1] for e in entries]  # "link: a1 1-1 automatic"
    assert [e.msgctxt for e in entries] == links
    assert [e.msgid for e in entries] == ["Thank you.", "Thank you."]


# Text a catalogue's messages may hold; polib writes line separators other than \n as they
# are (U+2028, U+0085 ...) and then reads them as line ends, so they are left out.
_MESSAGES = valid_text.filter(lambda text: text.splitlines() == text.split("\n"))


@st.composite
def catalogues(draw: st.DrawFn) -> tuple[int, list[polib.POEntry]]:
    """A program's catalogue: messages with and without contexts, some with plural forms
    (as many as ``nplurals``), some untranslated."""
    forms = draw(st.integers(min_value=1, max_value=4))
    entries, keys = [], set()
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        context = draw(st.one_of(st.none(), _MESSAGES))
        msgid = draw(_MESSAGES)
        if (context, msgid) in keys:
            continue
        keys.add((context, msgid))
        entry = polib.POEntry(msgctxt=context, msgid=msgid)
        if draw(st.booleans()):
            entry.msgid_plural = draw(_MESSAGES)
            translated = draw(st.booleans())
            entry.msgstr_plural = {n: draw(_MESSAGES) if translated else "" for n in range(forms)}
        else:
            entry.msgstr = draw(st.one_of(st.just(""), _MESSAGES))
        entries.append(entry)
    return forms, entries


@settings(max_examples=40, deadline=None)
@given(catalogues())
def test_any_programs_catalogue_keeps_its_messages_through_bitext(
    catalogue: tuple[int, list[polib.POEntry]],
):
    import tempfile

    forms, entries = catalogue
    original = polib.POFile(wrapwidth=0)
    original.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": "sr@latin",
        "Plural-Forms": f"nplurals={forms}; plural=0;",
    }
    original.extend(entries)
    with tempfile.TemporaryDirectory() as folder:
        po = Path(folder) / "messages.po"
        original.save(str(po))
        exported = polib.pofile(str(export_again(po, Path(folder))))
        expected = messages(polib.pofile(str(po)))
    assert messages(exported) == expected


def test_plural_forms_no_sentence_can_hold_are_written_back_as_they_were(tmp_path: Path):
    # Django's Breton catalogue has forms with a space after them, and a catalogue may leave
    # one form empty: neither can be a sentence, so such forms were one sentence, written
    # back as the second form with the others empty.
    po = tmp_path / "br.po"
    po.write_text(
        catalogue_header("br", "Plural-Forms: nplurals=4; plural=(n==1 ? 0 : 1);")
        + 'msgid "%d file was changed."\nmsgid_plural "%d files were changed."\n'
        'msgstr[0] "%d restr a zo bet cheñchet."\nmsgstr[1] "%d restr a zo bet cheñchet. "\n'
        'msgstr[2] ""\nmsgstr[3] "%d restr a zo bet cheñchet."\n',
        encoding="utf-8",
    )
    assert_messages_kept(po, tmp_path)


def test_a_catalogue_in_the_language_of_its_messages_keeps_both_documents(tmp_path: Path):
    # Django's English catalogues (Language: en, messages in English): both documents were
    # written to django.en.xml, the target over the source, and the export then failed.
    po = tmp_path / "django.po"
    po.write_text(
        catalogue_header("en")
        + 'msgid "Afrikaans"\nmsgstr ""\n\nmsgid "Log in"\nmsgstr "Sign in"\n',
        encoding="utf-8",
    )
    folder = tmp_path / "imported"
    assert run_bitext("import", po, "-o", folder).code == 0
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["django.en-en.xml", "django.en.source.xml", "django.en.target.xml"]
    assert "Afrikaans" in (folder / "django.en.source.xml").read_text(encoding="utf-8")
    assert "Sign in" in (folder / "django.en.target.xml").read_text(encoding="utf-8")
    assert run_bitext("validate", folder).code == 0
    assert_messages_kept(po, tmp_path)


def test_a_catalogue_with_a_tools_own_header_field_is_exported_the_same_twice(tmp_path: Path):
    # Babel writes Generated-By before Language and Plural-Forms (Sphinx's catalogues); the
    # kept fields were listed in the order read, which the export's header then changed.
    po = tmp_path / "sphinx.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Project-Id-Version: Sphinx\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n"Generated-By: Babel 2.17.0\\n"\n'
        '"Language: de\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Index"\nmsgstr "Stichwortverzeichnis"\n',
        encoding="utf-8",
    )
    once = export_again(po, tmp_path / "once")
    twice = export_again(once, tmp_path / "twice")
    kept = [
        [line for line in path.read_text(encoding="utf-8").splitlines() if "X-Bitext-Kept" in line]
        for path in (once, twice)
    ]
    assert kept[0] == kept[1] and "Generated-By" in kept[0][0]


KOREAN_PO = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: ko\n"
"Plural-Forms: nplurals=1; plural=0;\n"

msgid "Filter"
msgstr "필터"

#, javascript-format
msgid "%s selected option not visible"
msgid_plural "%s selected options not visible"
msgstr[0] "선택된 옵션 %s개가 보이지 않습니다."
"""


@pytest.mark.conformance
def test_a_korean_catalogues_plural_entries_are_found_by_ngettext_after_export(tmp_path: Path):
    # Korean has one plural form: the msgid_plural was a link of its own with no translation,
    # left out of an export without --include-unaligned, so the entry came back without it,
    # and Python's ngettext found no translation.
    import gettext

    po = tmp_path / "ko.po"
    po.write_text(KOREAN_PO, encoding="utf-8")
    assert run_bitext("import", po, "-o", tmp_path / "tei").code == 0
    corpus = read_po(po)
    assert [(len(link.source), len(link.target)) for link in corpus.alignment.links] == [
        (1, 1),
        (1, 1),
    ]
    assert run_bitext("export", tmp_path / "tei", "-o", tmp_path / "out.po").code == 0
    assert messages(polib.pofile(str(tmp_path / "out.po"))) == messages(polib.pofile(str(po)))
    mo = tmp_path / "ko.mo"
    subprocess.run(
        [command("msgfmt"), "--check", "-o", str(mo), str(tmp_path / "out.po")], check=True
    )
    with mo.open("rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    for n in (1, 5):
        found = translations.ngettext(
            "%s selected option not visible", "%s selected options not visible", n
        )
        assert found == "선택된 옵션 %s개가 보이지 않습니다."


def test_a_note_on_a_plural_entrys_second_link_comes_back_on_it(tmp_path: Path):
    # A reviewer's note on the link of an entry's msgid_plural was dropped by the PO export,
    # which writes the two links as one entry: only the first link's notes were written.
    from dataclasses import replace

    from bitext.model import LinkNote, NoteKind
    from bitext.tei import alignment_to_bytes, document_to_bytes

    corpus = read_po(DJANGO_SR)
    note = LinkNote(NoteKind.NOTE, "Checked: the second and third forms differ.", "reviewer")
    links = [
        replace(link, notes=(*link.notes, note))
        if any(n.name == "po:plural" for n in link.notes)
        else link
        for link in corpus.alignment.links
    ]
    folder = tmp_path / "tei"
    folder.mkdir()
    (folder / "sr.en.xml").write_bytes(document_to_bytes(corpus.source))
    (folder / "sr.sr-Latn.xml").write_bytes(document_to_bytes(corpus.target))
    alignment = replace(
        corpus.alignment, links=tuple(links), source_doc="sr.en.xml", target_doc="sr.sr-Latn.xml"
    )
    (folder / "sr.en-sr-Latn.xml").write_bytes(alignment_to_bytes(alignment))
    assert run_bitext("export", folder, "-o", tmp_path / "out.po").code == 0
    again = read_po(tmp_path / "out.po")
    noted = [
        any(n.name == "po:plural" for n in link.notes)
        for link in again.alignment.links
        if note in link.notes
    ]
    assert noted == [True] * 4  # on each of the four plural links, and on no other


@pytest.mark.parametrize(
    "marker", ["²", "9" * 5000, "100000000", "0", "[" * 100_000 + "]" * 100_000, '{"a": 1}']
)
def test_a_plural_marker_no_catalogue_wrote_is_a_link_of_its_own(tmp_path: Path, marker: str):
    # A hand-edited TEI's po:plural may be anything: "²" passed isdigit() and then broke
    # int(), a huge number asked for as many empty forms, deep JSON broke the parser.
    from dataclasses import replace

    from bitext.formats.base import Unit
    from bitext.formats.poplural import plural_forms, with_plurals
    from bitext.model import LinkNote, LinkStatus, NoteKind

    first = Unit("l1", "1-1", LinkStatus.MANUAL, None, ("en.s1",), ("ko.s1",), ("A",), ("가",))
    second = replace(first, id="l2", notes=(LinkNote(NoteKind.PROPERTY, marker, "po:plural"),))
    assert plural_forms(second) is None
    assert list(with_plurals([first, second])) == [(first, None), (second, None)]

"""Locale names (a PO catalogue's Language, a TMX's xml:lang="en_US") read as BCP 47 tags
and written back as gettext writes them."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bitext.lang.locales import locale_of_tag, tag_of_locale
from bitext.lang.rules import canonical_language_tag, check_language_tag

from .conftest import run_bitext, write_utf8

# Language headers of real catalogues (Django's and Sphinx's, as Transifex writes them).
SEEN = [
    ("pt_BR", "pt-BR"),
    ("sr@latin", "sr-Latn"),
    ("sr_RS@latin", "sr-Latn-RS"),
    ("ca@valencia", "ca-valencia"),
    ("zh_TW.Big5", "zh-TW"),
    ("zh_Hans", "zh-Hans"),
    ("uz@cyrillic", "uz-Cyrl"),
    ("sr@ijekavianlatin", "sr-Latn-ijekavsk"),
    ("de_DE.UTF-8@euro", "de-DE-x-euro"),
    ("es_419", "es-419"),
    ("ko", "ko"),
    ("en-US", "en-US"),
]


@pytest.mark.parametrize(("name", "tag"), SEEN)
def test_a_locale_name_reads_as_its_bcp_47_tag(name: str, tag: str):
    assert tag_of_locale(name) == tag
    assert check_language_tag(tag) == tag


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("sr-Latn", "sr@latin"),
        ("sr-Latn-RS", "sr_RS@latin"),
        ("ca-ES-valencia", "ca_ES@valencia"),
        ("sr-Latn-ijekavsk", "sr@ijekavianlatin"),
        ("zh-Hant-TW", "zh_Hant_TW"),
        ("de-DE-x-euro", "de_DE@euro"),
        ("pt-BR", "pt_BR"),
    ],
)
def test_a_tag_is_written_back_as_the_locale_gettext_knows(tag: str, name: str):
    assert locale_of_tag(tag) == name


@pytest.mark.parametrize("name", ["C", "POSIX", "english", "en@toolongmodifier", "e_US"])
def test_what_is_no_locale_is_left_for_the_tags_own_check(name: str):
    assert tag_of_locale(name) == name


_LANGUAGES = st.from_regex(r"[a-z]{2,3}", fullmatch=True)
_REGIONS = st.one_of(st.just(""), st.from_regex(r"[A-Z]{2}", fullmatch=True))
_MODIFIERS = st.one_of(
    st.just(""),
    st.sampled_from(["latin", "cyrillic", "devanagari", "valencia", "ijekavian"]),
    st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True),
)


@given(_LANGUAGES, _REGIONS, _MODIFIERS, st.sampled_from(["", ".UTF-8", ".Big5"]))
def test_any_locale_name_gives_a_valid_tag_that_writes_back_as_the_name(
    language: str, region: str, modifier: str, codeset: str
):
    name = language + (f"_{region}" if region else "") + codeset
    name += f"@{modifier}" if modifier else ""
    tag = tag_of_locale(name)
    assert canonical_language_tag(tag) == tag
    written_back = name.replace(codeset, "") if codeset else name
    assert locale_of_tag(tag) == written_back


SERBIAN_LATIN_PO = r"""# This file is distributed under the same license as the Django package.
msgid ""
msgstr ""
"Project-Id-Version: django\n"
"Language-Team: Serbian (Latin) (http://app.transifex.com/django/django/language/sr@latin/)\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Language: sr@latin\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
"(n%100<10 || n%100>=20) ? 1 : 2);\n"

msgid "Filter"
msgstr "Filter"

msgid "Remove all"
msgstr "Ukloni sve"
"""


def test_a_catalogue_of_a_locale_with_a_modifier_imports_and_exports_as_it(tmp_path: Path):
    # 'sr@latin' became sentence ids 'sr@latin.p1.s1', refused as no NCName: every
    # Serbian (Latin), Valencian or 'zh_TW.Big5' catalogue failed to import.
    po = write_utf8(tmp_path, "djangojs.po", SERBIAN_LATIN_PO)
    assert run_bitext("import", po, "-o", tmp_path / "out").code == 0
    tei = (tmp_path / "out" / "djangojs.sr-Latn.xml").read_text(encoding="utf-8")
    assert 'xml:lang="sr-Latn"' in tei
    assert run_bitext("validate", tmp_path / "out").code == 0
    assert run_bitext("export", tmp_path / "out", "-o", tmp_path / "back.po").code == 0
    assert polib.pofile(str(tmp_path / "back.po")).metadata["Language"] == "sr@latin"


def test_a_tmx_that_writes_locales_for_languages_imports(tmp_path: Path):
    tmx = write_utf8(
        tmp_path,
        "memory.tmx",
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x"'
        ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en_US"'
        ' datatype="plaintext"/><body><tu><tuv xml:lang="en_US"><seg>Hello world.</seg></tuv>'
        '<tuv xml:lang="sr_RS@latin"><seg>Zdravo svete.</seg></tuv></tu></body></tmx>\n',
    )
    assert run_bitext("import", tmx, "-o", tmp_path / "out").code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["memory.en-US-sr-Latn-RS.xml", "memory.en-US.xml", "memory.sr-Latn-RS.xml"]

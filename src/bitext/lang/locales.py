"""Locale names as gettext and POSIX write them (``pt_BR``, ``sr_RS@latin``, ``zh_TW.Big5``)
and the BCP 47 language tags bitext keeps (``pt-BR``, ``sr-Latn-RS``, ``zh-TW``).

A PO catalogue's ``Language`` header is a locale name, and some translation memories write
``xml:lang="en_US"``. A locale's region follows an underscore, its codeset a period (the
file's encoding, not its language: dropped) and its modifier an ``@``: a script or a variant
in BCP 47 (``data/locale_modifiers.txt``), any other kept as a private-use subtag
(``de_DE@euro`` is ``de-DE-x-euro``), so that a tag written back as a locale
(:func:`locale_of_tag`) gives the same name, codeset aside.
"""

from __future__ import annotations

import functools
import re

from bitext.lang.rules import data_table

_LOCALE = re.compile(
    r"([A-Za-z]{2,3})(?:[_-]([A-Za-z]{4}))?(?:[_-]([A-Za-z]{2}|[0-9]{3}))?"
    r"(?:\.[A-Za-z0-9_-]+)?(?:@([A-Za-z0-9]+))?"
)
_PRIVATE_USE = re.compile(r"[A-Za-z0-9]{1,8}")
_FILE = "locale_modifiers.txt"  # in data/: each modifier and its BCP 47 subtags


def tag_of_locale(name: str) -> str:
    """The BCP 47 tag of a locale name; a name with no ``_``, ``.`` or ``@`` (a tag already),
    or none a locale could be, unchanged (the tag's own check then refuses it).

    >>> [tag_of_locale(n) for n in ("pt_BR", "sr@latin", "zh_TW.Big5", "ca@valencia", "ko")]
    ['pt-BR', 'sr-Latn', 'zh-TW', 'ca-valencia', 'ko']
    >>> tag_of_locale("de_DE.UTF-8@euro")
    'de-DE-x-euro'
    """
    found = _LOCALE.fullmatch(name)
    if found is None or not any(mark in name for mark in "_.@"):
        return name
    language, script, region, modifier = found.groups()
    variants: tuple[str, ...] = ()
    if modifier:
        subtags = _subtags_of_modifier().get(modifier.lower())
        if subtags is None and not _PRIVATE_USE.fullmatch(modifier):
            return name
        if subtags is None:
            variants = ("x", modifier.lower())
        else:
            script = next((s for s in subtags if _is_script(s)), script)
            variants = tuple(s for s in subtags if not _is_script(s))
    return "-".join(part for part in (language, script, region, *variants) if part)


def locale_of_tag(tag: str) -> str:
    """The locale name gettext writes for a BCP 47 tag (the inverse of
    :func:`tag_of_locale`): the region after ``_``, a script or variants that a modifier
    names as ``@modifier``, any other subtag joined by ``_``.

    >>> [locale_of_tag(t) for t in ("pt-BR", "sr-Latn-RS", "ca-ES-valencia", "zh-Hans", "ko")]
    ['pt_BR', 'sr_RS@latin', 'ca_ES@valencia', 'zh_Hans', 'ko']
    >>> locale_of_tag("de-DE-x-euro")
    'de_DE@euro'
    """
    language, *rest = tag.split("-")
    private = rest[rest.index("x") + 1 :] if "x" in rest else []
    rest = rest[: rest.index("x")] if "x" in rest else rest
    script = rest.pop(0) if rest and _is_script(rest[0]) else ""
    region = rest.pop(0) if rest and (len(rest[0]) == 2 or rest[0].isdigit()) else ""
    modifiers = _modifier_of_subtags()
    modifier = ""
    for said in ((script, *rest), tuple(rest), (script,)):
        if all(said) and (key := tuple(s.lower() for s in said)) in modifiers:
            modifier = modifiers[key]
            script = "" if script in said else script
            rest = [] if set(rest) <= set(said) else rest
            break
    if not modifier and len(private) == 1:
        modifier, private = private[0], []
    parts = (language, script, region, *rest, *(["x", *private] if private else []))
    name = "_".join(part for part in parts if part)
    return f"{name}@{modifier}" if modifier else name


def _is_script(subtag: str) -> bool:
    """Whether a BCP 47 subtag after the language is a script (four letters: ``Latn``)."""
    return len(subtag) == 4 and subtag.isalpha()


@functools.cache
def _subtags_of_modifier() -> dict[str, tuple[str, ...]]:
    """``data/locale_modifiers.txt``: each modifier's BCP 47 subtags."""
    return {modifier: tuple(subtags.split("-")) for modifier, subtags in data_table(_FILE)}


@functools.cache
def _modifier_of_subtags() -> dict[tuple[str, ...], str]:
    """The modifier for each BCP 47 subtags (lower case) that one names: the first listed."""
    found: dict[tuple[str, ...], str] = {}
    for modifier, subtags in _subtags_of_modifier().items():
        found.setdefault(tuple(s.lower() for s in subtags), modifier)
    return found

"""Annotations: text a CAT tool marks without any native code (a term, a name, text not to
translate), TMX's ``hi`` and the ``mrk`` of XLIFF 1.2 and 2.0.

Each of the three formats writes an annotation read from any of them as its own element
around the text, never as a code holding the other format's tag (which a tool would put
into the translated document as markup). Written in the format it came from, an annotation
keeps every attribute it had (each writer's own business); written in another, what it marks
is carried over as that format says it: TMX ``hi type``, XLIFF 1.2 ``mtype`` (required: a
value of its list, or ``x-`` and a tool's own; ``protected`` for text not to translate,
``x-generic`` for an annotation that says nothing of itself), XLIFF 2.0 ``type="term"`` or
``translate="no"``, and any other kind as a value of bitext's own (2.0 allows its own values
and those of a named authority: ``type="bitext:x-em"``), read back as the kind it was.
"""

from __future__ import annotations

import regex

from bitext.formats.codes import XLIFF1, XLIFF2, CodeElement
from bitext.tei import xmltext as esc

__all__ = ["annotation_kind", "is_annotation", "mtype12", "tmx_type", "xliff2_attributes"]

PROTECTED = "protected"
GENERIC12 = "x-generic"  # XLIFF 1.2's mtype for an annotation that says nothing of itself
OWN2 = "bitext:"  # the prefix of an XLIFF 2.0 type of bitext's: a kind 2.0 has no value for
_SPACES = regex.compile(r"\s+")
# XLIFF 1.2's values of mtype (its specification's list); any other is written "x-" + it.
_MTYPES = frozenset(
    {
        "abbrev",
        "abbreviated-form",
        "abbreviation",
        "acronym",
        "appellation",
        "collocation",
        "common-name",
        "datetime",
        "equation",
        "expanded-form",
        "formula",
        "head-term",
        "initialism",
        "international-scientific-term",
        "internationalism",
        "logical-expression",
        "materials-management-unit",
        "name",
        "near-synonym",
        "part-number",
        "phrase",
        "phraseological-unit",
        "protected",
        "romanized-form",
        "seg",
        "set-phrase",
        "short-form",
        "sku",
        "standard-text",
        "symbol",
        "synonym",
        "synonymous-phrase",
        "term",
        "transcribed-form",
        "transliterated-form",
        "truncated-term",
        "variant",
    }
)


def is_annotation(element: CodeElement | None) -> bool:
    """Whether a code came from an annotation: a TMX ``hi``, an XLIFF 1.2 ``mrk`` with its
    ``mtype`` (the schema requires one), an XLIFF 2.0 ``mrk``."""
    if element is None:
        return False
    if element.namespace == "" and element.name == "hi":
        return True
    if element.name != "mrk":
        return False
    return element.namespace == XLIFF2 or (
        element.namespace in XLIFF1 and "mtype" in dict(element.attributes)
    )


def annotation_kind(element: CodeElement) -> str | None:
    """What an annotation marks: ``protected`` for text not to translate (XLIFF 1.2
    ``mtype="protected"``, 2.0 ``translate="no"``), else its TMX ``type``, 1.2 ``mtype`` or
    2.0 ``type`` (None for none said, or 2.0's default ``generic``)."""
    attributes = dict(element.attributes)
    if element.namespace == XLIFF2:
        if attributes.get("translate") == "no":
            return PROTECTED
        kind = attributes.get("type")
        return None if kind in (None, "generic") else kind.removeprefix(OWN2)
    if element.namespace in XLIFF1:
        kind = attributes.get("mtype")
        return None if kind == GENERIC12 else kind
    return attributes.get("type") or None


def tmx_type(kind: str | None) -> str:
    """A TMX ``hi``'s attributes for an annotation of ``kind`` from another format."""
    return f' type="{esc.attribute(kind)}"' if kind else ""


def mtype12(kind: str | None) -> str:
    """An XLIFF 1.2 ``mrk``'s attributes for an annotation of ``kind`` from another format:
    its ``mtype``, the kind itself where XLIFF 1.2 has it, else ``x-`` and the kind (white
    space as hyphens: a value is one token), ``x-generic`` for none."""
    if kind is None:
        kind = GENERIC12
    elif kind not in _MTYPES and not kind.startswith("x-"):
        kind = f"x-{_token(kind)}"
    return f' mtype="{esc.attribute(_token(kind))}"'


def xliff2_attributes(kind: str | None) -> str:
    """An XLIFF 2.0 ``mrk``'s attributes for an annotation of ``kind`` from another format:
    ``translate="no"`` for protected text, ``type="term"`` for a term, none (2.0's
    ``generic``) for none, else bitext's own value (``type="bitext:x-em"``, white space as
    hyphens: a value is one token)."""
    if kind == PROTECTED:
        return ' translate="no"'
    if kind is None:
        return ""
    written = "term" if kind == "term" else f"{OWN2}{_token(kind)}"
    return f' type="{esc.attribute(written)}"'


def _token(kind: str) -> str:
    """A kind as one token (runs of white space as a hyphen)."""
    return _SPACES.sub("-", kind.strip()) or "-"

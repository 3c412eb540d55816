"""The bundled RELAX NG and Schematron schemas, loaded once, and what they report."""

from __future__ import annotations

import functools
from importlib import resources

from lxml import etree, isoschematron

from bitext.model import Problem

_SVRL = "{http://purl.oclc.org/dsdl/svrl}"


def schema_path(name: str) -> str:
    """The file-system path of a bundled schema (``document.rng``, ``rules.sch`` ...)."""
    return str(resources.files("bitext") / "schemas" / name)


@functools.lru_cache(maxsize=4)
def _relaxng(name: str) -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(schema_path(name)))


@functools.lru_cache(maxsize=1)
def _schematron() -> isoschematron.Schematron:
    # The report keeps the failed asserts only: by default it also records every rule that
    # fired, an element for each sentence, link and note (2 million for an import of 200,000
    # units, whose validation then took 3.4 GB of memory instead of 2.7).
    return isoschematron.Schematron(
        etree.parse(schema_path("rules.sch")),
        store_report=True,
        compile_params={"generate-fired-rule": "'false'"},
    )


def grammar_problems(root: etree._Element, kind: str, path: str) -> list[Problem]:
    """Check ``root`` against the grammar of ``kind`` (``document`` or ``alignment``)."""
    schema = _relaxng(f"{kind}.rng")
    if schema.validate(root.getroottree()):
        return []
    return [
        Problem(path, error.line, "schema", f"{error.message} (see schemas/{kind}.rng)")
        for error in schema.error_log
    ]


def schematron_problems(root: etree._Element, path: str) -> list[Problem]:
    """Check ``root`` against the Schematron rules; each failed assert names its rule."""
    schematron = _schematron()
    if schematron.validate(root.getroottree()):
        return []
    problems: list[Problem] = []
    report = schematron.validation_report
    if report is None:
        return problems
    for failed in report.iter(f"{_SVRL}failed-assert"):
        located = root.getroottree().xpath(failed.get("location", "/"))
        line = located[0].sourceline if isinstance(located, list) and located else 0
        message = " ".join("".join(failed.itertext()).split())
        problems.append(Problem(path, line or 0, failed.get("id", "schematron"), message))
    return problems

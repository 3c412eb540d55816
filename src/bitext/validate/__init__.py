"""Validation of bitext TEI documents and alignments: grammar, Schematron, cross-file checks.

>>> import tempfile
>>> from pathlib import Path
>>> from bitext import ingest_text
>>> from bitext.tei import write_document
>>> folder = Path(tempfile.mkdtemp())
>>> write_document(ingest_text("Japan acts. Korea watches.", "en"), folder / "doc.xml")
>>> validate(folder / "doc.xml")
[]
>>> _ = (folder / "doc.xml").write_text("<TEI/>", encoding="utf-8")
>>> [problem.message for problem in validate(folder / "doc.xml")][:1]  # doctest: +ELLIPSIS
['...']
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bitext.model import Problem
    from bitext.validate.run import ValidationReport, validate_paths


def validate(path: str | Path, *, allow_outside: bool = False) -> list[Problem]:
    """Validate one TEI document or alignment (an alignment also checks its documents).

    Returns the problems found, each with file, line, rule and message; an empty list means
    valid. Never raises for bad input: unreadable or malformed files are problems too. The
    documents of an alignment must be inside its folder unless ``allow_outside``.
    """
    from bitext.validate.run import validate_paths

    return list(validate_paths([path], allow_outside=allow_outside).problems)


def __getattr__(name: str) -> Any:
    """The checking machinery (lxml, the schemas) is imported on first use (PEP 562), so
    that ``import bitext`` does not load it: ``bitext.validate`` is both this package and
    its function, and the package's ``__init__`` imports it eagerly."""
    if name in ("ValidationReport", "validate_paths"):
        value = getattr(importlib.import_module("bitext.validate.run"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'bitext.validate' has no attribute {name!r}")


__all__ = ["ValidationReport", "validate", "validate_paths"]

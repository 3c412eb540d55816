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

from bitext.validate.run import ValidationReport, validate, validate_paths

__all__ = ["ValidationReport", "validate", "validate_paths"]

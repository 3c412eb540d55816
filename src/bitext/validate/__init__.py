"""Validation of bitext TEI documents and alignments: grammar, Schematron, cross-file checks.

>>> problems = validate("corpus/asan-2024-13s.en-ko.xml")  # doctest: +SKIP
>>> problems
[]
"""

from bitext.validate.run import ValidationReport, validate, validate_paths

__all__ = ["ValidationReport", "validate", "validate_paths"]

"""The exception hierarchy of bitext: everything it raises on bad input is a BitextError.

Each class also subclasses the matching builtin, so callers that catch ``ValueError`` or
``OSError`` keep working.
"""

from __future__ import annotations

from pathlib import Path


class BitextError(Exception):
    """Root of every error that bitext raises on bad input or a failed operation."""


class ParseError(BitextError, ValueError):
    """Input that cannot be read: undecodable bytes, malformed XML, a wrong document shape.

    ``path`` and ``line`` say where, when known; ``str()`` gives a one-line message that starts
    with ``path:line:``.
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        return where + self.message


class InvalidTextError(BitextError, ValueError):
    """Text that the model refuses: empty, not NFC, or with characters XML 1.0 forbids."""


class UnsupportedLanguageError(BitextError, ValueError):
    """A language code that is not a BCP 47 tag, or that has no rules where rules are needed."""


class OutputError(BitextError, OSError):
    """An output that cannot be written (missing directory, no permission)."""


class ValidationError(BitextError, ValueError):
    """A document or alignment that breaks a schema or a cross-file rule."""


class AlignmentError(BitextError, ValueError):
    """Alignment inputs that cannot be aligned as asked (e.g. manual links that cross)."""


class FormatError(BitextError, ValueError):
    """A file in an exchange format (TMX, PO, XLIFF, ...) that cannot be read or written."""


class GenericRulesWarning(UserWarning):
    """A language has no data of its own: its sentences are split by the generic rules."""


class InlineCodesWarning(UserWarning):
    """Some of an imported file's inline codes (a CAT tool's formatting tags) have a
    placeholder its text also writes as words, so they stay text, without their markup."""


class UnmappedGlyphsWarning(UserWarning):
    """A few glyphs of a PDF map to no character (symbols) and were left out of its text."""


class PdfReadWarning(UserWarning):
    """The PDF library reported trouble reading a PDF (a damaged stream, a string it could
    not render), so some of its text may be missing; or the PDF asks not to have its text
    extracted."""


class SameLanguageWarning(UserWarning):
    """Both sides of an alignment are in the same language (allowed, but often a mistake)."""


class EvaluationWarning(UserWarning):
    """An alignment scored against gold looks malformed or of other sentences: a sentence
    in two beads, or test sentences past the gold's last (it is scored as written)."""

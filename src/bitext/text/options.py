"""The options of ingest (:func:`bitext.text.ingest_file`, the streamed ingest)."""

from __future__ import annotations

from dataclasses import dataclass

from bitext.model import Author, Identifier, Licence, RelatedItem, Responsibility


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read a plain text. Empty fields are filled from the front matter when possible.

    ``front_blocks`` / ``back_blocks`` override the detection of front and back matter;
    ``format`` the detection of the file's format (``text``, ``docx``, ``html``, ``pdf``,
    ``hwpx``).
    """

    title: str = ""
    authors: tuple[Author, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    date: str = ""
    publisher: str = ""
    identifiers: tuple[Identifier, ...] = ()
    related: tuple[RelatedItem, ...] = ()
    notes: tuple[str, ...] = ()
    source: str = ""
    licence: Licence | None = None
    encoding: str | None = None
    format: str = ""
    front_blocks: int | None = None
    back_blocks: int | None = None
    abbreviations: tuple[str, ...] = ()

"""The registry of exchange formats: each format's name, extension, module and shape, the
names and extensions people use for them, and a format's module imported when it is used.

One module per format implements it (``write_<name>``, and ``read_<name>`` for a format
bitext reads back); :class:`FormatInfo` says how each is called.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Protocol

from bitext.errors import FormatError, ParseError
from bitext.formats.base import CorpusInfo, Unit
from bitext.formats.rebuild import ImportedCorpus
from bitext.tei.xml import as_utf8_xml


class Writer(Protocol):
    """Writes units to a binary stream (one module per format implements it)."""

    def __call__(self, units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
        """Write the units; return how many were written."""
        ...


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """A format: its name, file extension, module, and how it is written and read.

    ``shape`` says what its module's ``write_<name>`` takes: ``units`` (units and one
    stream), ``pair`` (units and two streams, named by the module's ``paired_paths``),
    ``documents`` (the two documents and the alignment) or ``corpus`` (a folder of files:
    the module's ``opus_files``). ``reads``: bitext reads it back, by the module's
    ``read_<name>`` or, where ``reader`` names one (``module:function``), by that function
    (:func:`reader_for`); ``many_targets``: a file may hold more than one target language,
    and the reader takes ``target_lang`` to choose one; ``needs_langs``: a file may not name
    its languages, and the reader takes ``source_lang`` and ``target_lang``.
    """

    name: str
    extension: str
    module: str
    description: str
    shape: str = "units"
    reads: bool = False
    many_targets: bool = False
    needs_langs: bool = False
    reader: str = ""


FORMATS = {
    info.name: info
    for info in (
        FormatInfo(
            "tmx",
            ".tmx",
            "bitext.formats.tmx",
            "TMX 1.4b translation memory",
            reads=True,
            many_targets=True,
        ),
        FormatInfo("po", ".po", "bitext.formats.po", "gettext PO catalogue", reads=True),
        FormatInfo(
            "xliff",
            ".xlf",
            "bitext.formats.xliff",
            "XLIFF 1.2 (reads 2.0 too)",
            reads=True,
            many_targets=True,
        ),
        FormatInfo(
            "xliff2",
            ".xliff2.xlf",
            "bitext.formats.xliff2",
            "XLIFF 2.0",
            reads=True,
            many_targets=True,
            reader="bitext.formats.xliff:read_xliff",  # one reader for 1.2 and 2.0
        ),
        FormatInfo(
            "moses",
            "",
            "bitext.formats.moses",
            "Moses: two line-aligned files",
            shape="pair",
            reads=True,
        ),
        FormatInfo(
            "tsv",
            ".tsv",
            "bitext.formats.tsv",
            "tab-separated values with ids (reads two-column parallel TSV and CSV tables too)",
            reads=True,
            needs_langs=True,
        ),
        FormatInfo(
            "jsonl",
            ".jsonl",
            "bitext.formats.jsonl",
            "JSON lines, one link a line",
            reads=True,
            needs_langs=True,
        ),
        FormatInfo(
            "html", ".html", "bitext.formats.html", "side-by-side HTML view", shape="documents"
        ),
        FormatInfo(
            "xlsx",
            ".xlsx",
            "bitext.formats.xlsx",
            "spreadsheet for review (Excel, LibreOffice); edits read back (reads any "
            "two-column bilingual sheet too)",
            shape="documents",
            reads=True,
            needs_langs=True,
            reader="bitext.formats.xlsxread:read_xlsx",
        ),
        FormatInfo(
            "xces",
            "",
            "bitext.formats.xces",
            "XCES alignment and documents in the OPUS corpus layout (a folder)",
            shape="corpus",
        ),
    )
}


# Other names people use for a format (older bitext names included).
FORMAT_ALIASES = {"xliff12": "xliff", "xliff1": "xliff", "xliff20": "xliff2", "xlf": "xliff"}
# Other file extensions that name a format.
_EXTRA_EXTENSIONS = {".xliff": "xliff", ".htm": "html", ".txt": "moses"}


def canonical_format(name: str) -> str:
    """The format's own name for ``name`` (``xliff12`` -> ``xliff``), lower-cased."""
    name = name.strip().lower()
    return FORMAT_ALIASES.get(name, name)


def format_for_path(path: str | Path) -> str | None:
    """The export format a file name's extension names (the longest match), or None.

    >>> format_for_path("out.xliff2.xlf"), format_for_path("out.xlf"), format_for_path("a.tmx")
    ('xliff2', 'xliff', 'tmx')
    """
    name = Path(path).name.lower()
    matches = [
        (len(info.extension), info.name)
        for info in FORMATS.values()
        if info.extension and name.endswith(info.extension)
    ]
    if matches:
        return max(matches)[1]
    return _EXTRA_EXTENSIONS.get(Path(name).suffix)


# File extensions that CAT tools give the formats bitext imports, beyond its own.
_IMPORT_EXTENSIONS = {
    ".sdlxliff": "xliff",  # Trados Studio
    ".mqxliff": "xliff",  # memoQ
    ".xliff": "xliff",
    ".xlf": "xliff",
    ".pot": "po",
    ".json": "jsonl",
    ".csv": "tsv",  # a bilingual table a spreadsheet or terminology tool saved
}
# The root element of an XML exchange file, and its format.
_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?(tmx|xliff)[\s>]")


def import_format_for(path: str | Path, has_target: bool = False) -> str | None:
    """The format an exchange file to import is in: by its name (``.tmx``, ``.po``,
    ``.xlf``/``.sdlxliff``/``.mqxliff``, ``.tsv``/``.csv``, ``.jsonl``, ``.xlsx``; any XLIFF, 1.2 or
    2.0, reads as ``xliff``), else, for XML, by its root element; a pair of plain text files
    (``has_target``) is Moses. None where neither tells."""
    if has_target:
        return "moses"
    suffix = Path(path).suffix.lower()
    found = _IMPORT_EXTENSIONS.get(suffix) or format_for_path(path)
    if found in ("xliff2", "moses", "html", "xces"):
        found = "xliff" if found == "xliff2" else None
    if found is not None:
        return found
    try:
        with open(path, "rb") as handle:
            head = as_utf8_xml(handle.read(4096), path)
    except (OSError, ParseError):
        return None
    match = _XML_ROOT.search(head)
    return match.group(1).decode() if match else None


def format_names() -> tuple[str, ...]:
    """Every format bitext exports."""
    return tuple(FORMATS)


def import_names() -> tuple[str, ...]:
    """Every format bitext reads back."""
    return tuple(name for name, info in FORMATS.items() if info.reads)


def format_module(name: str) -> ModuleType:
    """The module of format ``name`` (imported only when used)."""
    info = FORMATS.get(name)
    if info is None:
        raise FormatError(f"unknown format {name!r}; use one of {', '.join(format_names())}")
    return importlib.import_module(info.module)


def writer_for(name: str) -> Writer:
    """The writer of a format of shape ``units`` (see :class:`FormatInfo`)."""
    module = format_module(name)
    if FORMATS[name].shape != "units":
        raise FormatError(f"{name} is not written unit by unit to one stream")
    writer: Writer = getattr(module, f"write_{name}")
    return writer


def reader_for(name: str) -> Callable[..., ImportedCorpus]:
    """The function that reads format ``name`` back (see :class:`FormatInfo`; its
    arguments depend on the format's shape and flags)."""
    info = FORMATS.get(name)
    if info is None or not info.reads:
        raise FormatError(f"cannot import {name!r}; bitext imports {', '.join(import_names())}")
    module, _, function = info.reader.partition(":")
    found: Callable[..., ImportedCorpus] = getattr(
        importlib.import_module(module) if module else format_module(name),
        function or f"read_{name}",
    )
    return found

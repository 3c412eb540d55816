"""HWPX, the open XML format of the Hangul word processor (KS X 6101, OWPML), read with lxml:
the sections listed in the package's manifest, in order; each paragraph (``hp:p``) a block,
paragraphs in table cells included; outline styles (개요) are headings. Footnotes and
endnotes (``hp:footNote``, ``hp:endNote``, inside the paragraph they annotate) become the
back matter, kept and never aligned, instead of interrupting the text. A paragraph's text is
what the document shows with its tracked changes accepted (text between ``hp:deleteBegin``
and ``hp:deleteEnd`` left out, as the Word reader leaves out ``w:del``), the main text of a
덧말 (``hp:dutmal``, not the small text set over it) and the characters of a 글자 겹치기
(``hp:compose``) included."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from bitext.errors import ParseError
from bitext.readers.base import (
    BACK,
    HEADING,
    PARAGRAPH,
    ReadHints,
    SourceText,
    TextBlock,
    open_package,
    package_parser,
    package_xml,
)

NAME = "hwpx"
DESCRIPTION = "Hangul word processor document (HWPX)"
PARAGRAPHS = "Paragraphs and headings are the HWPX document's own (by paragraph style)"

_HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
_HH = "http://www.hancom.co.kr/hwpml/2011/head"
_OPF = "http://www.idpf.org/2007/opf/"
_P = f"{{{_HP}}}p"
_RUN = f"{{{_HP}}}run"
_T = f"{{{_HP}}}t"
# Inside a hp:t, these elements stand for white space.
_SPACES = {f"{{{_HP}}}tab", f"{{{_HP}}}lineBreak", f"{{{_HP}}}nbSpace", f"{{{_HP}}}fwSpace"}
_HEADING_STYLES = ("개요", "outline", "제목", "heading")
_NOTES = {f"{{{_HP}}}footNote", f"{{{_HP}}}endNote"}
# Tracked changes: the text between these marks is deleted (shown struck through).
_DELETE_BEGIN, _DELETE_END = f"{{{_HP}}}deleteBegin", f"{{{_HP}}}deleteEnd"
# A run's other children that hold text of the paragraph: a 덧말's main text, the
# characters a 글자 겹치기 draws over each other.
_COMPOSE = f"{{{_HP}}}compose"


def read(data: bytes, path: str | Path, hints: ReadHints) -> SourceText:
    """The paragraphs of every section of an HWPX package as marked blocks."""
    package = open_package(data, path)
    headings = _heading_styles(package, path)
    blocks: list[TextBlock] = []
    notes: list[str] = []
    for name in _sections(package):
        root = package_xml(package, name, path)
        for paragraph in _paragraphs(root):
            text = _text(paragraph)
            if text and _in_note(paragraph):
                notes.append(text)
            elif text:
                kind = HEADING if paragraph.get("styleIDRef", "") in headings else PARAGRAPH
                blocks.append(TextBlock((text,), kind, len(blocks) + 1))
    blocks += [TextBlock((note,), BACK, len(blocks) + 1 + k) for k, note in enumerate(notes)]
    if not blocks:
        raise ParseError("holds no paragraph of text; give a document with text", path)
    return SourceText(NAME, blocks=tuple(blocks), place="paragraph")


def _sections(package: zipfile.ZipFile) -> list[str]:
    """The section files in reading order: the manifest's spine, else by number."""
    names = package.namelist()
    if "Contents/content.hpf" in names:
        try:
            manifest = etree.fromstring(package.read("Contents/content.hpf"), package_parser())
        except (
            etree.XMLSyntaxError,
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,  # zipfile: an unknown compression method or version
        ):
            manifest = None  # the sections are then found by their names
        if manifest is not None:
            items = {
                item.get("id"): item.get("href", "")
                for item in manifest.iter(f"{{{_OPF}}}item", "item")
            }
            spine = [
                items.get(ref.get("idref"), "")
                for ref in manifest.iter(f"{{{_OPF}}}itemref", "itemref")
            ]
            found = [_in_package(href) for href in spine if href]
            if found and all(f in names for f in found):
                return found
    sections = [n for n in names if n.startswith("Contents/section") and n.endswith(".xml")]
    return sorted(sections, key=lambda n: int("".join(c for c in n if c.isdigit()) or 0))


def _in_package(href: str) -> str:
    return href if href.startswith("Contents/") else f"Contents/{href}"


def _heading_styles(package: zipfile.ZipFile, path: str | Path) -> set[str]:
    if "Contents/header.xml" not in package.namelist():
        return set()
    header = package_xml(package, "Contents/header.xml", path)
    return {
        style.get("id", "")
        for style in header.iter(f"{{{_HH}}}style")
        if any(
            (style.get(attr) or "").lower().startswith(_HEADING_STYLES)
            for attr in ("name", "engName")
        )
    }


def _paragraphs(root: etree._Element) -> Iterator[etree._Element]:
    """Every paragraph in document order: a table's cells come where the table is."""
    yield from root.iter(_P)


def _in_note(paragraph: etree._Element) -> bool:
    """Whether a paragraph is part of a footnote or an endnote."""
    return any(ancestor.tag in _NOTES for ancestor in paragraph.iterancestors())


def _text(paragraph: etree._Element) -> str:
    """The paragraph's own text (not that of a table or note inside one of its runs), as
    the document shows it with its tracked changes accepted (see the module's description)."""
    parts: list[str] = []
    deleted = False
    for run in paragraph.iterchildren(_RUN):
        for child in run:
            if child.tag == _T:
                deleted = _t_text(child, parts, deleted)
            elif not deleted:
                parts += _run_text(child)
    return " ".join("".join(parts).split())


def _t_text(t: etree._Element, parts: list[str], deleted: bool) -> bool:
    """Add the text an ``hp:t`` shows to ``parts`` (none inside a tracked deletion, which
    ``deleted`` says is open at its start); whether one is open at its end."""
    if not deleted:
        parts.append(t.text or "")
    for child in t:
        if child.tag == _DELETE_BEGIN:
            deleted = True
        elif child.tag == _DELETE_END:
            deleted = False
        elif not deleted:
            parts.append(" " if child.tag in _SPACES else "")
        if not deleted:
            parts.append(child.tail or "")
    return deleted


def _run_text(child: etree._Element) -> list[str]:
    """The text a run's child other than ``hp:t`` holds: a 덧말's main text, a 글자 겹치기's
    characters; none for any other."""
    if child.tag == _COMPOSE:
        return [child.get("composeText", "")]
    main = child.find(f"{{{_HP}}}mainText") if child.tag == f"{{{_HP}}}dutmal" else None
    return [main.text or ""] if main is not None else []

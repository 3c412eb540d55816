"""gettext PO via polib: one entry per link (msgctxt = link id, msgid = source,
msgstr = target).

Sentence ids, their lengths, link type, score and status go in extracted comments (``#.``).
Every automatic link is flagged ``fuzzy`` (found by the aligner, not yet confirmed: Poedit and
other PO editors show it for review, the score in its comment); a manual link is not. On
import, an entry that is translated and not fuzzy is a confirmed (manual) link, so a
translator confirms a link by clearing its fuzzy flag. With a review threshold
(:attr:`CorpusInfo.review_below`, ``bitext export --review-below``) only the automatic links
scored below it are fuzzy, so that an editor shows just the doubtful ones; the others say in
their comment that they were written without the flag, and import as automatic links still.
A link with an empty source cannot be a PO entry (an empty msgid is the header) and is left
out. A catalogue other tools wrote may have plural forms: its msgid links to the first form,
its msgid_plural to the others (one sentence), so that no text is lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import polib

from bitext.errors import FormatError
from bitext.formats.base import CorpusInfo, Unit, lengths, read_status, write_units
from bitext.formats.rebuild import ImportedCorpus, ReadUnit, rebuild
from bitext.model import LinkStatus

# The comment of an automatic link written without the fuzzy flag (scored above the review
# threshold): it imports as automatic, not as confirmed.
_UNFLAGGED = "not fuzzy"


def write_po(units: Iterable[Unit], info: CorpusInfo, stream: BinaryIO) -> int:
    """Write a PO catalogue; return the number of entries."""
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": f"{info.source_name} -> {info.target_name}",
        "POT-Creation-Date": info.created.strftime("%Y-%m-%d %H:%M+0000"),
        "PO-Revision-Date": info.created.strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": "bitext",
        "Language-Team": info.target_lang,
        "Language": info.target_lang.replace("-", "_"),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
        "X-Generator": f"bitext {info.tool_version}".strip(),
        "X-Source-Language": info.source_lang,
    }
    # The header through polib, then each entry as it comes: memory stays flat.
    return write_units(stream, units, lambda unit: _entry(unit, info), head=str(catalogue))


def _entry(unit: Unit, info: CorpusInfo) -> str | None:
    """One PO entry, escaped by polib (POEntry objects would pile up as reference cycles);
    None for a link without source (an empty msgid is the header)."""
    if not unit.source_ids:
        return None
    automatic = unit.status is LinkStatus.AUTOMATIC
    # With a review threshold, an automatic link scored at or above it goes unflagged.
    unflagged = (
        automatic
        and info.review_below is not None
        and not info.needs_review(unit.status, unit.score)
    )
    comment = _comment(unit)
    if unflagged:
        comment += f"\n{_UNFLAGGED}: scored at least {info.review_below}"
    lines = ["", *(f"#. {line}" for line in comment.split("\n"))]
    if automatic and not unflagged:
        lines.append("#, fuzzy")
    lines += [
        f'msgctxt "{polib.escape(unit.id)}"',
        f'msgid "{polib.escape(unit.source)}"',
        f'msgstr "{polib.escape(unit.target)}"',
        "",
    ]
    return "\n".join(lines)


def _comment(unit: Unit) -> str:
    fields = [
        f"link: {unit.id} {unit.type} {unit.status.value}"
        + (f" score {unit.score!r}" if unit.score is not None else ""),  # read back by read_po
        f"source: {' '.join(unit.source_ids)}",
        f"source-lengths: {','.join(str(len(s)) for s in unit.source_sentences)}",
    ]
    if unit.target_ids:
        fields += [
            f"target: {' '.join(unit.target_ids)}",
            f"target-lengths: {','.join(str(len(s)) for s in unit.target_sentences)}",
        ]
    return "\n".join(fields)


def read_po(path: str | Path) -> ImportedCorpus:
    """Read a PO catalogue written by bitext (or any PO: ids are then positional)."""
    try:
        catalogue = polib.pofile(str(path))
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path}: byte {exc.start} is not {exc.encoding.upper()}, the encoding its header "
            "names (UTF-8 if none): save it as UTF-8 with charset=UTF-8 in its header"
        ) from None
    except (OSError, ValueError) as exc:
        raise FormatError(f"{path}: not a readable PO file: {exc}") from exc
    source_lang = catalogue.metadata.get("X-Source-Language", "en")
    target_lang = catalogue.metadata.get("Language", "").replace("_", "-")
    if not target_lang:
        raise FormatError(f"{path}: the header has no Language; add 'Language: ko'")
    units = []
    for entry in catalogue:
        if not entry.obsolete:
            units += _units_of(entry)
    return rebuild(units, source_lang, target_lang, str(path))


def _units_of(entry: polib.POEntry) -> list[ReadUnit]:
    """The links of one entry: its msgid and msgstr; for an entry with plural forms (a
    catalogue other tools wrote), msgid and the first form, then msgid_plural and the other
    forms (none where the language has one form: Korean, Japanese), so no text is lost."""
    fields = _comment_fields(entry.comment)
    link = fields.get("link", "").split()
    noted, score = read_status(
        link[2] if len(link) > 2 else None, link[4] if len(link) > 4 else None
    )
    # A translated entry is confirmed unless fuzzy or written without the flag for its
    # score; an untranslated one (a 1-0 link) has no review state, so bitext's comment says.
    unconfirmed = "fuzzy" in entry.flags or _UNFLAGGED in fields
    confirmed = LinkStatus.AUTOMATIC if unconfirmed else LinkStatus.MANUAL
    forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
    target = forms[0] if entry.msgid_plural and forms else entry.msgstr
    unit = ReadUnit(
        entry.msgctxt or "",
        tuple(fields.get("source", "").split()),
        tuple(fields.get("target", "").split()) if target else (),
        confirmed if target else noted,
        score,
        entry.msgid,
        target,
        lengths(fields.get("source-lengths")),
        lengths(fields.get("target-lengths")),
    )
    if not entry.msgid_plural:
        return [unit]
    others = " ".join(form for form in forms[1:] if form)  # one sentence: every other form
    status = confirmed if others else LinkStatus.AUTOMATIC
    return [unit, ReadUnit("", (), (), status, None, entry.msgid_plural, others)]


def _comment_fields(comment: str) -> dict[str, str]:
    fields = {}
    for line in comment.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            fields[key.strip()] = value.strip()
    return fields

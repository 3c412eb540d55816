"""Decoding bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, CP949 for Korean.

Nothing is guessed silently: the encoding used is reported, and bytes that no allowed encoding
decodes are refused with the line and column of the first bad byte.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from bitext.errors import ParseError
from bitext.lang import LanguageRules, available_languages, get_rules

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the name of the encoding that decoded it."""

    text: str
    encoding: str


def decode_bytes(
    data: bytes, path: str | Path, lang: str = "", encoding: str | None = None
) -> Decoded:
    """Decode ``data`` read from ``path``.

    With ``encoding`` given, use exactly that. Otherwise: a byte-order mark decides; else strict
    UTF-8; else the language's legacy encoding, if its data names one (Korean: CP949, which
    also reads EUC-KR), when it decodes the whole file into text its data believes (Hangul).
    Binary data and anything else raise :class:`ParseError`.

    >>> decode_bytes("한국".encode("euc-kr"), "x.txt", "ko").encoding
    'cp949'
    """
    if encoding:
        return Decoded(_decode_strict(data, path, check_codec(encoding, path)), encoding)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(_decode_strict(data, path, codec), codec)
    if b"\x00" in data:
        raise ParseError(
            "looks like a binary file (it contains NUL bytes and no UTF-16 byte-order mark); "
            "give a plain-text file",
            path,
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Without a language, every language's legacy encoding is tried (each must be believed).
    candidates = [get_rules(lang, fallback=True)] if lang else _rules_with_legacy_encodings()
    tried = ["utf-8"]
    for rules in candidates:
        legacy = rules.legacy_encoding
        if not legacy:
            continue
        tried.append(legacy)
        try:
            text = data.decode(legacy)
        except UnicodeDecodeError:
            continue
        if legacy_believed(text, rules):
            return Decoded(text, legacy)
    raise decode_error(data, path, " or ".join(tried), utf8_error)


def _rules_with_legacy_encodings() -> list[LanguageRules]:
    rules = (get_rules(code) for code in available_languages())
    return [r for r in rules if r.legacy_encoding]


def legacy_believed(text: str, rules: LanguageRules) -> bool:
    """Whether ``text``, decoded with the language's legacy encoding, looks like the
    language (its data's legacy_check, e.g. Hangul for Korean)."""
    return rules.legacy_check is None or bool(rules.legacy_check.search(text))


def check_codec(encoding: str, path: str | Path) -> str:
    """``encoding`` if it names a text encoding; ParseError otherwise."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise ParseError(f"unknown encoding {encoding!r}; use e.g. utf-8 or cp949", path) from None
    if not getattr(info, "_is_text_encoding", True):
        raise ParseError(
            f"{encoding!r} is not a text encoding (it transforms bytes); use e.g. utf-8 or cp949",
            path,
        )
    return encoding


def _decode_strict(data: bytes, path: str | Path, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise decode_error(data, path, codec, exc) from None


def decode_error(data: bytes, path: str | Path, tried: str, exc: UnicodeDecodeError) -> ParseError:
    """The one-line error for bytes that ``tried`` cannot decode: line, column and byte."""
    return undecodable(
        path,
        data.count(b"\n", 0, exc.start) + 1,
        exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1,
        data[exc.start : exc.start + 1],
        tried,
    )


def undecodable(path: str | Path, line: int, column: int, byte: bytes, tried: str) -> ParseError:
    """The one-line error for a byte at ``line``/``column`` that ``tried`` cannot decode."""
    return ParseError(
        f"column {column}: byte 0x{byte.hex()} cannot be decoded as {tried}; "
        "convert the file to UTF-8 or pass --encoding",
        path,
        line,
    )

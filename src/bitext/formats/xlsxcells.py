"""A spreadsheet cell's text as the spreadsheet shows it.

A workbook keeps a number or a date as a value and a number format (``#,##0``, ``0.0%``,
``"$"#,##0.00_);("$"#,##0.00)``, ``yyyy-mm-dd``); its reader (openpyxl) gives the value. A
bilingual workbook's cells must be read as the translator saw them: ``25%`` and ``5,000,000``,
not ``0.25`` and ``5000000``, which its other column translates. This module renders the
common number formats of the ECMA-376 (Office Open XML) standard: digits and decimals (``0``,
``#``, ``?``), thousands separators and scaling commas, percent, scientific notation, literal
text (quoted, escaped, currency tags ``[$€-407]``) and the sections for negative numbers and
zero. Dates and times are written in ISO 8601 (``2024-05-01``, ``2024-05-01 14:30``), whatever
their format: a date format's month names and order are the locale's, and ISO is what a
reader of the corpus can read back. A format it cannot render (fractions, digits with text
between them) gives the number as the General format shows it.
"""

from __future__ import annotations

import datetime
import math
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["shown"]


def shown(value: object, number_format: str = "General") -> str:
    """The text a cell of ``value`` shows under ``number_format`` ('' for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        return _moment(value)
    if isinstance(value, datetime.time):
        return value.isoformat(timespec=_timespec(value))
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _number(float(value), number_format)
    return str(value)


def _moment(value: datetime.datetime) -> str:
    """A date and time in ISO 8601: the date alone at midnight, minutes unless it has seconds."""
    if value.time() == datetime.time(0):
        return value.date().isoformat()
    return value.isoformat(sep=" ", timespec=_timespec(value.time()))


def _timespec(value: datetime.time) -> str:
    """Minutes, unless the time has seconds."""
    return "minutes" if value.second == 0 and value.microsecond == 0 else "seconds"


def _number(value: float, number_format: str) -> str:
    """A number under a format's section for it (positive, negative, zero)."""
    if not math.isfinite(value):
        return str(value)
    if number_format.strip().lower() in ("", "general"):
        return _general(value)
    sections = _sections(number_format)
    section, shown_value = sections[0], value
    if value < 0 and len(sections) > 1:
        section, shown_value = sections[1], -value  # the section writes its own sign
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    parts = _parse(section)
    if parts is None:
        return _general(value)
    prefix, pattern, suffix, percent = parts
    if not pattern:  # a section of text only ("-" for zero)
        return (prefix + suffix).strip()
    number = _digits(Decimal(repr(shown_value)) * (100 if percent else 1), pattern)
    return f"{prefix}{number}{suffix}".strip()


def _general(value: float) -> str:
    """A number as the General format shows it: ten significant digits at most."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}".replace("e", "E")


def _sections(number_format: str) -> list[str]:
    """A format's sections, split at the semicolons outside quotes and brackets."""
    sections, current, quoted, bracket = [], [], False, False
    escaped = False
    for char in number_format:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "[" and not quoted:
            bracket = True
        elif char == "]" and not quoted:
            bracket = False
        elif char == ";" and not quoted and not bracket:
            sections.append("".join(current))
            current = []
            continue
        current.append(char)
    sections.append("".join(current))
    return sections


# The characters of a number's digits in a format.
_PATTERN = set("0#?.,")
# Codes of date and time formats, of text and of fractions: such a section is not rendered.
_NOT_A_NUMBER = set("yYmMdDhHsS@/")


def _parse(section: str) -> tuple[str, str, str, bool] | None:
    """A section as (text before the digits, the digits' pattern, text after, percent); None
    for a section this module does not render (dates, fractions, text between digits)."""
    before: list[str] = []
    pattern: list[str] = []
    after: list[str] = []
    percent = False
    at = 0
    while at < len(section):
        literal, at = _literal(section, at)
        if literal is None:
            char = section[at]
            if char in "eE" and pattern:
                return _scientific(section, at, before, pattern)
            if char in _PATTERN:
                if any(after):
                    return None  # text between digits (a telephone number's format)
                pattern.append(char)
                at += 1
                continue
            if char in _NOT_A_NUMBER:
                return None
            literal, at = char, at + 1
        percent = percent or literal == "%"
        (after if pattern else before).append(literal)
    return "".join(before), "".join(pattern), "".join(after), percent


def _literal(section: str, at: int) -> tuple[str | None, int]:
    """The literal text at ``at`` (quoted, escaped, a currency tag; padding and fill are
    nothing, a colour or condition tag too) and where the next part begins; None if none."""
    char = section[at]
    if char == '"':
        end = section.find('"', at + 1)
        end = len(section) if end < 0 else end
        return section[at + 1 : end], end + 1
    if char == "\\" and at + 1 < len(section):
        return section[at + 1], at + 2
    if char in "_*" and at + 1 < len(section):
        return "", at + 2  # a space as wide as the next character; a fill
    if char == "[":
        end = section.find("]", at)
        end = len(section) if end < 0 else end
        tag = section[at + 1 : end]
        return (tag[1:].split("-")[0] if tag.startswith("$") else ""), end + 1
    return None, at


def _scientific(
    section: str, at: int, before: list[str], pattern: list[str]
) -> tuple[str, str, str, bool] | None:
    """A scientific format's section (``0.00E+00``), its pattern marked with ``E``."""
    if section[at + 1 : at + 2] not in ("+", "-"):
        return None
    return "".join(before), "".join(pattern) + "E", "", False


def _digits(value: Decimal, pattern: str) -> str:
    """``value`` (not negative unless the pattern's section is the only one) written with
    the pattern's digits: decimals (``0`` always, ``#`` and ``?`` when not zero), thousands
    separators, a comma after the digits for each thousand it divides by, scientific ``E``."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    scientific = pattern.endswith("E")
    pattern = pattern.rstrip("E")
    whole, _, fraction = pattern.partition(".")
    while whole.endswith(","):  # a scaling comma: thousands
        value, whole = value / 1000, whole[:-1]
    required = fraction.count("0")
    places = required + fraction.count("#") + fraction.count("?")
    if scientific:
        return f"{sign}{float(value):.{places}E}"
    grouping = "," if "," in whole else ""
    rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    text = f"{rounded:{grouping}.{places}f}"  # half away from zero, as spreadsheets round
    if places > required:
        head, _, tail = text.partition(".")
        tail = tail.rstrip("0").ljust(required, "0")
        text = f"{head}.{tail}" if tail else head
    minimum = whole.count("0")
    head, dot, tail = text.partition(".")
    if len(head.replace(",", "")) < minimum:
        head = head.replace(",", "").zfill(minimum)
    if minimum == 0 and head == "0":
        head = ""  # '#.00' writes .50; '#' or '??' writes nothing for zero
    return f"{sign}{head}{dot}{tail}"

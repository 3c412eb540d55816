"""Character-level facts shared by the model and the text layer (stdlib only)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from collections.abc import Iterator, Sequence

# Characters outside XML 1.0's Char production: C0 controls other than TAB, LF and CR,
# lone surrogates, and U+FFFE/U+FFFF.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def first_forbidden_char(text: str) -> int | None:
    """Return the index of the first character XML 1.0 forbids in ``text``, or None."""
    match = XML_FORBIDDEN.search(text)
    return match.start() if match else None


def is_nfc(text: str) -> bool:
    """Tell whether ``text`` is in Unicode Normalization Form C."""
    return unicodedata.is_normalized("NFC", text)


def nfc(text: str) -> str:
    """``text`` in Unicode NFC, as bitext keeps all text (a file from another tool may be in
    NFD: decomposed Hangul from macOS, accents apart)."""
    return unicodedata.normalize("NFC", text)


def describe_char(char: str) -> str:
    """Name a character for an error message, e.g. ``U+0007``."""
    return f"U+{ord(char):04X}"


# Characters that some tools treat as line or paragraph breaks, but bitext does not: in a
# plain file a line ends only at LF (or CRLF). Inside a line they are white space.
OTHER_BREAKS = str.maketrans(
    {"\r": " ", "\x0b": " ", "\x0c": " ", "\x85": " ", "\u2028": " ", "\u2029": " "}
)


def split_lines(text: str) -> list[str]:
    r"""The lines of a plain file's text: a line ends at LF or CRLF, nothing else (a lone CR,
    VT, FF, U+0085, U+2028 and U+2029 are text). A final line ending ends the last line; it
    does not start an empty one.

    >>> split_lines("a\r\nb\u2028c\rd\n")
    ['a', 'b\u2028c\rd']
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


# East Asian Width classes of the characters written without spaces between words, and the
# ambiguous class (curly quotes, ellipsis, Greek and Cyrillic letters), wide in East Asian text.
_WIDE = frozenset({"W", "F", "H"})
_AMBIGUOUS = "A"


def unspaced_between(before: str, after: str) -> bool:
    """Whether two pieces of text meeting at these characters join without a space: both
    are wide or fullwidth East Asian characters, or one is and the other of ambiguous width
    (Chinese quotation marks: ``。“``, ``”她``), and neither is Hangul. Chinese and Japanese
    carry no space between words or sentences, as CSS Text 3's segment break rules read a
    line break between wide characters; Korean, written with spaces, keeps one, and so does
    anything between two ambiguous characters (English ``.”`` then ``“``)."""
    widths = unicodedata.east_asian_width(before) + unicodedata.east_asian_width(after)
    wide = sum(width in _WIDE for width in widths)
    return (
        (wide == 2 or (wide == 1 and _AMBIGUOUS in widths))
        and "HANGUL" not in unicodedata.name(before, "")
        and "HANGUL" not in unicodedata.name(after, "")
    )


# Conjoining Hangul vowels and finals (the jamo that compose with the character before).
_JAMO_CONTINUING = ((0x1160, 0x11FF), (0xD7B0, 0xD7FF))


def composed_offsets(text: str) -> tuple[str, Sequence[int], Sequence[int]] | None:
    """The NFC form of ``text`` and, for each of its characters, where the cluster it came
    from starts and ends in ``text``; None where composing cluster by cluster does not give
    the whole text's NFC form (then nothing can be mapped back).

    A text in another normalization (decomposed, as some macOS tools write it) does not
    meet the languages' data, which is NFC as the text inside bitext is: it is read
    composed, one cluster at a time (a character and the marks or conjoining Hangul vowels
    and finals after it), so that what is found in it maps back to the text given. The
    offsets are kept as machine integers (16 bytes a character, however long the text).

    >>> composed, starts, ends = composed_offsets("Cafe\\u0301 ok")
    >>> composed, starts[3], ends[3], starts[5]
    ('Café ok', 3, 5, 6)
    """
    parts: list[str] = []
    starts, ends = array("q"), array("q")
    for begin, end in itertools.pairwise(_cluster_bounds(text)):
        part = nfc(text[begin:end])
        parts.append(part)
        starts.extend(itertools.repeat(begin, len(part)))
        ends.extend(itertools.repeat(end, len(part)))
    composed = "".join(parts)
    if composed != nfc(text):
        return None
    return composed, starts, ends


def _cluster_bounds(text: str) -> Iterator[int]:
    """Where each cluster of ``text`` starts, then its end: a cluster starts at every
    character but a mark (combining or spacing: what composes with the character before)
    or a conjoining Hangul vowel or final."""
    for at, char in enumerate(text):
        if at == 0 or not (unicodedata.category(char).startswith("M") or _continues(char)):
            yield at
    yield len(text)


def _continues(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _JAMO_CONTINUING)

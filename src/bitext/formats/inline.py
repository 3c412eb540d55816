"""The text of a segment in an exchange file, with its inline codes kept as placeholders.

CAT tools mark formatting and placeholders inside segments: TMX ``bpt``/``ept``/``ph``/``it``/
``ut``, XLIFF 1.2 ``g``/``x``/``bx``/``ex``/``ph``/``bpt``/``ept``/``it``, XLIFF 2.0
``ph``/``pc``/``sc``/``ec``. Their content is markup (``&lt;b&gt;``), never text. Each code
becomes a placeholder in the text (``{1}``, ``{/1}``, ``{2/}``); the code itself (its element,
serialized) is kept beside the text, so a writer can put it back. Wrapping elements that hold
translatable text (``g``, ``pc``, ``hi``, ``mrk``) keep that text between an opening and a
closing placeholder. Notes, ``alt-trans`` and other alternatives are not part of a segment.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

# Codes that open or close a span of formatting: {1} and {/1}; every other code is {1/}.
_OPENING = {"bpt", "bx", "sc"}
_CLOSING = {"ept", "ex", "ec"}
# Codes that wrap translatable text: an opening and a closing placeholder around it.
_WRAPPING = {"g", "pc", "hi", "mrk"}


@dataclass(frozen=True, slots=True)
class InlineCode:
    """An inline code: the placeholder that stands for it and its original XML."""

    placeholder: str
    markup: str


@dataclass(frozen=True, slots=True)
class SegmentText:
    """A segment's text with placeholders, and the codes they stand for, in order."""

    text: str
    codes: tuple[InlineCode, ...] = ()


def segment_text(element: etree._Element | None) -> SegmentText:
    """The text of ``element`` (a ``seg``, ``source`` or ``target``) with its inline codes
    as placeholders."""
    if element is None:
        return SegmentText("")
    walk = _Walk()
    walk.parts.append(element.text or "")
    for child in element:
        walk.visit(child)
    return SegmentText("".join(walk.parts), tuple(walk.codes))


class _Walk:
    """The text and codes of a segment, gathered element by element."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.codes: list[InlineCode] = []
        self.numbers = 0
        self.open: dict[str, int] = {}  # the number of an opening code, by its pairing key

    def visit(self, element: etree._Element) -> None:
        if isinstance(element.tag, str):  # not a comment or processing instruction
            self._code(element, etree.QName(element).localname)
        self.parts.append(element.tail or "")

    def _code(self, element: etree._Element, name: str) -> None:
        markup = etree.tostring(element, with_tail=False, encoding="unicode")
        if name in _WRAPPING:
            number = self._number()
            self.codes.append(InlineCode(f"{{{number}}}", markup))
            self.parts.append(f"{{{number}}}" + (element.text or ""))
            for child in element:
                self.visit(child)
            self.parts.append(f"{{/{number}}}")
            return
        if name in _OPENING:
            number = self._number()
            self.open[_pairing_key(element)] = number
            placeholder = f"{{{number}}}"
        elif name in _CLOSING:
            number = self.open.pop(_pairing_key(element), 0) or self._number()
            placeholder = f"{{/{number}}}"
        else:  # every other element (known codes and unknown ones) stands for markup
            placeholder = f"{{{self._number()}/}}"
        self.codes.append(InlineCode(placeholder, markup))
        self.parts.append(placeholder)

    def _number(self) -> int:
        self.numbers += 1
        return self.numbers


def _pairing_key(element: etree._Element) -> str:
    """What pairs an opening code with its closing one: TMX @i, XLIFF 1.2 @rid, 2.0 @startRef."""
    for name in ("i", "rid", "startRef"):
        if element.get(name):
            return f"{name}={element.get(name)}"
    return f"id={element.get('id', '')}"


def same_language(tag: str, other: str) -> bool:
    """BCP 47 tags compare case-insensitively (``EN-US`` is ``en-US``)."""
    return tag.strip().lower() == other.strip().lower()


def find_language(wanted: str, present: list[str]) -> str | None:
    """The tag among ``present`` that ``wanted`` names: the same tag, or, where only one has
    the same primary subtag, that one (``en`` finds ``en-US``); None if none or ambiguous."""
    exact = [tag for tag in present if same_language(tag, wanted)]
    if exact:
        return exact[0]
    primary = wanted.split("-")[0].lower()
    close = {tag for tag in present if tag.split("-")[0].lower() == primary}
    return close.pop() if len(close) == 1 else None

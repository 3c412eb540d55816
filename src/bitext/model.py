"""bitext's document and alignment model: frozen, slotted dataclasses and enums (stdlib only).

A :class:`Document` holds a :class:`Header` and three tuples of :class:`Division`: front matter,
body and back matter. A division holds an optional heading and paragraphs; headings and
paragraphs are both :class:`Block` values made of :class:`Sentence` values. Every block and
sentence carries a document-unique ``xml:id``.

An :class:`Alignment` joins the sentences of two documents that align (those of the front
matter, such as the title and byline, and of the body; never the back matter) with
:class:`Link` values.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from bitext._chars import describe_char, first_forbidden_char, is_nfc, unspaced_between
from bitext.errors import InvalidTextError

# An inline code's placeholder in a sentence's text: {1} opens a span, {/1} closes it, {1/}
# stands alone.
PLACEHOLDER = re.compile(r"\{(?:/?[1-9][0-9]*|[1-9][0-9]*/)\}")


def check_text(text: str, what: str | Callable[[], str]) -> None:
    """Raise InvalidTextError unless ``text`` is NFC and free of characters XML 1.0 forbids;
    ``what`` names the text in the message (a function that makes the name, where making it
    costs: it is called only for the message, and every sentence and note is checked)."""
    bad = first_forbidden_char(text)
    if bad is None and is_nfc(text):
        return  # nearly every text
    name = what if isinstance(what, str) else what()
    if bad is not None:
        raise InvalidTextError(
            f"{name} contains {describe_char(text[bad])} at offset {bad}, which XML 1.0 forbids; "
            "remove it (bitext ingest does so)"
        )
    raise InvalidTextError(f"{name} is not in Unicode NFC; normalize it first")


@dataclass(frozen=True, slots=True)
class InlineCode:
    """An inline code of a CAT tool's segment (a formatting tag, a placeholder): the
    placeholder that stands for it in the text (``{1}`` opens a span, ``{/1}`` closes it,
    ``{1/}`` stands alone) and its markup as the file that had it wrote it (for a code that
    wraps text, such as XLIFF's ``g``, its start tag at ``{1}`` and its end tag at ``{/1}``)."""

    placeholder: str
    markup: str

    def __post_init__(self) -> None:
        if not PLACEHOLDER.fullmatch(self.placeholder):
            raise InvalidTextError(
                f"inline code placeholder {self.placeholder!r} is not {{N}}, {{/N}} or {{N/}}"
            )
        check_text(self.markup, f"inline code {self.placeholder}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its id and its text (NFC, non-empty, no surrounding whitespace), and the
    inline codes its placeholders stand for (a sentence imported from a CAT tool's file;
    each placeholder once in the text)."""

    id: str
    text: str
    codes: tuple[InlineCode, ...] = ()

    def __post_init__(self) -> None:
        if not self.text or self.text != self.text.strip():
            raise InvalidTextError(
                f"sentence {self.id!r} is empty or has surrounding whitespace: {self.text!r}"
            )
        check_text(self.text, lambda: f"sentence {self.id!r}")
        for code in self.codes:
            if self.text.count(code.placeholder) != 1:
                raise InvalidTextError(
                    f"sentence {self.id!r} has its inline code {code.placeholder} "
                    f"{self.text.count(code.placeholder)} times; it must have it once"
                )


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a heading: an id and one or more sentences."""

    id: str
    sentences: tuple[Sentence, ...]

    def __post_init__(self) -> None:
        if not self.sentences:
            raise InvalidTextError(f"block {self.id!r} has no sentence")

    @property
    def text(self) -> str:
        """The block's text: its sentences joined by single spaces, or by nothing where
        Chinese or Japanese sentences meet (``他走了。她来了。``, ``。“你去吗？”``: see
        :func:`bitext._chars.unspaced_between`)."""
        text = self.sentences[0].text
        for sentence in self.sentences[1:]:
            joint = "" if unspaced_between(text[-1], sentence.text[0]) else " "
            text += joint + sentence.text
        return text


@dataclass(frozen=True, slots=True)
class Division:
    """A division of a document: a type (``section``, ``front`` ...), a heading, paragraphs."""

    id: str
    type: str
    head: Block | None
    paragraphs: tuple[Block, ...]

    def blocks(self) -> Iterator[Block]:
        """Yield the heading (if any) and then each paragraph."""
        if self.head is not None:
            yield self.head
        yield from self.paragraphs


@dataclass(frozen=True, slots=True)
class Author:
    """An author and, optionally, the author's role and affiliation."""

    name: str
    affiliation: str = ""


@dataclass(frozen=True, slots=True)
class Responsibility:
    """A statement of responsibility other than authorship (``Korean rendering`` by ``X``)."""

    role: str
    name: str


@dataclass(frozen=True, slots=True)
class Identifier:
    """A publication identifier, e.g. ``Identifier("series", "Asan Issue Brief 2024-13(S)")``."""

    type: str
    value: str


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A related publication: its relation (``original``), title, language and address."""

    relation: str
    title: str
    target: str = ""
    lang: str = ""


LICENCE_STATUSES = ("free", "restricted", "unknown")


@dataclass(frozen=True, slots=True)
class Licence:
    """Who may use a file and how (TEI ``availability`` with one ``licence``).

    ``status`` is TEI's availability status (``free``, ``restricted`` or ``unknown``), ``text``
    the terms in a sentence or two, ``target`` the address of the licence's full text, if any.
    """

    status: str
    text: str
    target: str = ""

    def __post_init__(self) -> None:
        if self.status not in LICENCE_STATUSES:
            raise InvalidTextError(
                f"licence status {self.status!r} is not one of {', '.join(LICENCE_STATUSES)}"
            )
        if not self.text.strip():
            raise InvalidTextError("a licence needs a text that states the terms")


@dataclass(frozen=True, slots=True)
class Header:
    """Metadata of a document, written to the TEI header.

    ``source`` describes where the text came from (sourceDesc); ``notes`` are provenance notes
    (notesStmt); ``segmentation`` says how sentences were found (encodingDesc); ``licence`` the
    terms of use (publicationStmt/availability).
    """

    title: str
    authors: tuple[Author, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    date: str = ""
    publisher: str = ""
    identifiers: tuple[Identifier, ...] = ()
    related: tuple[RelatedItem, ...] = ()
    notes: tuple[str, ...] = ()
    source: str = ""
    segmentation: str = ""
    licence: Licence | None = None

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise InvalidTextError("a document needs a non-empty title")
        for name, value in _strings(self):
            check_text(value, f"header {name}")


def _strings(value: object, name: str = "") -> Iterator[tuple[str, str]]:
    """Yield (field path, string) for every string inside a dataclass value or tuple."""
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item, name)
    elif hasattr(value, "__dataclass_fields__"):
        for key in value.__dataclass_fields__:
            yield from _strings(getattr(value, key), f"{name}.{key}".lstrip("."))


@dataclass(frozen=True, slots=True)
class Document:
    """A document in one language: header, front matter, body and back matter."""

    lang: str
    header: Header
    body: tuple[Division, ...]
    front: tuple[Division, ...] = ()
    back: tuple[Division, ...] = ()

    def body_blocks(self) -> Iterator[Block]:
        """Yield every heading and paragraph of the body in document order."""
        for division in self.body:
            yield from division.blocks()

    def aligned_blocks(self) -> Iterator[Block]:
        """Yield the blocks whose sentences align: the front matter's (title, byline), then
        the body's headings and paragraphs, in document order."""
        for division in self.front:
            yield from division.blocks()
        yield from self.body_blocks()

    def body_sentences(self) -> Iterator[Sentence]:
        """Yield every sentence of the body (headings and paragraphs) in document order."""
        for block in self.body_blocks():
            yield from block.sentences

    def sentences(self) -> Iterator[Sentence]:
        """Yield every sentence that aligns, in document order: the front matter's, then the
        body's (the back matter, notes on the original and biographies, never aligns)."""
        for block in self.aligned_blocks():
            yield from block.sentences


def text_digest(source: Sequence[str], target: Sequence[str]) -> str:
    """What a manual link records of the text it joins: 12 hex digits of the SHA-256 of each
    side's sentences, ``"SOURCE:TARGET"``. A side is found again by its own digest when
    its sentences move.

    >>> len(text_digest(["Japan acts."], ["일본은 행동한다."]))
    25
    """
    return f"{side_digest(source)}:{side_digest(target)}"


def side_digest(texts: Sequence[str]) -> str:
    """The digest of one side's sentences (see :func:`text_digest`)."""
    import hashlib  # here, not at the top: loading OpenSSL slows every `import bitext`

    joined = "\x1f".join(texts).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()[:12]


# An automatic link's score is the aligner's probability that the link is right (its posterior
# over all alignments of the pair); below this it is more likely wrong than right, and the
# exports flag it for review (XLIFF needs-review-translation, the HTML view, the editor).
REVIEW_BELOW = 0.5


class LinkStatus(enum.Enum):
    """How a link came to be: found by the aligner, or made or checked by a person."""

    AUTOMATIC = "automatic"
    MANUAL = "manual"


def review_bar(review_below: float | None = None) -> float:
    """The score below which an automatic link is marked for review: ``review_below`` if
    given, else :data:`REVIEW_BELOW`."""
    return REVIEW_BELOW if review_below is None else review_below


def needs_review(
    status: LinkStatus, score: float | None, review_below: float | None = None
) -> bool:
    """Whether a link of this status and score is marked for review: an automatic one scored
    below :func:`review_bar` or not scored; a manual one never."""
    return status is not LinkStatus.MANUAL and (score is None or score < review_bar(review_below))


class NoteKind(enum.Enum):
    """What a :class:`LinkNote` records, as translation tools keep it beside a unit."""

    NOTE = "note"  # a person's comment (TMX note, XLIFF note, PO translator comment)
    PROPERTY = "property"  # a named value (TMX prop, a tool's attribute such as changeid)
    CONTEXT = "context"  # the key that tells equal texts apart (PO msgctxt, XLIFF resname)
    REFERENCE = "reference"  # where the text is used (PO's "#:" source references)
    FLAG = "flag"  # a PO flag other than fuzzy (c-format, no-wrap)


@dataclass(frozen=True, slots=True)
class LinkNote:
    """What a translation tool kept about a unit besides its texts, carried with the link so
    that an import and an export lose nothing: its kind, its text, and its name (a
    property's name; a note's author or category, where the file gives one)."""

    kind: NoteKind
    text: str
    name: str = ""

    def __post_init__(self) -> None:
        check_text(self.text, lambda: f"{self.kind.value} {self.name}".strip())
        check_text(self.name, lambda: f"the name of a {self.kind.value}")


@dataclass(frozen=True, slots=True)
class Link:
    """A bead: zero or more source sentence ids joined to zero or more target sentence ids.

    ``score`` is the aligner's confidence (0..1); ``crossing`` marks a bead that is out of
    document order on purpose (validation reports an unmarked one); ``digest`` is what a
    person checked: :func:`text_digest` of the sentences' texts when the link was made or
    confirmed by hand (empty for automatic links), so a later change of the text is found;
    ``notes`` what the translation tool that made it kept about it (comments, properties,
    context keys: :class:`LinkNote`).
    """

    id: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    status: LinkStatus = LinkStatus.AUTOMATIC
    score: float | None = None
    crossing: bool = False
    digest: str = ""
    notes: tuple[LinkNote, ...] = ()

    def __post_init__(self) -> None:
        if not self.source and not self.target:
            raise InvalidTextError(f"link {self.id!r} joins nothing to nothing")
        if self.score is not None and not 0.0 <= self.score <= 1.0:
            raise InvalidTextError(f"link {self.id!r} has score {self.score}, outside 0..1")

    @property
    def type(self) -> str:
        """The bead type, e.g. ``"2-1"``."""
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True, slots=True)
class Alignment:
    """Links between the sentences of a source and a target document (front and body).

    ``source_doc`` and ``target_doc`` are the documents' addresses relative to the alignment
    file; ``signature`` records how the alignment was made (tool, version, parameters);
    ``complete`` says every such sentence of both documents is in exactly one link (otherwise
    in at most one); ``licence`` the terms of use of the alignment itself; ``file_notes``
    what the translation tool that wrote an imported file kept about the file as a whole (a
    PO header's fields and comment, a TMX header's props and notes).
    """

    source_doc: str
    target_doc: str
    source_lang: str
    target_lang: str
    links: tuple[Link, ...]
    signature: str = ""
    notes: tuple[str, ...] = ()
    complete: bool = True
    licence: Licence | None = None
    file_notes: tuple[LinkNote, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """A validation problem: where (file and line), which rule, and what to do."""

    path: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.message}"

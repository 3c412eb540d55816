"""Running every check on files and folders, collecting problems instead of raising."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from bitext.errors import ParseError
from bitext.model import Problem
from bitext.readers.tei import made_by_bitext
from bitext.tei.references import resolve_document
from bitext.tei.xml import XML_ID, is_alignment, parse_xml, tei
from bitext.validate.crossfile import (
    SentencePlaces,
    alignment_problems,
    beads,
    digest_problems,
    sentence_lines,
    sentence_order,
    sentence_texts,
)
from bitext.validate.schemas import grammar_problems, schematron_problems


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """What a validation run checked (every file, including documents an alignment named)
    and the problems it found."""

    checked: tuple[str, ...]
    problems: tuple[Problem, ...]


def validate_paths(paths: Iterable[str | Path], *, allow_outside: bool = False) -> ValidationReport:
    """Validate files and folders (every ``*.xml`` below a folder), each file once."""
    problems: list[Problem] = []
    checked: set[Path] = set()
    for file in _expand(paths):
        problems += _check_file(file, checked, allow_outside)
    return ValidationReport(tuple(sorted(map(str, checked))), tuple(problems))


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        files += sorted(path.rglob("*.xml")) if path.is_dir() else [path]
    return files


def _check_file(
    path: Path,
    checked: set[Path],
    allow_outside: bool,
    parsed: etree._Element | None = None,
) -> list[Problem]:
    """The problems of one file (``parsed``: its tree, when the caller has read it)."""
    if path.resolve() in checked:
        return []
    checked.add(path.resolve())
    root, problems = (parsed, []) if parsed is not None else _load(path)
    if root is None:
        return problems
    name = str(path)
    if not made_by_bitext(root):
        return [_foreign(root, name)]
    if is_alignment(root):
        problems += grammar_problems(root, "alignment", name)
        problems += schematron_problems(root, name)
        problems += _check_alignment(root, path, checked, allow_outside)
    else:
        problems += grammar_problems(root, "document", name)
        problems += schematron_problems(root, name)
        problems += sentence_content_problems(root, name)
    return problems


def _foreign(root: etree._Element, path: str) -> Problem:
    """The one problem of a TEI document that bitext did not make: bitext's schemas do not
    apply to it, and ingest reads it."""
    return Problem(
        path,
        root.sourceline or 0,
        "tei-foreign",
        "a TEI P5 document that bitext did not make (bitext's have <text xml:id='LANG.text'>); "
        "validate checks bitext's TEI: make one with "
        f"'bitext ingest {Path(path).name} -o OUT.xml'",
    )


def sentence_content_problems(root: etree._Element, path: str) -> list[Problem]:
    """A sentence is plain text: an element inside an ``<s>`` is reported (its text would be
    read as part of the sentence); comments and processing instructions are allowed and are
    not text."""
    return [
        Problem(
            path,
            child.sourceline or 0,
            "sentence-content",
            f"sentence {s.get(XML_ID, '')!r} holds an element <{etree.QName(child).localname}>;"
            " a sentence is plain text: keep its text, remove the markup",
        )
        for s in root.iter(tei("s"))
        for child in s
        if isinstance(child.tag, str)
    ]


def _load(path: Path) -> tuple[etree._Element | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(str(path), 0, "read", f"cannot read: {exc.strerror}")]
    try:
        root = parse_xml(data, path)
    except ParseError as exc:
        return None, [Problem(str(path), exc.line or 0, "xml", exc.message)]
    if root.tag != tei("TEI"):
        message = f"not a TEI file: root is <{etree.QName(root).localname}>; expected TEI P5"
        return None, [Problem(str(path), root.sourceline or 0, "tei", message)]
    return root, []


def _check_alignment(
    root: etree._Element, path: Path, checked: set[Path], allow_outside: bool
) -> list[Problem]:
    group = root.find(f"{tei('standOff')}/{tei('linkGrp')}")
    if group is None:
        return []
    problems: list[Problem] = []
    documents: dict[str, dict[str, int]] = {}
    places: dict[str, SentencePlaces] = {}
    roots: dict[str, etree._Element] = {}
    for domain in group.get("domains", "").split():
        name, _, domain_id = domain.partition("#")
        try:
            document_path = resolve_document(path, name, allow_outside=allow_outside)
        except ParseError as exc:
            problems.append(
                Problem(str(path), group.sourceline or 0, "document-missing", exc.message)
            )
            return problems
        doc_root, load_problems = _load(document_path)
        if doc_root is None:
            problems += load_problems or []
            problems.append(
                Problem(
                    str(path),
                    group.sourceline or 0,
                    "document-missing",
                    f"cannot check links against {name} ({document_path})",
                )
            )
            return problems
        problems += _check_file(document_path, checked, allow_outside, doc_root)
        if not doc_root.xpath("boolean(//*[@xml:id = $v])", v=domain_id):
            problems.append(
                Problem(
                    str(path),
                    group.sourceline or 0,
                    "domain-exists",
                    f"linkGrp/@domains points at {domain!r}, but {name} has no element with "
                    f"xml:id {domain_id!r}; point at its text (e.g. {name}#LANG.text)",
                )
            )
        documents[name] = sentence_order(doc_root)
        roots[name] = doc_root
        places[name] = SentencePlaces(str(document_path), sentence_lines(doc_root))
    complete = group.get("subtype", "complete") != "partial"
    parsed = list(beads(root))
    problems += alignment_problems(parsed, str(path), documents, complete, places)
    if not any(bead.digest for bead in parsed):
        return problems  # no link checked by hand: no sentence text to compare
    texts = {name: sentence_texts(doc_root) for name, doc_root in roots.items()}
    return problems + digest_problems(parsed, str(path), texts)

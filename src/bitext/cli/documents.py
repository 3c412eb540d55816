"""Commands on single documents: ingest, segment, info, validate."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

import click

from bitext.cli._group import (
    _abbreviation_options,
    _allow_outside_option,
    _certainty,
    _check_lang,
    _input_file,
    _pair,
    _progress,
    _refuse_output_over_input,
    _review_below_option,
    cli,
    counted,
    reported_warnings,
)
from bitext.lang import available_languages
from bitext.model import (
    LICENCE_STATUSES,
    Author,
    Identifier,
    Licence,
    RelatedItem,
    Responsibility,
)
from bitext.pipeline import ingest_any
from bitext.readers import reader_names
from bitext.stats import describe
from bitext.tei import document_to_bytes, read_tei
from bitext.text import IngestOptions, ingest_file, read_word_list
from bitext.validate import validate_paths


@cli.command()
@_input_file("file")
@click.option(
    "--lang",
    callback=_check_lang,
    help="Language of the text, a BCP 47 tag (default: detected from the text). Sentence "
    f"rules exist for {', '.join(available_languages())}; others get generic rules.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(reader_names()),
    help="Read FILE as this format (default: found from its content).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no report on stderr.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TEI file to write (default: standard output).",
)
@click.option("--encoding", help="Decode with this encoding instead of detecting it.")
@click.option("--title", default="", help="Title (default: the longest front-matter line).")
@click.option(
    "--author",
    "authors",
    multiple=True,
    metavar="NAME[;AFFILIATION]",
    help="Author, repeatable (default: the line after the title).",
)
@click.option(
    "--resp",
    "resps",
    multiple=True,
    metavar="ROLE:NAME",
    help="Other responsibility, e.g. 'Korean rendering:bitext contributors'.",
)
@click.option("--date", default="", help="Publication date, ISO 8601 (default: from front matter).")
@click.option("--publisher", default="", help="Publisher.")
@click.option(
    "--idno",
    "idnos",
    multiple=True,
    metavar="TYPE=VALUE",
    help="Publication identifier, repeatable, e.g. 'series=Asan Issue Brief 2024-13(S)'.",
)
@click.option(
    "--related",
    "related",
    multiple=True,
    metavar="RELATION|LANG|URL|TITLE",
    help="Related publication, e.g. 'original|ko|https://...|Title'.",
)
@click.option("--note", "notes", multiple=True, help="Provenance note for the header, repeatable.")
@click.option("--source", default="", help="Description of the source (default: file name).")
@click.option(
    "--licence",
    "licence",
    default=None,
    metavar="STATUS|URL|TEXT",
    help="Terms of use (TEI availability): STATUS is free, restricted or unknown; URL may be "
    "empty, e.g. 'restricted||All rights reserved by the publisher'.",
)
@_abbreviation_options
@click.option(
    "--front-blocks",
    type=click.IntRange(min=0),
    help="Number of leading blocks that are front matter (default: a TEI file's front, else "
    "detected).",
)
@click.option(
    "--back-blocks",
    type=click.IntRange(min=0),
    help="Number of trailing blocks that are back matter (default: what the file marks, a TEI "
    "file's back, notes; else detected).",
)
def ingest(
    file: Path, lang: str | None, fmt: str | None, quiet: bool, output: Path | None, **options: Any
) -> None:
    """Turn FILE into a TEI document with paragraphs and sentences: plain text, DOCX, ODT,
    HTML, EPUB, Markdown, subtitles, PDF, HWPX or a TEI P5 document that bitext did not
    make, the format found from its content ('-' reads plain text from standard input;
    without -o, or with -o -, the TEI goes to standard output). A translation tool's
    bilingual file (TMX, XLIFF, PO) is refused: bitext import reads it."""
    _refuse_output_over_input(output, file)
    ingest_options = IngestOptions(
        title=options["title"],
        authors=tuple(_author(a) for a in options["authors"]),
        responsibilities=tuple(
            Responsibility(*_pair(r, ":", "ROLE:NAME")) for r in options["resps"]
        ),
        date=options["date"],
        publisher=options["publisher"],
        identifiers=tuple(Identifier(*_pair(i, "=", "TYPE=VALUE")) for i in options["idnos"]),
        related=tuple(_related(r) for r in options["related"]),
        notes=tuple(options["notes"]),
        source=options["source"],
        licence=_licence(options["licence"]) if options["licence"] else None,
        encoding=options["encoding"],
        front_blocks=options["front_blocks"],
        back_blocks=options["back_blocks"],
        abbreviations=_abbreviations(options["abbrevs"], options["abbrev_file"]),
        format=fmt or "",
    )
    to_stdout = output is None or str(output) == "-"
    with reported_warnings(), _progress(f"reading {file.name}", quiet) as progress:
        destination: str | Path = "-" if output is None or to_stdout else output
        report = ingest_any(file, lang, destination, ingest_options, progress)
    if quiet:
        return
    result = report.result
    how = result.encoding if report.format == "text" else report.format.upper()
    detected = report.detected
    language = (
        f", language {report.lang} detected ({_certainty(detected, '--lang')})" if detected else ""
    )
    click.echo(
        f"{'<stdout>' if to_stdout else output}: {counted(result.divisions, 'division')}, "
        f"{counted(result.paragraphs, 'paragraph')}, "
        f"{counted(result.sentences, 'sentence')} (read {file} as {how}{language}"
        + (", recomposed to NFC" if result.recomposed else "")
        + (f", {result.dropped_chars} control characters dropped" if result.dropped_chars else "")
        + (f", {result.repaired_breaks} broken paragraphs joined" if result.repaired_breaks else "")
        + ")",
        err=True,
    )
    if result.back_blocks:
        click.echo(
            f"bitext: note: {counted(result.back_blocks, 'paragraph')} from line "
            f"{result.back_line} on ({result.back_start!r}...) "
            f"{'is' if result.back_blocks == 1 else 'are'} back matter: kept in the document, "
            "never aligned or "
            "exported; --back-blocks 0 keeps them in the body",
            err=True,
        )


def _abbreviations(words: tuple[str, ...], path: Path | None) -> tuple[str, ...]:
    return words + (read_word_list(path) if path else ())


@cli.command()
@_input_file("file")
@click.option(
    "--lang", callback=_check_lang, help="Language of the text (default: detected from it)."
)
@click.option("--encoding", help="Decode with this encoding instead of detecting it.")
@_abbreviation_options
@click.option("--tei", is_flag=True, help="Print a TEI document instead of one sentence a line.")
def segment(
    file: Path,
    lang: str | None,
    encoding: str | None,
    abbrevs: tuple[str, ...],
    abbrev_file: Path | None,
    tei: bool,
) -> None:
    """Split the paragraphs of FILE (plain text, DOCX, ODT, HTML, EPUB, Markdown, subtitles,
    PDF, HWPX or TEI) into sentences, one a line; the language is detected when --lang is
    not given (said on stderr)."""
    options = IngestOptions(
        encoding=encoding,
        abbreviations=_abbreviations(abbrevs, abbrev_file),
        front_blocks=0,
        back_blocks=0,
    )
    with reported_warnings():
        result = ingest_file(file, lang or "", options)
    document = result.document
    if result.detected is not None:
        click.echo(
            f"bitext: {file}: language {result.detected.lang} detected "
            f"({_certainty(result.detected, '--lang')})",
            err=True,
        )
    if tei:
        sys.stdout.buffer.write(document_to_bytes(document))
        return
    for sentence in document.sentences():
        click.echo(sentence.text)


def _author(value: str) -> Author:
    name, _, affiliation = value.partition(";")
    if not name.strip():
        raise click.BadParameter(f"{value!r} has no name")
    return Author(name.strip(), affiliation.strip())


def _related(value: str) -> RelatedItem:
    parts = [p.strip() for p in value.split("|")]
    if len(parts) != 4 or not parts[0] or not parts[3]:
        raise click.BadParameter(f"{value!r} is not RELATION|LANG|URL|TITLE")
    return RelatedItem(relation=parts[0], lang=parts[1], target=parts[2], title=parts[3])


def _licence(value: str) -> Licence:
    status, _, rest = value.partition("|")
    target, _, text = rest.partition("|")
    if status.strip() not in LICENCE_STATUSES or not text.strip():
        raise click.BadParameter(
            f"{value!r} is not STATUS|URL|TEXT with STATUS one of {', '.join(LICENCE_STATUSES)}",
            param_hint="'--licence'",
        )
    return Licence(status.strip(), text.strip(), target.strip())


@cli.command()
@_input_file("files", nargs=-1, required=True)
@_review_below_option
def info(files: tuple[Path, ...], review_below: float | None) -> None:
    """Show the header and counts of each TEI document or alignment in FILES (for an
    alignment, the automatic links to review first: scored below --review-below or not
    scored)."""
    for file in files:
        loaded = read_tei(file)
        lines = describe(loaded, review_below)
        click.echo(f"{file}")
        for line in lines:
            click.echo(f"  {line}")


@cli.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print problems as JSON lines.")
@_allow_outside_option
def validate_command(paths: tuple[Path, ...], as_json: bool, allow_outside: bool) -> None:
    """Validate TEI documents and alignments (files or folders of *.xml).

    Checks the bitext RELAX NG grammar, the Schematron rules and, for an alignment, the
    documents it points at. Prints FILE:LINE: rule: message for each problem; exits 1 if any.
    """
    report = validate_paths(paths, allow_outside=allow_outside)
    problems = report.problems
    for problem in problems:
        if as_json:
            click.echo(json.dumps(dataclasses.asdict(problem), ensure_ascii=False))
        else:
            click.echo(str(problem))
    bad = len({p.path for p in problems})
    checked = len(report.checked)
    summary = f"{checked} file{'s' * (checked != 1)} checked, " + (
        f"{len(problems)} problem{'s' * (len(problems) != 1)} in {bad} file{'s' * (bad != 1)}"
        if problems
        else "all valid"
    )
    click.echo(f"bitext validate: {summary}", err=True)
    if problems:
        sys.exit(1)

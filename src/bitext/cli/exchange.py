"""Commands between bitext and translation tools: export an aligned corpus to TMX, PO,
XLIFF and the rest, import one back as TEI."""

from __future__ import annotations

import re
from pathlib import Path

import click

from bitext.cli._group import (
    _allow_outside_option,
    _format_named_by,
    _input_file,
    _refuse_output_over_input,
    _review_below_option,
    cli,
    counted,
    reported_warnings,
)
from bitext.exchange import alignment_in, export_corpus, import_corpus
from bitext.formats.base import ExportFilter
from bitext.formats.registry import (
    FORMATS,
    canonical_format,
    format_for_path,
    format_names,
    import_format_for,
    import_names,
)
from bitext.lang import check_language_tag


@cli.command("export")
@click.argument("alignment", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    help=f"Format, repeatable or comma-separated: {', '.join(format_names())} "
    "(default: the one OUT's extension names, as .tmx, .po, .xlf).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="File to write (one format; Moses: prefix of OUT.<lang>) or folder (several).",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    help="Leave out automatic links scored below this (a score is the aligner's probability "
    "that the link is right).",
)
@_review_below_option
@click.option("--types", help="Only these link types, e.g. '1-1,2-1'.")
@click.option("--manual-only", is_flag=True, help="Only links made or checked by hand.")
@click.option(
    "--include-unaligned",
    is_flag=True,
    help="Also export links with an empty side (1-0, 0-1), marked as such.",
)
@click.option(
    "--translatable-only",
    is_flag=True,
    help='Leave out the units an imported file marked not to translate (XLIFF translate="no": '
    "code, keys, names copied as they are), as MT training data wants.",
)
@click.option("--source-code", help="Language code written for the source (e.g. en-US).")
@click.option("--target-code", help="Language code written for the target (e.g. ko-KR).")
@_allow_outside_option
def export_command(
    alignment: Path,
    formats: tuple[str, ...],
    output: Path,
    min_score: float | None,
    review_below: float | None,
    types: str | None,
    manual_only: bool,
    include_unaligned: bool,
    translatable_only: bool,
    source_code: str | None,
    target_code: str | None,
    allow_outside: bool,
) -> None:
    """Export an aligned corpus for CAT tools (TMX, PO, XLIFF) and MT training (Moses, TSV,
    JSONL). ALIGNMENT is a TEI alignment, or a folder that holds one (as import writes)."""
    if alignment.is_dir():
        alignment = alignment_in(alignment)
    names = [canonical_format(n) for f in formats for n in f.split(",") if n.strip()]
    if not formats:
        names = [_format_named_by(output)]
    _check_formats(names, output)
    _refuse_output_over_input(output, alignment)
    for code in (source_code, target_code):
        if code:
            check_language_tag(code)
    keep = ExportFilter(
        min_score=min_score,
        types=_bead_types(types),
        manual_only=manual_only,
        include_unaligned=include_unaligned,
        translatable_only=translatable_only,
    )
    exported = export_corpus(
        alignment,
        names,
        output,
        keep,
        source_code,
        target_code,
        allow_outside=allow_outside,
        review_below=review_below,
    )
    for written in exported:
        click.echo(f"{written.path}: {counted(written.units, 'unit')} ({written.format})", err=True)
    left_out = max((written.one_sided_left_out for written in exported), default=0)
    if left_out:
        links = "link" if left_out == 1 else "links"
        click.echo(
            f"bitext: note: {left_out} {links} with an empty side (a unit without "
            "translation, a sentence left out) not written; --include-unaligned writes them",
            err=True,
        )


_BEAD_TYPE = re.compile(r"^\d{1,2}-\d{1,2}$")


def _bead_types(value: str | None) -> frozenset[str]:
    """--types as a set of bead types; a value that is not N-M is a usage error."""
    if not value:
        return frozenset()
    types = [t.strip() for t in value.split(",") if t.strip()]
    wrong = [t for t in types if not _BEAD_TYPE.match(t)]
    if wrong or not types:
        raise click.BadParameter(
            f"{wrong[0] if wrong else value!r} is not a bead type; write N-M, e.g. '1-1,2-1'",
            param_hint="'--types'",
        )
    return frozenset(types)


def _check_formats(names: list[str], output: Path) -> None:
    """Known formats; one format for standard output; an extension that fits the format."""
    unknown = [n for n in names if n not in format_names()]
    if unknown or not names:
        raise click.BadParameter(
            f"unknown format {unknown[0] if unknown else ''!r}; use one of "
            f"{', '.join(format_names())}",
            param_hint="'-f'",
        )
    if str(output) == "-" and (len(names) > 1 or FORMATS[names[0]].shape == "pair"):
        raise click.BadParameter(
            "standard output takes one format of one file; give a folder or a prefix",
            param_hint="'-o'",
        )
    if len(names) == 1:
        claimed = format_for_path(output)
        family = {"xliff", "xliff2"} if names[0] in {"xliff", "xliff2"} else {names[0]}
        if output.suffix and claimed and claimed != "moses" and claimed not in family:
            raise click.BadParameter(
                f"{output.name} has the extension of {claimed}, but -f "
                f"{names[0]} writes {names[0]}; name the file {output.stem}"
                f"{FORMATS[names[0]].extension or ''} or change -f",
                param_hint="'-o'",
            )


@cli.command("import")
@_input_file("file")
@click.option(
    "-f",
    "--format",
    "kind",
    type=click.Choice(import_names()),
    help="Format of FILE (default: told by its extension, .tmx, .po, .xlf, .sdlxliff, "
    ".mqxliff, .tsv, .csv (read as tsv), .jsonl, .xlsx, or by its XML root; Moses with "
    "--target).",
)
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the two TEI documents and the TEI alignment.",
)
@click.option(
    "--target",
    "target_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Moses: the target-language file (FILE is the source).",
)
@click.option(
    "--source-lang",
    help="Moses: language of FILE. TSV, JSONL or a bilingual XLSX that names no languages: "
    "the source's; JSONL of texts in several languages: the one to take as the source.",
)
@click.option(
    "--target-lang",
    help="Moses: language of --target. TMX or XLIFF of more target languages than one, "
    "an XLIFF that names no target language (untranslated), TSV, JSONL or a bilingual "
    "XLSX that names no languages: the target's; JSONL of texts in several languages: the "
    "one to take as the target.",
)
def import_command(
    file: Path,
    kind: str | None,
    outdir: Path,
    target_file: Path | None,
    source_lang: str | None,
    target_lang: str | None,
) -> None:
    """Read a TMX, PO, XLIFF, Moses, TSV or JSONL corpus (or a review XLSX) back into TEI
    documents and an alignment. TSV: bitext's, or any two-column parallel TSV; a CSV table
    or any bilingual XLSX: its first two columns of text.
    Inline codes (a CAT tool's formatting tags) become placeholders in the text ({1}, {/1},
    {2/}) with their markup kept in the TEI, and an export to TMX or XLIFF writes them back
    as codes. Notes, properties, contexts (msgctxt, resname), references and flags of each
    unit are kept with its link, and every export writes them back where it can."""
    kind = kind or import_format_for(file, has_target=target_file is not None)
    if kind is None:
        raise click.BadParameter(
            f"{file.name}: cannot tell its format from its name or content; give -f "
            f"({', '.join(import_names())})",
            param_hint="'-f'",
        )
    with reported_warnings():
        written = import_corpus(file, kind, outdir, target_file, source_lang, target_lang)
    for path in written:
        click.echo(f"wrote {path}", err=True)

"""Export benchmark: bitext's writers against translate-toolkit writing the same TMX and PO,
and a whole export from TEI files on disk (``bitext export``'s path: the alignment and its
documents streamed; its time includes writing the TEI corpus first).

Run: ``python bench/export.py [--links N]`` (default 1,000,000; translate-toolkit is installed
in bench/.env only). Each system and format runs in its own process, so its peak memory
(max RSS) is its own. Links are synthetic (an English and a Korean sentence of typical
length with ids and a score), generated lazily: bitext's writers stream them.
"""

from __future__ import annotations

import io
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator

from _common import child_figures, ensure_env, print_table

ensure_env(["translate"])

from bitext.formats.base import CorpusInfo, Unit  # noqa: E402
from bitext.formats.moses import write_moses  # noqa: E402
from bitext.formats.registry import writer_for  # noqa: E402
from bitext.model import LinkStatus  # noqa: E402

EN = "The alliance agreed on {n} new measures to strengthen command and control links."
KO = "동맹은 지휘·통제 연계를 강화하기 위한 {n}개의 새로운 조치에 합의했다."


def synthetic(count: int) -> Iterator[Unit]:
    for n in range(count):
        yield Unit(
            f"l{n}",
            "1-1",
            LinkStatus.AUTOMATIC,
            0.9,
            (f"en.p1.s{n}",),
            (f"ko.p1.s{n}",),
            (EN.format(n=n),),
            (KO.format(n=n),),
        )


def run_bitext(fmt: str, count: int, path: str) -> None:
    info = CorpusInfo("en", "ko")
    with open(path, "wb") as stream:
        if fmt == "moses":
            with open(path + ".ko", "wb") as second:
                write_moses(synthetic(count), info, stream, second)
        else:
            writer_for(fmt)(synthetic(count), info, stream)


def run_toolkit(fmt: str, count: int, path: str) -> None:
    from translate.storage import po, tmx

    if fmt == "tmx":
        store = tmx.tmxfile(sourcelanguage="en", targetlanguage="ko")
        for n in range(count):
            store.addtranslation(EN.format(n=n), "en", KO.format(n=n), "ko")
    else:
        store = po.pofile()
        for n in range(count):
            unit = store.addsourceunit(EN.format(n=n))
            unit.target = KO.format(n=n)
            unit.setcontext(f"l{n}")
    buffer = io.BytesIO()
    store.serialize(buffer)
    with open(path, "wb") as out:
        out.write(buffer.getvalue())


def make_tei_corpus(folder: str, count: int) -> str:
    """Write a bitext TEI corpus of ``count`` 1-1 links (as text, quickly); return the
    alignment's path."""
    ns = 'xmlns="http://www.tei-c.org/ns/1.0"'
    for lang, template in (("en", EN), ("ko", KO)):
        with open(f"{folder}/{lang}.xml", "w", encoding="utf-8") as out:
            out.write(
                f'<TEI {ns} xml:lang="{lang}"><teiHeader><fileDesc><titleStmt><title>b'
                "</title></titleStmt><publicationStmt><authority>x</authority>"
                "</publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc>"
                f'<langUsage><language ident="{lang}">x</language></langUsage>'
                f'</profileDesc></teiHeader><text><body xml:id="{lang}.body">'
                f'<div xml:id="{lang}.d1" type="lines"><p xml:id="{lang}.p1">\n'
            )
            for n in range(count):
                out.write(f'<s xml:id="{lang}.p1.s{n}">{template.format(n=n)}</s>\n')
            out.write("</p></div></body></text></TEI>\n")
    path = f"{folder}/align.xml"
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            f"<TEI {ns}><teiHeader><fileDesc><titleStmt><title>a</title></titleStmt>"
            "<publicationStmt><authority>x</authority></publicationStmt><sourceDesc><p/>"
            "</sourceDesc></fileDesc><profileDesc><langUsage>"
            '<language ident="en">x</language><language ident="ko">x</language>'
            "</langUsage></profileDesc></teiHeader><standOff>"
            '<linkGrp type="alignment" domains="en.xml#en.body ko.xml#ko.body">\n'
        )
        for n in range(count):
            out.write(
                f'<link xml:id="l{n}" type="1-1" subtype="automatic" cert="0.9" '
                f'target="en.xml#en.p1.s{n} ko.xml#ko.p1.s{n}"/>\n'
            )
        out.write("</linkGrp></standOff></TEI>\n")
    return path


def run_from_tei(fmt: str, count: int, path: str) -> None:
    from bitext.exchange import export_corpus

    folder = path + ".corpus"
    os.makedirs(folder, exist_ok=True)
    alignment = make_tei_corpus(folder, count)
    start = time.perf_counter()
    export_corpus(alignment, [fmt], path)
    print(json.dumps({"export_seconds": time.perf_counter() - start}), file=sys.stderr)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)


def child(system: str, fmt: str, count: int) -> None:
    path = os.path.join(tempfile.gettempdir(), f"bitext-bench-export.{os.getpid()}.{fmt}")
    start = time.perf_counter()
    runner = {"bitext": run_bitext, "bitext (from TEI files)": run_from_tei}.get(
        system, run_toolkit
    )
    runner(fmt, count, path)
    seconds = time.perf_counter() - start
    size = os.path.getsize(path)
    for leftover in (path, path + ".ko"):
        if os.path.exists(leftover):
            os.remove(leftover)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "mb": size / 1e6}))


def main() -> None:
    count = int(sys.argv[sys.argv.index("--links") + 1]) if "--links" in sys.argv else 1_000_000
    jobs = [("bitext", f) for f in ("tmx", "po", "xliff", "xliff2", "moses", "tsv", "jsonl")]
    jobs += [("translate-toolkit", "tmx"), ("translate-toolkit", "po")]
    jobs += [("bitext (from TEI files)", "tmx")]
    rows = []
    seconds_of: dict[tuple[str, str], float] = {}
    for system, fmt in jobs:
        result = child_figures(__file__, system, fmt, str(count))
        if isinstance(result, str):
            rows.append([system, fmt, "failed", "", "", result[-60:]])
            continue
        seconds_of[(system, fmt)] = result["seconds"]
        rows.append(
            [system, fmt, result["seconds"], count / result["seconds"], result["peak_mb"], ""]
        )
    for row in rows:
        if row[0] == "bitext" and ("translate-toolkit", row[1]) in seconds_of:
            ratio = seconds_of[("translate-toolkit", row[1])] / seconds_of[("bitext", row[1])]
            row[5] = f"{ratio:.1f}x faster"
    print(f"{count:,} links")
    print_table(["system", "format", "seconds", "links/s", "peak MB", "vs translate-toolkit"], rows)


if __name__ == "__main__":
    if "--child" in sys.argv:
        at = sys.argv.index("--child")
        child(sys.argv[at + 1], sys.argv[at + 2], int(sys.argv[at + 3]))
    else:
        main()

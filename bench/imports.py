"""Import benchmark: ``bitext import`` of large exchange files against translate-toolkit
reading the same files.

Run: ``python bench/imports.py [--units N]`` (default 200,000; translate-toolkit is installed
in bench/.env only). Each system and file runs in its own process, so its peak memory (max
RSS) is its own. The files are written first, synthetic and of two shapes:

- a CAT tool's translation memory: a TMX as Trados Studio exports one (``tu`` attributes of
  dates, users and usage counts, ``x-Context`` and ``x-Origin`` props on every unit, no
  sentence ids: bitext keeps each as a note of its link and numbers the sentences);
- bitext's own exports of a corpus (TMX, PO, JSONL): one sentence a paragraph, sentence ids
  kept, so that the documents are rebuilt paragraph by paragraph.

bitext's figure is the whole import (read, rebuild the two documents and the alignment,
write the three TEI files); translate-toolkit's is parsing the file into its store (``tmxfile``,
``pofile``; it has no JSONL reader), which writes nothing: the baseline is what a reader
alone costs.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator

from _common import child_figures, ensure_env, peak_mb, print_table

ensure_env(["translate"])

from bitext.formats.base import CorpusInfo, Unit  # noqa: E402
from bitext.formats.registry import writer_for  # noqa: E402
from bitext.model import LinkStatus  # noqa: E402

EN = "The alliance agreed on {n} new measures to strengthen {word} command and control links."
KO = "동맹은 {word} 지휘·통제 연계를 강화하기 위한 {n}개의 새로운 조치에 합의했다."
WORDS = ["joint", "allied", "regional", "naval", "trilateral", "missile", "space", "cyber"]
KO_WORDS = ["공동", "동맹", "지역", "해군", "3자", "미사일", "우주", "사이버"]
TU = (
    '<tu creationdate="20180711T065553Z" creationid="PC\\trados" changedate="20190301T101010Z"'
    ' changeid="PC\\trados" lastusagedate="20200101T000000Z" usagecount="{u}">'
    '<prop type="x-Context">{c}, 0</prop><prop type="x-Origin">TM</prop>'
    '<tuv xml:lang="en-US"><seg>{en}</seg></tuv><tuv xml:lang="ko-KR"><seg>{ko}</seg></tuv></tu>\n'
)


def write_trados_tmx(path: str, count: int) -> None:
    """A TMX of ``count`` units in Trados Studio's shape."""
    chosen = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="utf-8"?>\n<tmx version="1.4"><header '
            'creationtool="SDL Language Platform" creationtoolversion="8.1" '
            'o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-US" '
            'srclang="en-US"><prop type="x-Recognizers">RecognizeAll</prop></header><body>\n'
        )
        for n in range(count):
            at = chosen.randrange(len(WORDS))
            en = EN.format(n=n, word=WORDS[at])
            ko = KO.format(n=n, word=KO_WORDS[at])
            out.write(TU.format(u=n % 7, c=chosen.randrange(10**9), en=en, ko=ko))
        out.write("</body></tmx>\n")


def corpus_units(count: int) -> Iterator[Unit]:
    """A corpus's links as bitext exports them: a sentence a paragraph, ids kept."""
    for n in range(1, count + 1):
        yield Unit(
            f"l{n}",
            "1-1",
            LinkStatus.AUTOMATIC,
            0.9,
            (f"en.p{n}.s1",),
            (f"ko.p{n}.s1",),
            (EN.format(n=n, word=WORDS[n % 8]),),
            (KO.format(n=n, word=KO_WORDS[n % 8]),),
        )


def write_files(folder: str, count: int) -> dict[str, str]:
    """Write the benchmark's files into ``folder``; their paths by name."""
    paths = {"Trados TMX": os.path.join(folder, "trados.tmx")}
    write_trados_tmx(paths["Trados TMX"], count)
    for fmt in ("tmx", "po", "jsonl"):
        paths[f"bitext's {fmt.upper()}"] = path = os.path.join(folder, f"corpus.{fmt}")
        with open(path, "wb") as stream:
            writer_for(fmt)(corpus_units(count), CorpusInfo("en", "ko"), stream)
    return paths


def run_bitext(path: str) -> None:
    from bitext.exchange import import_corpus

    out = path + ".imported"
    fmt = path.rsplit(".", 1)[1]
    import_corpus(path, fmt, out)
    shutil.rmtree(out)


def run_toolkit(path: str) -> None:
    from translate.storage import po, tmx

    store = tmx.tmxfile if path.endswith(".tmx") else po.pofile
    with open(path, "rb") as stream:
        parsed = store.parsefile(stream)
    assert len(parsed.units) > 0


def child(system: str, path: str) -> None:
    start = time.perf_counter()
    (run_bitext if system == "bitext" else run_toolkit)(path)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb()}))


def main() -> None:
    count = int(sys.argv[sys.argv.index("--units") + 1]) if "--units" in sys.argv else 200_000
    folder = tempfile.mkdtemp(prefix="bitext-bench-import.")
    try:
        paths = write_files(folder, count)
        rows = []
        for name, path in paths.items():
            systems = ["bitext"] + ([] if path.endswith(".jsonl") else ["translate-toolkit"])
            seconds: dict[str, float] = {}
            for system in systems:
                result = child_figures(__file__, system, path)
                if isinstance(result, str):
                    rows.append([name, system, "failed", "", "", result])
                    continue
                seconds[system] = result["seconds"]
                mb = os.path.getsize(path) / 1e6
                rows.append(
                    [
                        name,
                        system,
                        result["seconds"],
                        count / result["seconds"],
                        result["peak_mb"],
                        round(mb),
                        "",
                    ]
                )
            if len(seconds) == 2:
                rows[-2][6] = f"{seconds['translate-toolkit'] / seconds['bitext']:.2f}x"
        print(f"{count:,} units")
        print_table(
            ["file", "system", "seconds", "units/s", "peak MB", "file MB", "vs translate-toolkit"],
            rows,
        )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    if "--child" in sys.argv:
        at = sys.argv.index("--child")
        child(sys.argv[at + 1], sys.argv[at + 2])
    else:
        main()

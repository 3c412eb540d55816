"""Scale benchmark: long lines, a gigabyte of text, 200k sentences a side.

Run: ``python bench/scale.py`` (about 10 minutes; ``--quick`` uses 100 MB instead of 1 GB and
20k sentences instead of 200k; ``--grammar-only`` runs only the grammar comparison). Each
measurement runs in its own process, so that its peak memory (VmHWM, see _common.peak_mb)
is its own. Baselines in the same run:

- segmentation of one long line: bitext as it was before the linear-time engine (the commit
  named in BEFORE, checked out into bench/.cache/before by git worktree) on a 32 KB line,
  against bitext now on the same line and on a 1 MB line;
- alignment of one long sentence a side (a whole unsegmented news document, repeated): bitext
  as it was before its numbers were read in linear time (ALIGN_BEFORE, checked out into
  bench/.cache/align-before) against bitext now, on 130,000 and 400,000 characters, and bitext
  now on 1.3 million (``--long-sentence-only`` runs only this);
- ingest: the in-memory path (``ingest_file`` + ``write_document``, what ``bitext ingest``
  did before) against the streaming path (``bitext ingest`` now) on the same 100 MB, then
  the streaming path on 1 GB;
- alignment and validation of the news-dev set repeated to 200k sentences a side;
- the RELAX NG grammar of a document whose one paragraph holds 200k sentences (as a
  translation memory of as many units imports: its units have no paragraphs), the grammar
  as it was before it spelt out the content of a paragraph (GRAMMAR_BEFORE, read with git
  show) against the grammar now, and the Schematron rules then (a pass over the tree for
  each of six patterns, every fired rule kept in the report) against now, all by lxml
  (libxml2) on the same file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ALIGN_DEV_SETS, DATA, ROOT, peak_mb, print_table

BEFORE = "7f6e2d9"  # main before the linear-time segmenter and the streaming ingest
ALIGN_BEFORE = "882674e"  # main before numbers were read in linear time in a long sentence
GRAMMAR_BEFORE = "8330465"  # document.rng's paragraphs a shared define, rules.sch six passes
CACHE = ROOT / "bench" / ".cache"
LINES = {
    "It rose to 12. ": "sentences that end in a number",
    ". ": "periods and spaces",
    "Dr. Kim met Mr. Lee. ": "abbreviations",
    "1. a 2. b • c ": "list items",
    "See https://x.org/r. ": "web addresses",
}


def child(kind: str, *args: str) -> None:
    """Run one measurement in this process and print it as JSON."""
    start = time.perf_counter()
    if kind == "segment":
        sys.path.insert(0, args[0])
        from bitext.segment import split_sentences

        count = len(split_sentences(Path(args[1]).read_text(encoding="utf-8"), "en"))
    elif kind == "ingest-memory":
        from bitext.tei import write_document
        from bitext.text import ingest_file

        document = ingest_file(args[0], "en").document
        write_document(document, args[1])
        count = len(list(document.sentences()))
    elif kind == "ingest-stream":
        from bitext.text.streaming import ingest_to_file

        count = ingest_to_file(args[0], "en", args[1]).sentences
    elif kind == "align":
        count = _align(int(args[0]), Path(args[1]))
    elif kind == "align-sentence":
        sys.path.insert(0, args[0])
        from bitext.align import align_sentences

        source, target = _long_sentence(int(args[1]))
        start = time.perf_counter()  # the long sentence alone (its words read before)
        align_sentences([source], [target], "en", "ko")
        count = len(source)
    elif kind == "validate":
        from bitext.validate import validate

        count = len(validate(args[0]))
    elif kind == "grammar":
        from lxml import etree

        grammar = etree.RelaxNG(etree.parse(args[0]))
        document = etree.parse(args[1])
        start = time.perf_counter()  # the validation alone, not the parsing
        count = int(grammar.validate(document))
    elif kind == "schematron":
        from lxml import etree, isoschematron

        params = {"generate-fired-rule": "'false'"} if args[2] == "now" else {}
        rules = isoschematron.Schematron(
            etree.parse(args[0]), store_report=True, compile_params=params
        )
        document = etree.parse(args[1])
        start = time.perf_counter()
        count = int(rules.validate(document))
    seconds = time.perf_counter() - start
    peak = peak_mb()
    print(json.dumps({"seconds": seconds, "mb": peak, "count": count}))


def _align(copies: int, folder: Path) -> int:
    """Align the news-dev set repeated ``copies`` times; write the TEI pair and alignment."""
    from bitext import ingest_text
    from bitext.align import align
    from bitext.tei import write_alignment, write_document

    english, korean = [], []
    for gold in sorted(DATA.glob(f"align/{ALIGN_DEV_SETS['news-dev']}.gold")):
        english += gold.with_suffix(".en").read_text(encoding="utf-8").splitlines()
        korean += gold.with_suffix(".ko").read_text(encoding="utf-8").splitlines()
    source = ingest_text("\n\n".join(english * copies), "en")
    target = ingest_text("\n\n".join(korean * copies), "ko")
    alignment = align(source, target, source_ref="en.xml", target_ref="ko.xml")
    write_document(source, folder / "en.xml")
    write_document(target, folder / "ko.xml")
    write_alignment(alignment, folder / "a.xml")
    return len(alignment.links)


def _long_sentence(copies: int) -> tuple[str, str]:
    """The first news-dev document's English and Korean, each run together into one line and
    repeated ``copies`` times, after aligning the document as it is (so that its words are
    known to the process and what is timed is the long sentence)."""
    from bitext.align import align_sentences

    name = sorted(DATA.glob(f"align/{ALIGN_DEV_SETS['news-dev']}.gold"))[0].with_suffix("")
    english = name.with_suffix(".en").read_text(encoding="utf-8").splitlines()
    korean = name.with_suffix(".ko").read_text(encoding="utf-8").splitlines()
    align_sentences(english, korean, "en", "ko")
    return " ".join(english) * copies, " ".join(korean) * copies


def measure(kind: str, *args: str) -> dict[str, float]:
    """Run ``child(kind, *args)`` in a new process; its seconds, peak MB and count."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def before_checkout(commit: str = BEFORE, name: str = "before") -> Path:
    """The source of bitext at ``commit`` (BEFORE: the segmentation baseline), checked out
    into bench/.cache/``name``."""
    folder = CACHE / name
    if not folder.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(folder), commit], cwd=ROOT, check=True
        )
    return folder / "src"


def long_lines(tmp: Path) -> None:
    before = before_checkout()
    rows = []
    for unit, what in LINES.items():
        small, large = tmp / "small.txt", tmp / "large.txt"
        small.write_text((unit * (32_000 // len(unit)))[:32_000], encoding="utf-8")
        large.write_text((unit * (1_000_000 // len(unit)))[:1_000_000], encoding="utf-8")
        old = measure("segment", str(before), str(small))
        new = measure("segment", str(ROOT / "src"), str(small))
        big = measure("segment", str(ROOT / "src"), str(large))
        rows.append(
            [what, old["seconds"], new["seconds"], old["seconds"] / new["seconds"], big["seconds"]]
        )
    print("\nOne long line (no line breaks), segmented:")
    print_table(
        [
            "line of",
            f"32 KB, bitext {BEFORE} s",
            "32 KB, bitext now s",
            "speed-up",
            "1 MB, bitext now s",
        ],
        rows,
    )


def long_sentence() -> None:
    """One long sentence a side aligned: bitext at ALIGN_BEFORE against bitext now."""
    before = before_checkout(ALIGN_BEFORE, "align-before")
    rows = []
    for copies in (10, 30, 100):
        now = measure("align-sentence", str(ROOT / "src"), str(copies))
        old = measure("align-sentence", str(before), str(copies)) if copies < 100 else None
        rows.append(
            [
                f"{now['count']:,.0f}",
                old["seconds"] if old else "",
                now["seconds"],
                f"{old['seconds'] / now['seconds']:.1f}x" if old else "",
            ]
        )
    print("\nOne sentence a side (a news document run together, repeated), aligned:")
    print_table(["characters a side", f"bitext {ALIGN_BEFORE} s", "bitext now s", "speed-up"], rows)


def big_text(path: Path, megabytes: int) -> None:
    """A text of news paragraphs with headings, ``megabytes`` MB of UTF-8."""
    english = []
    for gold in sorted(DATA.glob("align/*.gold")):
        english += gold.with_suffix(".en").read_text(encoding="utf-8").splitlines()
    chunk = "\n\n".join(
        (f"{k // 8 + 1}. Section heading" if k % 8 == 0 else " ".join(english[k : k + 5]))
        for k in range(0, len(english) - 5, 5)
    )
    data = ("Title of the corpus\n\n" + chunk).encode("utf-8")
    with path.open("wb") as handle:
        written = 0
        while written < megabytes << 20:
            handle.write(data + b"\n\n")
            written += len(data) + 2


def ingest(tmp: Path, quick: bool) -> None:
    hundred = tmp / "100mb.txt"
    big_text(hundred, 100)
    memory = measure("ingest-memory", str(hundred), str(tmp / "m.xml"))
    stream = measure("ingest-stream", str(hundred), str(tmp / "s.xml"))
    assert (tmp / "m.xml").read_bytes() == (tmp / "s.xml").read_bytes()
    rows = [
        ["100 MB", "in-memory (ingest_file + write_document)", memory["seconds"], memory["mb"]],
        ["100 MB", "streaming (bitext ingest)", stream["seconds"], stream["mb"]],
    ]
    if not quick:
        gigabyte = tmp / "1gb.txt"
        hundred.unlink()
        big_text(gigabyte, 1024)
        large = measure("ingest-stream", str(gigabyte), str(tmp / "g.xml"))
        rows.append(["1 GB", "streaming (bitext ingest)", large["seconds"], large["mb"]])
        gigabyte.unlink()
    print(
        f"\nIngest (same output, byte for byte); streaming is "
        f"{memory['mb'] / stream['mb']:.1f}x less memory, "
        f"{memory['seconds'] / stream['seconds']:.2f}x the speed on 100 MB:"
    )
    print_table(["text", "path", "seconds", "peak MB"], rows)


def alignment(tmp: Path, quick: bool) -> None:
    copies = 19 if quick else 190
    aligned = measure("align", str(copies), str(tmp))
    checked = measure("validate", str(tmp / "a.xml"))
    print(f"\nThe news-dev set repeated {copies} times (about {copies}k sentences a side):")
    print_table(
        ["step", "seconds", "peak MB", "count"],
        [
            [
                "align (ingest both, align, write)",
                aligned["seconds"],
                aligned["mb"],
                aligned["count"],
            ],
            [
                "validate the alignment and its documents",
                checked["seconds"],
                checked["mb"],
                checked["count"],
            ],
        ],
    )


def one_paragraph(tmp: Path, sentences: int) -> Path:
    """The bundled English document with its body made one paragraph of ``sentences``
    sentences (its own, repeated, with new ids)."""
    from lxml import etree

    tei = "{http://www.tei-c.org/ns/1.0}"
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    tree = etree.parse(str(ROOT / "corpus" / "en" / "asan-2024-13s.en.xml"))
    body = tree.find(f".//{tei}body")
    texts = [s.text or "" for s in body.iter(f"{tei}s")]
    for child in list(body):
        body.remove(child)
    div = etree.SubElement(body, f"{tei}div", {xml_id: "en.d1", "type": "section"})
    paragraph = etree.SubElement(div, f"{tei}p", {xml_id: "en.p1"})
    for k in range(sentences):
        etree.SubElement(paragraph, f"{tei}s", {xml_id: f"en.p1.s{k + 1}"}).text = texts[
            k % len(texts)
        ]
    path = tmp / "one-paragraph.xml"
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    return path


def grammars(tmp: Path, quick: bool) -> None:
    sentences = 20_000 if quick else 200_000
    document = one_paragraph(tmp, sentences)
    before = tmp / "schemas-before"
    before.mkdir()
    for name in ("document.rng", "common.rng", "rules.sch"):
        shown = subprocess.run(
            ["git", "show", f"{GRAMMAR_BEFORE}:src/bitext/schemas/{name}"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        (before / name).write_bytes(shown.stdout)
    now = ROOT / "src" / "bitext" / "schemas" / "document.rng"
    old = measure("grammar", str(before / "document.rng"), str(document))
    new = measure("grammar", str(now), str(document))
    assert old["count"] == new["count"] == 1  # both find the document valid
    rules = ROOT / "src" / "bitext" / "schemas" / "rules.sch"
    old_rules = measure("schematron", str(before / "rules.sch"), str(document), "before")
    new_rules = measure("schematron", str(rules), str(document), "now")
    assert old_rules["count"] == new_rules["count"] == 1
    print(
        f"\nOne paragraph of {sentences} sentences (lxml, the validation alone): RELAX NG "
        f"{old['seconds'] / new['seconds']:.0f}x and Schematron "
        f"{old_rules['seconds'] / new_rules['seconds']:.1f}x faster than at {GRAMMAR_BEFORE}:"
    )
    print_table(
        ["schema", "seconds", "peak MB"],
        [
            [f"document.rng at {GRAMMAR_BEFORE}", old["seconds"], old["mb"]],
            ["document.rng now", new["seconds"], new["mb"]],
            [
                f"rules.sch at {GRAMMAR_BEFORE} (a pass a pattern, fired rules kept)",
                old_rules["seconds"],
                old_rules["mb"],
            ],
            [
                "rules.sch now (one pass for the rules but ids, failed asserts only)",
                new_rules["seconds"],
                new_rules["mb"],
            ],
        ],
    )


def main() -> None:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if "--grammar-only" in sys.argv:
            grammars(tmp, quick)
            return
        if "--long-sentence-only" in sys.argv:
            long_sentence()
            return
        long_lines(tmp)
        long_sentence()
        ingest(tmp, quick)
        alignment(tmp, quick)
        grammars(tmp, quick)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], *sys.argv[3:])
    else:
        main()

"""Build the segmentation sets of languages with few abbreviation rules from Universal
Dependencies treebanks: bench/data/seg/ud_<lang>_<split>.jsonl.

Run: ``python bench/make_ud.py DIR [LANG ...]`` (only those languages' sets) where DIR holds
clones of the treebanks of :data:`TREEBANKS` (``UniversalDependencies/UD_<name>``, each CC
BY-SA 4.0; see bench/data/seg/LICENSE.ud). A treebank's ``# text`` lines are its sentences
as written, in the order of its documents. Each set is the treebank's dev or test file cut
into paragraphs: runs of up to :data:`RUN` consecutive sentences, broken at ``# newdoc`` and
``# newpar`` and at a sentence that does not end in final punctuation (a headline, a list
item: nothing a segmenter could find), joined by one space; each line ``{"text",
"expected"}``.

The treebanks' own conventions hold: some split at a colon or a semicolon, keep several
sentences of a quotation as one, or (Indonesian GSD) hold two sentences in one; so no
segmenter reaches 1.0, and a figure is for comparing segmenters on the same set. The dev
files are for looking at errors; the test files are held out.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

# language -> (treebank repository name, file prefix)
TREEBANKS = {
    "pt": ("UD_Portuguese-Bosque", "pt_bosque"),
    "sv": ("UD_Swedish-Talbanken", "sv_talbanken"),
    "fi": ("UD_Finnish-TDT", "fi_tdt"),
    "id": ("UD_Indonesian-GSD", "id_gsd"),
    "tr": ("UD_Turkish-BOUN", "tr_boun"),
    "vi": ("UD_Vietnamese-VTB", "vi_vtb"),
    "fa": ("UD_Persian-Seraji", "fa_seraji"),
    "he": ("UD_Hebrew-IAHLTwiki", "he_iahltwiki"),
    "nb": ("UD_Norwegian-Bokmaal", "no_bokmaal"),
    "ro": ("UD_Romanian-RRT", "ro_rrt"),
    # Georgian: sentences chosen one by one from a corpus and Wikipedia (no documents), so
    # a paragraph here is five unrelated sentences; its script has no capitals to start one.
    "ka": ("UD_Georgian-GLC", "ka_glc"),
    # Lithuanian: news, nonfiction, legal and fiction; quotations of several sentences are
    # split there, as bitext does not.
    "lt": ("UD_Lithuanian-ALKSNIS", "lt_alksnis"),
}
RUN = 5
_FINAL = re.compile(r"[.!?…]['\"”’»)\]]*$")
OUT = Path(__file__).parent / "data" / "seg"


def runs(conllu: Path) -> Iterator[list[str]]:
    """The treebank's sentences in runs a document or paragraph break ends."""
    run: list[str] = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")):
            if run:
                yield run
            run = []
        elif line.startswith("# text ="):
            run.append(line[len("# text =") :].strip())
    if run:
        yield run


def paragraphs(conllu: Path) -> Iterator[list[str]]:
    """Runs of two to :data:`RUN` sentences, each ending in final punctuation."""
    for run in runs(conllu):
        group: list[str] = []
        for sentence in run:
            if not _FINAL.search(sentence):
                if len(group) > 1:
                    yield group
                group = []
                continue
            group.append(sentence)
            if len(group) == RUN:
                yield group
                group = []
        if len(group) > 1:
            yield group


def main(clones: Path, languages: list[str]) -> None:
    """Write the sets of ``languages`` (every treebank's without)."""
    for lang, (repository, prefix) in TREEBANKS.items():
        if languages and lang not in languages:
            continue
        for split in ("dev", "test"):
            conllu = clones / repository / f"{prefix}-ud-{split}.conllu"
            cases = [{"text": " ".join(group), "expected": group} for group in paragraphs(conllu)]
            target = OUT / f"ud_{lang}_{split}.jsonl"
            with target.open("w", encoding="utf-8") as out:
                for case in cases:
                    out.write(json.dumps(case, ensure_ascii=False) + "\n")
            print(f"{target.name}: {len(cases)} paragraphs")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python bench/make_ud.py DIR [LANG ...] (clones of the UD treebanks)")
    main(Path(sys.argv[1]), sys.argv[2:])

"""Write src/bitext/lang/data/zh/variants.txt from the Unicode Character Database's
Unihan_Variants.txt (its kSimplifiedVariant field): each Traditional Chinese character of
the CJK Unified Ideographs block whose simplified form is one other character of the block,
one "TRADITIONAL SIMPLIFIED" pair a line, so that the aligner reads Traditional text with the
Simplified lexicon.

Run: ``python scripts/make_simplified.py PATH`` where PATH is Unihan_Variants.txt (or its
.bz2, as Debian's unicode-data package installs it in /usr/share/unicode/).
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "bitext" / "lang" / "data" / "zh"
BLOCK = range(0x4E00, 0xA000)  # CJK Unified Ideographs
HEADER = """# Traditional Chinese characters and their one simplified form, which the aligner reads
# in their place (so that Traditional text meets the Simplified lexicon, lexicon/zh-en.tsv):
# TRADITIONAL SIMPLIFIED. Made by scripts/make_simplified.py from the kSimplifiedVariant
# field of Unihan_Variants.txt, Unicode {version} (the Unicode Character Database), under
# the Unicode License: Copyright (c) 1991-2022 Unicode, Inc. All rights reserved.
# Distributed under the Terms of Use in https://www.unicode.org/copyright.html.
"""


def pairs(text: str) -> list[tuple[str, str]]:
    """The (traditional, simplified) pairs of the block, each simplified form one character."""
    found = []
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] != "kSimplifiedVariant":
            continue
        source = int(fields[0][2:], 16)
        targets = [int(code[2:], 16) for code in fields[2].split()]
        if source in BLOCK and len(targets) == 1 and targets[0] in BLOCK and targets[0] != source:
            found.append((chr(source), chr(targets[0])))
    return found


def main(path: Path) -> None:
    data = path.read_bytes()
    text = (bz2.decompress(data) if path.suffix == ".bz2" else data).decode("utf-8")
    version = next(
        (line.split(":", 1)[1].strip() for line in text.splitlines() if "Unicode version" in line),
        "?",
    )
    found = pairs(text)
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [f"{a} {b}" for a, b in found]
    (OUT / "variants.txt").write_text(HEADER.format(version=version) + "\n".join(lines) + "\n")
    print(f"variants.txt: {len(found)} characters")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/make_simplified.py PATH/Unihan_Variants.txt[.bz2]")
    main(Path(sys.argv[1]))

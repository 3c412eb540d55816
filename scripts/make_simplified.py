"""Write src/bitext/lang/data/zh/variants.txt from the Unicode Character Database's
Unihan_Variants.txt (its kSimplifiedVariant field): each Traditional Chinese character of
the CJK Unified Ideographs block whose simplified form is one other character of the block,
one "TRADITIONAL SIMPLIFIED" pair a line, so that the aligner reads Traditional text with the
Simplified lexicon.

Run: ``python scripts/make_simplified.py PATH`` where PATH is Unihan_Variants.txt (or its
.bz2, as Debian's unicode-data package installs it in /usr/share/unicode/).
"""

from __future__ import annotations

import sys
from pathlib import Path

from unihan import code_point, field_values, read_unihan

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
    for source, value in field_values(text, "kSimplifiedVariant"):
        targets = [code_point(code) for code in value.split()]
        if source in BLOCK and len(targets) == 1 and targets[0] in BLOCK and targets[0] != source:
            found.append((chr(source), chr(targets[0])))
    return found


def main(path: Path) -> None:
    text, version = read_unihan(path)
    found = pairs(text)
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [f"{a} {b}" for a, b in found]
    (OUT / "variants.txt").write_text(HEADER.format(version=version) + "\n".join(lines) + "\n")
    print(f"variants.txt: {len(found)} characters")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/make_simplified.py PATH/Unihan_Variants.txt[.bz2]")
    main(Path(sys.argv[1]))

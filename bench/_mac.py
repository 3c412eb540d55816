"""A Chinese-English alignment benchmark that nobody here wrote: MAC, the manually aligned
corpus of Chinese novels and their published English translations, used to evaluate
Bertalign, from ``https://github.com/bfsujason/mac``.

The files are GPL-3.0 (and excerpts of novels), so none of them is in this repository: the
repository is cloned into ``bench/.cache/mac`` (ignored by git), or taken from ``--mac-src
PATH`` / ``MAC_SRC`` (a local clone). Its ``dev/intertext`` (6 chapters) and
``test/intertext`` (24 chapters) hold each chapter as InterText XML: the Chinese and the
English sentences (``<s id="1:5">``) and the links (``xtargets="English ids;Chinese ids"``).
They are read here as Chinese source, English target and a gold ladder. Nothing in a
novel's sentences is shared by the two sides but the odd number and the words of bitext's
Chinese-English lexicon (571 written everyday words, which know 2-8% of a chapter's Chinese
character pairs, and CC-CEDICT's 29,719 two-character words), with a third more English
sentences than Chinese.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from _common import ROOT, clone
from bitext.tei.xml import parse_xml

CACHE = ROOT / "bench" / ".cache" / "mac"
URL = "https://github.com/bfsujason/mac"
SETS = {"zh-en dev": "dev", "zh-en test": "test"}
Doc = tuple[list[str], list[str], list]


def folder() -> Path | None:
    """The clone (made first if needed), or None."""
    if (CACHE / "dev" / "intertext").is_dir():
        return CACHE
    wanted = [f"{split}/intertext" for split in SETS.values()]
    if not clone(CACHE, URL, "--mac-src", "MAC_SRC", wanted):
        return None
    return CACHE if (CACHE / "dev" / "intertext").is_dir() else None


def load(split: str) -> list[Doc]:
    """The chapters of ``dev`` or ``test`` (Chinese, English, gold), or none without the data."""
    data = folder()
    if data is None:
        return []
    docs = []
    for links in sorted((data / split / "intertext").glob("*_zh.*_en.xml")):
        name = re.sub(r"_zh\..*", "", links.name)
        chinese, chinese_ids = _sentences(links.with_name(f"{name}_zh.xml"))
        english, english_ids = _sentences(links.with_name(f"{name}_en.xml"))
        gold = []
        for link in _parsed(links).iter("link"):
            en, zh = link.get("xtargets", ";").split(";")
            source = tuple(chinese_ids[i] for i in zh.split())
            gold.append((source, tuple(english_ids[i] for i in en.split())))
        docs.append((chinese, english, gold))
    return docs


def _sentences(path: Path) -> tuple[list[str], dict[str, int]]:
    """A chapter's sentences (whitespace collapsed) and each one's index by its id."""
    texts, ids = [], {}
    for s in _parsed(path).iter("s"):
        ids[s.get("id")] = len(texts)
        texts.append(" ".join("".join(s.itertext()).split()))
    return texts, ids


def _parsed(path: Path) -> Any:
    """An InterText file parsed as bitext parses untrusted XML (no DTD, no entities)."""
    return parse_xml(path.read_bytes(), path)

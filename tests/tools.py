"""The real tools the conformance tests check bitext's outputs against.

``scripts/setup_conformance.py`` installs them (the README's test command runs it first); here
the tests only look them up. A missing tool fails the test with the line that installs it:
leave these tests out with ``-m "not conformance"`` where the tools cannot be installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

CACHE = ROOT / ".cache"
SETUP = "python scripts/setup_conformance.py"


def _missing(what: str) -> None:
    pytest.fail(
        f"{what} is missing: run `{SETUP}` (or leave these tests out with -m 'not conformance')",
        pytrace=False,
    )


def tei_all_path() -> Path:
    """The official TEI P5 schema (tei_all.rng, TEI P5 4.3.0)."""
    path = CACHE / "tei_all.rng"
    if not path.is_file():
        _missing("tei_all.rng")
    return path


def schema_file(name: str) -> Path:
    """tmx14.dtd, xliff-core-1.2-strict.xsd, xliff-core-2.0.xsd or xml.xsd."""
    path = CACHE / "standards" / name
    if not path.is_file():
        _missing(name)
    return path


def angular_localize() -> Path:
    """The folder of Angular's translation-file parsers (npm @angular/localize)."""
    path = CACHE / "node" / "node_modules" / "@angular" / "localize"
    if not (path / "package.json").is_file():
        _missing("@angular/localize")
    return path


def command(name: str) -> str:
    """The path of an installed program (msgfmt, chromium, chromedriver)."""
    found = shutil.which(name)
    if found is None:
        _missing(f"the program {name!r}")
    return str(found)


def korean_font() -> None:
    """Fail unless fontconfig knows a Korean font (fonts-nanum), so pages render Hangul."""
    listing = subprocess.run(
        [command("fc-list"), ":lang=ko"], capture_output=True, text=True, check=False
    )
    if not listing.stdout.strip():
        _missing("a Korean font (fonts-nanum)")

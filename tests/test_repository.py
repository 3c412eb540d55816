"""The repository stands alone: nothing in src/, tests/, bench/ or corpus/ points outside it.

A fresh clone has nothing beside it, so a file that names a path outside the checkout (the
team's notes folder beside the checkout, a folder on one machine) breaks for everyone else.
"""

from __future__ import annotations

import glob
import subprocess
from pathlib import Path

import pytest
import regex
import tomllib

from .conftest import ROOT

CHECKED = ("src", "tests", "bench", "corpus", "scripts", ".ci")
# A relative path that climbs (../x), not an XPath step such as ../@domains.
CLIMBING = regex.compile(r"(?<![\w.])(?:\.\./)+[\w\-][\w.\-/]*")
# A folder of one machine, or the team's notes beside the checkout.
MACHINE = regex.compile(
    r"(?<![\w.])/(?:work|home|root|Users|mnt)/[\w.\-]+|\bshared/(?:seed|bench)\b"
)
# The team's notes folder beside the checkout, spelt in two halves so that a search of the
# repository for references to it finds none here.
NOTES = "sha" + "red"
# A line that names an outside path as bad input, to show that bitext refuses it.
PRAGMA = "# outside on purpose"
# Python that walks above the repository's root from a file's own place.
ABOVE_ROOT = regex.compile(r"\bROOT\.parent\b|\.parents\[(\d+)\]")


def repository_files() -> list[Path]:
    """The files git tracks (or would track: new, not ignored) under the checked folders."""
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *CHECKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if listing.returncode:  # not a git checkout (an unpacked sdist): walk the folders
        return [p for d in CHECKED for p in (ROOT / d).rglob("*") if p.is_file()]
    return [ROOT / line for line in listing.stdout.splitlines() if (ROOT / line).is_file()]


def outside_references(path: Path, text: str) -> list[str]:
    """Each place in ``text`` (the content of ``path``) that refers outside the repository."""
    found = []
    root = ROOT.resolve()
    text = "\n".join(line for line in text.splitlines() if PRAGMA not in line)
    for match in CLIMBING.finditer(text):
        target = (path.parent / match.group()).resolve()
        if not target.is_relative_to(root):
            found.append(match.group())
    found.extend(match.group() for match in MACHINE.finditer(text))
    if path.suffix == ".py":
        depth = len(path.resolve().relative_to(root).parts) - 1
        for match in ABOVE_ROOT.finditer(text):
            if match.group(1) is None or int(match.group(1)) > depth:
                found.append(match.group())
    return found


def test_no_file_refers_to_a_path_outside_the_repository():
    offenders = {}
    for path in repository_files():
        if path.resolve() == Path(__file__).resolve():  # its examples of what is refused
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if found := outside_references(path, text):
            offenders[str(path.relative_to(ROOT))] = found[:3]
    assert not offenders, f"these files point outside the repository: {offenders}"


@pytest.mark.parametrize(
    ("relative", "text"),
    [
        ("tests/test_x.py", f'SEED = ROOT.parent / "{NOTES}" / "seed"'),
        ("tests/test_x.py", "DATA = Path(__file__).resolve().parents[2] / 'bench'"),
        ("corpus/build.sh", f'seed="$here/../../{NOTES}/seed/a.txt"'),
        ("bench/x.py", 'open("/work/main/data.txt")'),
        ("corpus/README.md", f"plain text from `{NOTES}/seed/`"),
    ],
)
def test_the_check_catches_each_kind_of_outside_reference(relative: str, text: str):
    assert outside_references(ROOT / relative, text)


@pytest.mark.parametrize(
    ("relative", "text"),
    [
        ("corpus/ko/a.xml", '<relatedItem target="../en/asan-2024-13s.en.xml"/>'),
        ("tests/test_x.py", "ROOT = Path(__file__).resolve().parents[1]"),
        ("src/bitext/schemas/rules.sch", '<sch:let name="d" value="../@domains"/>'),
    ],
)
def test_the_check_accepts_references_inside_the_repository(relative: str, text: str):
    assert not outside_references(ROOT / relative, text)


def shipped_data(patterns: list[str], package: Path) -> set[str]:
    """The files of ``package`` that setuptools puts in a wheel beside its modules: those
    the ``package-data`` glob ``patterns`` match (paths relative to the package)."""
    return {
        found
        for pattern in patterns
        for found in glob.glob(pattern, root_dir=package)
        if (package / found).is_file()
    }


def test_every_data_file_of_the_package_is_in_its_wheel():
    # An editable install reads the data from the checkout, so a file the package-data
    # patterns leave out works in the tests and is missing for everyone who installs the
    # wheel (lang/data/aliases.txt was: "no" read without Bokmål's data).
    package = ROOT / "src" / "bitext"
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["bitext"]
    tracked = subprocess.run(
        ["git", "ls-files", "src/bitext"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    needed = {
        str(Path(name).relative_to("src/bitext"))
        for name in tracked
        if Path(name).suffix not in {".py", ".c"}
    }
    assert needed, "no data files found: the check would pass on anything"
    missing = sorted(needed - shipped_data(patterns, package))
    assert not missing, f"add patterns to [tool.setuptools.package-data] for {missing}"

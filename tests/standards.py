"""The official schemas the exports are checked against, fetched from Debian's packages at
test time into .cache/ (not committed): the TMX 1.4b DTD from omegat, the XLIFF 1.2 strict
and 2.0 core XSDs (and xml.xsd) from php-symfony-translation."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

CACHE = ROOT / ".cache" / "standards"
SYMFONY = "usr/share/php/Symfony/Component/Translation/Resources/schemas"


def _download(package: str, folder: Path) -> Path:
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        pytest.skip("apt-get/dpkg-deb not available to fetch the official schemas")
    for attempt in range(2):
        proc = subprocess.run(
            ["apt-get", "download", package],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        debs = list(folder.glob(f"{package}_*.deb"))
        if debs:
            return debs[0]
        if attempt == 0:
            subprocess.run(
                ["apt-get", "update", "-qq"], capture_output=True, timeout=600, check=False
            )
    pytest.skip(f"could not download {package}: {proc.stderr.strip()[-200:]}")


def schema_file(name: str) -> Path:
    """Path of tmx14.dtd, xliff-core-1.2-strict.xsd, xliff-core-2.0.xsd or xml.xsd."""
    target = CACHE / name
    if target.is_file():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if name == "tmx14.dtd":
            deb = _download("omegat", folder)
            subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / "x")], check=True)
            jar = folder / "x" / "usr" / "share" / "omegat" / "OmegaT.jar"
            target.write_bytes(zipfile.ZipFile(jar).read("schemas/tmx14.dtd"))
        else:
            deb = _download("php-symfony-translation", folder)
            subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / "x")], check=True)
            for xsd in (folder / "x" / SYMFONY).glob("*.xsd"):
                text = xsd.read_text(encoding="utf-8")
                # Validate offline: point the import of xml.xsd at the local copy.
                for remote in (
                    "http://www.w3.org/2001/xml.xsd",
                    "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd",
                ):
                    text = text.replace(f'schemaLocation="{remote}"', 'schemaLocation="xml.xsd"')
                (CACHE / xsd.name).write_text(text, encoding="utf-8")
    if not target.is_file():
        pytest.skip(f"{name} was not found in the downloaded package")
    return target

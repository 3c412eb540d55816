"""The layering rules of STYLE.md, checked by walking the imports of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import bitext

SRC = Path(bitext.__file__).resolve().parent

# Which third-party packages each place may import.
ALLOWED = {
    "click": {"cli"},
    "lxml": {"tei", "validate", "formats", "readers"},
    "polib": {"formats/po.py", "formats/poheader.py"},  # the PO format and its header
    "numpy": {
        "align/band.py",
        "align/costs.py",
        "align/learning.py",
        "align/scoring.py",
        "align/embedding.py",
        "align/overlap.py",
        "align/search.py",
        "align/passes.py",
        "align/gaps.py",
        "align/sizes.py",
    },
    "py3langid": {"lang/detect.py"},
    "docx": {"readers/word.py"},
    "pdfminer": {"readers/pdf.py"},
    "openpyxl": {"formats/xlsx.py", "formats/xlsxread.py"},
}
# Layers, lowest first: a module may import only its own layer or lower ones.
LAYERS = [
    {"errors", "_version", "_chars", "model", "ids", "_fileio", "_collector"},
    {"lang", "stats"},
    {"text", "segment", "align", "tei", "readers"},
    {"validate", "formats"},
    {"cli", "__main__", "__init__", "pipeline", "exchange", "evaluation", "batch", "review"},
]


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _place(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def _layer(top: str) -> int:
    for index, layer in enumerate(LAYERS):
        if top in layer:
            return index
    raise AssertionError(f"module {top!r} belongs to no layer: add it to LAYERS")


def test_third_party_packages_are_used_only_where_allowed():
    for path in _modules():
        place = _place(path)
        for name in _imports(path):
            package = name.split(".")[0]
            if package in ALLOWED:
                assert any(place == a or place.startswith(a + "/") for a in ALLOWED[package]), (
                    f"{place} imports {package}"
                )


def test_imports_point_down_the_layers():
    for path in _modules():
        place = _place(path)
        own = _layer(place.split("/")[0].removesuffix(".py"))
        for name in _imports(path):
            if name.startswith("bitext."):
                other = _layer(name.split(".")[1])
                assert other <= own, f"{place} (layer {own}) imports {name} (layer {other})"


def test_the_core_never_prints_or_exits():
    for path in _modules():
        if _place(path).startswith("cli/") or _place(path) == "__main__.py":
            continue
        source = path.read_text(encoding="utf-8")
        for call in ("print(", "sys.exit(", "logging.basicConfig("):
            assert call not in source, f"{_place(path)} calls {call}"


def test_public_api_is_pinned_and_sorted():
    import bitext.align

    for package in (bitext, bitext.align):
        assert package.__all__ == sorted(package.__all__)
        # Every public name is listed, even those imported on first use, and has a docstring.
        assert set(package.__all__) <= set(dir(package))
        for name in package.__all__:
            assert getattr(package, name).__doc__ or name == "__version__", name


def test_every_public_function_and_class_has_a_docstring():
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                assert ast.get_docstring(node), f"{_place(path)}: {node.name} has no docstring"


def test_importing_the_aligner_loads_nothing_it_only_needs_elsewhere():
    """``import bitext.align`` is paid by every alignment: no XML, CLI or PO library, not
    the document model (aligning lists of sentences does without it), and none of the
    standard modules that only writing files, reading package data, digests or statistics
    need (each costs milliseconds at every start; see bench/align.py's import time), nor
    evaluation against a gold alignment or the embedding plug-in."""
    import subprocess
    import sys

    heavy = (
        *("click", "lxml", "polib", "bitext.model", "importlib.resources", "tempfile"),
        *("statistics", "hashlib", "decimal", "fractions"),
        *("bitext.align.evaluate", "bitext.align.embedding", "bitext.align.documents"),
    )
    probe = f"import sys, bitext.align; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"

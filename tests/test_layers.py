"""Dependencies point down: the lower layers never import the upper ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

FORBIDDEN = {
    "deck": ("PySide6", "shiboken6", "PIL", "app.media", "app.render", "app.present", "app.ui",
             "app.export"),
    "media": ("PySide6", "app.render", "app.present", "app.ui", "app.export"),
    "render": ("PySide6.QtWidgets", "app.present", "app.ui", "app.export"),
    "present": ("PySide6.QtWidgets", "PySide6.QtGui", "app.ui", "app.export", "app.render"),
    "export": ("PySide6.QtWidgets", "app.ui", "app.present"),
}


def imported_names(path: Path) -> set[str]:
    """Every module a file imports, `from A import B` counted as both A and A.B."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_checker_sees_from_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6 import QtWidgets\n")
    assert "PySide6.QtWidgets" in imported_names(sample)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer):
    files = sorted((ROOT / "app" / layer).rglob("*.py"))
    assert files, f"app/{layer} has no modules"
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in files
        for name in sorted(imported_names(path))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_main_stays_thin():
    code = [line for line in (ROOT / "main.py").read_text().splitlines()
            if line.strip() and not line.startswith(("#", '"""'))]
    assert len(code) <= 5

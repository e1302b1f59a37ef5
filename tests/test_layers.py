"""Dependencies point down: the lower layers never import the upper ones."""

from __future__ import annotations

import re

import pytest

from tests.helpers import ROOT

IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)

FORBIDDEN = {
    "deck": ("PySide6", "shiboken6", "app.media", "app.render", "app.present", "app.ui",
             "app.export", "PIL"),
    "media": ("PySide6.QtWidgets", "app.render", "app.present", "app.ui", "app.export"),
    "render": ("PySide6.QtWidgets", "app.present", "app.ui", "app.export"),
    "present": ("PySide6.QtWidgets", "PySide6.QtGui", "app.ui", "app.export"),
    "export": ("PySide6.QtWidgets", "app.ui", "app.present"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer):
    folder = ROOT / "app" / layer
    files = sorted(folder.rglob("*.py"))
    assert files, f"app/{layer} has no modules"
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in files
        for name in IMPORT.findall(path.read_text(encoding="utf-8"))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_main_stays_thin():
    code = [line for line in (ROOT / "main.py").read_text().splitlines()
            if line.strip() and not line.startswith(("#", '"""'))]
    assert len(code) <= 5

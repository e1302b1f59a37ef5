"""app/present stays below the windows: QtCore at most, never QtWidgets or QtGui."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app.present

ROOT = Path(__file__).resolve().parents[2]


def test_present_imports_no_widgets_and_no_gui() -> None:
    names = [f"app.present.{m.name}" for m in pkgutil.iter_modules(app.present.__path__)]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)

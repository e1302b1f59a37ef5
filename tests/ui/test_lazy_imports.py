"""Presenting starts without the icon font, the exporters and the phone remote's server:
they cost start time."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import ROOT

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
import app.cli, app.ui.application, app.ui.presentation
from app.ui.actions import ActionCollection, Where
app = QApplication([])
widget = QWidget()
present = ActionCollection(widget, Where.PRESENT)
assert all(action.icon().isNull() for action in present.actions.values())
print(sorted(m for m in ("qtawesome", "app.export.pdf", "app.export.png",
                                 "segno", "PySide6.QtNetwork") if m in sys.modules))
reader = ActionCollection(widget, Where.READER, icons=True)
print(not reader["open_deck"].icon().isNull(), "qtawesome" in sys.modules)
"""


def test_presenting_imports_no_icon_font_and_no_exporter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, text=True,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded, reader = done.stdout.splitlines()[-2:]
    assert loaded == "[]"
    assert reader == "True True"  # the reader's menus still get their icons

"""A window command without a usable display says so in one line (Qt would abort, 134)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.startup import display_problem, own_command
from tests.helpers import ROOT, SHIPPED_DECK

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=clean | env,
                          capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.parametrize("command", [[], ["present"]])
def test_no_display_names_the_variables(command):
    result = _run(*command, str(SHIPPED_DECK))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "DISPLAY" in lines[0]
    assert "WAYLAND_DISPLAY" in lines[0]


def test_a_display_that_is_not_there_is_one_line():
    result = _run("present", str(SHIPPED_DECK), DISPLAY=":4093")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("reportage: Qt cannot start (")
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_exports_need_no_display(tmp_path):
    result = _run("export", str(SHIPPED_DECK), "--png", str(tmp_path), "--size", "64x36")
    assert result.returncode == 0, result.stderr


def test_the_environment_decides(monkeypatch):
    for name in DISPLAY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert "DISPLAY" in display_problem()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display_problem() is None
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_problem() is None


def test_messages_name_the_command_the_user_typed(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/home/me/reportage/main.py"])
    assert own_command() == "python main.py"
    monkeypatch.setattr(sys, "argv", ["/usr/local/bin/reportage"])
    assert own_command() == "reportage"


def test_the_app_hands_the_gil_to_a_waiting_worker_quickly(capsys):
    from app.cli import main
    from app.startup import SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's own, which an earlier `main` here may have changed
    try:
        main(["outline", str(SHIPPED_DECK)])
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
    finally:
        sys.setswitchinterval(before)


QT_NAMING_PROBE = """
import inspect, sys
sys.path.insert(0, sys.argv[1])
from app.startup import import_qt
import_qt()
read = []
source = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or source(obj)
import names_qt
print(names_qt.SIZE.width(), [name for name in read if name.startswith("names_")])
"""


def test_modules_imported_after_qt_keep_their_source_unread(tmp_path):
    (tmp_path / "names_qt.py").write_text("from PySide6.QtCore import QSize\nSIZE = QSize(3, 4)\n")
    done = subprocess.run([sys.executable, "-c", QT_NAMING_PROBE, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "[]"]  # Qt's names as ever; no source read


def test_nothing_selects_a_pyside_feature():
    """What `import_qt` relies on: a module selecting one would need PySide6's reading."""
    sources = [path for path in (ROOT / "app").rglob("*.py") if path.name != "startup.py"]
    assert len(sources) > 100
    assert not [path for path in sources if "__feature__" in path.read_text(encoding="utf-8")]

"""tools/bootstrap.sh runs pip only when pyproject.toml or the extras asked for change."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

from tests.helpers import ROOT

FAKE_PYTHON = """#!/bin/sh
echo "$@" >> "$(dirname "$0")/../calls"
"""


def _project(tmp_path: Path) -> Path:
    """A project with the real script, no system packages, and a .venv whose python logs."""
    (tmp_path / "tools").mkdir()
    shutil.copy2(ROOT / "tools" / "bootstrap.sh", tmp_path / "tools")
    (tmp_path / "packaging").mkdir()
    (tmp_path / "packaging" / "debian-packages.txt").write_text("# none\n")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    return tmp_path


def _calls(project: Path, extras: str = "") -> list[str]:
    """Every command one run gave the venv's python."""
    calls = project / ".venv" / "calls"
    calls.unlink(missing_ok=True)
    result = subprocess.run(["bash", str(project / "tools" / "bootstrap.sh"), extras],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    return calls.read_text().splitlines() if calls.exists() else []


def _bootstrap(project: Path, extras: str = "") -> list[str]:
    """The pip commands one run made."""
    return [call for call in _calls(project, extras) if call.startswith("-m pip")]


def test_an_install_compiles_the_app_as_a_wheel_install_would(tmp_path):
    project = _project(tmp_path)
    assert _calls(project)[-1] == "-m compileall -q app"
    assert _calls(project) == []  # nothing changed: nothing run


def test_pip_runs_once_then_only_when_something_changed(tmp_path):
    project = _project(tmp_path)
    assert _bootstrap(project) == ["-m pip install -q -e ."]
    assert _bootstrap(project) == []
    assert _bootstrap(project, "test,dev") == ["-m pip install -q -e .[dev,test]"]
    assert _bootstrap(project, "test") == []
    assert _bootstrap(project) == []
    (project / "pyproject.toml").write_text("[project]\nname = 'y'\n")
    assert _bootstrap(project) == ["-m pip install -q -e .[dev,test]"]
    assert _bootstrap(project, "dev") == []

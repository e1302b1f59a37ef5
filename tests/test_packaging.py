"""The wheel is the whole app: built, installed into a fresh venv, run from elsewhere."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow
# What a wheel is built from: the package (with its data symlinks) and the project files.
SOURCES = ("app", "resources", "slides", "pyproject.toml", "README.md", "LICENSE")


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A copy of the project, so that building never writes into the repo."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    return source


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source))
    return next(out.glob("reportage-*.whl"))


@pytest.fixture(scope="module", params=["wheel", "editable"])
def installed(request, source, tmp_path_factory) -> tuple[Path, Path]:
    """A venv holding only Reportage, and the folder its data must come from.

    The dependencies come from the test's own venv, after the venv's own packages.
    """
    root = tmp_path_factory.mktemp(request.param)
    _run(sys.executable, "-m", "venv", "--without-pip", str(root))
    python = root / "bin" / "python"
    what = ["-e", str(source)] if request.param == "editable" else [
        str(request.getfixturevalue("wheel"))]
    _run(sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         *what)
    site = Path(_run(str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"))
    # Appended after the venv's own site-packages, so `app` still comes from the wheel.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return root, (source if request.param == "editable" else root)


def _run(*command: str, cwd: Path | None = None, stream: str = "stdout") -> str:
    """What the command printed on `stream`; it must succeed."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return getattr(result, stream).strip()


def test_the_wheel_carries_fonts_licences_themes_and_the_deck(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in ("app/assets.py", "app/resources/fonts/OFL.txt",
                 "app/resources/fonts/NotoSerif-Regular.ttf", "app/resources/themes/light.toml",
                 "app/resources/themes/contrast.toml",
                 "app/resources/translations/reportage_kk.qm",
                 "app/slides/deck.toml", "app/slides/media/monorail.svg"):
        assert path in names
    assert any(name.endswith("licenses/LICENSE") for name in names)
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "slides").rglob("*")
               if p.is_file()}
    assert {f"app/{name}" for name in shipped} <= names


def test_the_installed_app_runs_from_any_folder(installed, tmp_path):
    venv, home = installed
    python, reportage = venv / "bin" / "python", venv / "bin" / "reportage"
    where = _run(str(python), "-c", "import app.assets as a; print(a.__file__, a.SHIPPED_DECK)",
                 cwd=tmp_path)
    assert all(Path(path).is_relative_to(home.resolve()) for path in where.split())
    # The deck's own source is installed with it: `check` reads it, finds all of it carried
    # and every quote verbatim, and has nothing else to say.
    assert _run(str(reportage), "check", cwd=tmp_path) == ""
    checked = _run(str(reportage), "check", cwd=tmp_path, stream="stderr").splitlines()
    assert len(checked) == 1
    assert re.fullmatch(r"source: (\d+)/\1 sentences carried \(100%\), (\d+)/\2 quotes verbatim",
                        checked[0])
    numbered = json.loads(_run(str(reportage), "outline", "--json", cwd=tmp_path))
    slides = [s for c in numbered["chapters"] for s in c["slides"] if s["number"] is not None]
    _run(str(reportage), "export", "--png", "pngs", "--size", "320x180", cwd=tmp_path)
    assert len(list((tmp_path / "pngs").glob("*.png"))) == len(slides) > 20
    _run(str(reportage), "export", "--pdf", "deck.pdf", cwd=tmp_path)
    assert (tmp_path / "deck.pdf").read_bytes().startswith(b"%PDF")

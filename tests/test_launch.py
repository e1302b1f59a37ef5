"""The command's first step imports the app with the cycle collector waiting, then resumes it."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT

IMPORT_PROBE = """
import gc, sys
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
from app import launch
before = len(passes)
run = launch._command_line()
print(len(passes) - before, gc.isenabled(), run.__module__, "app.cli" in sys.modules)
"""


def test_the_app_is_imported_without_collector_passes_and_collection_resumes():
    done = subprocess.run([sys.executable, "-c", IMPORT_PROBE], cwd=ROOT, capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "True", "app.cli", "True"]


def test_the_command_runs_through_it(capsys):
    from app.launch import main
    from tests.helpers import SHIPPED_DECK

    assert main(["outline", str(SHIPPED_DECK)]) == 0
    assert "Токио" in capsys.readouterr().out

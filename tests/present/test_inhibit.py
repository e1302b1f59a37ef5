"""Screensaver inhibition: asked over D-Bus while presenting, released after, never fatal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.present.inhibit import ScreenSaverInhibitor
from tests.helpers import ROOT

FAKE = Path(__file__).with_name("fake_screensaver.py")

DRIVER = textwrap.dedent(f"""
    import subprocess, sys, time
    sys.path.insert(0, {str(ROOT)!r})
    fake = subprocess.Popen([sys.executable, {str(FAKE)!r}], stdout=subprocess.PIPE, text=True)
    assert fake.stdout.readline().strip() == "READY"
    from PySide6.QtCore import QCoreApplication
    from app.present.inhibit import ScreenSaverInhibitor
    app = QCoreApplication([])
    inhibitor = ScreenSaverInhibitor()
    print("inhibited", inhibitor.inhibit("Test talk"), flush=True)
    print(fake.stdout.readline().strip(), flush=True)
    inhibitor.release()
    print("active", inhibitor.active, flush=True)
    print(fake.stdout.readline().strip(), flush=True)
    fake.terminate()
""")


@pytest.mark.skipif(not shutil.which("dbus-run-session"), reason="needs dbus-daemon")
def test_inhibit_and_release_on_a_real_session_bus():
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", DRIVER],
                            capture_output=True, text=True, timeout=60, env=env, check=False)
    lines = result.stdout.splitlines()
    assert lines[:3] == ["inhibited True", "Inhibit Reportage Test talk", "active False"], (
        result.stdout + result.stderr)
    assert lines[3].startswith("GONE :")  # leaving the bus is the release desktops honour


def test_without_a_session_bus_it_is_skipped_silently(qtbot, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    inhibitor = ScreenSaverInhibitor()
    assert inhibitor.inhibit() is False
    assert not inhibitor.active
    inhibitor.release()
    assert not inhibitor.active

"""Screensaver inhibition never fails a talk, with or without a desktop bus."""

from __future__ import annotations

from app.present.inhibit import ScreenSaverInhibitor


def test_without_a_session_bus_it_is_skipped_silently(qtbot, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    inhibitor = ScreenSaverInhibitor()
    assert inhibitor.inhibit() is False
    assert not inhibitor.active
    inhibitor.release()
    assert not inhibitor.active

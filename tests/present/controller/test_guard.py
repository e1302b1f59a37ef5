"""Nothing a window calls can raise: errors are logged and reported instead."""

from __future__ import annotations

import logging
import sys

import pytest
from pytestqt.qtbot import QtBot

from app.present.controller import Blank, Overlay
from app.present.navigation import Navigator

from ..rig import Rig, make_rig


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    return make_rig(qtbot)


def explode(*_: object) -> None:
    raise RuntimeError("boom")


def test_a_failing_handler_is_reported_not_raised(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    c = rig.controller
    monkeypatch.setattr(Navigator, "next_step", explode)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(c.error, timeout=100) as blocker:
        c.next_step()
    assert "next_step" in blocker.args[0]
    assert "boom" in blocker.args[0]
    assert "boom" in caplog.text
    assert rig.positions() == (0, 0)
    c.toggle_black()  # still working
    assert c.blank is Blank.BLACK


def test_a_half_done_change_is_still_announced(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = rig.controller
    monkeypatch.setattr(c.timer, "move_to", explode)  # fails after the position moved
    with qtbot.waitSignal(c.audience_changed, timeout=100):
        c.next_step()
    assert rig.positions() == (1, 0)
    assert len(rig.errors) == 1


def test_a_failing_property_returns_a_fallback(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = rig.controller
    for method in ("number", "next_step", "chapter_of"):
        monkeypatch.setattr(Navigator, method, explode)
    assert c.readout.slide_number == ""
    assert c.next_preview is None
    assert c.readout.chapter_title == ""
    assert len(rig.errors) == 3


def test_wall_clock_failure(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, wall_clock=explode)
    assert rig.controller.readout.wall_clock_text == ""
    assert rig.errors


def test_bad_overlay_names_are_reported(rig: Rig) -> None:
    rig.controller.toggle_overlay("nonsense")  # type: ignore[arg-type]
    rig.controller.close_overlay(None)  # type: ignore[arg-type]
    assert rig.controller.overlays == ()
    assert len(rig.errors) == 2
    rig.controller.toggle_overlay("help")  # type: ignore[arg-type]
    assert rig.controller.overlays == (Overlay.HELP,)


def test_bad_screen_lists_are_reported(rig: Rig) -> None:
    rig.controller.screens_changed(None)  # type: ignore[arg-type]
    assert rig.errors


def test_thousands_of_signals_keep_the_interpreter_alive(qtbot: QtBot, rig: Rig) -> None:
    """PySide6 6.12.0 loses a reference to True per emit: pyproject.toml keeps it out."""
    c = rig.controller
    received = []
    c.changed.connect(lambda: received.append(1))
    before = sys.getrefcount(True)
    for _ in range(3000):
        c.toggle_black()
    assert len(received) == 3000
    assert sys.getrefcount(True) >= before - 10

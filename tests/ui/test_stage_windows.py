"""Where a talk's windows go (offscreen: one 800×600 screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.present.placement import Rect, shared_layout
from app.present.screens import Placement
from app.ui.screens import screen_infos
from app.ui.stage_windows import place, qscreen_at


@pytest.fixture
def windows(qtbot):
    audience, console = QWidget(), QWidget()
    qtbot.addWidget(audience)
    qtbot.addWidget(console)
    return audience, console


def test_a_screen_is_found_by_index_and_a_wrong_index_finds_none(qapp):
    screens = screen_infos()
    assert qscreen_at(screens, 0) is QGuiApplication.primaryScreen()
    assert qscreen_at(screens, None) is None
    assert qscreen_at(screens, len(screens)) is None
    assert qscreen_at(screens, -1) is None


def test_one_screen_audience_fullscreen_and_the_console_only_when_asked(windows):
    audience, console = windows
    one = Placement(audience=0, console=None)
    place(audience, console, one, screen_infos())
    assert audience.isFullScreen()
    assert not console.isVisible()
    place(audience, console, one, screen_infos(), console_wanted=True)
    assert console.isVisible()
    assert not console.isFullScreen()
    assert audience.isFullScreen()


def test_sharing_a_screen_puts_the_audience_window_at_its_size_beside_the_console(windows):
    audience, console = windows
    place(audience, console, Placement(audience=0, console=None), screen_infos(),
          shared_size=(320, 180))
    area = QGuiApplication.primaryScreen().availableGeometry()
    shared, beside = shared_layout(Rect(area.x(), area.y(), area.width(), area.height()),
                                   (320, 180))
    assert not audience.isFullScreen()
    assert audience.isVisible()
    assert audience.geometry() == QRect(shared.x, shared.y, 320, 180)
    assert console.isVisible()
    assert console.geometry() == QRect(beside.x, beside.y, beside.width, beside.height)

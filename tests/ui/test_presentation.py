"""A presentation session with real windows (offscreen): keys, blanking, overlays."""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtCore import Qt

from app.deck.loader import load_deck
from app.present.controller import Blank, Overlay
from app.render import collector
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.presentation import SCREEN_SETTLE_MS, STAGE_LATE_MS, PresentationSession
from tests.helpers import SHIPPED_DECK

SCREEN_SETTLE_WAIT_MS = SCREEN_SETTLE_MS + 200


@pytest.fixture(scope="module")
def deck():
    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture
def session(qtbot, deck):
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=True, window_size=(640, 360))
    for window in session._windows():
        qtbot.addWidget(window)
    yield session
    session.end()


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, k, modifier)


def test_both_windows_are_up(session):
    assert session.audience.isVisible()
    assert session.console.isVisible()
    assert session.audience.view.slide is session.console.current.slide


@pytest.mark.parametrize("which", ["audience", "console"])
def test_next_and_previous_from_either_window(qtbot, session, which):
    window = getattr(session, which)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert session.controller.position.slide == 1
    assert session.audience.view.slide.index == 1
    assert session.console.current.slide.index == 1
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert session.controller.position.slide == 0


@pytest.mark.parametrize("which", ["audience", "console"])
def test_b_blanks_the_audience_only(qtbot, session, which):
    key(qtbot, getattr(session, which), Qt.Key.Key_B)
    assert session.controller.blank is Blank.BLACK
    assert session.audience.view.blank is not None
    assert session.console.current.blank is None
    assert session.console.status_label.isVisibleTo(session.console)
    key(qtbot, getattr(session, which), Qt.Key.Key_Period)
    assert session.audience.view.blank is None


def test_white_and_freeze(qtbot, session):
    key(qtbot, session.console, Qt.Key.Key_W)
    assert session.controller.blank is Blank.WHITE
    key(qtbot, session.console, Qt.Key.Key_Comma)
    key(qtbot, session.console, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert session.controller.frozen
    key(qtbot, session.console, Qt.Key.Key_Right)
    assert session.console.current.slide.index == 1
    assert session.audience.view.slide.index == 0


def test_overview_is_console_only_and_picks(qtbot, session):
    key(qtbot, session.console, Qt.Key.Key_O)
    assert session.console.overview.isVisibleTo(session.console)
    painted_before = session.audience.view.slide
    item = session.console.overview.item(5)
    session.console.overview.itemActivated.emit(item)
    assert Overlay.OVERVIEW not in session.controller.overlays
    assert session.audience.view.slide.index == 5
    assert painted_before.index == 0


def test_digits_and_enter_go_to_a_slide(qtbot, session):
    key(qtbot, session.console, Qt.Key.Key_1)
    assert session.console.goto_bar.isVisibleTo(session.console)
    qtbot.keyClicks(session.console.goto_bar.edit, "2")
    key(qtbot, session.console.goto_bar.edit, Qt.Key.Key_Return)
    assert session.controller.readout.slide_number.startswith("12/")
    assert not session.console.goto_bar.isVisibleTo(session.console)


def test_escape_clears_first_then_leaves(qtbot, session):
    key(qtbot, session.audience, Qt.Key.Key_B)
    key(qtbot, session.console, Qt.Key.Key_F1)
    assert Overlay.HELP in session.controller.overlays
    key(qtbot, session.audience, Qt.Key.Key_Escape)
    assert Overlay.HELP not in session.controller.overlays
    assert session.controller.blank is Blank.BLACK
    key(qtbot, session.audience, Qt.Key.Key_Escape)
    assert session.controller.blank is Blank.NONE
    key(qtbot, session.audience, Qt.Key.Key_Escape)
    assert session.audience.isVisible()  # held, not ended: the console asks
    assert session.console.banner.isVisibleTo(session.console)
    with qtbot.waitSignal(session.ended) as ended:
        key(qtbot, session.audience, Qt.Key.Key_Return)
    assert ended.args == [0, 0]
    assert not session.audience.isVisible()


def test_f5_never_ends_the_show(qtbot, session):
    key(qtbot, session.audience, Qt.Key.Key_F5)
    key(qtbot, session.audience, Qt.Key.Key_F5)
    assert session.audience.isVisible()
    assert session.controller.readout.timer_label == ""


def test_pause_persists_across_slides(qtbot, session):
    key(qtbot, session.console, Qt.Key.Key_Right)
    key(qtbot, session.console, Qt.Key.Key_P)
    key(qtbot, session.console, Qt.Key.Key_Right)
    assert session.controller.readout.timer_label == "пауза"


def set_duration(qtbot, session, minutes: str) -> None:
    key(qtbot, session.console, Qt.Key.Key_T)
    bar = session.console.duration_bar
    assert bar.isVisibleTo(session.console)
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, minutes)
    key(qtbot, bar.edit, Qt.Key.Key_Return)


def test_t_sets_the_duration_in_place(qtbot, session):
    set_duration(qtbot, session, "42")
    assert session.controller.timer.planned_seconds == 42 * 60
    assert not session.console.duration_bar.isVisibleTo(session.console)
    assert session.controller.position.slide == 0  # Enter did not also mean «next»


def test_esc_closes_the_duration_bar_and_keeps_presenting(qtbot, session):
    key(qtbot, session.console, Qt.Key.Key_T)
    key(qtbot, session.console.duration_bar.edit, Qt.Key.Key_Escape)
    assert not session.console.duration_bar.isVisibleTo(session.console)
    assert session.audience.isVisible()


def test_notes_zoom(qtbot, session):
    size = session.console.notes.document().defaultFont().pointSizeF()
    key(qtbot, session.console, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert session.console.notes.document().defaultFont().pointSizeF() > size
    key(qtbot, session.console, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert session.console.notes.document().defaultFont().pointSizeF() == pytest.approx(size)


def test_an_unexpected_error_shows_on_the_console_and_keeps_the_audience(qtbot, session):
    session._unexpected(RuntimeError, RuntimeError("boom"), None)
    assert "boom" in session.console.error_label.text()
    assert session.audience.isVisible()
    assert session.audience.view.blank is None


def test_screen_share_window_has_the_asked_size(session):
    assert (session.audience.width(), session.audience.height()) == (640, 360)
    assert not session.audience.isFullScreen()


def test_mouse_cursor_hides_on_the_audience_screen_and_comes_back(qtbot, session):
    from PySide6.QtCore import QPoint

    audience = session.audience
    audience._cursor_timer.setInterval(50)  # the real 2 s, shortened for the test
    audience._cursor_timer.start()
    qtbot.waitUntil(lambda: audience.cursor_hidden, timeout=2000)
    qtbot.mouseMove(audience.view, QPoint(100, 200))
    qtbot.mouseMove(audience.view, QPoint(120, 210))
    assert not audience.cursor_hidden


def test_the_audience_never_sees_a_button(qtbot, session):
    """«Show the audience here» is the console's: the hall sees the slide and nothing else."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton

    for point in (QPoint(100, 200), QPoint(900, 5), QPoint(5, 5)):
        qtbot.mouseMove(session.audience.view, point)
    assert session.audience.findChildren(QAbstractButton) == []
    assert session.console.here_button.isVisibleTo(session.console)


def test_rehearsal_writes_timings_beside_the_deck(qtbot, tmp_path):
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "talk", {"a.md": "# Один\n---\n# Два\n---\n# Три\n"})
    before = sorted(p.name for p in root.iterdir())
    deck = load_deck(root)[0]
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  window_size=(640, 360), rehearse=True)
    for window in session._windows():
        qtbot.addWidget(window)
    assert "РЕПЕТИЦИЯ" in session.console.status_label.text()
    session.controller.next_step()
    session.controller.next_step()
    session.end()
    assert sorted(p.name for p in root.iterdir()) == before
    timings = tmp_path / "talk.timings.json"
    assert timings.exists()
    data = json.loads(timings.read_text(encoding="utf-8"))
    assert set(data["slides"]) >= {"a-2", "a-3"}
    assert list(data["chapters"]) == ["Глава 1"]


def test_a_projector_pulled_out_and_plugged_back_loses_nothing(qtbot, deck, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from app.present.screens import ScreenInfo
    from app.ui import presentation, stage_windows

    laptop = ScreenInfo("eDP-1", "", "laptop", "", 0, 0, 1280, 800, primary=True)
    projector = ScreenInfo("HDMI-1", "", "projector", "", 1280, 0, 1920, 1080)
    monkeypatch.setattr(presentation, "screen_infos", lambda: [laptop, projector])
    monkeypatch.setattr(stage_windows, "qscreen_for",
                        lambda info: QGuiApplication.primaryScreen())
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings())
    for window in session._windows():
        qtbot.addWidget(window)
    c = session.controller
    assert (c.placement.audience, c.placement.console) == (1, 0)
    build = next(s for s in deck.slides if s.step_count >= 4)
    c.go_to(build.index, 2)
    c.toggle_black()
    assert session.console.isVisible()

    c.screens_changed([laptop])
    assert (c.placement.audience, c.placement.console) == (0, None)
    assert session.audience.isFullScreen()
    assert not session.console.isVisible()

    c.screens_changed([laptop, projector])
    assert (c.placement.audience, c.placement.console) == (1, 0)
    assert session.console.isVisible()
    assert (c.position.slide, c.position.step) == (build.index, 2)
    assert c.blank is Blank.BLACK
    session.end()


def test_one_screen_console_on_demand(qtbot, deck, monkeypatch):
    from app.present.screens import ScreenInfo
    from app.ui import presentation

    laptop = ScreenInfo("eDP-1", "", "laptop", "", 0, 0, 1280, 800, primary=True)
    monkeypatch.setattr(presentation, "screen_infos", lambda: [laptop])
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings())
    for window in session._windows():
        qtbot.addWidget(window)
    assert session.audience.isFullScreen()
    assert not session.console.isVisible()
    key(qtbot, session.audience, Qt.Key.Key_C)
    assert session.console.isVisible()
    assert not session.console.isFullScreen()
    key(qtbot, session.audience, Qt.Key.Key_C)
    assert not session.console.isVisible()
    session.end()


def test_an_ended_talk_never_comes_back(qtbot, deck):
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  window_size=(640, 360))
    for window in session._windows():
        qtbot.addWidget(window)
    session.end()
    assert not session.controller._ticker.isActive()
    session.place_windows()
    session._screens_changed()
    qtbot.wait(SCREEN_SETTLE_WAIT_MS)
    assert not session.audience.isVisible()
    assert not session.console.isVisible()


def test_presenting_from_a_build_step_does_not_start_the_timer(qtbot, deck):
    build = next(s for s in deck.slides if s.step_count >= 4)
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  start=build.index, step=2, window_size=(640, 360))
    for window in session._windows():
        qtbot.addWidget(window)
    assert (session.controller.position.slide, session.controller.position.step) == (
        build.index, 2)
    assert session.controller.readout.timer_label == "не запущен"
    session.end()


def test_t_without_a_console_shows_nothing(qtbot, deck):
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=False, window_size=(640, 360))
    qtbot.addWidget(session.audience)
    key(qtbot, session.audience, Qt.Key.Key_T)
    assert Overlay.DURATION not in session.controller.overlays
    session.end()


def test_a_click_on_the_audience_screen_advances(qtbot, session):
    qtbot.mouseClick(session.audience.view, Qt.MouseButton.LeftButton)
    assert session.controller.position.slide == 1
    qtbot.mouseClick(session.audience.view, Qt.MouseButton.RightButton)
    assert session.controller.position.slide == 0


def test_duration_and_notes_size_are_remembered(qtbot, deck):
    first = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                window_size=(640, 360))
    for window in first._windows():
        qtbot.addWidget(window)
    set_duration(qtbot, first, "33")
    key(qtbot, first.console, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    first.end()
    second = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                 window_size=(640, 360))
    for window in second._windows():
        qtbot.addWidget(window)
    assert second.controller.timer.planned_seconds == 33 * 60
    assert second.console.notes.zoom == 1
    second.end()


def test_a_talk_paints_the_hall_before_it_builds_the_console(qtbot, deck):
    """`hall_first`: the GUI thread is the first slide's alone; then the stage comes up
    whole: the console, its keys, and the same slide on it."""
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=True, window_size=(640, 360), hall_first=True)
    qtbot.addWidget(session.audience)
    try:
        assert session.console is None
        assert session._collections == []  # the keys' actions too come after the slide
        with qtbot.waitSignal(session.audience.view.frame_shown, timeout=10000):
            pass
        qtbot.waitUntil(lambda: session.console is not None, timeout=5000)
        qtbot.addWidget(session.console)
        assert session.audience.view.finished
        assert session.console.isVisible()
        assert session.console.current.slide is session.audience.view.slide
        key(qtbot, session.console, Qt.Key.Key_PageDown)
        assert session.controller.position.slide == 1
    finally:
        session.end()


def test_a_key_before_the_first_frame_is_not_lost(qtbot, deck):
    """A clicker pressed while the hall's slide is still rendering: the stage comes up at
    once, and the key does what it always does."""
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=True, window_size=(640, 360), hall_first=True)
    qtbot.addWidget(session.audience)
    try:
        assert session.console is None
        key(qtbot, session.audience, Qt.Key.Key_PageDown)
        qtbot.addWidget(session.console)
        assert session.controller.position.slide == 1
        assert len(session._collections) == 2  # the audience's keys, then the console's
        key(qtbot, session.audience, Qt.Key.Key_PageDown)  # the actions take it from here
        assert session.controller.position.slide == 2
    finally:
        session.end()


def test_a_talk_ended_before_its_first_frame_builds_no_console(qtbot, deck):
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=True, window_size=(640, 360), hall_first=True)
    qtbot.addWidget(session.audience)
    session.end()
    qtbot.wait(STAGE_LATE_MS + 200)  # past the time the stage comes up even without a frame
    assert session.console is None



def test_the_end_of_a_talk_hands_back_what_its_start_kept(qtbot, deck):
    """The start's objects are frozen out of the collector while the talk runs; once it
    ends its session is garbage, and must be collectable again."""
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=False, window_size=(640, 360))
    qtbot.addWidget(session.audience)
    try:
        collector.keep_what_started()
        assert gc.get_freeze_count() > 0
    finally:
        session.end()
    assert gc.get_freeze_count() == 0

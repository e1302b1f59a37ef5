"""What the audience sees: blank, freeze, console-only overlays, Esc and F5."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.present.controller import Blank, Overlay
from app.present.timer import TimerState

from ..rig import Rig, make_rig


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    return make_rig(qtbot)


def audience(rig: Rig) -> tuple[int | None, int, Blank]:
    view = rig.controller.audience_view
    return (view.shown.index if view.shown else None, view.shown.step if view.shown else 0,
            view.blank)


def test_black_toggles(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    with qtbot.waitSignals([c.audience_changed, c.changed], timeout=100):
        c.toggle_black()
    assert c.blank is Blank.BLACK
    assert audience(rig) == (0, 0, Blank.BLACK)
    c.toggle_black()
    assert c.blank is Blank.NONE


def test_white_and_black_switch_directly(rig: Rig) -> None:
    c = rig.controller
    c.toggle_white()
    assert c.blank is Blank.WHITE
    c.toggle_black()
    assert c.blank is Blank.BLACK
    c.toggle_white()
    assert c.blank is Blank.WHITE
    c.toggle_white()
    assert c.blank is Blank.NONE


def test_moving_while_blank_keeps_blank(rig: Rig) -> None:
    rig.controller.toggle_black()
    rig.controller.next_step()
    assert audience(rig) == (1, 0, Blank.BLACK)


def test_audience_follows_every_move(qtbot: QtBot, rig: Rig) -> None:
    with qtbot.waitSignal(rig.controller.audience_changed, timeout=100):
        rig.controller.next_step()
    assert audience(rig) == (1, 0, Blank.NONE)


def test_freeze_keeps_the_audience_while_the_console_moves(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.go_to(2, 1)
    with qtbot.assertNotEmitted(c.audience_changed):
        c.toggle_freeze()
        assert c.frozen
        with qtbot.waitSignal(c.changed, timeout=100):
            c.next_step()
        c.go_to(6)
        c.previous_step()
    assert rig.positions() == (5, 0)
    assert c.current.index == 5
    assert audience(rig) == (2, 1, Blank.NONE)
    with qtbot.waitSignal(c.audience_changed, timeout=100):
        c.toggle_freeze()
    assert not c.frozen
    assert audience(rig) == (5, 0, Blank.NONE)


def test_blank_shows_over_a_frozen_slide(rig: Rig) -> None:
    c = rig.controller
    c.toggle_freeze()
    c.next_step()
    c.toggle_white()
    assert audience(rig) == (0, 0, Blank.WHITE)


@pytest.mark.parametrize("overlay", list(Overlay))
def test_overlays_are_console_only(qtbot: QtBot, rig: Rig, overlay: Overlay) -> None:
    c = rig.controller
    with qtbot.assertNotEmitted(c.audience_changed), qtbot.waitSignal(c.changed, timeout=100):
        c.toggle_overlay(overlay)
    assert c.is_open(overlay)
    assert c.overlays == (overlay,)
    with qtbot.assertNotEmitted(c.audience_changed):
        c.toggle_overlay(overlay)
        c.toggle_overlay(overlay)
        c.close_overlay(overlay)
    assert c.overlays == ()


def test_choosing_a_slide_closes_go_to_and_overview_only(rig: Rig) -> None:
    c = rig.controller
    for overlay in (Overlay.HELP, Overlay.OVERVIEW, Overlay.GOTO):
        c.toggle_overlay(overlay)
    assert c.go_to(4)
    assert c.overlays == (Overlay.HELP,)
    c.toggle_overlay(Overlay.GOTO)
    assert c.go_to_number(2)
    assert c.overlays == (Overlay.HELP,)


def test_overview_jump_while_frozen_stays_private(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.toggle_freeze()
    with qtbot.assertNotEmitted(c.audience_changed):
        c.toggle_overlay(Overlay.OVERVIEW)
        c.go_to(7)
    assert audience(rig) == (0, 0, Blank.NONE)


def test_escape_clears_one_thing_per_press_then_holds(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.toggle_freeze()
    c.toggle_black()
    c.toggle_overlay(Overlay.HELP)
    c.toggle_overlay(Overlay.OVERVIEW)
    with qtbot.assertNotEmitted(c.finished):
        assert c.escape() is False
        assert c.overlays == (Overlay.HELP,)
        assert c.escape() is False
        assert c.overlays == ()
        assert c.blank is Blank.BLACK
        with qtbot.waitSignal(c.audience_changed, timeout=100):
            assert c.escape() is False
        assert c.blank is Blank.NONE
        assert c.frozen
        assert c.escape() is False
        assert not c.frozen
        with qtbot.waitSignal(c.changed, timeout=100):
            assert c.escape() is True
        assert c.holding


def test_escape_with_nothing_to_clear_holds_and_only_enter_ends(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.go_to(4)
    with qtbot.assertNotEmitted(c.finished):
        assert c.escape()
    assert c.holding
    assert audience(rig) == (4, 0, Blank.NONE)  # the hall keeps the slide
    with qtbot.waitSignal(c.finished, timeout=100):
        c.end_show()
    assert not c.holding


def test_clicker_esc_f5_pair_keeps_slide_step_and_timers(qtbot: QtBot, rig: Rig) -> None:
    """A start/stop button sends Esc and F5 in turn: the talk goes on untouched."""
    c = rig.controller
    build = next(s for s in c.deck.slides if s.step_count >= 2 and not s.hidden)
    c.go_to(build.index, 1)
    rig.clock.advance(95)
    c.next_step()
    rig.clock.advance(40)
    before = (rig.positions(), c.timer.elapsed, c.readout.chapter_statuses)
    with qtbot.assertNotEmitted(c.finished):
        for _ in range(5):
            c.escape()
            assert c.holding
            c.start_or_resume()
            assert not c.holding
    assert (rig.positions(), c.timer.elapsed, c.readout.chapter_statuses) == before
    assert c.timer.elapsed > 0


def test_a_second_escape_or_a_move_goes_on(rig: Rig) -> None:
    c = rig.controller
    c.escape()
    assert c.escape() is False
    assert not c.holding
    c.escape()
    c.next_step()
    assert not c.holding
    assert rig.positions()[0] != 0


def test_f5_starts_the_timer_and_never_leaves(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.go_to(4)
    c.reset_timer()
    c.toggle_black()
    with qtbot.assertNotEmitted(c.finished), qtbot.assertNotEmitted(c.audience_changed):
        c.start_or_resume()
        assert c.readout.timer_state is TimerState.RUNNING
        c.start_or_resume()  # a clicker sending F5 again changes nothing
        c.toggle_pause()
        c.start_or_resume()
    assert c.readout.timer_state is TimerState.RUNNING
    assert rig.positions() == (4, 0)
    assert c.blank is Blank.BLACK


def test_freeze_shows_on_the_console_at_once(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    with qtbot.waitSignal(c.changed, timeout=100):
        c.toggle_freeze()
    assert c.frozen
    with qtbot.waitSignal(c.changed, timeout=100):
        c.toggle_freeze()

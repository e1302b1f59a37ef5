"""The lobby loop: turns pages on a fake clock, wraps, pauses on a touch, resumes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.present.clock import FakeClock
from app.present.kiosk import QUIET_SECONDS, Kiosk

from .rig import make_rig

ADVANCE = 8


def tick(rig, seconds: float) -> None:
    """`seconds` of wall time, with the console's once-a-second tick."""
    for _ in range(int(seconds)):
        rig.clock.advance(1)
        rig.controller._on_tick()


def steps_in_talk(controller) -> int:
    nav = controller._nav
    return sum(nav.steps(i) for i in nav.visible)


def test_it_advances_every_n_seconds_and_wraps_to_the_start(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, advance_seconds=ADVANCE)
    c = rig.controller
    seen = [rig.positions()]
    for _ in range(steps_in_talk(c)):
        tick(rig, ADVANCE)
        seen.append(rig.positions())
    assert seen[-1] == seen[0]  # wrapped
    assert len(set(seen[:-1])) == steps_in_talk(c)  # every step once, hidden ones never
    assert all(not c.deck.slides[slide].hidden for slide, _ in seen)


def test_nothing_moves_before_its_time(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, advance_seconds=ADVANCE)
    tick(rig, ADVANCE - 1)
    assert rig.positions() == (0, 0)
    tick(rig, 1)
    assert rig.positions() != (0, 0)


def test_a_key_pauses_it_and_a_quiet_minute_resumes(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, advance_seconds=ADVANCE)
    c = rig.controller
    c.next_step()  # a visitor's key: does its job and takes over
    here = rig.positions()
    tick(rig, QUIET_SECONDS - 1)
    assert rig.positions() == here
    assert c.kiosk.paused
    tick(rig, 1)  # a minute of quiet: the loop is back, the visitor's page gets its time
    assert rig.positions() == here
    tick(rig, ADVANCE)
    assert rig.positions() != here
    assert not c.kiosk.paused


def test_every_touch_restarts_the_quiet_minute(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, advance_seconds=ADVANCE)
    c = rig.controller
    c.toggle_black()
    tick(rig, QUIET_SECONDS - 5)
    c.toggle_black()
    tick(rig, QUIET_SECONDS - 5)
    assert rig.positions() == (0, 0)


def test_no_loop_without_advance(qtbot: QtBot) -> None:
    rig = make_rig(qtbot)
    tick(rig, 600)
    assert rig.positions() == (0, 0)
    assert rig.controller.kiosk is None


@pytest.mark.parametrize("bad", [0, -3, float("nan"), float("inf")])
def test_nonsense_seconds_are_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        Kiosk(FakeClock(), bad)

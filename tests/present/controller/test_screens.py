"""Controller screens: placement at start, swap, picker, hot-plug, memory."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.present.screens import Placement

from ..rig import make_rig
from ..test_screens import LAPTOP, PROJECTOR, TV


def test_placement_at_start(qtbot: QtBot) -> None:
    assert make_rig(qtbot, screens=[LAPTOP, PROJECTOR]).controller.placement == Placement(1, 0)
    assert make_rig(qtbot, screens=[LAPTOP]).controller.placement == Placement(0, None)
    requested = make_rig(qtbot, screens=[LAPTOP, PROJECTOR], requested_screen="eDP-1")
    assert requested.controller.placement == Placement(0, 1)


def test_swap_is_remembered_for_the_next_talk(qtbot: QtBot) -> None:
    c = make_rig(qtbot, screens=[LAPTOP, PROJECTOR]).controller
    with qtbot.waitSignal(c.placement_changed, timeout=100), \
            qtbot.assertNotEmitted(c.audience_changed):
        c.swap_screens()
    assert c.placement == Placement(0, 1)
    later = make_rig(qtbot, screens=[PROJECTOR, LAPTOP],
                     remembered_screens=c.remembered_screens).controller
    assert later.placement == Placement(1, 0)  # audience on the laptop again, as chosen


def test_swap_on_one_screen_changes_nothing(qtbot: QtBot) -> None:
    c = make_rig(qtbot, screens=[LAPTOP]).controller
    with qtbot.assertNotEmitted(c.placement_changed), qtbot.assertNotEmitted(c.changed):
        c.swap_screens()
    assert c.remembered_screens == {}


def test_screen_picker(qtbot: QtBot) -> None:
    c = make_rig(qtbot, screens=[LAPTOP, PROJECTOR, TV]).controller
    assert c.placement == Placement(2, 0)
    with qtbot.waitSignal(c.placement_changed, timeout=100):
        assert c.set_audience_screen("hdmi-1")
    assert c.placement == Placement(1, 0)
    assert not c.set_audience_screen("VGA-7")
    assert not c.set_audience_screen(9)
    assert c.placement == Placement(1, 0)


def test_projector_unplugged_and_replugged(qtbot: QtBot) -> None:
    c = make_rig(qtbot, screens=[LAPTOP, PROJECTOR]).controller
    with qtbot.waitSignal(c.placement_changed, timeout=100):
        c.screens_changed([LAPTOP])
    assert c.placement == Placement(0, None)
    assert c.screens == (LAPTOP,)
    with qtbot.waitSignal(c.placement_changed, timeout=100):
        c.screens_changed([LAPTOP, PROJECTOR])
    assert c.placement == Placement(1, 0)


def test_replug_honours_a_swap(qtbot: QtBot) -> None:
    c = make_rig(qtbot, screens=[LAPTOP, PROJECTOR]).controller
    c.swap_screens()
    c.screens_changed([LAPTOP])
    c.screens_changed([LAPTOP, PROJECTOR])
    assert c.placement == Placement(0, 1)


def test_same_screens_again_is_no_change(qtbot: QtBot) -> None:
    c = make_rig(qtbot, screens=[LAPTOP, PROJECTOR]).controller
    with qtbot.assertNotEmitted(c.placement_changed):
        c.screens_changed([LAPTOP, PROJECTOR])

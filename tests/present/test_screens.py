"""Screen placement: default, requested, swapped, hot-plugged, remembered."""

from __future__ import annotations

import pytest

from app.present.screens import (
    Placement,
    ScreenInfo,
    choose_screens,
    find_screen,
    on_screens_changed,
    remember,
    setup_key,
    swap,
)

LAPTOP = ScreenInfo("eDP-1", "BOE", "0x095F", "", 0, 0, 1920, 1200, primary=True)
PROJECTOR = ScreenInfo("HDMI-1", "Epson", "EPSON EB-X41", "X4100123", 1920, 0, 1280, 720)
TV = ScreenInfo("DP-2", "Samsung", "QE55", "S1", 3200, 0, 3840, 2160)


def test_two_screens_audience_on_the_non_primary() -> None:
    assert choose_screens([LAPTOP, PROJECTOR]) == Placement(audience=1, console=0)
    assert choose_screens([PROJECTOR, LAPTOP]) == Placement(audience=0, console=1)


def test_audience_on_the_largest_screen_that_is_not_the_console() -> None:
    assert choose_screens([LAPTOP, PROJECTOR, TV]) == Placement(2, 0)


def test_without_a_primary_screen_the_console_is_screen_zero() -> None:
    wayland = [ScreenInfo("eDP-1", "", "", "", 0, 0, 1920, 1080),
               ScreenInfo("HDMI-1", "", "", "", 0, 0, 1280, 720)]
    assert choose_screens(wayland) == Placement(1, 0)


def test_one_screen_is_the_audience_and_the_console_is_on_demand() -> None:
    assert choose_screens([LAPTOP]) == Placement(0, None)
    assert choose_screens([]) == Placement(0, None)
    assert swap(Placement(0, None)) == Placement(0, None)


@pytest.mark.parametrize(
    ("requested", "audience", "console"),
    [(0, 0, 1), (1, 1, 0), ("0", 0, 1), ("hdmi-1", 1, 0), ("EDP-1", 0, 1),
     ("epson eb-x41", 1, 0), (" HDMI-1 ", 1, 0), ("nonsense", 1, 0), (7, 1, 0), (-1, 1, 0),
     (True, 1, 0), ("", 1, 0)],
)
def test_requested_by_index_name_or_model(requested: str | int, audience: int,
                                          console: int) -> None:
    assert choose_screens([LAPTOP, PROJECTOR], None, requested) == Placement(audience, console)


def test_requesting_the_primary_puts_the_console_on_the_best_other() -> None:
    assert choose_screens([LAPTOP, PROJECTOR, TV], None, "eDP-1") == Placement(0, 2)


def test_find_screen_reports_no_match() -> None:
    assert find_screen([LAPTOP, PROJECTOR], "VGA-1") is None
    assert find_screen([LAPTOP, PROJECTOR], None) is None
    assert find_screen([LAPTOP, PROJECTOR], "1") == 1


def test_swap() -> None:
    assert swap(Placement(1, 0)) == Placement(0, 1)


def test_projector_unplugged_then_replugged() -> None:
    start = choose_screens([LAPTOP, PROJECTOR])
    alone = on_screens_changed(start, [LAPTOP, PROJECTOR], [LAPTOP])
    assert alone == Placement(0, None)
    back = on_screens_changed(alone, [LAPTOP], [LAPTOP, PROJECTOR])
    assert back == Placement(1, 0)


def test_projector_plugged_in_at_another_index() -> None:
    back = on_screens_changed(Placement(0, None), [LAPTOP], [PROJECTOR, LAPTOP])
    assert back == Placement(0, 1)


def test_audience_follows_its_screen_when_the_order_changes() -> None:
    moved = on_screens_changed(Placement(1, 0), [LAPTOP, PROJECTOR], [PROJECTOR, LAPTOP])
    assert moved == Placement(0, 1)


def test_a_third_screen_does_not_steal_the_audience() -> None:
    kept = on_screens_changed(Placement(1, 0), [LAPTOP, PROJECTOR], [LAPTOP, PROJECTOR, TV])
    assert kept == Placement(1, 0)


def test_audience_screen_gone_with_others_left() -> None:
    after = on_screens_changed(Placement(1, 0), [LAPTOP, PROJECTOR, TV], [LAPTOP, TV])
    assert after == Placement(1, 0)


def test_console_screen_gone_with_others_left() -> None:
    after = on_screens_changed(Placement(1, 0), [LAPTOP, PROJECTOR, TV], [PROJECTOR, TV])
    assert after == Placement(0, 1)


def test_remembered_choice_for_the_same_set_of_screens() -> None:
    swapped = swap(choose_screens([LAPTOP, PROJECTOR]))
    memory = remember(None, [LAPTOP, PROJECTOR], swapped)
    assert choose_screens([LAPTOP, PROJECTOR], memory) == Placement(0, 1)
    assert choose_screens([PROJECTOR, LAPTOP], memory) == Placement(1, 0)  # order-free key
    assert choose_screens([LAPTOP, TV], memory) == Placement(1, 0)  # another setup
    assert choose_screens([LAPTOP, PROJECTOR], memory, "HDMI-1") == Placement(1, 0)


def test_remembered_choice_on_replug() -> None:
    memory = remember({}, [LAPTOP, PROJECTOR], Placement(0, 1))
    back = on_screens_changed(Placement(0, None), [LAPTOP], [LAPTOP, PROJECTOR], memory)
    assert back == Placement(0, 1)


def test_remember_keeps_other_setups_and_skips_one_screen() -> None:
    memory = remember({"other": {"audience": "a", "console": "b"}}, [LAPTOP, PROJECTOR],
                      Placement(1, 0))
    assert set(memory) == {"other", setup_key([PROJECTOR, LAPTOP])}
    assert remember(memory, [LAPTOP], Placement(0, None)) == memory


@pytest.mark.parametrize(
    "entry",
    [None, "garbage", 3, {}, {"audience": "nope", "console": "nope2"},
     {"audience": LAPTOP.key, "console": LAPTOP.key}, {"audience": [], "console": {}}],
)
def test_garbage_in_the_remembered_settings_is_ignored(entry: object) -> None:
    memory = {setup_key([LAPTOP, PROJECTOR]): entry}
    assert choose_screens([LAPTOP, PROJECTOR], memory) == Placement(1, 0)

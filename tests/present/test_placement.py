"""Screen-share placement: both windows inside the screen, the console beside if it fits."""

from __future__ import annotations

import pytest

from app.present.placement import CONSOLE_MIN, Rect, console_window, shared_layout

LAPTOP = Rect(0, 0, 1280, 800)
SMALL = Rect(0, 0, 1280, 720)
FULL_HD = Rect(0, 0, 1920, 1080)
RIGHT_OF_LAPTOP = Rect(1280, 0, 1920, 1080)  # a projector beside the laptop
SHARE = (1280, 720)


@pytest.mark.parametrize("area", [LAPTOP, SMALL, FULL_HD, RIGHT_OF_LAPTOP, Rect(0, 0, 800, 600)])
@pytest.mark.parametrize("size", [SHARE, (960, 540), (1920, 1080), (3840, 2160)])
def test_both_windows_stay_on_the_screen(area: Rect, size: tuple[int, int]) -> None:
    shared, console = shared_layout(area, size)
    assert area.contains(shared)
    assert area.contains(console)
    assert console.width > 0
    assert console.height > 0


def test_on_a_full_hd_screen_the_console_takes_the_strip_beside_the_call() -> None:
    shared, console = shared_layout(FULL_HD, SHARE)
    assert shared == Rect(0, 0, 1280, 720)
    assert console == Rect(1280, 0, 640, 1080)
    assert console.holds(CONSOLE_MIN)


def test_the_strip_is_found_on_a_screen_that_does_not_start_at_zero() -> None:
    shared, console = shared_layout(RIGHT_OF_LAPTOP, SHARE)
    assert shared.x == 1280
    assert console == Rect(2560, 0, 640, 1080)


def test_on_a_laptop_with_no_room_beside_the_console_sits_in_the_corner() -> None:
    shared, console = shared_layout(LAPTOP, SHARE)
    assert shared == Rect(0, 0, 1280, 720)
    assert console.right == LAPTOP.right
    assert console.bottom == LAPTOP.bottom


def test_a_console_window_is_never_larger_than_its_screen() -> None:
    assert console_window(SMALL, (1540, 900)) == Rect(0, 0, 1280, 720)
    assert console_window(FULL_HD) == Rect(0, 0, 1100, 700)

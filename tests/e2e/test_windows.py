"""End to end: the real windows on a two-screen X server, keys sent as a clicker does."""

from __future__ import annotations

import time

import pytest

from tests.e2e.stage import HAVE_X, Stage, colours, is_console, is_slide, share
from tests.helpers import SHIPPED_DECK

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not HAVE_X, reason="needs Xvfb and xdotool (packaging/debian-packages.txt)"),
]


@pytest.fixture
def stage(tmp_path):
    stage = Stage(tmp_path)
    yield stage
    stage.stop()


def test_audience_console_keys_blank_swap_and_escape(stage):
    stage.start("present", str(SHIPPED_DECK))
    first = stage.until(lambda s: is_console(s[0]) and is_slide(s[1]),
                        "console on screen 0, slides on screen 1")
    assert first[1].size == (1920, 1080)

    stage.key(1, "Next")
    moved = stage.until(lambda s: s[1].tobytes() != first[1].tobytes(),
                        "Next changes the audience screen")
    assert moved[0].tobytes() != first[0].tobytes(), "Next changed the console too"
    assert is_slide(moved[1])

    stage.key(1, "b")
    blank = stage.until(lambda s: share(s[1], (0, 0, 0), 2) > 0.99, "B blanks the audience")
    assert is_console(blank[0]), "the console stays up while the audience is black"

    stage.key(0, "b")
    stage.until(lambda s: is_slide(s[1]), "B again (from the console) shows the slide")

    stage.key(1, "s")
    swapped = stage.until(lambda s: is_slide(s[0]) and is_console(s[1]),
                          "S swaps audience and console")
    assert swapped[0].size == (1280, 800)

    for clicker in ("Escape", "F5", "Escape", "F5"):  # a start/stop button sends these in turn
        stage.key(0, clicker)
        time.sleep(0.5)
        held = stage.grab()
        assert is_slide(held[0]), f"{clicker}: the slides stay up"
        assert is_console(held[1]), f"{clicker}: the console stays up"
    stage.key(0, "Escape")
    stage.key(0, "Return")  # the deliberate second action
    stage.until(lambda s: not is_slide(s[0]) or not is_console(s[1]), "Esc, Enter leave presenting")
    stage.key(0, "Escape")
    time.sleep(1)
    assert stage.alive(), "Esc must never quit the app"
    reader = stage.grab()
    assert any(colours(image) > 40 for image in reader), "the reader window is shown"


def test_reader_pages_then_presents_and_comes_back(stage):
    stage.start(str(SHIPPED_DECK))
    opened = stage.until(lambda s: colours(s[0]) > 40, "the reader window on screen 0")
    stage.key(0, "ctrl+2")
    chapter = stage.until(lambda s: s[0].tobytes() != opened[0].tobytes(), "Ctrl+2 pages")
    stage.key(0, "F5")
    stage.until(lambda s: is_slide(s[1]) and is_console(s[0]), "F5 presents on two screens")
    stage.key(1, "Escape")
    stage.key(1, "Return")
    back = stage.until(lambda s: not is_console(s[0]), "Esc, Enter return to the reader")
    assert stage.alive()
    assert share(back[0], (0, 0, 0), 2) < 0.9
    assert chapter[0].size == back[0].size

"""End to end: the laser, the pen and the zoom driven by a real mouse over the console."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image, ImageChops

from tests.e2e.stage import HAVE_X, Stage, is_console, is_slide
from tests.helpers import SHIPPED_DECK

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not HAVE_X, reason="needs Xvfb and xdotool (packaging/debian-packages.txt)"),
]

PAPER = (244, 239, 230)  # the shipped theme's slide background


@pytest.fixture
def stage(tmp_path):
    stage = Stage(tmp_path)
    yield stage
    stage.stop()


def red_pixels(image: Image.Image) -> int:
    small = image.convert("RGB").resize((480, 270))
    return sum(n for n, (r, g, b) in small.getcolors(480 * 270) if r > 200 and g < 90 and b < 90)


def paper_box(console: Image.Image) -> tuple[int, int, int, int]:
    """Where the current slide's paper shows on the console (its left part, away from «next»)."""
    left = console.convert("RGB").crop((0, 0, console.width * 6 // 10, console.height))
    red, green, blue = ImageChops.difference(left, Image.new("RGB", left.size, PAPER)).split()
    off = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    box = off.point(lambda v: 255 if v == 0 else 0).getbbox()
    assert box is not None, "no slide on the console"
    return box


def mouse(stage: Stage, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=stage.env, check=True)


def test_laser_pen_and_zoom_from_the_console_mouse(stage):
    stage.start("present", str(SHIPPED_DECK))
    first = stage.until(lambda s: is_console(s[0]) and is_slide(s[1]),
                        "console on screen 0, slides on screen 1")
    assert red_pixels(first[1]) == 0
    left, top, right, bottom = paper_box(first[0])
    x, y = (left + right) // 2, (top + bottom) // 2

    mouse(stage, "mousemove", "--screen", "0", str(x), str(y), "key", "l",
          "mousemove", "--screen", "0", str(x + 10), str(y + 5))
    dot = stage.until(lambda s: red_pixels(s[1]) > 0, "L: a red dot on the audience screen")
    assert red_pixels(dot[1]) < 400, "a dot, not a blot"

    mouse(stage, "key", "l", "key", "d", "mousemove", "--screen", "0", str(left + 10),
          str(y), "mousedown", "1")
    for step in range(1, 11):
        mouse(stage, "mousemove", "--screen", "0", str(left + 10 + step * (right - left) // 12),
              str(y))
    mouse(stage, "mouseup", "1")
    drawn = stage.until(lambda s: red_pixels(s[1]) > red_pixels(dot[1]) * 2,
                        "D and a drag: a red line on the audience screen")

    mouse(stage, "key", "z", "mousemove", "--screen", "0", str(left + 5), str(top + 5),
          "mousedown", "1", "mousemove", "--screen", "0", str(x), str(y))
    mouse(stage, "mouseup", "1")
    zoomed = stage.until(lambda s: red_pixels(s[1]) > red_pixels(drawn[1]) * 2,
                         "Z and a drag: the region enlarged, the line with it")
    assert is_slide(zoomed[1])

    stage.key(0, "Escape")
    back = stage.until(lambda s: abs(red_pixels(s[1]) - red_pixels(drawn[1])) < 20,
                       "Esc: the whole slide again, with its line")
    assert is_console(back[0]), "Esc left the zoom, not the show"

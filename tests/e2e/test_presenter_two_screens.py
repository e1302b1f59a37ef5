"""End to end: `main.py present` on a real two-screen X server, driven like a clicker.

Xvfb gives two screens (without Xinerama, so Qt sees two QScreens); xdotool
sends the keys a clicker sends to the window under the pointer; screenshots
of each screen tell what the audience and the presenter actually see.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers import ROOT, SHIPPED_DECK

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                       reason="needs Xvfb and xdotool (packaging/debian-packages.txt)"),
]

CONSOLE_BG = (0x0F, 0x1A, 0x2B)
GRAB = Path(__file__).with_name("grab_screens.py")


def _counts(image: Image.Image) -> list[tuple[int, tuple[int, int, int]]]:
    small = image.convert("RGB").resize((160, 90))
    return small.getcolors(160 * 90)


def share(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 6) -> float:
    """The share of pixels within `tolerance` of `colour` (on a small copy)."""
    counts = _counts(image)
    near = sum(n for n, rgb in counts
               if all(abs(a - b) <= tolerance for a, b in zip(rgb, colour, strict=True)))
    return near / sum(n for n, _ in counts)


def colours(image: Image.Image) -> int:
    return len(_counts(image))


class Stage:
    """An Xvfb with two screens, the app on it, and ways to look and press."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.display = f":{90 + os.getpid() % 500}"
        self.xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1280x800x24", "-screen", "1",
             "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb",
                    "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.app: subprocess.Popen | None = None
        self.shots = 0
        self._wait_for_x()

    def _wait_for_x(self) -> None:
        for _ in range(100):
            if subprocess.run(["xdotool", "getmouselocation"], env=self.env,
                              capture_output=True, check=False).returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("Xvfb did not start")

    def start(self, *args: str) -> None:
        self.app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args],
                                    env=self.env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT)

    def grab(self) -> list[Image.Image]:
        self.shots += 1
        prefix = self.tmp / f"shot{self.shots:02d}"
        subprocess.run([sys.executable, str(GRAB), str(prefix)], env=self.env, check=True,
                       timeout=60)
        return [Image.open(f"{prefix}-{n}.png") for n in (0, 1)]

    def until(self, condition, what: str, timeout: float = 30):
        """Screenshots until `condition(screens)` holds; the last screens."""
        deadline = time.monotonic() + timeout
        while True:
            screens = self.grab()
            if condition(screens):
                return screens
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for: {what} (screenshots in {self.tmp})")
            time.sleep(0.3)

    def key(self, screen: int, key: str) -> None:
        """Point at `screen` (keys go to the window under the pointer) and press."""
        subprocess.run(["xdotool", "mousemove", "--screen", str(screen), "500", "400",
                        "key", key], env=self.env, check=True)

    def alive(self) -> bool:
        return self.app is not None and self.app.poll() is None

    def stop(self) -> None:
        if self.app is not None and self.app.poll() is None:
            self.app.terminate()
            try:
                self.app.wait(10)
            except subprocess.TimeoutExpired:
                self.app.kill()
        self.xvfb.terminate()
        self.xvfb.wait(10)


@pytest.fixture
def stage(tmp_path):
    stage = Stage(tmp_path)
    yield stage
    stage.stop()


def is_console(image: Image.Image) -> bool:
    return share(image, CONSOLE_BG) > 0.1


def is_slide(image: Image.Image) -> bool:
    return share(image, CONSOLE_BG) < 0.02 and colours(image) > 40


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

    stage.key(0, "Escape")
    stage.until(lambda s: not is_slide(s[0]) or not is_console(s[1]), "Esc leaves presenting")
    stage.key(0, "Escape")
    time.sleep(1)
    assert stage.alive(), "Esc must never quit the app"
    reader = stage.grab()
    assert any(colours(image) > 40 for image in reader), "the reader window is shown"

"""A real two-screen X server with the app on it, driven like a clicker.

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

from tests.helpers import ROOT

HAVE_X = bool(shutil.which("Xvfb") and shutil.which("xdotool"))

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
        read_end, write_end = os.pipe()
        # -noreset: by default the server resets when its last client leaves (the readiness
        # probe below, a screenshot), and refuses connections meanwhile: the app, starting
        # then, failed with "could not connect to display" (1 run in ~15).
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
             "-screen", "1", "1920x1080x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:  # Xvfb writes the free display it took
            self.display = ":" + pipe.readline().strip()
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


def is_console(image: Image.Image) -> bool:
    return share(image, CONSOLE_BG) > 0.1


def is_slide(image: Image.Image) -> bool:
    return share(image, CONSOLE_BG) < 0.02 and colours(image) > 40

"""Lobby mode (`present --loop --advance SECONDS`): the deck turns its own pages.

It advances every SECONDS and wraps to the start. A visitor who presses a key
or clicks takes over: the loop waits until a minute passes with no touch, then
goes on from where the visitor left it. Time comes from an injected Clock, so
tests run a whole afternoon in a millisecond; no Qt here.
"""

from __future__ import annotations

import math

from app.present.clock import Clock

QUIET_SECONDS = 60.0  # untouched this long, the loop takes over again


class Kiosk:
    """When the next automatic page turn is due."""

    def __init__(self, clock: Clock, seconds: float, quiet: float = QUIET_SECONDS) -> None:
        if not math.isfinite(seconds) or seconds <= 0:
            raise ValueError(f"--advance needs a positive number of seconds: {seconds!r}")
        self._clock = clock
        self.seconds = float(seconds)
        self.quiet = quiet
        self._since = clock.now()  # the page on screen has been up since then
        self._touched: float | None = None

    def touched(self) -> None:
        """A key or a click: someone is reading; stop turning pages for a while."""
        self._touched = self._clock.now()

    @property
    def paused(self) -> bool:
        return self._touched is not None

    def due(self) -> bool:
        """True when a page turn is due now; the next one is then `seconds` away.

        After a touch and a quiet minute the loop resumes, and the page the
        visitor left gets its full `seconds` before it turns.
        """
        now = self._clock.now()
        if self._touched is not None:
            if now - self._touched < self.quiet:
                return False
            self._touched = None
            self._since = now
            return False
        if now - self._since < self.seconds:
            return False
        self._since = now
        return True

"""Time sources, injected so that timers are testable without waiting."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

WallClock = Callable[[], datetime]
"""Time of day for the console's clock display; `datetime.now` in the app."""


class Clock(Protocol):
    """Monotonic seconds: immune to the wall clock jumping (NTP, time zones)."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward; a monotonic clock never goes back."""
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds

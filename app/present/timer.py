"""The talk timer: elapsed time that runs only while the presenter talks.

As in pympress, it is created paused so the title slide can sit on screen while
people arrive, and it starts on the first move (or an explicit start). Unlike
pdfpc (#695), a pause for questions stays paused across slide changes until the
presenter resumes it. It also splits the time by slide, which is what budgets
and rehearsals are made of. Time comes from an injected Clock; no Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from app.present.clock import Clock


class TimerState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"


@dataclass(frozen=True)
class _Wiped:
    """What a reset took away, kept so that one undo brings it back."""

    state: TimerState
    settled: float
    by_slide: dict[int, float]
    at: float  # clock time of the reset


class TalkTimer:
    """Elapsed talk time, its split by slide, and the planned duration."""

    def __init__(self, clock: Clock, planned_seconds: float | None = None, slide: int = 0) -> None:
        self._clock = clock
        self._planned = _checked_duration(planned_seconds)
        self._slide = slide
        self._state = TimerState.NOT_STARTED
        self._settled = 0.0  # elapsed up to `_mark`
        self._by_slide: dict[int, float] = {}
        self._mark = clock.now()
        self._revision = 0
        self._wiped: _Wiped | None = None

    # --- state -------------------------------------------------------------

    @property
    def state(self) -> TimerState:
        return self._state

    @property
    def revision(self) -> int:
        """Grows on every start, pause, reset or duration change: a cheap "redraw" test."""
        return self._revision

    @property
    def planned_seconds(self) -> float | None:
        return self._planned

    @planned_seconds.setter
    def planned_seconds(self, seconds: float | None) -> None:
        self._planned = _checked_duration(seconds)
        self._revision += 1

    @property
    def elapsed(self) -> float:
        return self._settled + self._live()

    @property
    def remaining(self) -> float | None:
        """Planned minus elapsed, negative in overtime; None without a plan."""
        return None if self._planned is None else self._planned - self.elapsed

    def spent_on(self, slide: int) -> float:
        live = self._live() if slide == self._slide else 0.0
        return self._by_slide.get(slide, 0.0) + live

    def spent_by_slide(self) -> dict[int, float]:
        """Talk time per slide index, only slides that got any."""
        spent = dict(self._by_slide)
        if self._live() > 0:
            spent[self._slide] = spent.get(self._slide, 0.0) + self._live()
        return spent

    # --- control -----------------------------------------------------------

    def start(self) -> bool:
        """Start a timer that never ran; False if it already did."""
        if self._state is not TimerState.NOT_STARTED:
            return False
        self._run()
        return True

    def pause(self) -> bool:
        if self._state is not TimerState.RUNNING:
            return False
        self._settle()
        self._state = TimerState.PAUSED
        self._revision += 1
        return True

    def resume(self) -> bool:
        if self._state is not TimerState.PAUSED:
            return False
        self._run()
        return True

    def toggle_pause(self) -> None:
        """P / Pause: pause a running timer, otherwise run it (also the first time)."""
        if self._state is TimerState.RUNNING:
            self.pause()
        else:
            self._run()

    def reset(self) -> None:
        """Back to zero and not started: the next move starts the talk again.

        One `undo_reset` brings the wiped times back: R is one key from T and P.
        """
        self._settle()
        self._wiped = _Wiped(self._state, self._settled, dict(self._by_slide), self._clock.now())
        self._state = TimerState.NOT_STARTED
        self._settled = 0.0
        self._by_slide = {}
        self._mark = self._clock.now()
        self._revision += 1

    @property
    def can_undo_reset(self) -> bool:
        return self._wiped is not None

    def undo_reset(self) -> bool:
        """The last reset as if it had not happened; False if there is none.

        A timer that was running when it was reset has been running since:
        the time the fresh timer did not count goes to the current slide.
        """
        wiped, self._wiped = self._wiped, None
        if wiped is None:
            return False
        self._settle()
        now = self._clock.now()
        gap = max(0.0, now - wiped.at - self._settled) if wiped.state is TimerState.RUNNING else 0.0
        by_slide = dict(wiped.by_slide)
        for slide, seconds in self._by_slide.items():
            by_slide[slide] = by_slide.get(slide, 0.0) + seconds
        if gap:
            by_slide[self._slide] = by_slide.get(self._slide, 0.0) + gap
        self._by_slide = by_slide
        self._settled = wiped.settled + self._settled + gap
        if TimerState.RUNNING in (wiped.state, self._state):
            self._state = TimerState.RUNNING
        elif wiped.state is TimerState.PAUSED:
            self._state = TimerState.PAUSED
        self._mark = now
        self._revision += 1
        return True

    def move_to(self, slide: int) -> None:
        """The presenter moved: book time to the slide left, start if not yet started.

        A paused timer stays paused.
        """
        self._settle()
        self._slide = slide
        self.start()

    # --- internals ---------------------------------------------------------

    def _run(self) -> None:
        self._mark = self._clock.now()
        self._state = TimerState.RUNNING
        self._revision += 1

    def _live(self) -> float:
        """Time since the last settlement that has not been booked yet."""
        if self._state is not TimerState.RUNNING:
            return 0.0
        return max(0.0, self._clock.now() - self._mark)

    def _settle(self) -> None:
        live = self._live()
        self._mark = self._clock.now()
        if live:
            self._settled += live
            self._by_slide[self._slide] = self._by_slide.get(self._slide, 0.0) + live


def _checked_duration(seconds: float | None) -> float | None:
    if seconds is None:
        return None
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"a planned duration must be a positive number of seconds: {seconds!r}")
    return float(seconds)

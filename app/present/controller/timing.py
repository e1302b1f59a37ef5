"""The controller's timer commands: pause, reset and its undo, the planned length, rehearsal.

The clock arithmetic is `TalkTimer`'s and the rehearsal's records are
`RehearsalRecorder`'s; here is what the keys P, R, U and T ask of them, checked
so that nonsense typed on the console changes nothing.
"""

from __future__ import annotations

import math

from PySide6.QtCore import SignalInstance

from app.present.controller.guard import handler
from app.present.rehearsal import RehearsalRecorder
from app.present.timer import TalkTimer
from app.present.timings import SaveResult


class TimingCommands:
    """Timer and rehearsal commands of `PresentationController`."""

    error: SignalInstance
    _timer: TalkTimer
    _rehearsal: RehearsalRecorder | None

    @handler()
    def toggle_pause(self) -> None:
        """P / Pause: the pause lasts across slide changes (Q&A) until P again."""
        self._timer.toggle_pause()

    @handler()
    def reset_timer(self) -> None:
        """R: zero, not started; the next move starts it again. `undo_reset` takes it back."""
        self._timer.reset()

    @handler(default=False)
    def undo_reset(self) -> bool:
        """U / Ctrl+Z: the times the last R wiped come back; False if nothing to undo."""
        return self._timer.undo_reset()

    @handler(default=False)
    def set_duration(self, minutes: float | None) -> bool:
        """T: the planned talk length in minutes; None removes the plan."""
        if minutes is None:
            self._timer.planned_seconds = None
            return True
        if not isinstance(minutes, int | float) or isinstance(minutes, bool):
            return False
        if not math.isfinite(minutes) or minutes <= 0:
            return False
        self._timer.planned_seconds = minutes * 60.0
        return True

    @handler()
    def save_rehearsal(self) -> SaveResult | None:
        """Write this run's timings; None when not rehearsing. Failure goes to `error`."""
        if self._rehearsal is None:
            return None
        result = self._rehearsal.save()
        if result.path is None:
            self.error.emit(result.message)
        return result

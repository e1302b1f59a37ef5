"""The one state of a running presentation; the windows only draw it.

Both windows (audience and console) read the properties and call the methods;
keys from a clicker work from either window because they all end up here; the
console's numbers, clocks and pace come formatted from `readout`. The commands
come in groups, one module each: moves, show (blank, freeze, overlays, Esc),
timing, screens and ink. Nothing here can take a window down: every public
method and property catches what it did not expect, logs it and reports it
through `error` (see `guard`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.deck.model import Deck
from app.present.clock import Clock, MonotonicClock, WallClock
from app.present.controller.guard import Keys, handler
from app.present.controller.ink import InkCommands
from app.present.controller.moves import Moves
from app.present.controller.screens import ScreenCommands
from app.present.controller.show import ShowCommands
from app.present.controller.timing import TimingCommands
from app.present.ink import Ink
from app.present.kiosk import Kiosk
from app.present.navigation import History, Navigator, Position
from app.present.pace import DEFAULT_TOLERANCE, planned_total
from app.present.readout import Readout
from app.present.rehearsal import RehearsalRecorder
from app.present.screens import ScreenInfo, choose_screens
from app.present.state import Blank, Overlay
from app.present.timer import TalkTimer
from app.present.timings import TimingsStore
from app.present.wording import Wording

_log = logging.getLogger(__name__)


class PresentationController(
    Moves, ShowCommands, TimingCommands, ScreenCommands, InkCommands, QObject
):
    """Slide, build step, blanking, freeze, overlays, timer and screens of one talk."""

    changed = Signal()  # anything either window shows
    audience_changed = Signal()  # what the projector shows: repaint the audience only then
    placement_changed = Signal()  # screens or their roles: move the windows
    tick = Signal()  # once a second, for the clocks
    ink_changed = Signal()  # pointer, zoom or strokes: repaint the marks, nothing else
    finished = Signal()  # the deliberate end (Enter after Esc): leave presenting
    error = Signal(str)

    def __init__(
        self,
        deck: Deck,
        *,
        start: int | None = None,
        start_step: int = 0,
        clock: Clock | None = None,
        wall_clock: WallClock = datetime.now,
        screens: Sequence[ScreenInfo] = (),
        requested_screen: str | int | None = None,
        remembered_screens: dict[str, object] | None = None,
        timings: TimingsStore | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        tick_interval_ms: int = 1000,
        advance_seconds: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`start`: a slide index (hidden allowed), else the first visible slide.

        `timings` given means rehearsing: this run's times are recorded and
        compared with the last rehearsal. `advance_seconds` given means a
        lobby loop (`Kiosk`): the slides turn by themselves and wrap around.
        """
        super().__init__(parent)
        self._kiosk: Kiosk | None = None
        self._deck = deck
        self._nav = Navigator(deck)
        chosen = self._nav.clamp(start, start_step) if start is not None else None
        self._position = chosen or self._nav.first() or Position(0)
        self._blank = Blank.NONE
        self._frozen: Position | None = None
        self._overlays: list[Overlay] = []
        self._holding = False  # Esc with nothing to clear: asking whether to end
        self._history = History()
        self._ink = Ink(self.ink_changed.emit)
        self._timer = TalkTimer(
            clock or MonotonicClock(), planned_total(deck), self._position.slide
        )
        self._rehearsal = (
            RehearsalRecorder(deck, self._timer, timings, wall_clock) if timings else None
        )
        self._readout = Readout(
            deck,
            self._nav,
            self._timer,
            lambda: self._position,
            self._report,
            rehearsal=self._rehearsal,
            wall_clock=wall_clock,
            tolerance=tolerance,
        )
        self._screens = tuple(screens)
        self._remembered: dict[str, object] = dict(remembered_screens or {})
        self._placement = choose_screens(self._screens, self._remembered, requested_screen)
        if advance_seconds is not None:
            self._kiosk = Kiosk(clock or MonotonicClock(), advance_seconds)
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_interval_ms)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()

    @property
    def deck(self) -> Deck:
        return self._deck

    @property
    def readout(self) -> Readout:
        """The console's numbers, clocks, pace and budgets for the current position."""
        return self._readout

    @property
    def timer(self) -> TalkTimer:
        return self._timer

    @property
    def rehearsal(self) -> RehearsalRecorder | None:
        return self._rehearsal

    @property
    def kiosk(self) -> Kiosk | None:
        """The lobby loop, None in a talk."""
        return self._kiosk

    @handler()
    def touch(self) -> None:
        """A key or click no command took (C, a scroll): the lobby loop waits all the same.

        Nothing to do here: every handler tells the loop (see `guard.handler`).
        """

    def shutdown(self) -> None:
        """The talk is over: no more ticks, nothing left running."""
        self._ticker.stop()

    # --- internals ---------------------------------------------------------------

    def _keys(self) -> Keys:
        """What each signal watches: everything, the audience's view, the screens."""
        audience = (self._frozen or self._position, self._blank)
        screens = (self._placement, self._screens)
        everything = (
            self._position,
            self._frozen is not None,  # Shift+F shows on the console at once
            self._holding,
            self._kiosk is not None and self._kiosk.paused,
            tuple(self._overlays),
            self._timer.revision,
            *audience,
            *screens,
        )
        return everything, audience, screens

    def _announce(self, before: Keys) -> None:
        everything, audience, screens = self._keys()
        if screens != before[2]:
            self.placement_changed.emit()
        if audience != before[1]:
            self.audience_changed.emit()
        if everything != before[0]:
            self.changed.emit()

    def _report(self, where: str, exc: Exception) -> None:
        _log.exception("presentation: %s failed", where)
        self.error.emit(Wording.tr("Ошибка презентации ({where}): {why}").format(
            where=where, why=exc))

    def _on_tick(self) -> None:
        if self._kiosk is not None:
            before = self._keys()
            if self._kiosk.due():
                self._turn_page()
            self._announce(before)  # a loop that resumed shows so on the console
        self.tick.emit()

    def _turn_page(self) -> None:
        """The lobby loop's own move: next step, past the end back to the start."""
        before = self._keys()
        try:
            self._move(self._nav.next_step(self._position) or self._nav.first())
        except Exception as exc:
            self._report("kiosk", exc)
        self._announce(before)

"""The one state of a running presentation; the windows only draw it.

Both windows (audience and console) read the properties below and call the
methods; keys from a clicker work from either window because they all end up
here; the console's numbers, clocks and pace come formatted from `readout`.
Nothing here can take a window down: every public method and property
catches what it did not expect, logs it and reports it through `error`.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.deck.model import Deck, Slide
from app.present.clock import Clock, MonotonicClock, WallClock
from app.present.navigation import History, Navigator, Position
from app.present.pace import DEFAULT_TOLERANCE, planned_total
from app.present.readout import Readout, reading
from app.present.rehearsal import RehearsalRecorder
from app.present.screens import (
    Placement,
    ScreenInfo,
    choose_screens,
    find_screen,
    on_screens_changed,
    remember,
    swap,
)
from app.present.timer import TalkTimer
from app.present.timings import SaveResult, TimingsStore
from app.present.wording import Wording

_log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


class Blank(StrEnum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


class Overlay(StrEnum):
    """Console-only layers: the audience never sees them."""

    HELP = "help"
    OVERVIEW = "overview"
    GOTO = "goto"
    DURATION = "duration"  # T: the planned length, typed on the console


@dataclass(frozen=True)
class Shown:
    """A slide at a build step, ready to paint."""

    index: int
    slide: Slide
    step: int


@dataclass(frozen=True)
class AudienceView:
    """Exactly what the projector shows; `shown` is None only for an empty deck."""

    shown: Shown | None
    blank: Blank


def _handler(default: Any = None) -> Callable[[F], F]:
    """A public method: never raises, and tells the windows what it changed."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def run(self: PresentationController, *args: Any, **kwargs: Any) -> Any:
            before = self._keys()
            try:
                result = method(self, *args, **kwargs)
            except Exception as exc:
                self._report(method.__name__, exc)
                result = default
            self._announce(before)
            return result

        return run  # type: ignore[return-value]

    return wrap


class PresentationController(QObject):
    """Slide, build step, blanking, freeze, overlays, timer and screens of one talk."""

    changed = Signal()  # anything either window shows
    audience_changed = Signal()  # what the projector shows: repaint the audience only then
    placement_changed = Signal()  # screens or their roles: move the windows
    tick = Signal()  # once a second, for the clocks
    finished = Signal()  # Esc with nothing left to clear: leave presenting
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
        parent: QObject | None = None,
    ) -> None:
        """`start`: a slide index (hidden allowed), else the first visible slide.

        `timings` given means rehearsing: this run's times are recorded and
        compared with the last rehearsal.
        """
        super().__init__(parent)
        self._deck = deck
        self._nav = Navigator(deck)
        chosen = self._nav.clamp(start, start_step) if start is not None else None
        self._position = chosen or self._nav.first() or Position(0)
        self._blank = Blank.NONE
        self._frozen: Position | None = None
        self._overlays: list[Overlay] = []
        self._history = History()
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
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_interval_ms)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()

    # --- navigation ----------------------------------------------------------

    @_handler()
    def next_step(self) -> None:
        """The next build step, else the next visible slide."""
        self._move(self._nav.next_step(self._position))

    @_handler()
    def previous_step(self) -> None:
        """The previous build step; back into a build lands on its last step."""
        self._move(self._nav.previous_step(self._position))

    @_handler()
    def next_slide(self) -> None:
        """The next visible slide, skipping the rest of this one's builds."""
        self._move(self._nav.next_slide(self._position))

    @_handler()
    def previous_slide(self) -> None:
        """The previous visible slide at its first step."""
        self._move(self._nav.previous_slide(self._position))

    @_handler()
    def first(self) -> None:
        self._move(self._nav.first(), jump=True)

    @_handler()
    def last(self) -> None:
        self._move(self._nav.last(), jump=True)

    @_handler(default=False)
    def go_to(self, index: int, step: int = 0) -> bool:
        """Jump to a slide index, hidden ones included; closes go-to and overview.

        False (and nothing moves) for an index that is not in the deck.
        """
        target = self._nav.clamp(index, step)
        if target is None:
            _log.warning("go_to: no slide %r (step %r)", index, step)
        return self._jump(target)

    @_handler(default=False)
    def go_to_number(self, number: int) -> bool:
        """Jump to the slide shown as «number/N» (digits + Enter)."""
        index = self._nav.index_of_number(number)
        if index is None:
            _log.warning("go_to_number: no slide numbered %r", number)
            return False
        return self._jump(Position(index))

    @_handler()
    def history_back(self) -> None:
        """Back to where the last jump came from (Alt+←)."""
        self._move(self._history.back(self._position))

    @_handler()
    def history_forward(self) -> None:
        self._move(self._history.forward(self._position))

    # --- audience: blank and freeze -----------------------------------------

    @_handler()
    def toggle_black(self) -> None:
        """B and `.`; from white it switches straight to black."""
        self._blank = Blank.NONE if self._blank is Blank.BLACK else Blank.BLACK

    @_handler()
    def toggle_white(self) -> None:
        """W and `,`; from black it switches straight to white."""
        self._blank = Blank.NONE if self._blank is Blank.WHITE else Blank.WHITE

    @_handler()
    def toggle_freeze(self) -> None:
        """The audience keeps the current position while the console moves on."""
        self._frozen = None if self._frozen is not None else self._position

    # --- console overlays ------------------------------------------------------

    @_handler()
    def toggle_overlay(self, overlay: Overlay) -> None:
        overlay = Overlay(overlay)
        if overlay in self._overlays:
            self._overlays.remove(overlay)
        else:
            self._overlays.append(overlay)

    @_handler()
    def close_overlay(self, overlay: Overlay) -> None:
        overlay = Overlay(overlay)
        if overlay in self._overlays:
            self._overlays.remove(overlay)

    def is_open(self, overlay: Overlay) -> bool:
        return overlay in self._overlays

    # --- leaving and starting ----------------------------------------------

    @_handler(default=False)
    def escape(self) -> bool:
        """Esc clears one thing per press: the last overlay, then blank, then freeze.

        Only with nothing left does it mean "leave presenting": emits `finished`
        and returns True. It never quits the app.
        """
        if self._overlays:
            self._overlays.pop()
        elif self._blank is not Blank.NONE:
            self._blank = Blank.NONE
        elif self._frozen is not None:
            self._frozen = None
        else:
            self.finished.emit()
            return True
        return False

    @_handler()
    def start_or_resume(self) -> None:
        """F5: start the timer or resume it; never quits, never reloads."""
        if not self._timer.start():
            self._timer.resume()

    # --- timer -----------------------------------------------------------------

    @_handler()
    def toggle_pause(self) -> None:
        """P / Pause: the pause lasts across slide changes (Q&A) until P again."""
        self._timer.toggle_pause()

    @_handler()
    def reset_timer(self) -> None:
        """R: zero, not started; the next move starts it again."""
        self._timer.reset()

    @_handler(default=False)
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

    @_handler()
    def save_rehearsal(self) -> SaveResult | None:
        """Write this run's timings; None when not rehearsing. Failure goes to `error`."""
        if self._rehearsal is None:
            return None
        result = self._rehearsal.save()
        if result.path is None:
            self.error.emit(result.message)
        return result

    # --- screens ---------------------------------------------------------------

    @_handler()
    def swap_screens(self) -> None:
        """S / X: audience and console trade screens; the choice is remembered."""
        self._set_placement(swap(self._placement))

    @_handler(default=False)
    def set_audience_screen(self, requested: str | int) -> bool:
        """The screen picker: send the audience to a screen by index, name or model."""
        if len(self._screens) < 2 or find_screen(self._screens, requested) is None:
            return False
        self._set_placement(choose_screens(self._screens, None, requested))
        return True

    @_handler()
    def screens_changed(self, new_screens: Sequence[ScreenInfo]) -> None:
        """A screen was plugged in or out: keep the slides on the projector."""
        new = tuple(new_screens)
        placement = on_screens_changed(self._placement, self._screens, new, self._remembered)
        self._screens = new
        self._placement = placement

    # --- what the windows read ----------------------------------------------

    @property
    def deck(self) -> Deck:
        return self._deck

    @property
    def position(self) -> Position:
        return self._position

    @property
    @reading(None)
    def current(self) -> Shown | None:
        return self._shown(self._position)

    @property
    @reading(None)
    def next_preview(self) -> Shown | None:
        """The next step of this slide or the next slide; None at the very end."""
        target = self._nav.next_step(self._position)
        return self._shown(target) if target else None

    @property
    @reading(AudienceView(None, Blank.NONE))
    def audience_view(self) -> AudienceView:
        """The frozen position while frozen, else the current one; and the blank."""
        return AudienceView(self._shown(self._frozen or self._position), self._blank)

    @property
    def blank(self) -> Blank:
        return self._blank

    @property
    def frozen(self) -> bool:
        return self._frozen is not None

    @property
    def overlays(self) -> tuple[Overlay, ...]:
        """Open console overlays, the most recent last."""
        return tuple(self._overlays)

    @property
    def timer(self) -> TalkTimer:
        return self._timer

    @property
    def rehearsal(self) -> RehearsalRecorder | None:
        return self._rehearsal

    @property
    def screens(self) -> tuple[ScreenInfo, ...]:
        return self._screens

    @property
    def placement(self) -> Placement:
        return self._placement

    @property
    def remembered_screens(self) -> dict[str, object]:
        """What to store in the settings so the next talk on this setup starts right."""
        return dict(self._remembered)

    @property
    def readout(self) -> Readout:
        """The console's numbers, clocks, pace and budgets for the current position."""
        return self._readout

    def shutdown(self) -> None:
        """The talk is over: no more ticks, nothing left running."""
        self._ticker.stop()

    # --- internals ---------------------------------------------------------------

    def _move(self, target: Position | None, *, jump: bool = False) -> None:
        if target is None or target == self._position:
            return
        if jump:
            self._history.jumped(self._position)
        self._position = target
        self._timer.move_to(target.slide)

    def _jump(self, target: Position | None) -> bool:
        """A chosen slide: the picker that chose it (go-to, overview) has done its job."""
        if target is None:
            return False
        self._overlays = [o for o in self._overlays if o not in (Overlay.GOTO, Overlay.OVERVIEW)]
        self._move(target, jump=True)
        return True

    def _shown(self, pos: Position) -> Shown | None:
        slide = self._nav.slide(pos.slide)
        return Shown(pos.slide, slide, pos.step) if slide else None

    def _set_placement(self, placement: Placement) -> None:
        self._placement = placement
        self._remembered = remember(self._remembered, self._screens, placement)

    def _keys(self) -> tuple[tuple[object, ...], tuple[object, ...], tuple[object, ...]]:
        """What each signal watches: everything, the audience's view, the screens."""
        audience = (self._frozen or self._position, self._blank)
        screens = (self._placement, self._screens)
        everything = (
            self._position,
            tuple(self._overlays),
            self._timer.revision,
            *audience,
            *screens,
        )
        return everything, audience, screens

    def _announce(self, before: tuple[tuple[object, ...], ...]) -> None:
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
        self.tick.emit()

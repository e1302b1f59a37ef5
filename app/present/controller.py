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
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.deck.annotations import Stroke
from app.deck.model import Deck
from app.present.clock import Clock, MonotonicClock, WallClock
from app.present.ink import Ink, Marks, Tool
from app.present.kiosk import Kiosk
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
from app.present.state import AudienceView, Blank, Overlay, Shown
from app.present.timer import TalkTimer
from app.present.timings import SaveResult, TimingsStore
from app.present.wording import Wording

_log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def _handler(default: Any = None) -> Callable[[F], F]:
    """A public method: never raises, and tells the windows what it changed."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def run(self: PresentationController, *args: Any, **kwargs: Any) -> Any:
            before = self._keys()
            if self._kiosk is not None:
                self._kiosk.touched()  # someone is at the keys: the loop waits
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

    @_handler(default=False)
    def go_to_typed(self, text: str) -> bool:
        """What go-to reads: «12» is the slide numbered 12, «–2» (or «-2») the second
        backup slide, «–» alone the first. False for anything else."""
        text = str(text).strip()
        backup = text[:1] in ("-", "–")
        digits = text[1:] if backup else text
        if not (digits.isascii() and digits.isdigit()) and not (backup and not digits):
            return False
        if not backup:
            return self.go_to_number(int(digits))
        backups = self._nav.backups()
        number = int(digits or 1)
        if not 1 <= number <= len(backups):
            _log.warning("go_to_typed: no backup slide %r", text)
            return False
        return self._jump(Position(backups[number - 1]))

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
        """Esc clears one thing per press: the last overlay, zoom, tool, blank, freeze.

        With nothing left it holds the show (True): the audience keeps the
        slide, the console asks whether to end. A clicker's start/stop button
        sends Esc and F5 in turn, so Esc alone never ends a talk: a second Esc
        (or F5, or any move) goes on, only `end_show` (Enter) ends.
        """
        if self._overlays:
            self._overlays.pop()
        elif self._ink.escape():
            pass  # the zoom, then the tool: the show goes on
        elif self._blank is not Blank.NONE:
            self._blank = Blank.NONE
        elif self._frozen is not None:
            self._frozen = None
        else:
            self._holding = not self._holding
        return self._holding

    @_handler()
    def start_or_resume(self) -> None:
        """F5: go on after Esc, start or resume the timer; never quits, never reloads."""
        self._holding = False
        if not self._timer.start():
            self._timer.resume()

    @_handler()
    def end_show(self) -> None:
        """The deliberate end (Enter while the console asks): emits `finished`."""
        self._holding = False
        self.finished.emit()

    # --- timer -----------------------------------------------------------------

    @_handler()
    def toggle_pause(self) -> None:
        """P / Pause: the pause lasts across slide changes (Q&A) until P again."""
        self._timer.toggle_pause()

    @_handler()
    def reset_timer(self) -> None:
        """R: zero, not started; the next move starts it again. `undo_reset` takes it back."""
        self._timer.reset()

    @_handler(default=False)
    def undo_reset(self) -> bool:
        """U / Ctrl+Z: the times the last R wiped come back; False if nothing to undo."""
        return self._timer.undo_reset()

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

    # --- pointer, zoom and pen (app.present.ink) --------------------------------

    @_handler()
    def toggle_tool(self, tool: Tool) -> None:
        """L laser, Shift+L spotlight, D pen, Shift+D highlighter: on, or off again."""
        self._ink.toggle(Tool(tool))

    @_handler()
    def toggle_zoom(self) -> None:
        """Z: drag a region on the console to enlarge it for the hall; Z again: the whole slide."""
        self._ink.toggle_zoom()

    @_handler()
    def erase_ink(self) -> None:
        self._ink.erase(self._position.slide)

    @_handler()
    def undo_ink(self) -> None:
        self._ink.undo(self._position.slide)

    @_handler()
    def pointer_pressed(self, x: float, y: float) -> None:
        """The console's current-slide view: (x, y) are fractions of what it shows."""
        self._ink.press((float(x), float(y)))

    @_handler()
    def pointer_moved(self, x: float, y: float) -> None:
        self._ink.move((float(x), float(y)))

    @_handler()
    def pointer_released(self, x: float, y: float) -> None:
        self._ink.release(self._position.slide, (float(x), float(y)))

    @_handler()
    def pointer_left(self) -> None:
        self._ink.leave()

    @property
    def tool(self) -> Tool:
        return self._ink.tool

    @property
    @reading(Marks())
    def console_marks(self) -> Marks:
        """The marks over the console's current slide, with a zoom region being dragged."""
        return self._ink.marks(self._position.slide, console=True)

    @property
    @reading(Marks())
    def audience_marks(self) -> Marks:
        """The marks over what the hall sees; a frozen hall sees its slide's strokes only."""
        shown = self._frozen or self._position
        return self._ink.marks(shown.slide, console=False, live=shown == self._position)

    @property
    def annotations(self) -> dict[int, tuple[Stroke, ...]]:
        """Slide index → its strokes, for every slide drawn on: the annotated PDF."""
        return self._ink.annotations.annotated()

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
    def holding(self) -> bool:
        """After Esc: the audience keeps the slide, the console asks whether to end."""
        return self._holding

    @_handler()
    def touch(self) -> None:
        """A key or click no command took (C, a scroll): the lobby loop waits all the same.

        Nothing to do here: every handler tells the loop (see `_handler`).
        """

    @property
    def kiosk(self) -> Kiosk | None:
        """The lobby loop, None in a talk."""
        return self._kiosk

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
        self._holding = False  # a move means the talk goes on
        self._position = target
        self._timer.move_to(target.slide)
        self._ink.left_slide()

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
            self._frozen is not None,  # Shift+F shows on the console at once
            self._holding,
            self._kiosk is not None and self._kiosk.paused,
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

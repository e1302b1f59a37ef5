"""The controller's moves: step, slide, go-to and history, and what stands where it is.

The rules of the deck (builds, hidden slides, numbering) are `Navigator`'s; here
is what a move does to the rest of the talk: the timer follows it, a half-drawn
mark is dropped, a jump is remembered for Alt+←, and a picker that chose the
slide closes.
"""

from __future__ import annotations

import logging

from app.present.controller.guard import handler
from app.present.ink import Ink
from app.present.navigation import History, Navigator, Position
from app.present.readout import reading
from app.present.state import Overlay, Shown
from app.present.timer import TalkTimer

_log = logging.getLogger(__name__)


class Moves:
    """Navigation commands of `PresentationController`."""

    _nav: Navigator
    _position: Position
    _history: History
    _holding: bool
    _overlays: list[Overlay]
    _timer: TalkTimer
    _ink: Ink

    @handler()
    def next_step(self) -> None:
        """The next build step, else the next visible slide."""
        self._move(self._nav.next_step(self._position))

    @handler()
    def previous_step(self) -> None:
        """The previous build step; back into a build lands on its last step."""
        self._move(self._nav.previous_step(self._position))

    @handler()
    def next_slide(self) -> None:
        """The next visible slide, skipping the rest of this one's builds."""
        self._move(self._nav.next_slide(self._position))

    @handler()
    def previous_slide(self) -> None:
        """The previous visible slide at its first step."""
        self._move(self._nav.previous_slide(self._position))

    @handler()
    def first(self) -> None:
        self._move(self._nav.first(), jump=True)

    @handler()
    def last(self) -> None:
        self._move(self._nav.last(), jump=True)

    @handler(default=False)
    def go_to(self, index: int, step: int = 0) -> bool:
        """Jump to a slide index, hidden ones included; closes go-to and overview.

        False (and nothing moves) for an index that is not in the deck.
        """
        target = self._nav.clamp(index, step)
        if target is None:
            _log.warning("go_to: no slide %r (step %r)", index, step)
        return self._jump(target)

    @handler(default=False)
    def go_to_number(self, number: int) -> bool:
        """Jump to the slide shown as «number/N» (digits + Enter)."""
        index = self._nav.index_of_number(number)
        if index is None:
            _log.warning("go_to_number: no slide numbered %r", number)
            return False
        return self._jump(Position(index))

    @handler(default=False)
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

    @handler()
    def history_back(self) -> None:
        """Back to where the last jump came from (Alt+←)."""
        self._move(self._history.back(self._position))

    @handler()
    def history_forward(self) -> None:
        self._move(self._history.forward(self._position))

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

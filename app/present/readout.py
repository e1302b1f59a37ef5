"""What the console prints about a running talk: numbers, clocks, pace, budgets.

Pure formatting over the controller's state, kept apart so the controller only
holds state and commands. A Readout gets the parts it reads (deck, navigator,
timer, rehearsal) and a callable for the current position, not the controller
itself, so it can be built and tested without Qt. Like the controller, it never
raises into a window that is painting: see `reading`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol, TypeVar

from app.deck.model import Deck
from app.present import wording
from app.present.clock import WallClock
from app.present.navigation import Navigator, Position
from app.present.pace import (
    DEFAULT_TOLERANCE,
    ChapterStatus,
    Pace,
    Tone,
    chapter_budgets,
    chapter_statuses,
    expected_elapsed,
    pace,
    tone,
)
from app.present.rehearsal import Comparison, RehearsalRecorder
from app.present.timer import TalkTimer, TimerState
from app.present.wording import Wording

F = TypeVar("F", bound=Callable[..., Any])


class _Reporting(Protocol):
    def _report(self, where: str, exc: Exception) -> None: ...


def reading(default: Any) -> Callable[[F], F]:
    """A property a window reads while painting: a fallback value instead of an exception.

    The failure goes to the owner's `_report` (in the end the controller's
    `error` signal), so the presenter sees it on the console.
    """

    def wrap(getter: F) -> F:
        @functools.wraps(getter)
        def read(self: _Reporting) -> Any:
            try:
                return getter(self)
            except Exception as exc:
                self._report(getter.__name__, exc)
                return default

        return read  # type: ignore[return-value]

    return wrap


class Readout:
    """The console's read-out of the current position and the timer, as text and tones."""

    def __init__(
        self,
        deck: Deck,
        navigator: Navigator,
        timer: TalkTimer,
        position: Callable[[], Position],
        report: Callable[[str, Exception], None],
        *,
        rehearsal: RehearsalRecorder | None = None,
        wall_clock: WallClock = datetime.now,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        """`position` is asked on every read: the controller moves, the read-out follows.

        `report(where, exc)` hears about a read-out that failed.
        """
        self._deck = deck
        self._nav = navigator
        self._timer = timer
        self._position = position
        self._report = report
        self._rehearsal = rehearsal
        self._wall_clock = wall_clock
        self._tolerance = tolerance

    # --- where we are ----------------------------------------------------------

    @property
    @reading("")
    def slide_number(self) -> str:
        """«5/20» over visible slides, «запасной» on a hidden (backup) one."""
        return wording.slide_number(self._nav.number(self._position().slide), self.visible_total)

    @property
    @reading("")
    def step_text(self) -> str:
        """«шаг 2/4» while a slide builds, so the presenter knows what is still to come."""
        position = self._position()
        if not self._nav.has_slide(position.slide):
            return ""
        return wording.step_phrase(position.step, self._nav.steps(position.slide))

    @property
    def visible_total(self) -> int:
        return len(self._nav.visible)

    @property
    @reading(None)
    def chapter_index(self) -> int | None:
        """The current slide's chapter (an index into deck.chapters); None in an empty deck."""
        slide = self._position().slide
        if not self._nav.has_slide(slide):
            return None
        return self._nav.chapter_of(slide)

    @property
    @reading("")
    def chapter_title(self) -> str:
        slide = self._position().slide
        if not self._nav.has_slide(slide):
            return ""
        return self._deck.chapters[self._nav.chapter_of(slide)].title

    # --- clocks ----------------------------------------------------------------

    @property
    @reading("")
    def elapsed_text(self) -> str:
        return wording.format_duration(self._timer.elapsed)

    @property
    @reading("")
    def on_slide_text(self) -> str:
        """Time on the current slide so far: «на слайде 00:42»."""
        seconds = self._timer.spent_on(self._position().slide)
        return Wording.tr("на слайде {time}").format(
            time=wording.format_duration(seconds))

    @property
    @reading("")
    def remaining_text(self) -> str:
        """«17:05», or «+03:12» in overtime; empty without a plan."""
        remaining = self._timer.remaining
        return "" if remaining is None else wording.format_duration(remaining)

    @property
    @reading("")
    def remaining_words(self) -> str:
        """«осталось 5 минут», «время вышло +03:12»; empty without a plan."""
        remaining = self._timer.remaining
        return "" if remaining is None else wording.remaining_phrase(remaining)

    @property
    @reading("")
    def wall_clock_text(self) -> str:
        return wording.format_clock(self._wall_clock())

    @property
    def timer_state(self) -> TimerState:
        return self._timer.state

    @property
    def timer_label(self) -> str:
        """«пауза», «не запущен», or empty while running."""
        return {
            TimerState.PAUSED: wording.paused(),
            TimerState.NOT_STARTED: wording.not_started(),
        }.get(self._timer.state, "")

    # --- pace and budgets -------------------------------------------------------

    @property
    @reading(None)
    def pace(self) -> Pace | None:
        """Ahead of or behind the chapter budgets here; None without a plan or a talk."""
        budgets = self._budgets()
        if self._timer.state is TimerState.NOT_STARTED or not sum(budgets):
            return None
        position = self._position()
        if not self._nav.has_slide(position.slide):
            return None
        expected = expected_elapsed(
            budgets,
            self._nav.chapter_of(position.slide),
            self._nav.chapter_progress(position),
        )
        return pace(self._timer.elapsed, expected, self._tolerance)

    @property
    @reading("")
    def pace_text(self) -> str:
        current = self.pace
        return "" if current is None else wording.pace_phrase(current)

    @property
    @reading(Tone.NEUTRAL)
    def tone(self) -> Tone:
        """The timer's colour: overtime, else behind / ahead / on time, else neutral."""
        return tone(self.pace, self._timer.remaining)

    @property
    @reading([])
    def chapter_statuses(self) -> list[ChapterStatus]:
        spent = self._nav.sum_by_chapter(self._timer.spent_by_slide())
        return chapter_statuses(self._deck, self._budgets(), spent)

    # --- rehearsal ---------------------------------------------------------------

    @property
    @reading(None)
    def slide_rehearsal(self) -> Comparison | None:
        """This slide now against the last rehearsal; None when not rehearsing."""
        return self._rehearsal.slide(self._position().slide) if self._rehearsal else None

    @property
    @reading(None)
    def chapter_rehearsal(self) -> Comparison | None:
        if self._rehearsal is None:
            return None
        slide = self._position().slide
        if not self._nav.has_slide(slide):
            return None
        return self._rehearsal.chapter(self._nav.chapter_of(slide))

    def _budgets(self) -> list[float]:
        return chapter_budgets(
            self._deck, self._timer.planned_seconds, self._nav.visible_counts()
        )

"""Section budgets: are we ahead of the plan or behind it, and where.

pdfpc paces linearly per slide; here each chapter has its own budget
(`Chapter.budget_minutes`), so "part 2: 6 minutes" is checked as the talk goes.
Chapters without a budget share what is left of the planned duration, in
proportion to their visible slides.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.deck.model import Deck

DEFAULT_TOLERANCE = 30.0  # seconds either way that still count as on time


class PaceState(StrEnum):
    AHEAD = "ahead"
    ON_TIME = "on_time"
    BEHIND = "behind"


class Tone(StrEnum):
    """The timer's colour on the console, in order of urgency."""

    NEUTRAL = "neutral"  # no plan to compare with
    ON_TIME = "on_time"
    AHEAD = "ahead"
    BEHIND = "behind"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class Pace:
    state: PaceState
    seconds: float  # expected minus elapsed: positive = ahead of the plan


@dataclass(frozen=True)
class ChapterStatus:
    """Time spent in a chapter against its budget."""

    index: int
    title: str
    budget: float  # seconds
    spent: float  # seconds

    @property
    def left(self) -> float:
        """Budget minus time spent; negative once over."""
        return self.budget - self.spent

    @property
    def over(self) -> bool:
        return self.spent > self.budget


def chapter_budgets(
    deck: Deck, planned_seconds: float | None, visible_counts: Sequence[int]
) -> list[float]:
    """Seconds per chapter: its own budget, or a share of the rest of the plan.

    A plan of another length than the deck's own (T during the talk) scales
    every chapter alike: the manifest's budgets are shares of the talk, and a
    talk cut to ten minutes must not keep a chapter's seven.
    """
    own = planned_total(deck)
    if planned_seconds is None or own is None:
        return _split(deck, planned_seconds, visible_counts)
    factor = planned_seconds / own
    return [budget * factor for budget in _split(deck, own, visible_counts)]


def _split(
    deck: Deck, planned_seconds: float | None, visible_counts: Sequence[int]
) -> list[float]:
    """The manifest's budgets, and the rest of `planned_seconds` shared by slide count."""
    given = [_seconds(chapter.budget_minutes) for chapter in deck.chapters]
    rest = max(0.0, (planned_seconds or 0.0) - sum(b for b in given if b is not None))
    weight = sum(n for n, b in zip(visible_counts, given, strict=True) if b is None)
    return [
        b if b is not None else (rest * n / weight if weight else 0.0)
        for n, b in zip(visible_counts, given, strict=True)
    ]


def planned_total(deck: Deck) -> float | None:
    """The talk's planned seconds: the deck's duration, else the sum of its budgets."""
    if (duration := _seconds(deck.duration_minutes)) is not None and duration > 0:
        return duration
    total = sum(_seconds(c.budget_minutes) or 0.0 for c in deck.chapters)
    return total or None


def expected_elapsed(budgets: Sequence[float], chapter: int, progress: float) -> float:
    """Where the clock should stand: earlier chapters whole, this one by progress."""
    return sum(budgets[:chapter]) + budgets[chapter] * min(1.0, max(0.0, progress))


def pace(elapsed: float, expected: float, tolerance: float = DEFAULT_TOLERANCE) -> Pace:
    ahead_by = expected - elapsed
    if ahead_by > tolerance:
        return Pace(PaceState.AHEAD, ahead_by)
    if ahead_by < -tolerance:
        return Pace(PaceState.BEHIND, ahead_by)
    return Pace(PaceState.ON_TIME, ahead_by)


def tone(current: Pace | None, remaining: float | None) -> Tone:
    """Overtime outranks pace; without a plan there is nothing to colour."""
    if remaining is not None and remaining < 0:
        return Tone.OVERTIME
    return Tone.NEUTRAL if current is None else Tone(current.state.value)


def chapter_statuses(
    deck: Deck, budgets: Sequence[float], spent: Mapping[int, float]
) -> list[ChapterStatus]:
    """One status per chapter; `spent` maps chapter index to seconds."""
    return [
        ChapterStatus(i, chapter.title, budgets[i], spent.get(i, 0.0))
        for i, chapter in enumerate(deck.chapters)
    ]


def _seconds(minutes: float | None) -> float | None:
    """Minutes from the manifest as seconds; nonsense counts as no budget."""
    if minutes is None or not math.isfinite(minutes) or minutes < 0:
        return None
    return minutes * 60.0

"""Rehearsal: what this run took per slide and chapter, against the last run.

The time itself is booked by the TalkTimer (only while it runs, so a pause is
never counted); this module names it by slide id and chapter title, which
survive edits to the deck better than positions, and saves it through a
TimingsStore.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.deck.model import Deck
from app.present.navigation import Navigator
from app.present.timer import TalkTimer
from app.present.timings import Rehearsal, SaveResult, TimingsStore


@dataclass(frozen=True)
class Comparison:
    """Now against the last rehearsal, in seconds."""

    now: float
    last: float | None  # None: the last rehearsal had no time for it

    @property
    def difference(self) -> float | None:
        """Positive when this run is slower than the last one."""
        return None if self.last is None else self.now - self.last


class RehearsalRecorder:
    """Collects a run's timings and compares them with the previous run's."""

    def __init__(
        self,
        deck: Deck,
        timer: TalkTimer,
        store: TimingsStore,
        wall_clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._deck = deck
        self._navigator = Navigator(deck)
        self._timer = timer
        self._store = store
        self._wall_clock = wall_clock
        loaded = store.load()
        self.previous: Rehearsal | None = loaded.rehearsal
        self.message = loaded.message

    def snapshot(self) -> Rehearsal:
        """This run so far."""
        slides = self._deck.slides
        by_slide: dict[str, float] = {}
        by_chapter: dict[str, float] = {}
        for index, seconds in sorted(self._timer.spent_by_slide().items()):
            if not self._navigator.has_slide(index):
                continue
            by_slide[slides[index].id] = by_slide.get(slides[index].id, 0.0) + seconds
            title = self._deck.chapters[self._navigator.chapter_of(index)].title
            by_chapter[title] = by_chapter.get(title, 0.0) + seconds
        return Rehearsal(
            deck_title=self._deck.title,
            recorded_at=self._wall_clock().isoformat(timespec="seconds"),
            total=self._timer.elapsed,
            slides=by_slide,
            chapters=by_chapter,
        )

    def save(self) -> SaveResult:
        """Write this run for the next session; this one keeps comparing with the last."""
        result = self._store.save(self.snapshot())
        self.message = result.message
        return result

    def slide(self, index: int) -> Comparison | None:
        """This slide now against the last rehearsal; None for no such slide."""
        if not self._navigator.has_slide(index):
            return None
        last = self.previous.slides.get(self._deck.slides[index].id) if self.previous else None
        return Comparison(self._timer.spent_on(index), last)

    def chapter(self, index: int) -> Comparison | None:
        """This chapter now against the last rehearsal; None for no such chapter."""
        if not 0 <= index < len(self._deck.chapters):
            return None
        now = self._navigator.sum_by_chapter(self._timer.spent_by_slide()).get(index, 0.0)
        title = self._deck.chapters[index].title
        last = self.previous.chapters.get(title) if self.previous else None
        return Comparison(now, last)

"""Where Next and Previous lead: build steps, hidden slides, slide numbers.

Pure arithmetic over the deck, so the controller only decides *when* to move.
Hidden (backup) slides are skipped by every sequential move and counted by no
number, but a position may still be on one (reached with go-to).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from app.deck.model import Deck, Slide


@dataclass(frozen=True, order=True)
class Position:
    """A slide (index into `Deck.slides`) and a build step on it (0-based)."""

    slide: int
    step: int = 0


class Navigator:
    """Moves over one deck; every method returns None where there is nowhere to go."""

    def __init__(self, deck: Deck, include_hidden: bool = False) -> None:
        """`include_hidden`: a reader pages through backup slides too; a talk skips them."""
        self._slides: list[Slide] = deck.slides
        # Chapter membership from the deck's structure, not from Slide.chapter,
        # so a slide with a stale field still lands in the right chapter.
        self._chapter_of = [c for c, chapter in enumerate(deck.chapters) for _ in chapter.slides]
        self.visible: tuple[int, ...] = tuple(
            i for i, slide in enumerate(self._slides) if include_hidden or not slide.hidden
        )
        self._visible_by_chapter: list[list[int]] = [[] for _ in deck.chapters]
        for i in self.visible:
            self._visible_by_chapter[self._chapter_of[i]].append(i)

    def slide(self, index: int) -> Slide | None:
        return self._slides[index] if self.has_slide(index) else None

    def has_slide(self, index: object) -> bool:
        return is_int(index) and 0 <= index < len(self._slides)

    def steps(self, index: int) -> int:
        """How many build steps the slide has (at least 1)."""
        return self._slides[index].step_count

    def clamp(self, index: int, step: int = 0) -> Position | None:
        """A valid position for a slide index, the step pulled into range.

        A negative step means "fully built", as after going back into a build.
        """
        if not self.has_slide(index) or not is_int(step):
            return None
        last = self.steps(index) - 1
        return Position(index, last if step < 0 else min(step, last))

    def first(self) -> Position | None:
        if self.visible:
            return Position(self.visible[0])
        return Position(0) if self._slides else None

    def last(self) -> Position | None:
        if self.visible:
            return Position(self.visible[-1])
        return Position(len(self._slides) - 1) if self._slides else None

    def next_slide(self, pos: Position) -> Position | None:
        """Step 0 of the next visible slide."""
        after = bisect_right(self.visible, pos.slide)
        return Position(self.visible[after]) if after < len(self.visible) else None

    def previous_slide(self, pos: Position) -> Position | None:
        """Step 0 of the previous visible slide (skipping its builds)."""
        before = bisect_left(self.visible, pos.slide)
        return Position(self.visible[before - 1]) if before > 0 else None

    def next_step(self, pos: Position) -> Position | None:
        """The next build step, or else the next visible slide."""
        if self.has_slide(pos.slide) and pos.step + 1 < self.steps(pos.slide):
            return Position(pos.slide, pos.step + 1)
        return self.next_slide(pos)

    def previous_step(self, pos: Position) -> Position | None:
        """The previous build step, or else the previous visible slide fully built."""
        if pos.step > 0:
            return Position(pos.slide, pos.step - 1)
        back = self.previous_slide(pos)
        return self.clamp(back.slide, -1) if back else None

    def number(self, index: int) -> int | None:
        """1-based number among visible slides, None for a hidden one."""
        at = bisect_left(self.visible, index)
        return at + 1 if at < len(self.visible) and self.visible[at] == index else None

    def index_of_number(self, number: int) -> int | None:
        """The slide index that shows as `number` in «n/N»."""
        if not is_int(number) or not 1 <= number <= len(self.visible):
            return None
        return self.visible[number - 1]

    def backups(self) -> tuple[int, ...]:
        """The hidden (backup) slides' indices, in deck order: «–1», «–2» in go-to."""
        return tuple(i for i, slide in enumerate(self._slides) if slide.hidden)

    def chapter_of(self, index: int) -> int:
        return self._chapter_of[index]

    def sum_by_chapter(self, per_slide: Mapping[int, float]) -> dict[int, float]:
        """Per-slide seconds added up per chapter index; unknown slides are ignored."""
        totals: dict[int, float] = {}
        for index, seconds in per_slide.items():
            if self.has_slide(index):
                chapter = self._chapter_of[index]
                totals[chapter] = totals.get(chapter, 0.0) + seconds
        return totals

    def visible_counts(self) -> list[int]:
        """Visible slides per chapter, the weights of chapters without a budget."""
        return [len(indices) for indices in self._visible_by_chapter]

    def chapter_progress(self, pos: Position) -> float:
        """The share of its chapter's visible slides done at `pos`, 0..1.

        Slides before this one count whole; this one counts by its build steps
        done; a hidden slide adds nothing of its own.
        """
        mine = self._visible_by_chapter[self.chapter_of(pos.slide)]
        if not mine:
            return 0.0
        before = bisect_left(mine, pos.slide)
        done = float(before)
        if before < len(mine) and mine[before] == pos.slide:
            done += pos.step / self.steps(pos.slide)
        return done / len(mine)


def is_int(value: object) -> bool:
    """A real integer: indices typed in by a user or a window are checked, not trusted."""
    return isinstance(value, int) and not isinstance(value, bool)


class History:
    """Where jumps came from, for Alt+← and Alt+→, as in a browser."""

    def __init__(self, limit: int = 100) -> None:
        self._limit = limit
        self._back: list[Position] = []
        self._forward: list[Position] = []

    def jumped(self, origin: Position) -> None:
        """A jump (go-to, chapter, overview, first/last) left `origin`."""
        self._back = [*self._back, origin][-self._limit:]
        self._forward.clear()

    def back(self, current: Position) -> Position | None:
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: Position) -> Position | None:
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()

"""A presenter's marks on slides: pen strokes and zoom regions, in slide fractions.

A point is a fraction of the slide (0..1 across, 0..1 down), so a stroke drawn
on the console's small view lands at the same place on the projector, in a
zoomed view and in an exported PDF, at any size. Plain data without Qt: the
presenter (app.present.ink) edits it, the renderer (app.render.ink) paints it
and the PDF export (app.export.annotated) writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

Point = tuple[float, float]

MIN_ZOOM_SIDE = 0.1  # a region at least a tenth of the slide: 10× at most
CLICK_ZOOM_SIDE = 0.5  # a click without a drag enlarges 2× around it
DRAG_SIDE = 0.02  # a drag shorter than this is a click
MIN_POINT_GAP = 0.0015  # closer points add nothing a viewer can see
MAX_POINTS = 4000  # per stroke: a pen held down for minutes stays small
MAX_STROKES = 400  # per slide: a stuck button cannot eat the memory
UNDO_DEPTH = 100


class Pen(StrEnum):
    PEN = "pen"  # thin, opaque: underlines, arrows, circles
    HIGHLIGHTER = "highlighter"  # wide, translucent: over a line of text


@dataclass(frozen=True)
class Stroke:
    pen: Pen
    points: tuple[Point, ...]


def clamp_point(point: Point) -> Point:
    """Inside the slide: a drag that leaves the view keeps to its edge."""
    return (min(1.0, max(0.0, point[0])), min(1.0, max(0.0, point[1])))


def fraction_in(x: float, y: float, left: float, top: float, width: float,
                height: float) -> Point:
    """Where a view position falls on the slide painted at (left, top, width, height)."""
    if width <= 0 or height <= 0:
        return (0.5, 0.5)
    return clamp_point(((x - left) / width, (y - top) / height))


@dataclass(frozen=True)
class Region:
    """A part of the slide shown enlarged to the whole screen.

    Its sides are equal fractions of the slide's, so it has the slide's shape
    and the enlarged view is never stretched.
    """

    x: float
    y: float
    side: float

    @classmethod
    def around(cls, center: Point, side: float) -> Region:
        """A region of `side` centred on `center`, moved (not shrunk) to stay on the slide."""
        side = min(1.0, max(MIN_ZOOM_SIDE, side))
        x = min(1.0 - side, max(0.0, center[0] - side / 2))
        y = min(1.0 - side, max(0.0, center[1] - side / 2))
        return cls(x, y, side)

    @classmethod
    def dragged(cls, start: Point, end: Point) -> Region | None:
        """The region a drag from `start` to `end` asks for; None if it is the whole slide.

        The rectangle grows to the slide's shape around its centre, so all of
        it stays in view; a click (a drag too short to mean a rectangle)
        enlarges twice around the point.
        """
        start, end = clamp_point(start), clamp_point(end)
        width, height = abs(end[0] - start[0]), abs(end[1] - start[1])
        center = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        side = max(width, height)
        if side < DRAG_SIDE:
            side = CLICK_ZOOM_SIDE
        region = cls.around(center, side)
        return None if region.side >= 1.0 else region

    def to_slide(self, point: Point) -> Point:
        """A fraction of the enlarged view to a fraction of the slide."""
        return (self.x + point[0] * self.side, self.y + point[1] * self.side)

    def from_slide(self, point: Point) -> Point:
        """A fraction of the slide to a fraction of the enlarged view (may fall outside 0..1)."""
        return ((point[0] - self.x) / self.side, (point[1] - self.y) / self.side)


class Annotations:
    """Strokes per slide (by slide index), with erase and undo, for one talk."""

    def __init__(self) -> None:
        self._strokes: dict[int, tuple[Stroke, ...]] = {}
        self._undo: dict[int, list[tuple[Stroke, ...]]] = {}

    def strokes(self, slide: int) -> tuple[Stroke, ...]:
        return self._strokes.get(slide, ())

    def add(self, slide: int, stroke: Stroke) -> bool:
        """Keep a finished stroke; False when it has no points or the slide is full."""
        current = self.strokes(slide)
        if not stroke.points or len(current) >= MAX_STROKES:
            return False
        self._set(slide, (*current, stroke))
        return True

    def erase(self, slide: int) -> bool:
        """Every stroke of the slide gone (undo brings them back); False if there were none."""
        if not self.strokes(slide):
            return False
        self._set(slide, ())
        return True

    def undo(self, slide: int) -> bool:
        """The slide as before its last stroke or erase; False with nothing to undo."""
        history = self._undo.get(slide)
        if not history:
            return False
        self._strokes[slide] = history.pop()
        return True

    def annotated(self) -> dict[int, tuple[Stroke, ...]]:
        """The slides with strokes, for the annotated PDF."""
        return {slide: strokes for slide, strokes in self._strokes.items() if strokes}

    def _set(self, slide: int, strokes: tuple[Stroke, ...]) -> None:
        history = self._undo.setdefault(slide, [])
        history.append(self.strokes(slide))
        del history[:-UNDO_DEPTH]
        self._strokes[slide] = strokes

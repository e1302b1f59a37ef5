"""Laser pointer, spotlight, zoom and pen: what the presenter's mouse does on the slide.

The console's current-slide view sends the mouse here as fractions of what it
shows; this turns them into slide fractions (through the zoom, when the view
is enlarged), keeps the strokes per slide and tells the windows what to draw.
The audience sees the result (a dot, a light, a line), never a cursor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.deck.annotations import (
    MAX_POINTS,
    MIN_POINT_GAP,
    Annotations,
    Pen,
    Point,
    Region,
    Stroke,
    clamp_point,
)


class Tool(StrEnum):
    NONE = "none"
    LASER = "laser"
    SPOTLIGHT = "spotlight"
    PEN = "pen"
    HIGHLIGHTER = "highlighter"
    ZOOM = "zoom"  # dragging out the region to enlarge


PENS = {Tool.PEN: Pen.PEN, Tool.HIGHLIGHTER: Pen.HIGHLIGHTER}
POINTERS = (Tool.LASER, Tool.SPOTLIGHT)
DRAGGING = (Tool.PEN, Tool.HIGHLIGHTER, Tool.ZOOM)  # a press and a drag do something


@dataclass(frozen=True)
class Marks:
    """What one view draws over its slide; `selection` only ever reaches the console."""

    strokes: tuple[Stroke, ...] = ()  # the slide's kept strokes: the same tuple until they change
    tool: Tool = Tool.NONE
    pointer: Point | None = None  # slide fractions; None when the mouse is off the slide
    zoom: Region | None = None
    selection: Region | None = None  # the zoom region being dragged out
    drawing: Stroke | None = None  # the stroke under the pen now, not kept yet

    @property
    def visible_pointer(self) -> Point | None:
        """The laser dot or the spotlight's centre, if one is shown."""
        return self.pointer if self.tool in POINTERS else None


class Ink:
    """The tool, the pointer, the zoom and the strokes of one talk.

    `on_change` is called after every change a viewer could see; moving the
    mouse with no tool on changes nothing visible and calls nothing.
    """

    def __init__(self, on_change: Callable[[], None] = lambda: None) -> None:
        self.annotations = Annotations()
        self.tool = Tool.NONE
        self.pointer: Point | None = None
        self.zoom: Region | None = None
        self._on_change = on_change
        self._before_zoom = Tool.NONE  # the tool to return to once the region is chosen
        self._anchor: Point | None = None  # where a zoom drag started
        self._end: Point | None = None
        self._live: list[Point] | None = None  # the stroke being drawn

    # -- tools ----------------------------------------------------------------

    def toggle(self, tool: Tool) -> None:
        """L, Shift+L, D, Shift+D: that tool on, or off if it is on (the zoom stays)."""
        tool = Tool(tool)
        self._drop_drags()
        self.tool = Tool.NONE if self.tool is tool else tool
        self._changed()

    def toggle_zoom(self) -> None:
        """Z: choose a region to enlarge, or go back to the whole slide."""
        self._drop_drags()
        if self.zoom is not None or self.tool is Tool.ZOOM:
            self.zoom = None
            if self.tool is Tool.ZOOM:
                self.tool = self._before_zoom
        else:
            self._before_zoom = self.tool
            self.tool = Tool.ZOOM
        self._changed()

    def escape(self) -> bool:
        """Esc: leave choosing a region, then the zoom, then the tool; False if none was on."""
        if self.tool is Tool.ZOOM or self.zoom is not None:
            self.toggle_zoom()
        elif self.tool is not Tool.NONE:
            self.toggle(self.tool)
        else:
            return False
        return True

    def left_slide(self) -> None:
        """Another slide: the whole of it, and no half-drawn line carried over."""
        if self.zoom is None and self._live is None and self.tool is not Tool.ZOOM:
            return
        if self.tool is Tool.ZOOM:
            self.tool = self._before_zoom
        self.zoom = None
        self._drop_drags()
        self._changed()

    # -- the mouse, in fractions of what the view shows -------------------------

    def press(self, point: Point) -> None:
        here = self._on_slide(point)
        self.pointer = here
        if self.tool is Tool.ZOOM:
            self._anchor = self._end = clamp_point(point)
        elif self.tool in PENS:
            self._live = [here]
        else:
            self._pointer_moved()
            return
        self._changed()

    def move(self, point: Point) -> None:
        here = self._on_slide(point)
        self.pointer = here
        if self._anchor is not None:
            self._end = clamp_point(point)
        elif self._live is not None:
            last = self._live[-1]
            if (len(self._live) >= MAX_POINTS
                    or max(abs(here[0] - last[0]), abs(here[1] - last[1])) < MIN_POINT_GAP):
                return
            self._live.append(here)
        else:
            self._pointer_moved()
            return
        self._changed()

    def release(self, slide: int, point: Point) -> None:
        """The end of a drag: a zoom region chosen, or a stroke kept on `slide`."""
        self.move(point)
        if self._anchor is not None and self._end is not None:
            self.zoom = Region.dragged(self._anchor, self._end)
            self.tool = self._before_zoom
        elif self._live is not None and self.tool in PENS:
            self.annotations.add(slide, Stroke(PENS[self.tool], tuple(self._live)))
        else:
            return
        self._drop_drags()
        self._changed()

    def leave(self) -> None:
        """The mouse left the view: no dot on the projector (a drag keeps its grab)."""
        self.pointer = None
        self._pointer_moved()

    # -- strokes ------------------------------------------------------------------

    def erase(self, slide: int) -> None:
        """E: every stroke of this slide gone (Ctrl+Z brings them back)."""
        self._live = None
        if self.annotations.erase(slide):
            self._changed()

    def undo(self, slide: int) -> None:
        """Ctrl+Z: the last stroke (or erase) on this slide undone."""
        if self.annotations.undo(slide):
            self._changed()

    # -- what the views draw ---------------------------------------------------------

    def marks(self, slide: int, *, console: bool, live: bool = True) -> Marks:
        """The marks over `slide`; `live` False (a frozen audience) shows its strokes only."""
        strokes = self.annotations.strokes(slide)
        if not live:
            return Marks(strokes)
        drawing = None
        if self._live is not None and self.tool in PENS:
            drawing = Stroke(PENS[self.tool], tuple(self._live))
        selection = None
        if console and self._anchor is not None and self._end is not None:
            selection = Region.dragged(self._anchor, self._end)
        return Marks(strokes, self.tool, self.pointer, self.zoom, selection, drawing)

    # -- internals ---------------------------------------------------------------------

    def _on_slide(self, point: Point) -> Point:
        point = clamp_point(point)
        return self.zoom.to_slide(point) if self.zoom is not None else point

    def _pointer_moved(self) -> None:
        if self.tool in POINTERS:
            self._changed()

    def _drop_drags(self) -> None:
        self._anchor = self._end = None
        self._live = None

    def _changed(self) -> None:
        self._on_change()

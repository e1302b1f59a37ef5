"""The controller's pointer, zoom and pen: the console's pointer drives `Ink`.

The strokes and tools are `app.present.ink`'s; here they meet the talk: a stroke
lands on the current slide, and a frozen hall sees its own slide's strokes but
not the live pointer.
"""

from __future__ import annotations

from app.deck.annotations import Stroke
from app.present.controller.guard import handler
from app.present.ink import Ink, Marks, Tool
from app.present.navigation import Position
from app.present.readout import reading


class InkCommands:
    """Pointer, zoom and pen commands of `PresentationController`."""

    _ink: Ink
    _position: Position
    _frozen: Position | None

    @handler()
    def toggle_tool(self, tool: Tool) -> None:
        """L laser, Shift+L spotlight, D pen, Shift+D highlighter: on, or off again."""
        self._ink.toggle(Tool(tool))

    @handler()
    def toggle_zoom(self) -> None:
        """Z: drag a region on the console to enlarge it for the hall; Z again: the whole slide."""
        self._ink.toggle_zoom()

    @handler()
    def erase_ink(self) -> None:
        self._ink.erase(self._position.slide)

    @handler()
    def undo_ink(self) -> None:
        self._ink.undo(self._position.slide)

    @handler()
    def pointer_pressed(self, x: float, y: float) -> None:
        """The console's current-slide view: (x, y) are fractions of what it shows."""
        self._ink.press((float(x), float(y)))

    @handler()
    def pointer_moved(self, x: float, y: float) -> None:
        self._ink.move((float(x), float(y)))

    @handler()
    def pointer_released(self, x: float, y: float) -> None:
        self._ink.release(self._position.slide, (float(x), float(y)))

    @handler()
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

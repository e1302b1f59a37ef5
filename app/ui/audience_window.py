"""The audience window: the slide alone, on the projector or in a call.

Nothing but the slide, ever: no button, no number typed, no question. The
choice of screen («show the audience here») lives on the console.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.deck.model import Slide
from app.present.controller import Blank, PresentationController
from app.present.ink import DRAGGING, Tool
from app.present.navigation import Navigator, Position
from app.render.context import RenderContext
from app.ui.actions import is_goto_key
from app.ui.slide_view import SlideView

CURSOR_HIDE_MS = 2000
BLANK_COLOURS = {Blank.BLACK: QColor("#000000"), Blank.WHITE: QColor("#FFFFFF")}
NEIGHBOURS = 2  # steps rendered ahead each way: with the one shown, the view's FRAMES


class AudienceWindow(QWidget):
    """Draws the controller's audience view; never shows console-only state."""

    digit_typed = Signal(str)

    def __init__(self, controller: PresentationController, context: RenderContext,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("Reportage — зрители"))
        self.controller = controller
        self.key_fallback: Callable[[QKeyEvent], bool] | None = None
        self.view = SlideView(context, self, priority=0)  # rendered before the console
        self.view.setAccessibleName(self.tr("Слайд для зрителей"))
        self._navigator = Navigator(controller.deck)
        self.view.setMouseTracking(True)
        self.setMouseTracking(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._cursor_timer = QTimer(self, singleShot=True, interval=CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._last_mouse = QPoint()
        controller.audience_changed.connect(self.refresh)
        self._wire_pointer()
        self.refresh()
        self._cursor_timer.start()

    def refresh(self) -> None:
        view = self.controller.audience_view
        self.view.set_blank(BLANK_COLOURS.get(view.blank))
        if view.shown is not None:
            here = Position(view.shown.index, view.shown.step)
            nav = self._navigator
            self.view.show_slide(view.shown.slide, view.shown.step,
                                 self._walk(here, nav.next_step),
                                 self._walk(here, nav.previous_step),
                                 decode=self._photos_nearest(here.slide))
        self.refresh_marks()

    def _wire_pointer(self) -> None:
        """With a tool on, the mouse over the slides points too (one screen, mirrored)."""
        c, view = self.controller, self.view
        view.point_for(c)
        c.ink_changed.connect(self.refresh_marks)
        self._tool = Tool.NONE

    def refresh_marks(self) -> None:
        """The presenter's dot, light, zoom and strokes: drawn, never a cursor."""
        self.view.set_marks(self.controller.audience_marks)
        tool = self.controller.tool
        self.view.set_pointing(tool is not Tool.NONE, presses=tool in DRAGGING)
        if tool is not Tool.NONE:
            self.view.follow_tool(tool)
        elif self._tool is not Tool.NONE:
            self._hide_cursor()  # no tool: the pointer hides again as it always does
        self._tool = tool

    def _walk(self, here: Position,
              move: Callable[[Position], Position | None]) -> list[tuple[Slide, int]]:
        """The next NEIGHBOURS positions that `move` leads to from `here`."""
        steps: list[tuple[Slide, int]] = []
        position: Position | None = here
        while len(steps) < NEIGHBOURS and (position := move(position)) is not None:
            slide = self._navigator.slide(position.slide)
            if slide is not None:
                steps.append((slide, position.step))
        return steps

    def _photos_nearest(self, index: int) -> list[tuple[Slide, int]]:
        """The talk's slides with pictures, nearest first (ahead before behind), fully built."""
        order = sorted(self._navigator.visible, key=lambda i: (abs(i - index), i < index))
        slides = (self._navigator.slide(i) for i in order)
        return [(slide, slide.step_count - 1) for slide in slides if slide and slide.images]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """The talk is over: the photos decoded for it are not kept."""
        self.view.context.images.release()
        super().closeEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.position().toPoint() != self._last_mouse:
            self._last_mouse = event.position().toPoint()
            self.unsetCursor()
            self.view.unsetCursor()
            self._cursor_timer.start()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if is_goto_key(event):
            self.digit_typed.emit(event.text())
        elif not (self.key_fallback and self.key_fallback(event)):
            super().keyPressEvent(event)

    def _hide_cursor(self) -> None:
        """A still mouse on the projector is a distraction: hide it after 2 s."""
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.view.setCursor(Qt.CursorShape.BlankCursor)

    @property
    def cursor_hidden(self) -> bool:
        return self.view.cursor().shape() == Qt.CursorShape.BlankCursor

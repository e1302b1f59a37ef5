"""A widget that shows one slide at one build step, letterboxed at 16:9.

The slide is painted by the one renderer on worker threads into an image at
the device pixel ratio (app.render.prerender), together with the slides the
presenter is likely to go to next, so a slide change is a blit and the GUI
thread never decodes, lays out or paints a slide. When a frame is not ready
yet (the first slide, a jump, a resize), the view paints a draft at once (the
same slide at another size or another step, scaled; after a move, for up to
HOLD_MS, the slide that was on screen, so the hall never sees a blank flash
between two slides; else the slide's empty background) and the finished frame
as soon as it arrives: a key never waits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.deck.annotations import Point, fraction_in
from app.deck.model import Slide
from app.present.ink import DRAGGING, Marks, Tool
from app.render.context import RenderContext
from app.render.ink import (
    StrokeLayer,
    paint_drawing,
    paint_laser,
    paint_selection,
    paint_spotlight,
)
from app.render.prerender import FrameKey, Prerenderer, frame_bytes
from app.ui.screens import fit_16_9

WHEEL_NOTCH = 120  # QWheelEvent's eighths of a degree in one notch
HOLD_MS = 1000  # a moved-to slide not ready yet: the one on screen stays up to this long
# Over a pointing view: the drawn dot stands in for the cursor, a cross aims the pen.
TOOL_CURSORS = {
    Tool.LASER: Qt.CursorShape.BlankCursor,
    Tool.SPOTLIGHT: Qt.CursorShape.BlankCursor,
    **{tool: Qt.CursorShape.CrossCursor for tool in DRAGGING},
}

Steps = Sequence[tuple[Slide, int]]


class PointerTarget(Protocol):
    """Who the mouse over a pointing view points for."""

    def pointer_pressed(self, x: float, y: float) -> None: ...
    def pointer_moved(self, x: float, y: float) -> None: ...
    def pointer_released(self, x: float, y: float) -> None: ...
    def pointer_left(self) -> None: ...


class SlideView(QWidget):
    """Draws (slide, step) and the presenter's marks; emits clicks and wheel turns as next/previous.

    A pointing view (the console's current slide) sends the mouse instead, as
    fractions of the slide it shows, for the laser, the pen and the zoom.
    """

    next_requested = Signal()
    previous_requested = Signal()
    frame_shown = Signal()  # the finished frame of the current slide was painted
    pointer_pressed = Signal(float, float)  # fractions of the slide as shown (zoomed or not)
    pointer_moved = Signal(float, float)
    pointer_released = Signal(float, float)
    pointer_left = Signal()

    def __init__(self, context: RenderContext, parent: QWidget | None = None,
                 interactive: bool = True, priority: int = 1):
        """`priority` 0 is the audience: its frames are rendered before any other view's,
        and a finished one is painted at once, before the console hears of the move."""
        super().__init__(parent)
        self.context = context
        self.slide: Slide | None = None
        self.step = 0
        self.blank: QColor | None = None  # a blank screen colour, when blanked
        self.letterbox = QColor("#000000")
        self._interactive = interactive
        self._pointing = False
        self._pressing = False  # presses are the tool's too (a pen), not next/previous
        self.marks = Marks()  # pointer, zoom and strokes over the slide
        self._stroke_layer = StrokeLayer()
        self._wheel = 0
        self._ahead: list[tuple[Slide, int]] = []
        self._behind: list[tuple[Slide, int]] = []
        self._decode: list[tuple[Slide, int]] = []
        self._frames = Prerenderer(priority, self)
        self._frames.ready.connect(self._frame_ready)
        self._on_screen: tuple[FrameKey, QImage] | None = None  # the last finished frame
        # A window being laid out resizes its views several times: ask once it has settled.
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self._request)
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)  # see the module's note
        self._hold.timeout.connect(self.update)
        self.finished = False  # the frame painted last is the current slide's finished one
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_slide(self, slide: Slide | None, step: int = 0, ahead: Steps | None = None,
                   behind: Steps | None = None, decode: Steps = ()) -> None:
        """Show `slide` at `step`; render `ahead` and `behind` (likely next ones) ahead.

        `decode`: slides whose photos to decode ahead, nearest first, after those.
        """
        self.slide, self.step = slide, step
        self._ahead, self._behind = list(ahead or []), list(behind or [])
        self._decode = list(decode)
        self.finished = False
        self._hold.start()
        self._show_frame()  # the hall's frame first: asking for the neighbours can wait
        self._request()

    def set_marks(self, marks: Marks) -> None:
        """The marks to draw; a new zoom region asks for a frame rendered at that zoom."""
        zoom_changed = marks.zoom != self.marks.zoom
        self.marks = marks
        if zoom_changed:
            self.finished = False
            self._request()
        self.update()

    def point_for(self, target: PointerTarget) -> None:
        """Send this view's pointer events to `target` (the talk's controller)."""
        self.pointer_pressed.connect(target.pointer_pressed)
        self.pointer_moved.connect(target.pointer_moved)
        self.pointer_released.connect(target.pointer_released)
        self.pointer_left.connect(target.pointer_left)

    def set_pointing(self, pointing: bool, *, presses: bool = True) -> None:
        """Send the mouse as pointer events (the console's current slide).

        `presses` False: only moves are the pointer's, and a click is still a
        click (the laser on the audience window, where a clicker may click).
        """
        self._pointing = pointing
        self._pressing = pointing and presses
        if pointing:
            self.setMouseTracking(True)

    def follow_tool(self, tool: Tool) -> None:
        """The cursor that fits the tool; the ordinary one without a tool."""
        cursor = TOOL_CURSORS.get(tool)
        if cursor is None:
            self.unsetCursor()
        else:
            self.setCursor(cursor)

    def request_now(self) -> None:
        """Ask for the frames at once, not when the window has settled: the talk's first
        slide renders on a worker while the rest of the stage is being built."""
        self._request()

    def set_blank(self, colour: QColor | None) -> None:
        self.blank = colour
        self.update()

    def set_context(self, context: RenderContext) -> None:
        """Another theme or deck: every kept frame is stale."""
        self.context = context
        self._frames.invalidate()
        self._request()
        self.update()

    def release(self) -> None:
        """Nothing shown any more: no frames kept, no work left queued."""
        self._frames.release()
        self._on_screen = None

    def frame_ready(self) -> bool:
        """True when the current slide's finished frame is kept at this size."""
        return (self.slide is not None
                and self._frames.frame(self._key(self.slide, self.step)) is not None)

    def busy(self) -> bool:
        """True while frames or photos of this view are still being prepared."""
        return self._frames.busy()

    @property
    def frames(self) -> Prerenderer:
        return self._frames

    def slide_rect(self) -> QRect:
        return fit_16_9(self.rect())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(960, 540)

    def _pixel_size(self) -> QSize:
        rect, ratio = self.slide_rect(), self.devicePixelRatioF()
        return QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))

    def _key(self, slide: Slide, step: int) -> FrameKey:
        return self._frames.key(slide, step, self._pixel_size(), self.context, self.marks.zoom)

    def _request(self) -> None:
        """Ask the workers for the current frame, then its neighbours, then photos."""
        if self.slide is None or not self.isVisible():
            return
        size = self._pixel_size()
        self.context.images.fit_screen(size)
        wanted = [(self.slide, self.step)]
        if self.marks.zoom is None:  # zoomed, the neighbours wait: the zoom ends with the slide
            wanted += _interleave(self._ahead, self._behind)  # next, previous, next-but-one…
        room = max(1, self.context.images.budget // max(1, frame_bytes(size)))
        self._frames.want(wanted, size, self.context, self._decode[:room], self.marks.zoom)

    def _frame_ready(self, key: FrameKey) -> None:
        if self.slide is not None and key == self._key(self.slide, self.step):
            self._show_frame()

    def _show_frame(self) -> None:
        """Paint the current frame: the audience's at once when it is finished (a blit,
        flushed to the screen before the console's labels and notes are set), any
        other view when the event loop comes round to it."""
        if self._frames.priority == 0 and self.frame_ready() and self.isVisible():
            self.repaint()
        else:
            self.update()

    def _draft(self, key: FrameKey) -> tuple[QImage | None, QRectF | None]:
        """Something close to the frame not yet ready, and the part of it to show.

        It at another size, or another step; for a zoomed frame, the region
        cut out of the whole slide's frame (blurred for a moment, then sharp).
        """
        if self._on_screen is not None:
            shown, image = self._on_screen
            if (shown.context, shown.slide, shown.step, shown.region) == (
                    key.context, key.slide, key.step, key.region):
                return image, None
        region = key.region
        if region is not None and self.slide is not None:
            whole = self._frames.frame(self._frames.key(self.slide, self.step,
                                                        self._pixel_size(), self.context))
            if whole is None and self._on_screen is not None:
                shown, image = self._on_screen
                if (shown.slide, shown.step, shown.region) == (key.slide, key.step, None):
                    whole = image
            if whole is not None:
                size = whole.size()
                return whole, QRectF(region.x * size.width(), region.y * size.height(),
                                     region.side * size.width(), region.side * size.height())
        if self.slide is not None:
            for step in range(self.step - 1, -1, -1):  # an earlier build of the same slide
                image = self._frames.frame(self._key(self.slide, step))
                if image is not None:
                    return image, None
        return None, None

    def _paint_marks(self, painter: QPainter, rect: QRectF) -> None:
        marks = self.marks
        self._stroke_layer.paint(painter, rect, marks.strokes, marks.zoom)
        paint_drawing(painter, rect, marks.drawing, marks.zoom)
        if marks.selection is not None:
            paint_selection(painter, rect, marks.selection)
        pointer = marks.visible_pointer
        if pointer is not None:
            paint = paint_spotlight if marks.tool is Tool.SPOTLIGHT else paint_laser
            paint(painter, rect, pointer, marks.zoom)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = self.slide_rect()
        for band in _letterbox_bands(self.rect(), rect):  # the slide covers the rest: at 4K
            painter.fillRect(band, self.letterbox)  # a full fill first would double the paint
        finished = False
        if self.blank is not None:
            painter.fillRect(self.rect(), self.blank)
        elif self.slide is None:
            painter.fillRect(rect, self.letterbox)
        else:
            key = self._key(self.slide, self.step)
            image, part = self._frames.frame(key), None
            finished, held = image is not None, False
            if finished:
                self._on_screen = (key, image)
            else:
                image, part = self._draft(key)
                if image is None and self._hold.isActive() and self._on_screen is not None:
                    image, held = self._on_screen[1], True  # the slide before: no blank flash
                if not self._frames.preparing(key):  # dropped or failed: ask again
                    self._request()
            if image is None:  # nothing close: the slide's empty background, then the frame
                painter.fillRect(rect, self.context.theme.colors.background)
            elif part is None:  # a frame fills the rect pixel for pixel; a draft is scaled
                painter.drawImage(QRectF(rect), image)
            else:
                painter.drawImage(QRectF(rect), image, part)
            if not held:  # the marks are the new slide's
                self._paint_marks(painter, QRectF(rect))
        painter.end()
        if finished and not self.finished:
            self.finished = True
            self.frame_shown.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._settle.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._settle.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.release()

    def slide_fraction(self, position: QPointF) -> Point:
        """Where a position in the view falls on the slide shown, as fractions (clamped)."""
        rect = self.slide_rect()
        return fraction_in(position.x(), position.y(), rect.x(), rect.y(), rect.width(),
                           rect.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pressing:
            if event.button() == Qt.MouseButton.LeftButton:
                self.pointer_pressed.emit(*self.slide_fraction(event.position()))
            return
        if not self._interactive:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_requested.emit()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_requested.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Over the slide (or dragging): a move; over the margins around it: gone."""
        if not self._pointing:
            super().mouseMoveEvent(event)
        elif (event.buttons() & Qt.MouseButton.LeftButton
              or QRectF(self.slide_rect()).contains(event.position())):
            self.pointer_moved.emit(*self.slide_fraction(event.position()))
        else:
            self.pointer_left.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pressing and event.button() == Qt.MouseButton.LeftButton:
            self.pointer_released.emit(*self.slide_fraction(event.position()))
        else:
            super().mouseReleaseEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._pointing:
            self.pointer_left.emit()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """One notch of a wheel is one step; a touchpad's many small deltas add up first."""
        if not self._interactive:
            return
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_NOTCH:
            if self._wheel < 0:
                self._wheel += WHEEL_NOTCH
                self.next_requested.emit()
            else:
                self._wheel -= WHEEL_NOTCH
                self.previous_requested.emit()


def _letterbox_bands(area: QRect, slide: QRect) -> list[QRect]:
    """The parts of `area` around `slide`: above, below, left and right of it."""
    bands = [QRect(area.left(), area.top(), area.width(), slide.top() - area.top()),
             QRect(area.left(), slide.bottom() + 1, area.width(), area.bottom() - slide.bottom()),
             QRect(area.left(), slide.top(), slide.left() - area.left(), slide.height()),
             QRect(slide.right() + 1, slide.top(), area.right() - slide.right(), slide.height())]
    return [band for band in bands if not band.isEmpty()]


def _interleave(ahead: Steps, behind: Steps) -> list[tuple[Slide, int]]:
    """next, previous, next-but-one, previous-but-one, …: the order a talk goes."""
    merged: list[tuple[Slide, int]] = []
    for index in range(max(len(ahead), len(behind))):
        merged.extend(pairs[index] for pairs in (ahead, behind) if index < len(pairs))
    return merged

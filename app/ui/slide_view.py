"""A widget that shows one slide at one build step, letterboxed at 16:9.

Painting goes through the one renderer into a pixmap at the device pixel
ratio, so the slide is crisp at any size; neighbours are rendered ahead when
the event loop is idle, so a slide change is a blit.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.deck.model import Slide
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from app.render.prefetch import prefetch_slide

CACHE_SIZE = 12
WHEEL_NOTCH = 120  # QWheelEvent's eighths of a degree in one notch


def fit_16_9(area: QRect) -> QRect:
    """The largest 16:9 rectangle centred in `area`."""
    width = min(area.width(), area.height() * 16 // 9)
    height = width * 9 // 16
    return QRect(area.x() + (area.width() - width) // 2,
                 area.y() + (area.height() - height) // 2, width, height)


class SlideView(QWidget):
    """Draws (slide, step); emits clicks and wheel turns as next/previous."""

    next_requested = Signal()
    previous_requested = Signal()

    def __init__(self, context: RenderContext, parent: QWidget | None = None,
                 interactive: bool = True):
        super().__init__(parent)
        self.context = context
        self.slide: Slide | None = None
        self.step = 0
        self.blank: QColor | None = None  # a blank screen colour, when blanked
        self.letterbox = QColor("#000000")
        self._interactive = interactive
        self._wheel = 0
        self._cache: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._ahead: list[tuple[Slide, int]] = []
        self._prefetch_timer = QTimer(self, singleShot=True, interval=0)
        self._prefetch_timer.timeout.connect(self._prefetch_one)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_slide(self, slide: Slide | None, step: int = 0,
                   ahead: list[tuple[Slide, int]] | None = None) -> None:
        """Show `slide` at `step`; render `ahead` (likely next ones) when idle."""
        self.slide, self.step = slide, step
        self._ahead = list(ahead or [])
        self.update()
        if self._ahead:
            size = self._pixel_size()
            for upcoming, upcoming_step in self._ahead:  # photos decode on worker threads
                prefetch_slide(upcoming, upcoming_step, size, self.context)
            self._prefetch_timer.start()

    def set_blank(self, colour: QColor | None) -> None:
        self.blank = colour
        self.update()

    def set_context(self, context: RenderContext) -> None:
        self.context = context
        self._cache.clear()
        self.update()

    def slide_rect(self) -> QRect:
        return fit_16_9(self.rect())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(960, 540)

    def _pixel_size(self) -> QSize:
        rect, ratio = self.slide_rect(), self.devicePixelRatioF()
        return QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))

    def _pixmap(self, slide: Slide, step: int) -> QPixmap:
        size = self._pixel_size()
        # a photo dropped in for a drawing makes a new render
        media = tuple(self.context.images.stamp(image.slot) for image in slide.images)
        key = (id(self.context), id(slide), step, size.width(), size.height(), media)
        pixmap = self._cache.get(key)
        if pixmap is None:
            image: QImage = render_slide_image(slide, step, size, self.context)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self._cache[key] = pixmap
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return pixmap

    def _prefetch_one(self) -> None:
        if self._ahead and self.isVisible():
            slide, step = self._ahead.pop(0)
            self._pixmap(slide, step)
            if self._ahead:
                self._prefetch_timer.start()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.letterbox)
        rect = self.slide_rect()
        if self.blank is not None:
            painter.fillRect(self.rect(), self.blank)
        elif self.slide is not None:
            painter.drawPixmap(rect.topLeft(), self._pixmap(self.slide, self.step))
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._cache.clear()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self._interactive:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_requested.emit()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_requested.emit()

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

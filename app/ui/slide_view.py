"""A widget that shows one slide at one build step, letterboxed at 16:9.

The slide is painted by the one renderer on worker threads into an image at
the device pixel ratio (app.render.prerender), together with the slides the
presenter is likely to go to next, so a slide change is a blit and the GUI
thread never decodes, lays out or paints a slide. When a frame is not ready
yet (the first slide, a jump, a resize), the view paints a draft at once (the
same slide at another size or another step, scaled, or the slide's empty
background) and the finished frame as soon as it arrives: a key never waits.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.deck.model import Slide
from app.render.context import RenderContext
from app.render.prerender import FrameKey, Prerenderer, frame_bytes

WHEEL_NOTCH = 120  # QWheelEvent's eighths of a degree in one notch

Steps = Sequence[tuple[Slide, int]]


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
    frame_shown = Signal()  # the finished frame of the current slide was painted

    def __init__(self, context: RenderContext, parent: QWidget | None = None,
                 interactive: bool = True, priority: int = 1):
        """`priority` 0 is the audience: its frames are rendered before any other view's."""
        super().__init__(parent)
        self.context = context
        self.slide: Slide | None = None
        self.step = 0
        self.blank: QColor | None = None  # a blank screen colour, when blanked
        self.letterbox = QColor("#000000")
        self._interactive = interactive
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
        self._request()
        self.update()

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
        return self._frames.key(slide, step, self._pixel_size(), self.context)

    def _request(self) -> None:
        """Ask the workers for the current frame, then its neighbours, then photos."""
        if self.slide is None or not self.isVisible():
            return
        size = self._pixel_size()
        self.context.images.fit_screen(size)
        wanted = [(self.slide, self.step)]
        for pair in _interleave(self._ahead, self._behind):  # next, previous, next-but-one…
            wanted.append(pair)
        room = max(1, self.context.images.budget // max(1, frame_bytes(size)))
        self._frames.want(wanted, size, self.context, self._decode[:room])

    def _frame_ready(self, key: FrameKey) -> None:
        if self.slide is not None and key == self._key(self.slide, self.step):
            self.update()

    def _draft(self, key: FrameKey) -> QImage | None:
        """Something close to the frame not yet ready: it at another size, or another step."""
        if self._on_screen is not None:
            shown, image = self._on_screen
            if (shown.context, shown.slide, shown.step) == (key.context, key.slide, key.step):
                return image
        if self.slide is not None:
            for step in range(self.step - 1, -1, -1):  # an earlier build of the same slide
                image = self._frames.frame(self._key(self.slide, step))
                if image is not None:
                    return image
        return None

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
            image = self._frames.frame(key)
            finished = image is not None
            if finished:
                self._on_screen = (key, image)
            else:
                image = self._draft(key)
                if not self._frames.preparing(key):  # dropped or failed: ask again
                    self._request()
            if image is None:  # nothing close: the slide's empty background, then the frame
                painter.fillRect(rect, self.context.theme.colors.background)
            else:  # a frame fills the rect pixel for pixel; a draft is scaled, not smoothly
                painter.drawImage(QRectF(rect), image)
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

"""The one renderer: a slide at a build step, laid out on a 1920×1080 canvas, scaled.

The window, the presenter console, thumbnails and every export call these
functions, so what is exported is what is presented. Layout happens on the
logical canvas only; painting scales it uniformly, so a 4K render is the same
slide, only sharper.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from app.deck.model import Slide
from app.render.context import RenderContext
from app.render.fonts import ensure_fonts
from app.render.layouts import LAYOUTS
from app.render.layouts.common import CANVAS_RECT
from app.render.scene import SlideLayout

CANVAS = QSize(1920, 1080)  # the logical canvas every slide is laid out on

log = logging.getLogger(__name__)


def clamp_step(slide: Slide, step: int) -> int:
    return max(0, min(step, slide.step_count - 1))


def layout_slide(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """What `slide` shows at build `step`, laid out on the canvas, and what did not fit.

    Kept in the context and shared by every size the slide is painted at;
    treat it as read-only.
    """
    ensure_fonts()
    step = clamp_step(slide, step)
    return context.layouts.get(slide, step, context.theme, context.images,
                               lambda: LAYOUTS[slide.kind](slide, step, context))


def canvas_target(rect: QRectF) -> QRectF:
    """The 16:9 area inside `rect` that the canvas is scaled into, centred."""
    scale = min(rect.width() / CANVAS.width(), rect.height() / CANVAS.height())
    width, height = CANVAS.width() * scale, CANVAS.height() * scale
    return QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)


def paint_slide(painter: QPainter, slide: Slide, step: int, rect: QRectF,
                context: RenderContext) -> None:
    """Paint `slide` at build `step` scaled uniformly into `rect`, letterboxed and centred.

    Outside the 16:9 area nothing is painted; the caller fills it. A slide
    that cannot be painted becomes a calm notice, never an exception: this
    runs in front of an audience.
    """
    target = canvas_target(rect)
    if target.isEmpty():
        return
    painter.save()
    try:
        painter.translate(target.topLeft())
        painter.scale(target.width() / CANVAS.width(), target.height() / CANVAS.height())
        painter.setClipRect(CANVAS_RECT, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            layout = layout_slide(slide, step, context)
            painter.fillRect(CANVAS_RECT, layout.background)
            layout.paint(painter)
        except Exception as exc:  # never let one slide stop the show
            log.exception("cannot paint slide %s", slide.id)
            _paint_failure(painter, context, f"Слайд «{slide.title}» не удалось нарисовать: {exc}")
    finally:
        painter.restore()


def _paint_failure(painter: QPainter, context: RenderContext, message: str) -> None:
    colors = context.theme.colors
    painter.fillRect(CANVAS_RECT, colors.background)
    font = QFont()
    font.setFamilies(list(context.theme.fonts["sans"]))
    font.setPixelSize(36)
    painter.setFont(font)
    painter.setPen(colors.muted)
    margin = context.theme.margin
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(CANVAS_RECT.adjusted(margin, margin, -margin, -margin), int(flags), message)


def render_slide_image(slide: Slide, step: int, size: QSize, context: RenderContext,
                       device_pixel_ratio: float = 1.0) -> QImage:
    """The slide as an image of `size` logical pixels (× `device_pixel_ratio` real ones)."""
    pixels = QSize(max(1, round(size.width() * device_pixel_ratio)),
                   max(1, round(size.height() * device_pixel_ratio)))
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(context.theme.colors.background)
    painter = QPainter(image)
    try:
        paint_slide(painter, slide, step, QRectF(0, 0, size.width(), size.height()), context)
    finally:
        painter.end()
    return image

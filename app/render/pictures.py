"""Painting a picture into a box: cover (cropped, centred) or contain, or a placeholder.

The size to decode at is known only at paint time, from the device: the same
layout painted into a thumbnail and into a 4K export asks for two different
raster sizes (a prefetch asks the same question ahead, through `need`), and
SVGs are drawn as vectors at whatever size, except into a PDF: Qt writes an
SVG's soft glows (gradients that fade out) as shapes that some viewers fill
solid, so there the drawing goes in as an image at the page's resolution,
and every viewer shows what the screen shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPaintEngine, QPainter, QPainterPath, QPen

from app.render.images import ImageProvider

if TYPE_CHECKING:  # a drawing comes from the provider, which imports its module as needed
    from app.render.illustrations import Svg

PLACEHOLDER_PREFIX = "Нет изображения: "
MAT = 10.0  # canvas pixels of mat around a framed picture
# A drawing put into a PDF as an image gets this many pixels per inch of the page at
# most: flat colours and soft light stay smooth, and the file stays small enough to mail.
DRAWING_PPI = 160
PIXEL_NOISE = 1e-6  # floating-point slack when canvas pixels are turned into device pixels


def fitted(content: QSizeF, box: QRectF, cover: bool) -> QRectF:
    """Where `content` lands in `box`: scaled to cover it (cropped) or to fit inside it."""
    if content.isEmpty():
        return QRectF(box)
    pick = max if cover else min
    scale = pick(box.width() / content.width(), box.height() / content.height())
    size = QSizeF(content.width() * scale, content.height() * scale)
    return QRectF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
                  size.width(), size.height())


def device_scale(painter: QPainter) -> float:
    """Device pixels per canvas pixel under the painter's current transform."""
    transform = painter.deviceTransform()  # includes the device pixel ratio
    return math.hypot(transform.m11(), transform.m12())


@dataclass(frozen=True)
class PlaceholderStyle:
    fill: QColor
    ink: QColor
    families: tuple[str, ...]


@dataclass(frozen=True)
class Picture:
    """An image slot painted into `rect`; a placeholder with the reason if it cannot be."""

    rect: QRectF
    slot: str
    images: ImageProvider
    placeholder: PlaceholderStyle
    cover: bool = True
    mat: QColor | None = None  # a framed (contain) picture sits on a mat of this colour

    def need(self, scale: float) -> QSize:
        """The device pixels the picture covers at `scale` device pixels per canvas pixel.

        Rounding noise is not a pixel: a full-bleed photo on a 2000-pixel page needs
        2000, not 2001 (which would miss the JPEG's exact half-size decode).
        """
        return QSize(math.ceil(self.rect.width() * scale - PIXEL_NOISE),
                     math.ceil(self.rect.height() * scale - PIXEL_NOISE))

    def paint(self, painter: QPainter) -> None:
        loaded = self.images.load(self.slot, self.need(device_scale(painter)), self.cover)
        if loaded.svg is not None:
            size = loaded.svg.size
        elif loaded.raster is not None:
            size = QSizeF(loaded.raster.size())
        else:
            painter.setClipRect(self.rect, Qt.ClipOperation.IntersectClip)
            paint_placeholder(painter, self.rect, loaded.error or "", self.placeholder)
            return
        target = fitted(size, self.rect, self.cover)
        if self.mat is not None and not self.cover:
            painter.fillRect(target.adjusted(-MAT, -MAT, MAT, MAT), self.mat)
        painter.setClipRect(self.rect, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if loaded.svg is not None and _flattens_soft_edges(painter):
            _paint_as_image(painter, loaded.svg, target, self.rect)
        elif loaded.svg is not None:
            loaded.svg.render(painter, target)
        elif loaded.raster is not None:
            # only the part the box shows: a PDF then embeds no cropped-away pixels
            visible = target.intersected(self.rect)
            if not visible.isEmpty():
                painter.drawImage(visible, loaded.raster,
                                  _source(loaded.raster.size(), target, visible))


def _source(pixels: QSize, target: QRectF, visible: QRectF) -> QRectF:
    """The image's pixels that land in `visible` when the whole image is drawn in `target`."""
    scale_x, scale_y = pixels.width() / target.width(), pixels.height() / target.height()
    return QRectF((visible.left() - target.left()) * scale_x,
                  (visible.top() - target.top()) * scale_y,
                  visible.width() * scale_x, visible.height() * scale_y)


def _flattens_soft_edges(painter: QPainter) -> bool:
    """Whether the device is a PDF, where fading gradients do not survive every viewer."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


def _paint_as_image(painter: QPainter, svg: Svg, target: QRectF, clip: QRectF) -> None:
    """The visible part of the drawing as one image at the device's resolution.

    Whole pixels only, each fully covered by the drawing (a part-covered edge pixel
    would need a transparency mask in the file for nothing).
    """
    visible = target.intersected(clip)
    scale = device_scale(painter) * min(1.0, DRAWING_PPI / max(1, painter.device().logicalDpiX()))
    pixels = QSize(math.floor(visible.width() * scale), math.floor(visible.height() * scale))
    if pixels.isEmpty():
        return
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    inner = QPainter(image)
    inner.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    inner.scale(pixels.width() / visible.width(), pixels.height() / visible.height())
    inner.translate(-visible.topLeft())
    svg.render(inner, target)
    inner.end()
    painter.drawImage(visible, image)


def paint_placeholder(painter: QPainter, rect: QRectF, reason: str,
                      style: PlaceholderStyle) -> None:
    """A calm box with a picture mark and the reason, instead of a missing image."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, style.fill)
    unit = max(4.0, min(rect.width(), rect.height()) / 12)
    mark = QRectF(0, 0, unit * 2.4, unit * 1.8)
    mark.moveCenter(QPointF(rect.center().x(), rect.center().y() - unit * 1.2))
    pen = QPen(style.ink, max(1.5, unit * 0.1))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(mark, unit * 0.15, unit * 0.15)
    hills = QPainterPath(QPointF(mark.left(), mark.bottom() - unit * 0.3))
    hills.lineTo(mark.left() + mark.width() * 0.38, mark.top() + mark.height() * 0.45)
    hills.lineTo(mark.left() + mark.width() * 0.6, mark.top() + mark.height() * 0.7)
    hills.lineTo(mark.left() + mark.width() * 0.75, mark.top() + mark.height() * 0.55)
    hills.lineTo(mark.right(), mark.bottom() - unit * 0.5)
    painter.drawPath(hills)
    painter.drawEllipse(QPointF(mark.left() + mark.width() * 0.74, mark.top() + unit * 0.5),
                        unit * 0.18, unit * 0.18)
    font = QFont()
    font.setFamilies(list(style.families))
    font.setPixelSize(max(8, round(min(28.0, unit * 0.55))))
    painter.setFont(font)
    text_rect = QRectF(rect.left() + unit, mark.bottom() + unit * 0.5,
                       rect.width() - 2 * unit, rect.bottom() - mark.bottom() - unit)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(text_rect, int(flags), PLACEHOLDER_PREFIX + reason)

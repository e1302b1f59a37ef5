"""Painting a presenter's marks over a slide: strokes, the laser dot, the spotlight, a zoom.

Marks are slide fractions (app.deck.annotations). Strokes are painted in
canvas units (the 1920×1080 canvas scaled into the slide's rect, through the
zoom), so a line keeps its place and thickness on the slide on the console,
the projector and in a PDF. The dot and the spotlight belong to the screen,
not the slide: they keep their size when the view is zoomed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QRadialGradient

from app.deck.annotations import Pen, Point, Region, Stroke
from app.render.painter import CANVAS

PENS: dict[Pen, tuple[QColor, float]] = {  # colour and width in canvas pixels
    Pen.PEN: (QColor(229, 38, 43), 6.0),
    Pen.HIGHLIGHTER: (QColor(255, 214, 0, 105), 42.0),
}
LASER = QColor(255, 30, 30)
LASER_RADIUS = 10.0  # canvas pixels: the dot's core; the glow reaches GLOW times further
GLOW = 3.0
SPOTLIGHT_RADIUS = 200.0  # canvas pixels
SPOTLIGHT_SHADE = QColor(0, 0, 0, 175)
SPOTLIGHT_EDGE = 0.08  # the soft rim, as a share of the radius
SELECTION_SHADE = QColor(0, 0, 0, 110)
SELECTION_EDGE = QColor(255, 255, 255)


def zoomed_rect(rect: QRectF, region: Region | None) -> QRectF:
    """Where the whole slide is painted so that `region` of it fills `rect`."""
    if region is None:
        return QRectF(rect)
    scale = 1.0 / region.side
    return QRectF(rect.x() - region.x * rect.width() * scale,
                  rect.y() - region.y * rect.height() * scale,
                  rect.width() * scale, rect.height() * scale)


def view_point(rect: QRectF, point: Point, region: Region | None = None) -> QPointF:
    """A slide fraction as a position in `rect`, the view that shows `region` of the slide."""
    x, y = region.from_slide(point) if region is not None else point
    return QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())


def _units(rect: QRectF) -> float:
    """Device pixels per canvas pixel in a slide painted into `rect`."""
    return rect.width() / CANVAS.width()


def paint_strokes(painter: QPainter, rect: QRectF, strokes: Sequence[Stroke],
                  region: Region | None = None) -> None:
    """The strokes over the slide painted into `rect` (showing `region` of it, if zoomed)."""
    if not strokes or rect.isEmpty():
        return
    whole = zoomed_rect(rect, region)
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(whole.topLeft())
    painter.scale(_units(whole), _units(whole))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        colour, width = PENS.get(stroke.pen, PENS[Pen.PEN])
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        points = [QPointF(x * CANVAS.width(), y * CANVAS.height()) for x, y in stroke.points]
        path = QPainterPath(points[0])
        if len(points) == 1:  # a tap: a dot as wide as the pen
            path.lineTo(points[0] + QPointF(0.01, 0))
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)  # one path: a translucent stroke does not darken where it crosses
    painter.restore()


def paint_laser(painter: QPainter, rect: QRectF, point: Point,
                region: Region | None = None) -> None:
    """A red dot with a soft glow where the presenter points."""
    centre = view_point(rect, point, region)
    radius = LASER_RADIUS * _units(rect)
    glow = QRadialGradient(centre, radius * GLOW)
    for at, alpha in ((0.0, 255), (1.0 / GLOW, 230), (1.6 / GLOW, 90), (1.0, 0)):
        colour = QColor(LASER)
        colour.setAlpha(alpha)
        glow.setColorAt(at, colour)
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(centre, radius * GLOW, radius * GLOW)
    painter.setBrush(QColor(255, 235, 235))
    painter.drawEllipse(centre, radius * 0.35, radius * 0.35)  # the hot centre of a laser
    painter.restore()


def paint_spotlight(painter: QPainter, rect: QRectF, point: Point,
                    region: Region | None = None) -> None:
    """Everything dimmed but a circle around where the presenter points, its edge soft."""
    centre = view_point(rect, point, region)
    radius = SPOTLIGHT_RADIUS * _units(rect)
    light = QRadialGradient(centre, radius * (1 + SPOTLIGHT_EDGE))
    clear = QColor(SPOTLIGHT_SHADE)
    clear.setAlpha(0)
    light.setColorAt(0.0, clear)
    light.setColorAt(1 / (1 + SPOTLIGHT_EDGE), clear)
    light.setColorAt(1.0, SPOTLIGHT_SHADE)  # and beyond: the gradient pads with its end
    painter.fillRect(rect, light)


def paint_selection(painter: QPainter, rect: QRectF, region: Region) -> None:
    """The console's rubber band: the region to enlarge, the rest shaded."""
    chosen = QRectF(view_point(rect, (region.x, region.y)),
                    view_point(rect, (region.x + region.side, region.y + region.side)))
    shade = QPainterPath()
    shade.addRect(rect)
    shade.addRect(chosen)
    painter.save()
    painter.fillPath(shade, SELECTION_SHADE)
    pen = QPen(SELECTION_EDGE, 2.0, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(chosen)
    painter.restore()

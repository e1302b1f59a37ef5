"""Painting a presenter's marks over a slide: strokes, the laser dot, the spotlight, a zoom.

Marks are slide fractions (app.deck.annotations). Strokes are painted in
canvas units (the 1920×1080 canvas scaled into the slide's rect, through the
zoom), so a line keeps its place and thickness on the slide on the console,
the projector and in a PDF. The dot and the spotlight belong to the screen,
not the slide: they keep their size when the view is zoomed.

On screen the mouse repaints a view many times a second, and a thick
antialiased line costs milliseconds per hundred points: a view keeps its
slide's strokes as an image (`StrokeLayer`), painted again only when they
change, and the stroke being drawn goes on top segment by segment
(`paint_drawing`). A PDF gets the strokes as vector paths (`paint_strokes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QRadialGradient

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


def _on_canvas(painter: QPainter, rect: QRectF, region: Region | None) -> None:
    """Set `painter` up to draw in canvas pixels on the slide painted into `rect`."""
    whole = zoomed_rect(rect, region)
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(whole.topLeft())
    painter.scale(_units(whole), _units(whole))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _pen(stroke: Stroke, opaque: bool = False) -> QPen:
    colour, width = PENS.get(stroke.pen, PENS[Pen.PEN])
    if opaque:
        colour = QColor(colour)
        colour.setAlpha(255)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _points(stroke: Stroke) -> list[QPointF]:
    points = [QPointF(x * CANVAS.width(), y * CANVAS.height()) for x, y in stroke.points]
    if len(points) == 1:  # a tap: a dot as wide as the pen
        points.append(points[0] + QPointF(0.01, 0))
    return points


def paint_strokes(painter: QPainter, rect: QRectF, strokes: Sequence[Stroke],
                  region: Region | None = None) -> None:
    """The strokes over the slide painted into `rect` (showing `region` of it), as paths."""
    if not strokes or rect.isEmpty():
        return
    painter.save()
    _on_canvas(painter, rect, region)
    for stroke in strokes:
        if not stroke.points:
            continue
        painter.setPen(_pen(stroke))
        points = _points(stroke)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)  # one path: a translucent stroke does not darken where it crosses
    painter.restore()


def paint_drawing(painter: QPainter, rect: QRectF, stroke: Stroke | None,
                  region: Region | None = None) -> None:
    """The stroke being drawn, fast: opaque segments (through a layer if translucent)."""
    if stroke is None or not stroke.points or rect.isEmpty():
        return
    alpha = PENS.get(stroke.pen, PENS[Pen.PEN])[0].alphaF()
    if alpha >= 1.0:
        painter.save()
        _segments(painter, rect, stroke, region)
        painter.restore()
        return
    box = _bounds(rect, stroke, region)
    if box.isEmpty():
        return
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    layer = QImage(QSize(max(1, round(box.width() * ratio)), max(1, round(box.height() * ratio))),
                   QImage.Format.Format_ARGB32_Premultiplied)
    layer.setDevicePixelRatio(ratio)
    layer.fill(Qt.GlobalColor.transparent)
    inner = QPainter(layer)
    inner.translate(-box.topLeft())
    _segments(inner, rect, stroke, region)
    inner.end()
    painter.save()
    painter.setOpacity(alpha)  # where segments overlap the layer is opaque once, not twice
    painter.drawImage(box.topLeft(), layer)
    painter.restore()


def _bounds(rect: QRectF, stroke: Stroke, region: Region | None) -> QRectF:
    """The part of `rect` the stroke can touch: its points' box grown by the pen's width."""
    whole = zoomed_rect(rect, region)
    xs = [whole.x() + x * whole.width() for x, _ in stroke.points]
    ys = [whole.y() + y * whole.height() for _, y in stroke.points]
    grow = PENS.get(stroke.pen, PENS[Pen.PEN])[1] * _units(whole) / 2 + 2
    box = QRectF(min(xs) - grow, min(ys) - grow, max(xs) - min(xs) + 2 * grow,
                 max(ys) - min(ys) + 2 * grow)
    return box.intersected(rect).toAlignedRect().toRectF()


def _segments(painter: QPainter, rect: QRectF, stroke: Stroke, region: Region | None) -> None:
    """Round-capped opaque segments: the same pixels as the path, many times faster."""
    _on_canvas(painter, rect, region)
    painter.setPen(_pen(stroke, opaque=True))
    points = _points(stroke)
    for start, end in zip(points, points[1:], strict=False):
        painter.drawLine(start, end)


class StrokeLayer:
    """A view's kept strokes as an image at its size, painted again only when they change.

    The strokes are compared by identity first: the controller hands out the
    same tuple until a stroke is added, erased or undone.
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._strokes: Sequence[Stroke] = ()
        self._image: QImage | None = None

    def paint(self, painter: QPainter, rect: QRectF, strokes: Sequence[Stroke],
              region: Region | None = None) -> None:
        if not strokes or rect.isEmpty():
            return
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (rect.width(), rect.height(), region, ratio)
        if self._image is None or key != self._key or (
                strokes is not self._strokes and strokes != self._strokes):
            image = QImage(QSize(max(1, round(rect.width() * ratio)),
                                 max(1, round(rect.height() * ratio))),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            inner = QPainter(image)
            paint_strokes(inner, QRectF(0, 0, rect.width(), rect.height()), strokes, region)
            inner.end()
            self._image, self._key = image, key
        self._strokes = strokes
        painter.drawImage(rect.topLeft(), self._image)


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
    """Everything dimmed but a circle around where the presenter points, its edge soft.

    The gradient only where the light is (a gradient over a whole 1080p view
    costs ten times more); a flat shade around it.
    """
    centre = view_point(rect, point, region)
    outer = SPOTLIGHT_RADIUS * _units(rect) * (1 + SPOTLIGHT_EDGE)
    light = QRadialGradient(centre, outer)
    clear = QColor(SPOTLIGHT_SHADE)
    clear.setAlpha(0)
    light.setColorAt(0.0, clear)
    light.setColorAt(1 / (1 + SPOTLIGHT_EDGE), clear)
    light.setColorAt(1.0, SPOTLIGHT_SHADE)
    square = QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer).toAlignedRect()
    around = QPainterPath()
    around.addRect(rect)
    around.addRect(QRectF(square))  # odd-even fill: the square is a hole
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.fillPath(around, SPOTLIGHT_SHADE)
    painter.fillRect(square, light)
    painter.restore()


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

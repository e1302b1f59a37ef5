"""Text that fits its box: the largest size, within readable limits, that fits.

Every piece of text on a slide is a TextBox. Its paragraphs are typeset by
textdoc; the box only chooses the largest uniform scale, down to each role's
readable minimum, at which the text fits. What still does not fit is
reported and clipped, never painted outside.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter

from app.render.textdoc import Marker, Para, Typeset
from app.render.theme import Theme

_SEARCH_STEPS = 7  # bisection steps between the readable minimum and full size


class VAlign(Enum):
    """Where text sits in a taller box: the share of the free space above it."""

    TOP = 0.0
    OPTICAL = 0.42  # a touch above the middle, where a centred block looks centred
    CENTER = 0.5
    BOTTOM = 1.0


def _fits(typeset: Typeset, size: QSizeF) -> bool:
    return (typeset.size().height() <= size.height() + 0.5
            and typeset.ideal_width() <= typeset.size().width() + 0.5)


@dataclass
class TextBox:
    """Paragraphs fitted into `rect`: the element that paints them, clipped to it."""

    paras: list[Para]
    rect: QRectF
    typeset: Typeset
    scale: float
    overflow: bool
    valign: VAlign = VAlign.TOP

    @property
    def height(self) -> float:
        """Height the text takes, never more than its box."""
        return min(self.typeset.size().height(), self.rect.height())

    @property
    def top(self) -> float:
        return self.rect.top() + (self.rect.height() - self.height) * self.valign.value

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def block_rect(self, index: int) -> QRectF:
        """Canvas rectangle of paragraph `index`'s text, from its first line's top to the
        last line's descent and across its widest line, to hang rules and bars on."""
        layout = self.typeset.layout(index)
        if not layout.lineCount():
            return QRectF()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        left = min(line.naturalTextRect().left() for line in lines)
        right = max(line.naturalTextRect().right() for line in lines)
        bottom = lines[-1].y() + lines[-1].ascent() + lines[-1].descent()
        origin = layout.position()
        return QRectF(self.left + origin.x() + left, self.top + origin.y(),
                      right - left, bottom)

    def baseline(self, index: int) -> float:
        """Canvas y of the baseline of paragraph `index`'s last line."""
        layout = self.typeset.layout(index)
        if not layout.lineCount():
            return self.top
        last = layout.lineAt(layout.lineCount() - 1)
        return self.top + layout.position().y() + last.y() + last.ascent()

    @property
    def left(self) -> float:
        """Canvas x of the typeset text's origin: hanging marks sit left of the box."""
        return self.rect.left() - self.typeset.gutter

    def paint(self, painter: QPainter) -> None:
        # A tight line height puts accents above and descenders below the lines' own
        # boxes; the clip keeps room for them («Reportage», «Ё») and still stops a line
        # that does not fit.
        ink = self._ink_allowance()
        painter.setClipRect(self.rect.adjusted(self.left - self.rect.left(), -ink, 0, ink),
                            Qt.ClipOperation.IntersectClip)
        painter.translate(QPointF(self.left, self.top))
        self._paint_markers(painter)
        self.typeset.draw(painter)

    def _ink_allowance(self) -> float:
        """How far glyphs may reach outside the lines' boxes: a third of the largest size."""
        return max((para.role.px(self.scale) for para in self.paras), default=0.0) / 3

    def _paint_markers(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, para in enumerate(self.paras):
            layout = self.typeset.layout(index)
            if para.marker in (Marker.BULLET, Marker.BAR) and layout.lineCount():
                painter.setBrush(para.marker_color or para.color)
                size = para.role.px(self.scale)
                origin = layout.position()
                indent = origin.x() + self.typeset.left_margin(index)
                first = layout.lineAt(0)
                if para.marker is Marker.BULLET:
                    side = size * 0.26
                    middle = origin.y() + first.y() + first.ascent() - size * 0.36
                    painter.drawRect(QRectF(indent - size * 0.7, middle - side / 2, side, side))
                else:
                    height = layout.boundingRect().height()
                    painter.drawRect(QRectF(indent - size * 0.75, origin.y() + size * 0.08,
                                            max(3.0, size * 0.08), height - size * 0.16))


def fit_text(theme: Theme, paras: list[Para], rect: QRectF,
             valign: VAlign = VAlign.TOP, max_scale: float = 1.0) -> TextBox:
    """The largest scale (≤ max_scale) at which `paras` fit, no role below its minimum.

    Each role shrinks with the scale until it reaches its readable minimum
    and stays there, so a long quote can shrink further than the speaker's
    name under it.

    `max_scale` lets neighbours share one size: fit each, then refit all at
    the smallest scale any of them needed.
    """
    floor = min((p.role.minimum / p.role.size for p in paras), default=1.0)
    ceiling = max(min(max_scale, 1.0), floor)
    typeset, scale, overflow = _search(theme, paras, rect.size(), floor, ceiling)
    typeset.balance()
    return TextBox(paras, rect, typeset, scale, overflow, valign)


def _search(theme: Theme, paras: list[Para], size: QSizeF, floor: float,
            ceiling: float) -> tuple[Typeset, float, bool]:
    """Bisect for the largest scale that fits: (typeset, scale, overflow)."""
    typeset = Typeset(theme, paras, size.width(), ceiling)
    if _fits(typeset, size) or ceiling <= floor:
        return typeset, ceiling, not _fits(typeset, size)
    low_typeset = Typeset(theme, paras, size.width(), floor)
    if not _fits(low_typeset, size):
        return low_typeset, floor, True
    low, high = floor, ceiling
    for _ in range(_SEARCH_STEPS):
        middle = (low + high) / 2
        candidate = Typeset(theme, paras, size.width(), middle)
        if _fits(candidate, size):
            low, low_typeset = middle, candidate
        else:
            high = middle
    return low_typeset, low, False

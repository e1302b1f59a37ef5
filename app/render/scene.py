"""A laid-out slide: what to paint, in canvas coordinates, and what did not fit.

Layout and painting are split so that the deck checker, the tests and the
painter all see the same decisions: `layout_slide` builds a SlideLayout once,
and painting it is a plain walk over its elements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter


class Element(Protocol):
    """Anything a layout places on the canvas."""

    def paint(self, painter: QPainter) -> None: ...


@dataclass
class SlideLayout:
    """The elements of one slide at one build step, and how well its text fitted."""

    background: QColor
    elements: list[Element] = field(default_factory=list)
    overflows: list[str] = field(default_factory=list)  # empty when everything fits
    min_scale: float = 1.0  # the smallest factor any text box had to shrink by

    def add(self, element: Element) -> None:
        self.elements.append(element)

    def note_fit(self, scale: float, overflow: str | None) -> None:
        """Record how a text box fitted; `overflow` says what did not fit."""
        self.min_scale = min(self.min_scale, scale)
        if overflow:
            self.overflows.append(overflow)

    def paint(self, painter: QPainter) -> None:
        for element in self.elements:
            painter.save()
            element.paint(painter)
            painter.restore()


@dataclass(frozen=True)
class Fill:
    """A flat rectangle: rules, bars, panels, the squares of a bullet."""

    rect: QRectF
    color: QColor
    radius: float = 0.0

    def paint(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        if self.radius:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(self.rect, self.radius, self.radius)
        else:
            painter.drawRect(self.rect)


@dataclass(frozen=True)
class Scrim:
    """A gradient from transparent to `color`, keeping text over a photo legible."""

    rect: QRectF
    color: QColor
    start: QPointF  # where the scrim is transparent
    end: QPointF  # where it reaches `strength`
    strength: float = 0.85

    def paint(self, painter: QPainter) -> None:
        gradient = QLinearGradient(self.start, self.end)
        clear, dense = QColor(self.color), QColor(self.color)
        clear.setAlphaF(0.0)
        dense.setAlphaF(self.strength)
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(1.0, dense)
        painter.fillRect(self.rect, QBrush(gradient))


@dataclass(frozen=True)
class Disc:
    """A filled circle: the sun of the cover, the marker of a current step."""

    center: QPointF
    radius: float
    color: QColor

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawEllipse(self.center, self.radius, self.radius)

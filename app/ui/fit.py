"""Widgets that shrink instead of pushing their window off the screen.

A console on a 1280-pixel laptop has no room for a long chapter title, five
chapter budgets and the screen buttons in one row. These give way the way a
reader expects: a title shortens with «…» (the numbers after it never do),
and a row of chips wraps onto a second line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    """«head tail» where only the head is shortened with «…» to fit the width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # deck titles are data, never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._head = self._tail = ""

    def set_parts(self, head: str, tail: str = "") -> None:
        if (head, tail) != (self._head, self._tail):
            self._head, self._tail = head, tail
            # a tooltip guesses markup, and Qt loads local files for <img>: escape
            self.setToolTip(html.escape(head) if tail else "")
            self._fit()
            self.updateGeometry()

    def full_text(self) -> str:
        return self._head + self._tail

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size_for(self.full_text())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size_for("…" + self._tail)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _size_for(self, text: str) -> QSize:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + 2
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(text) + extra,
                     metrics.height() + margins.top() + margins.bottom() + 2 * self.margin())

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - 2
        metrics = self.fontMetrics()
        head = metrics.elidedText(self._head, Qt.TextElideMode.ElideRight,
                                  max(0, room - metrics.horizontalAdvance(self._tail)))
        self.setText(head + self._tail)


class Flow(QWidget):
    """Widgets in a row that wraps onto more rows when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self.spacing = spacing
        self.items: list[QWidget] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        self.items.append(widget)
        self.place()

    def insert(self, index: int, widget: QWidget) -> None:
        widget.setParent(self)
        self.items.insert(index, widget)
        self.place()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = self._shown()
        width = sum(w.sizeHint().width() for w in shown) + self.spacing * max(0, len(shown) - 1)
        return QSize(width, self._height_for(max(1, self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widest = max((w.minimumSizeHint().width() for w in self._shown()), default=0)
        return QSize(widest, self._height_for(max(1, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        """Lay the visible widgets out for the current width; grow or shrink in height."""
        rows = self._rows(max(1, self.width()))
        y = 0
        for row in rows:
            height = max(w.sizeHint().height() for w, _ in row)
            x = 0
            for widget, width in row:
                widget.setGeometry(x, y, width, height)
                x += width + self.spacing
            y += height + self.spacing
        height = max(0, y - self.spacing)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def _shown(self) -> list[QWidget]:
        return [w for w in self.items if not w.isHidden()]

    def _rows(self, room: int) -> list[list[tuple[QWidget, int]]]:
        rows: list[list[tuple[QWidget, int]]] = [[]]
        x = 0
        for widget in self._shown():
            width = min(widget.sizeHint().width(), room)
            if rows[-1] and x + width > room:
                rows.append([])
                x = 0
            rows[-1].append((widget, width))
            x += width + self.spacing
        return [row for row in rows if row]

    def _height_for(self, room: int) -> int:
        rows = self._rows(room)
        return sum(max(w.sizeHint().height() for w, _ in row) for row in rows) + \
            self.spacing * max(0, len(rows) - 1)

"""Console-only overlays: the slide grid, go-to by number, the key help.

The audience never sees them: they only ask the controller to jump once the
presenter has chosen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QIntValidator, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.present.controller import PresentationController
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from app.ui.actions import Where
from app.ui.help import KeyHelpTree
from app.ui.labels import slide_label

THUMB = QSize(288, 162)
INDEX_ROLE = Qt.ItemDataRole.UserRole


class OverviewGrid(QListWidget):
    """Every slide as a thumbnail; Enter or a click jumps there."""

    def __init__(self, controller: PresentationController, context: RenderContext,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overview")
        self.setAccessibleName(self.tr("Все слайды"))
        self.controller, self.context = controller, context
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 28, THUMB.height() + 56))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        blank = QPixmap(THUMB)
        blank.fill(QColor("#22324D"))
        numbers = controller.deck.slide_numbers()
        for slide in controller.deck.slides:
            item = QListWidgetItem(slide_label(slide, numbers))
            item.setData(INDEX_ROLE, slide.index)
            item.setToolTip(html.escape(slide.title))
            item.setIcon(QIcon(blank))
            self.addItem(item)
        self._todo = list(range(self.count()))
        self._painter = QTimer(self, interval=0)
        self._painter.timeout.connect(self._paint_some)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def activate(self) -> None:
        """Opened: select the current slide and start drawing thumbnails."""
        self.doItemsLayout()  # it was laid out hidden, at another width
        self.setCurrentRow(self.controller.position.slide)
        self.scrollToItem(self.currentItem())
        self.setFocus()
        if self._todo:
            self._painter.start()

    def _paint_some(self) -> None:
        """A few thumbnails per turn of the event loop: the console stays live."""
        for _ in range(3):
            if not self._todo or not self.isVisible():
                self._painter.stop()
                return
            row = self._todo.pop(0)
            slide = self.controller.deck.slides[row]
            image = render_slide_image(slide, slide.step_count - 1, THUMB, self.context)
            self.item(row).setIcon(QIcon(QPixmap.fromImage(image)))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.controller.go_to(item.data(INDEX_ROLE))


class _NumberEdit(QLineEdit):
    """Keeps its Enter: QLineEdit passes it on, and there it would mean «next»."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class GoToBar(QWidget):
    """«Перейти к слайду: [ 12 ] / 53», Enter jumps, Esc closes."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        total = controller.readout.visible_total
        self.edit = _NumberEdit(self)
        self.edit.setObjectName("gotoNumber")
        self.edit.setValidator(QIntValidator(1, max(1, total), self))
        self.edit.setMaximumWidth(120)
        self.edit.returnPressed.connect(self._go)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(QLabel(self.tr("Перейти к слайду:"), self))
        layout.addWidget(self.edit)
        layout.addWidget(QLabel(f"/ {total}", self))
        self.message = QLabel(self)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def activate(self) -> None:
        if not self.edit.hasFocus():
            self.edit.setFocus()
            self.edit.selectAll()

    def start_with(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setFocus()

    def _go(self) -> None:
        text = self.edit.text()
        if text.isdigit() and self.controller.go_to_number(int(text)):
            self.edit.clear()
            self.message.clear()
        else:
            self.message.setText(self.tr("нет такого слайда"))


class KeyHelpPanel(KeyHelpTree):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(Where.PRESENT, parent)

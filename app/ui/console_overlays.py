"""Console-only overlays: the slide grid, go-to by number, the planned duration, the key help.

The audience never sees them: they only ask the controller to act (jump, set
the duration) once the presenter has chosen.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPixmap,
    QRegularExpressionValidator,
    QValidator,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.present.controller import Overlay, PresentationController
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from app.ui.actions import Where, is_goto_key
from app.ui.help import KeyHelpTree
from app.ui.labels import slide_label

THUMB = QSize(288, 162)
MAX_MINUTES = 600
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter picks the slide and is spent: passed on, it would also mean «next».

        Digits go on to the console's go-to: the list's own type-ahead would take
        «3» as the start of a label and land on slide 30.
        """
        if is_goto_key(event):
            event.ignore()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentItem() is not None:
                self._chosen(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.controller.go_to(item.data(INDEX_ROLE))


class _NumberEdit(QLineEdit):
    """Keeps its Enter: QLineEdit passes it on, and there it would mean «next»."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class NumberBar(QWidget):
    """«Label: [ n ] suffix» on the console; Enter applies, Esc (the action) closes.

    Typed in place instead of a dialog: a modal dialog can open on the wrong
    screen, behind a fullscreen window, and block the talk.
    """

    def __init__(self, label: str, suffix: str, validator: QValidator,
                 apply: Callable[[str], bool], refusal: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.apply, self.refusal = apply, refusal
        self.edit = _NumberEdit(self)
        validator.setParent(self)
        self.edit.setValidator(validator)
        self.edit.setMaximumWidth(120)
        self.edit.returnPressed.connect(self._enter)
        self.message = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        caption = QLabel(label, self)
        caption.setBuddy(self.edit)  # a screen reader names the field by its label
        for widget in (caption, self.edit, QLabel(suffix, self), self.message):
            layout.addWidget(widget)
        layout.addStretch(1)

    def activate(self) -> None:
        if not self.edit.hasFocus():
            self.edit.setFocus()
            self.edit.selectAll()

    def start_with(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setFocus()

    def _enter(self) -> None:
        text = self.edit.text().strip()
        if text and self.apply(text):
            self.edit.clear()
            self.message.clear()
        else:
            self.message.setText(self.refusal)


def _digits(text: str, limit: int = 4) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(f"{text}\\d{{0,{limit}}}"))


def goto_bar(controller: PresentationController, parent: QWidget) -> NumberBar:
    """«Перейти к слайду: [ 12 ] / 53 · запасные: –1…–2»: a backup slide is «–n»."""
    total = controller.readout.visible_total
    backups = len(controller.deck.slides) - total
    suffix = f"/ {total}"
    if backups == 1:
        suffix += QCoreApplication.translate("NumberBar", " · запасной: –1")
    elif backups:
        suffix += QCoreApplication.translate("NumberBar", " · запасные: –1…–{n}").format(
            n=backups)
    bar = NumberBar(QCoreApplication.translate("NumberBar", "Перейти к слайду:"), suffix,
                    _digits("[-–]?"), controller.go_to_typed,
                    QCoreApplication.translate("NumberBar", "нет такого слайда"), parent)
    bar.edit.setObjectName("gotoNumber")
    return bar


def duration_bar(controller: PresentationController, on_set: Callable[[int], None],
                 parent: QWidget) -> NumberBar:
    """«Длительность выступления: [ 20 ] минут»; `on_set` hears the minutes applied."""

    def apply(text: str) -> bool:
        minutes = int(text)
        if not 1 <= minutes <= MAX_MINUTES or not controller.set_duration(minutes):
            return False
        controller.close_overlay(Overlay.DURATION)
        on_set(minutes)
        return True

    bar = NumberBar(QCoreApplication.translate("NumberBar", "Длительность выступления:"),
                    QCoreApplication.translate("NumberBar", "мин"), _digits("", 3), apply,
                    QCoreApplication.translate("NumberBar", "от 1 до {n} минут").format(
                        n=MAX_MINUTES), parent)
    bar.edit.setObjectName("durationMinutes")
    return bar


class KeyHelpPanel(KeyHelpTree):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(Where.PRESENT, parent)

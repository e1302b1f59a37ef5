"""The open deck's problems, in the reader: each at its file and line, Enter shows its slide.

What reading the deck found (a key misspelt, a slide kind unknown, a chapter
file missing), for a reader who never opens a terminal: a deck that opened
with problems says how many in the status bar, and this window says which and
where. It stays open beside the reader while the presenter fixes them in an
editor; the deck reloads by itself on saving. The `check` command goes
further (photos, fonts, the source's sentences and quotes): it renders and
compares, too slow for opening a deck.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.model import Deck, SlidePlaces
from app.startup import own_command
from app.ui.deck_problem import describe, in_order

SLIDE_ROLE = Qt.ItemDataRole.UserRole  # the index of the slide a problem is on, or None
MAX_LISTED = 1000  # a hostile deck may have tens of thousands: the list stays quick


class ProblemsList(QDialog):
    """Every problem of `deck`; `slide_chosen` carries the index of the one to show."""

    slide_chosen = Signal(int)

    def __init__(self, deck: Deck, diagnostics: list[Diagnostic], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setWindowTitle(self.tr("Замечания к колоде «{title}»").format(title=deck.title))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        errors = sum(problem.severity is Severity.ERROR for problem in diagnostics)
        summary = QLabel(self.tr(
            "Замечаний: {n}, из них ошибок: {e}. Enter или двойной щелчок показывает слайд. "
            "Исправьте файл в текстовом редакторе: колода обновится сама, когда он будет "
            "сохранён.").format(n=len(diagnostics), e=errors), self)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Замечания к колоде"))
        self.problems.setWordWrap(True)
        places = SlidePlaces(deck)
        listed = in_order(diagnostics)
        for problem in listed[:MAX_LISTED]:
            item = QListWidgetItem(describe(problem, deck.root))
            slide = places.slide_at(problem.file, problem.line)
            item.setData(SLIDE_ROLE, slide.index if slide is not None else None)
            if slide is None:
                item.setToolTip(self.tr("Не относится к слайду: исправьте в файле"))
            self.problems.addItem(item)
        if len(listed) > MAX_LISTED:
            rest = QListWidgetItem(self.tr("…и ещё {n}; все — в терминале: {command} check").format(
                n=len(listed) - MAX_LISTED, command=own_command()))
            rest.setData(SLIDE_ROLE, None)
            self.problems.addItem(rest)
        self.problems.setCurrentRow(0)
        self.problems.itemActivated.connect(self.show_slide)
        self.problems.currentItemChanged.connect(lambda item, _old: self._offer(item))
        layout.addWidget(self.problems, 1)

        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(self.tr("&Показать слайд"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(lambda: self.show_slide(self.problems.currentItem()))
        copy = buttons.addButton(self.tr("&Копировать список"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        layout.addWidget(buttons)
        self._offer(self.problems.currentItem())
        self.problems.setFocus()

    def show_slide(self, item: QListWidgetItem | None) -> None:
        """Show the slide `item` is on; the list stays open for the next one."""
        index = item.data(SLIDE_ROLE) if item is not None else None
        if index is not None:
            self.slide_chosen.emit(index)

    def copy(self) -> None:
        """The whole list, one problem a line, `FILE:LINE: …`: for a message or a bug report."""
        lines = (self.problems.item(row).text() for row in range(self.problems.count()))
        QGuiApplication.clipboard().setText("\n".join(lines))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+C copies the list. Enter, which the list has already taken to show its
        slide, must not also press the dialog's default button."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
        else:
            super().keyPressEvent(event)

    def _offer(self, item: QListWidgetItem | None) -> None:
        self.show_button.setEnabled(item is not None and item.data(SLIDE_ROLE) is not None)

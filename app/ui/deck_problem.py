"""A deck that cannot be read: what is wrong with it, and where to go instead.

Shown in place of a reader when a deck has no slide to show (its deck.toml
does not parse, names no chapter that reads) or a folder is not a deck at all:
an empty reader would say nothing. The problems are the `check` command's
FILE:LINE lines, so the user finds them in an editor; the window offers to
open the deck again once fixed, another deck, or a recent one — all from the
keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.manifest import MANIFEST
from app.settings import Settings
from app.ui.recent import recent_decks


class DeckProblem(QDialog):
    """Why `path` did not open; `open_requested` carries the deck to try next."""

    open_requested = Signal(Path)

    def __init__(self, path: Path, diagnostics: list[Diagnostic] | None, settings: Settings,
                 parent: QWidget | None = None):
        """`diagnostics`: the deck's problems, or None when `path` is not a deck at all."""
        super().__init__(parent)
        self.setObjectName("deckProblem")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self.setWindowTitle(self.tr("Колода не открылась — Reportage"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.summary = _plain_label(self._summary(diagnostics))
        layout.addWidget(self.summary)

        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems.setPlainText("\n".join(describe(problem, path)
                                             for problem in in_order(diagnostics or [])))
        self.problems.setAccessibleName(self.tr("Ошибки в колоде"))
        self.problems.setVisible(bool(diagnostics))
        layout.addWidget(self.problems, 1)

        self.recent = QListWidget(self)
        self.recent.setObjectName("recentDecks")
        for folder in recent_decks(settings):
            if folder != path.resolve():
                item = QListWidgetItem(str(folder))
                item.setData(Qt.ItemDataRole.UserRole, str(folder))
                self.recent.addItem(item)
        self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(
            lambda item: self._choose(Path(item.data(Qt.ItemDataRole.UserRole))))
        recent_label = QLabel(self.tr("&Недавние колоды (Enter — открыть):"), self)
        recent_label.setBuddy(self.recent)
        for widget in (recent_label, self.recent):
            widget.setVisible(self.recent.count() > 0)
            layout.addWidget(widget)

        buttons = QDialogButtonBox(self)
        self.again = self._button(buttons, self.tr("Открыть &снова"),
                                  lambda: self._choose(self.path))
        self.again.setVisible(diagnostics is not None)  # a folder with no deck.toml stays so
        self.other = self._button(buttons, self.tr("&Открыть другую колоду…"), self.ask_other)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.recent if self.recent.count() else self.other).setFocus()

    def _summary(self, diagnostics: list[Diagnostic] | None) -> str:
        if diagnostics is None:
            return self.tr("«{path}» — не колода: в папке нет файла {manifest}.").format(
                path=self.path, manifest=MANIFEST)
        if not diagnostics:
            return self.tr("В колоде «{path}» нет ни одного слайда.").format(path=self.path)
        return self.tr("Колоду «{path}» не удалось открыть: в ней нет слайдов, которые можно "
                       "показать. Исправьте ошибки в текстовом редакторе и откройте её снова."
                       ).format(path=self.path)

    def _button(self, buttons: QDialogButtonBox, text: str, action) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(action)
        return button

    def ask_other(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Открыть колоду (папку с deck.toml)"), str(self.path.parent))
        if folder:
            self._choose(Path(folder))

    def _choose(self, folder: Path) -> None:
        """Open `folder` first, then close: the app must not quit for want of a window."""
        self.open_requested.emit(folder)
        self.accept()


def describe(problem: Diagnostic, root: Path) -> str:
    """`FILE:LINE: ошибка: …`, the file named within the deck folder `root`."""
    word = QCoreApplication.translate("DeckProblem", "ошибка") \
        if problem.severity is Severity.ERROR \
        else QCoreApplication.translate("DeckProblem", "предупреждение")
    return f"{place(problem, root)}: {word}: {problem.message}"


def in_order(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """By file, then line: as an editor walks through them."""
    return sorted(diagnostics, key=lambda problem: (str(problem.file), problem.line))


def place(problem: Diagnostic, root: Path) -> str:
    """`FILE:LINE` of a problem, the file named within the deck folder `root`."""
    file, root = problem.file.resolve(), root.resolve()
    return f"{file.relative_to(root) if file.is_relative_to(root) else file}:{problem.line}"


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not markup
    label.setWordWrap(True)
    return label

"""Saving a talk's pen strokes as a PDF: asked on the console, written where the user says.

Never into the deck's folder: a deck is data the app only reads. The
exporter is imported when a save starts, so presenting does not load it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.deck.annotations import Stroke
from app.deck.model import Deck
from app.render.context import RenderContext

Strokes = Mapping[int, Sequence[Stroke]]
# The dialogs open over the console, whose light-on-dark style would reach their labels.
DIALOG_STYLE = "QLabel { color: palette(window-text); }"


def default_path(deck: Deck) -> Path:
    """`<deck>.annotated.pdf` in the user's documents (or home), never beside the slides."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / f"{deck.root.name}.annotated.pdf"


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


class AnnotatedSaver(QObject):
    """Ctrl+S during the talk, and an offer at its end if the strokes were not saved."""

    def __init__(self, deck: Deck, context: RenderContext,
                 parent_widget: Callable[[], QWidget | None], parent: QObject | None = None):
        super().__init__(parent)
        self.deck, self.context = deck, context
        self._parent_widget = parent_widget
        self._saved: dict[int, tuple[Stroke, ...]] = {}

    def save(self, strokes: Strokes) -> Path | None:
        """Ask where, write, tell; the file written, or None."""
        if not strokes:
            self._tell(QMessageBox.Icon.Information,
                       self.tr("На слайдах ещё ничего не нарисовано (D — перо)."))
            return None
        dialog = QFileDialog(self._parent_widget(), self.tr("Сохранить слайды с пометками"),
                             str(default_path(self.deck)), "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setStyleSheet(DIALOG_STYLE)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return self.write(Path(dialog.selectedFiles()[0]), strokes)

    def write(self, path: Path, strokes: Strokes) -> Path | None:
        """Write the annotated PDF to `path`; None (and a message) if it cannot be."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if inside(path, self.deck.root):
            self._tell(QMessageBox.Icon.Warning,
                       self.tr("Папка колоды только читается. Выберите другую папку."))
            return None
        from app.export.annotated import export_annotated_pdf

        try:
            export_annotated_pdf(self.deck, path, self.context, strokes)
        except OSError as exc:
            self._tell(QMessageBox.Icon.Warning, str(exc))
            return None
        self._saved = {slide: tuple(marks) for slide, marks in strokes.items()}
        self._tell(QMessageBox.Icon.Information, self.tr("Сохранено: {path}").format(path=path))
        return path

    def offer(self, strokes: Strokes) -> Path | None:
        """At the end of the talk: strokes not saved yet are offered for saving."""
        current = {slide: tuple(marks) for slide, marks in strokes.items()}
        if not current or current == self._saved:
            return None
        answer = self._tell(QMessageBox.Icon.Question,
                            self.tr("Сохранить слайды с пометками в PDF?"),
                            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
        if answer != QMessageBox.StandardButton.Save:
            return None
        return self.save(strokes)

    def _tell(self, icon: QMessageBox.Icon, text: str,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> int:
        """A message over the console, readable there; the button pressed."""
        box = QMessageBox(icon, self.tr("Пометки"), text, buttons, self._parent_widget())
        box.setStyleSheet(DIALOG_STYLE)
        return box.exec()

"""Exports started from a window: ask where, show progress, report the result.

The exporters themselves (app/export) know nothing of windows; this is the
thin layer that gives them a file dialog, a progress bar and a message. They
are imported when an export starts: the window opens without them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from app.deck.model import Deck
from app.render.context import RenderContext

PNG_SIZE = QSize(1920, 1080)
T = TypeVar("T")
Progress = Callable[[int, int], None]


class Exporter(QObject):
    """PDF, PNG, EPUB and HTML export of one deck, for one window."""

    def __init__(self, window: QMainWindow, deck: Deck,
                 context: Callable[[], RenderContext]):
        super().__init__(window)
        self.window, self.deck, self.context = window, deck, context

    def ask_png(self) -> None:
        if folder := self._ask_folder(self.tr("Папка для PNG")):
            self.png(folder)

    def ask_pdf(self, notes: bool) -> None:
        name = f"{self.deck.root.name}{'-handout' if notes else ''}.pdf"
        if path := self._ask_file(self.tr("Сохранить PDF"), name, "PDF (*.pdf)"):
            self.pdf(path, notes)

    def ask_epub(self) -> None:
        name = f"{self.deck.root.name}.epub"
        if path := self._ask_file(self.tr("Сохранить EPUB"), name, "EPUB (*.epub)"):
            self.epub(path)

    def ask_html(self) -> None:
        if folder := self._ask_folder(self.tr("Папка для страницы HTML")):
            self.html(folder)

    def _ask_file(self, title: str, name: str, kinds: str) -> Path | None:
        """A file to write, offered as `name` in the home folder; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), kinds)
        return Path(path) if path else None

    def _ask_folder(self, title: str) -> Path | None:
        """A folder to write into, starting from the home folder; None when cancelled."""
        folder = QFileDialog.getExistingDirectory(self.window, title, str(Path.home()))
        return Path(folder) if folder else None

    def epub(self, path: Path) -> int:
        """The report as an EPUB book; its chapters (0 on failure)."""
        from app.export.epub import export_epub

        chapters = self._run(lambda advance: export_epub(
            self.deck, path, self.context(), advance))
        if chapters:
            self._saved(chapters, path)
        return chapters or 0

    def html(self, folder: Path) -> Path | None:
        """The report as one offline page in `folder`; the page (None on failure)."""
        from app.export.webpage import export_html

        page = self._run(lambda advance: export_html(self.deck, folder, self.context(), advance))
        if page is not None:
            self._saved(len(self.deck.chapters), page)
        return page

    def png(self, folder: Path) -> list[Path]:
        """Every slide as PNG into `folder`; the files written ([] on failure)."""
        from app.export.png import export_png

        written = self._run(lambda advance: export_png(
            self.deck, folder, PNG_SIZE, self.context(), advance))
        if written is not None:
            self._saved(len(written), folder)
        return written or []

    def pdf(self, path: Path, notes: bool = False) -> int:
        """The deck as a PDF (A4 handouts with `notes`); the pages written (0 on failure)."""
        from app.export.pdf import export_pdf

        count = self._run(lambda advance: export_pdf(
            self.deck, path, self.context(), notes=notes, progress=advance))
        if count:
            self._saved(count, path)
        return count or 0

    def _run(self, work: Callable[[Progress], T]) -> T | None:
        """Run an export with a progress dialog; a write error becomes a message."""
        progress = QProgressDialog(self.tr("Экспорт…"), "", 0,
                                   len(self.deck.exported_slides()), self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def advance(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            return work(advance)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Экспорт"), str(exc))
            return None
        finally:
            progress.close()

    def _saved(self, count: int, where: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Сохранено: {n} — {where}").format(n=count, where=where), 8000)

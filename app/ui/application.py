"""Start the GUI: the application object, translations, fonts, first window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.deck.diagnostics import Diagnostic
from app.deck.model import Deck
from app.render.context import RenderContext
from app.render.fonts import ensure_fonts
from app.settings import Settings


def create_application() -> QApplication:
    """The one QApplication, with Qt's own dialogs in Russian."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reportage")
    app.setOrganizationName("Reportage")
    app.setApplicationDisplayName("Reportage")
    translator = QTranslator(app)
    if translator.load(QLocale("ru"), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    ensure_fonts()
    return app


def open_reader(deck: Deck, diagnostics: list[Diagnostic], settings: Settings):
    """Build and show the reader window (the caller runs the event loop)."""
    from app.ui.reader_window import ReaderWindow, window_icon

    theme = settings.get("ui/theme") or None
    context = RenderContext.for_deck(deck, theme)
    window = ReaderWindow(deck, context, settings, diagnostics)
    window.setWindowIcon(window_icon())
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def run_reader(deck: Deck, diagnostics: list[Diagnostic]) -> int:
    app = create_application()
    _window = open_reader(deck, diagnostics, Settings())
    return app.exec()


def run_presentation(deck: Deck, diagnostics: list[Diagnostic], *, screen: str | None,
                     console: bool, start: int, window_size: tuple[int, int] | None,
                     rehearse: bool = False) -> int:
    """Present at once; leaving the presentation opens the reader where it stopped."""
    from app.ui.presentation import PresentationSession

    app = create_application()
    settings = Settings()
    context = RenderContext.for_deck(deck, settings.get("ui/theme") or None)
    session = PresentationSession(deck, context, settings, start=start, screen=screen,
                                  console=console, window_size=window_size,
                                  rehearse=rehearse)
    windows = []

    def back_to_reader(index: int, step: int) -> None:
        reader = open_reader(deck, diagnostics, settings)
        reader.go_to(index, step)
        windows.append(reader)

    session.ended.connect(back_to_reader)
    return app.exec()

"""Start the GUI: the application object, translations, fonts, the open windows."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.assets import ICONS_DIR
from app.deck.diagnostics import Diagnostic
from app.deck.loader import NotADeckError, load_deck
from app.deck.manifest import MANIFEST
from app.deck.model import Deck
from app.present.screens import find_screen
from app.render.collector import keep_what_started
from app.render.fonts import ensure_fonts
from app.render.images import ImageProvider
from app.render.theme import Theme
from app.settings import Settings
from app.ui.appearance import resolve as resolve_theme
from app.ui.head_start import start_application
from app.ui.language import AUTO
from app.ui.language import install as install_language
from app.ui.language import resolve as resolve_language
from app.ui.screens import screen_infos, screen_label

if TYPE_CHECKING:  # for the hints only: a window's modules are imported when one opens
    from app.ui.deck_problem import DeckProblem
    from app.ui.reader_window import ReaderWindow


def create_application(language: str = AUTO) -> QApplication:
    """The one QApplication, speaking `language` ('auto': the system's), Qt's dialogs too."""
    app = start_application()
    app.setApplicationName("Reportage")
    app.setOrganizationName("Reportage")
    app.setApplicationDisplayName("Reportage")
    app.setDesktopFileName("reportage")  # Wayland finds the icon through the .desktop file
    app.setWindowIcon(app_icon())
    install_language(resolve_language(language), app)
    ensure_fonts()
    return app


def app_icon() -> QIcon:
    """Our own icon at every size drawn, so each window manager picks the sharpest."""
    icon = QIcon()
    for path in sorted(ICONS_DIR.glob("reportage-*.png")):
        icon.addFile(str(path))
    return icon


class Windows(QObject):
    """Keeps the reader windows alive and opens new ones (another deck, after a talk)."""

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings
        self.readers: list = []
        self.problems: list[DeckProblem] = []  # kept alive: a window of their own
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow_system)
        if hasattr(hints, "accessibility"):  # Qt 6.10+
            hints.accessibility().contrastPreferenceChanged.connect(self.follow_system)

    def open_reader(self, deck: Deck, diagnostics: list[Diagnostic],
                    position: tuple[int, int] | None = None) -> ReaderWindow:
        from app.render.context import RenderContext
        from app.ui.deck_watcher import DeckWatcher
        from app.ui.reader_window import ReaderWindow

        context = RenderContext.for_deck(deck, resolve_theme(self.settings.get("ui/theme"),
                                                             deck.theme))
        window = ReaderWindow(deck, context, self.settings, diagnostics)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open_requested.connect(self.open_path)
        window.language_chosen.connect(self.change_language)
        window.destroyed.connect(lambda: self._forget(window))
        watcher = DeckWatcher(deck, window)
        watcher.changed.connect(lambda: self.reload(window))
        if position is not None:
            window.go_to(*position)
        self.readers.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_path(self, path: Path) -> None:
        """«Открыть колоду…», a recent deck, a dropped one: read it, then open or refuse it."""
        try:
            deck, diagnostics = load_deck(path)
        except NotADeckError:
            self.refuse(path, None)
            return
        self.open_deck(deck, diagnostics)

    def open_deck(self, deck: Deck, diagnostics: list[Diagnostic]) -> None:
        """A reader on `deck`, or, when it has no slide to show, why not."""
        if deck.slides:
            self.open_reader(deck, diagnostics)
        else:
            self.refuse(deck.root, diagnostics)

    def refuse(self, path: Path, diagnostics: list[Diagnostic] | None) -> DeckProblem:
        """Say why `path` did not open (None: not a deck) and offer another; never an
        empty reader, which would say nothing."""
        from app.ui.deck_problem import DeckProblem

        problem = DeckProblem(path, diagnostics, self.settings,
                              self.readers[-1] if self.readers else None)
        problem.open_requested.connect(self.open_path)
        self.problems.append(problem)
        problem.destroyed.connect(lambda: self.problems.remove(problem))
        problem.show()
        problem.raise_()
        problem.activateWindow()
        return problem

    def reload(self, old: ReaderWindow) -> None:
        """The deck changed on disk: reopen it where the reader was, keep the old on error.

        Never during a talk: the stage does not change under the presenter's feet.
        """
        if old.session is not None:
            return
        try:
            deck, diagnostics = load_deck(old.deck.root)
        except NotADeckError:
            old.statusBar().showMessage(self.tr("Колода исчезла с диска — показана последняя "
                                                "загруженная версия."))
            return
        if not deck.slides:  # mid-edit, say a quote left open in deck.toml
            from app.ui.deck_problem import place

            where = place(diagnostics[0], deck.root) if diagnostics else MANIFEST
            old.statusBar().showMessage(self.tr(
                "Колода на диске сейчас не читается (см. {where}) — показана последняя "
                "загруженная версия.").format(where=where))
            return
        old.save_state()
        new = self.open_reader(deck, diagnostics)
        if not diagnostics:
            new.statusBar().showMessage(self.tr("Колода обновлена с диска."), 5000)
        new.follow_problems_list(old)  # the presenter is fixing them: the list stays, updated
        old.close()

    def change_language(self, setting: str) -> None:
        """Speak the chosen language now: each reader is rebuilt in it where it was.

        A reader that is presenting is left alone (the stage never changes under
        the presenter); new windows speak the new language.
        """
        install_language(resolve_language(setting))
        for old in list(self.readers):
            if old.session is None:
                self._rebuild(old)

    def _rebuild(self, old: ReaderWindow) -> None:
        old.save_state()
        new = self.open_reader(old.deck, old.diagnostics, (old.index, old.step))
        if not new.statusBar().currentMessage():  # the deck's problems are told anew
            new.statusBar().showMessage(old.statusBar().currentMessage())
        new.follow_problems_list(old)
        old.close()

    def follow_system(self) -> None:
        """The desktop switched light/dark or contrast: readers following it follow."""
        for reader in self.readers:
            reader.apply_theme()

    def _forget(self, window: ReaderWindow) -> None:
        if window in self.readers:
            self.readers.remove(window)


def run_reader(deck: Deck, diagnostics: list[Diagnostic]) -> int:
    settings = Settings()
    app = create_application(settings.get("ui/language"))
    windows = Windows(settings)
    windows.open_deck(deck, diagnostics)
    keep_what_started()
    return app.exec()


def run_presentation(deck: Deck, diagnostics: list[Diagnostic], *, images: ImageProvider,
                     screen: int | str | None, console: bool, start: int,
                     window_size: tuple[int, int] | None, rehearse: bool = False,
                     advance_seconds: float | None = None,
                     remote_port: int | None = None) -> int:
    """Present at once; leaving the presentation opens the reader where it stopped.

    `images`: the deck's pictures, the first slide's already decoding (see
    app.ui.head_start, which the command line calls before importing this).
    """
    settings = Settings()
    app = create_application(settings.get("ui/language"))
    _warn_unknown_screen(screen)
    theme = Theme.load(resolve_theme(settings.get("ui/theme"), deck.theme))
    images.variant = theme.illustrations
    from app.render.context import RenderContext
    from app.ui.presentation import PresentationSession

    context = RenderContext.for_deck(deck, theme, images)

    windows = Windows(settings)

    session = PresentationSession(deck, context, settings, start=start, screen=screen,
                                  console=console, window_size=window_size,
                                  rehearse=rehearse, advance_seconds=advance_seconds,
                                  remote_port=remote_port, hall_first=True)
    session.ended.connect(lambda index, step: windows.open_reader(deck, diagnostics,
                                                                  (index, step)))
    keep_what_started()
    return app.exec()


def _warn_unknown_screen(requested: int | str | None) -> None:
    """`--screen` that matches nothing: say which screens there are, then go on."""
    screens = screen_infos()
    if requested is not None and find_screen(screens, requested) is None:
        names = ", ".join(screen_label(info, i) for i, info in enumerate(screens))
        shown = requested + 1 if isinstance(requested, int) else requested
        print(f"reportage: no screen '{shown}'; screens: {names}", file=sys.stderr)

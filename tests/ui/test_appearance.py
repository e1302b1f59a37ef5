"""Themes for the window as well as the slides: chosen, remembered, following the system."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.render.theme import Theme, theme_files
from app.settings import OPTIONS, Settings
from app.ui import appearance
from app.ui.console_window import TONE_COLOURS, console_theme, themed_style
from app.ui.mnemonics import plain
from app.ui.reader_window import ReaderWindow
from app.ui.reading_pane import HIGHLIGHT
from tests.contrast import BODY, over, ratio
from tests.helpers import SHIPPED_DECK, finished_grab, open_reader

Role = QPalette.ColorRole
# The window's text on its grounds: labels, fields, lists, buttons, selections, tips.
PALETTE_PAIRS = [(Role.WindowText, Role.Window), (Role.Text, Role.Base),
                 (Role.Text, Role.AlternateBase), (Role.ButtonText, Role.Button),
                 (Role.HighlightedText, Role.Highlight), (Role.ToolTipText, Role.ToolTipBase),
                 (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base),
                 (Role.WindowText, Role.Base)]


@pytest.fixture(autouse=True)
def _restore_palette(qapp):
    """A theme's palette is the whole app's: give the next test the one it had."""
    saved = QPalette(QApplication.palette())
    yield
    QApplication.setPalette(saved)


@pytest.fixture(scope="module")
def deck():
    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture
def window(qtbot, deck):
    return open_reader(qtbot, deck)


def fake_system(monkeypatch, scheme=Qt.ColorScheme.Light, contrast=False):
    preference = Qt.ContrastPreference.HighContrast if contrast \
        else Qt.ContrastPreference.NoPreference
    hints = SimpleNamespace(
        colorScheme=lambda: scheme,
        accessibility=lambda: SimpleNamespace(contrastPreference=lambda: preference))
    monkeypatch.setattr(appearance.QGuiApplication, "styleHints", lambda: hints)


@pytest.mark.parametrize("name", sorted(theme_files()))
def test_the_window_text_of_every_theme_meets_aa(qapp, name):
    palette = appearance.palette_for(Theme.load(name))
    failures = [f"{fg.name} on {bg.name}: {ratio(palette.color(fg), palette.color(bg)):.2f}:1"
                for fg, bg in PALETTE_PAIRS
                if ratio(palette.color(fg), palette.color(bg)) < BODY]
    assert not failures, f"{name}: " + "; ".join(failures)
    # a search hit in the text pane: the ink on the amber mark over the pane's ground
    marked = over(HIGHLIGHT, palette.color(Role.Base))
    assert ratio(palette.color(Role.Text), marked) >= BODY


@pytest.mark.parametrize("name", sorted(theme_files()))
def test_the_console_is_dark_in_every_theme_and_its_timer_reads(name):
    """Light themes keep the console at night; dark ones (high contrast) lend it theirs."""
    from PySide6.QtGui import QColor

    theme = Theme.load(name)
    ground = console_theme(theme).colors.background
    assert ground.lightness() < 128
    if theme.colors.background.lightness() < 128:
        assert ground == theme.colors.background
    assert f"background: {ground.name()}; }}" in themed_style(theme)
    for tone, colour in TONE_COLOURS.items():
        assert ratio(QColor(colour), ground) >= BODY, tone
    palette = appearance.palette_for(console_theme(theme))
    assert ratio(palette.color(Role.ButtonText), palette.color(Role.Button)) >= BODY


@pytest.mark.parametrize(("scheme", "contrast", "deck_theme", "expected"), [
    (Qt.ColorScheme.Dark, False, "light", "dark"),
    (Qt.ColorScheme.Light, False, "light", "light"),
    (Qt.ColorScheme.Unknown, False, "sepia", "sepia"),  # no preference: the deck's own
    (Qt.ColorScheme.Light, True, "light", "contrast"),
    (Qt.ColorScheme.Dark, True, "light", "contrast"),
])
def test_following_the_system(monkeypatch, scheme, contrast, deck_theme, expected):
    fake_system(monkeypatch, scheme, contrast)
    assert appearance.resolve("", deck_theme) == expected


def test_a_chosen_theme_wins_over_the_system(monkeypatch):
    fake_system(monkeypatch, Qt.ColorScheme.Dark, contrast=True)
    assert appearance.resolve("sepia", "light") == "sepia"
    assert set(OPTIONS["ui/theme"].choices) == set(appearance.CHOICES)


def test_the_theme_menu_offers_every_choice_and_ticks_the_current(window):
    menu = window.findChild(QMenu, "themeMenu")
    assert [a.data() for a in menu.actions()] == list(appearance.CHOICES)
    assert [plain(a.text()) for a in menu.actions()] == ["Как в системе", "Светлая", "Тёмная",
                                                  "Сепия", "Высокий контраст"]
    assert [a.data() for a in menu.actions() if a.isChecked()] == [""]


@pytest.mark.parametrize("name", ["sepia", "contrast"])
def test_choosing_a_theme_repaints_slide_and_window_and_is_remembered(qtbot, window, deck,
                                                                     name):
    window.go_to(0)  # the cover: paper on the left, whatever the picture
    item = next(a for a in window.findChild(QMenu, "themeMenu").actions() if a.data() == name)
    item.trigger()
    theme = Theme.load(name)
    assert window.context.theme.name == name
    assert QApplication.palette().color(Role.Window) == theme.colors.background
    assert window.text.palette().color(Role.Text) == theme.colors.ink
    grab = finished_grab(qtbot, window.view)
    corner = window.view.slide_rect().topLeft()
    assert grab.pixelColor(corner.x() + 3, corner.y() + 3) == theme.colors.background
    assert Settings().get("ui/theme") == name

    again = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(again)
    assert again.context.theme.name == name
    checked = [a.data() for a in again.findChild(QMenu, "themeMenu").actions() if a.isChecked()]
    assert checked == [name]


def test_the_key_steps_through_the_themes(window):
    seen = []
    for _ in appearance.CHOICES:
        window.actions["next_theme"].trigger()
        seen.append(Settings().get("ui/theme"))
    assert seen == [*appearance.CHOICES[1:], appearance.CHOICES[0]]


def test_the_window_follows_the_system_when_it_changes(monkeypatch, window):
    fake_system(monkeypatch, Qt.ColorScheme.Dark)
    window.apply_theme()
    assert window.context.theme.name == "dark"
    fake_system(monkeypatch, Qt.ColorScheme.Light, contrast=True)
    window.apply_theme()
    assert window.context.theme.name == "contrast"


def test_the_toolbar_icons_are_drawn_in_the_themes_ink(window):
    """The icon font paints one fixed colour: black icons vanished on the contrast theme."""
    next(a for a in window.findChild(QMenu, "themeMenu").actions()
         if a.data() == "contrast").trigger()
    image = window.actions["search"].icon().pixmap(32, 32).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(32) for y in range(32)
               if image.pixelColor(x, y).alpha() == 255}
    assert colours == {"#ffffff"}


def test_open_readers_follow_the_desktop_when_it_turns_dark(qtbot, monkeypatch, deck):
    from app.ui.application import Windows

    windows = Windows(Settings())
    reader = windows.open_reader(deck, [])  # deleted on close: not qtbot's to close
    assert reader.context.theme.name == "light"
    hints = QApplication.styleHints()  # the real one, whose signal the windows hear
    fake_system(monkeypatch, Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert reader.context.theme.name == "dark"
    assert reader.palette().color(Role.Window) == Theme.load("dark").colors.background
    reader.close()

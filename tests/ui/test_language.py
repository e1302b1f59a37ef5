"""The UI language: chosen from the system or the settings, Qt's dialogs included, live."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.settings import OPTIONS, Settings
from app.ui import language
from app.ui.application import Windows
from app.ui.mnemonics import plain
from app.ui.reader_window import ReaderWindow
from tests.helpers import SHIPPED_DECK

MENUS = {
    "ru": ["Файл", "Навигация", "Вид", "Закладки", "Показ", "Справка"],
    "kk": ["Файл", "Навигация", "Көрініс", "Бетбелгілер", "Көрсету", "Анықтама"],
    "en": ["File", "Navigate", "View", "Bookmarks", "Present", "Help"],
}


@pytest.fixture(scope="module")
def deck():
    return load_deck(SHIPPED_DECK)[0]


def menu_titles(window) -> list[str]:
    return [plain(action.text()) for action in window.menuBar().actions()]


@pytest.mark.parametrize(("tags", "expected"), [
    (["kk-KZ", "ru-RU"], "kk"),
    (["ru_RU"], "ru"),
    (["en-GB", "kk"], "en"),
    (["de-DE", "fr-FR"], "en"),  # none of ours: English, the more widely read
    (["C"], "ru"),  # no preference at all: the source
    ([], "ru"),
])
def test_the_system_language_picks_the_first_we_have(tags, expected):
    assert language.system_language(tags) == expected


def test_the_setting_overrides_the_system():
    assert language.resolve("kk", ["en-US"]) == "kk"
    assert language.resolve("auto", ["en-US"]) == "en"
    assert set(OPTIONS["ui/language"].choices) == {language.AUTO, *language.LANGUAGES}


@pytest.mark.parametrize("code", language.LANGUAGES)
def test_a_window_built_in_a_language_speaks_it(qtbot, speak, deck, code):
    speak(code)
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert menu_titles(window) == MENUS[code]
    assert language.current() == code


def test_english_reads_naturally_everywhere_in_the_window(qtbot, speak, deck):
    speak("en")
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    view = window.menuBar().actions()[2].menu()
    texts = [plain(a.text()) for a in view.actions()] + [
        plain(a.text()) for menu in view.findChildren(QMenu) for a in menu.actions()]
    assert "Full Text Beside the Slide" in texts
    assert "High Contrast" in texts
    assert "Қазақша" in texts
    assert "slide 1/" in window.position_label.text()


@pytest.mark.parametrize(("code", "cancel"), [("ru", "Отмена"), ("kk", "Бас тарту"),
                                              ("en", "Cancel")])
def test_qts_own_dialogs_speak_the_language_too(qtbot, speak, code, cancel):
    speak(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


def test_russian_plurals_come_from_the_russian_catalogue(qtbot, speak, search_deck):
    from app.ui.search_panel import SearchPanel

    speak("ru")
    panel = SearchPanel(search_deck)
    qtbot.addWidget(panel)
    assert panel.tr("Найдено: {n} на %n слайдах", "", 1) == "Найдено: {n} на 1 слайде"
    assert panel.tr("Найдено: {n} на %n слайдах", "", 3) == "Найдено: {n} на 3 слайдах"
    assert panel.tr("Найдено: {n} на %n слайдах", "", 21) == "Найдено: {n} на 21 слайде"
    speak("en")
    assert panel.tr("Найдено: {n} на %n слайдах", "", 21) == "Found {n} on 21 slides"


def test_choosing_a_language_rebuilds_the_reader_in_it_where_it_was(qtbot, speak, deck):
    windows = Windows(Settings())
    first = windows.open_reader(deck, [], (6, 0))  # deleted on close: not qtbot's to close
    assert menu_titles(first) == MENUS["ru"]
    english = next(a for a in first.findChild(QMenu, "languageMenu").actions()
                   if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: first not in windows.readers, timeout=2000)
    second = windows.readers[-1]
    qtbot.addWidget(second)
    assert menu_titles(second) == MENUS["en"]
    assert second.index == 6
    assert Settings().get("ui/language") == "en"
    checked = [a.data() for a in second.findChild(QMenu, "languageMenu").actions()
               if a.isChecked()]
    assert checked == ["en"]


def test_the_app_starts_in_the_language_of_its_setting(qapp, speak):
    from app.ui.actions import translate
    from app.ui.application import create_application

    create_application("kk")
    assert language.current() == "kk"
    assert translate("&Вид") == "&Көрініс"
    create_application("auto")  # offscreen tests run in the C locale: no preference
    assert language.current() == language.system_language()

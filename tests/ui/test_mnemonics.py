"""Every menu of the reader answers Alt+letter, in every UI language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.settings import Settings
from app.ui import language
from app.ui.mnemonics import numbered, plain
from app.ui.reader_window import ReaderWindow
from app.ui.recent import remember_deck
from tests.helpers import SHIPPED_DECK, write_deck


def mnemonics(text: str) -> list[str]:
    """The letters marked with `&` (`&&` is a literal ampersand, not a mark)."""
    return [letter for letter in re.findall("&(.)", text) if letter != "&"]


def check_entries(actions: list[QAction], where: str) -> list[str]:
    """Exactly one mnemonic per entry, no two alike; the mnemonic letters."""
    letters = []
    for action in actions:
        if action.isSeparator():
            continue
        marks = mnemonics(action.text())
        assert len(marks) == 1, f"{where}: {action.text()!r}"
        letters.append(marks[0].casefold())
    assert len(letters) == len(set(letters)), f"{where}: {letters}"
    return letters


def menus_of(actions: list[QAction]) -> list[QMenu]:
    """Every menu under `actions`, filled as opening it fills it (recent decks, bookmarks)."""
    found = []
    for action in actions:
        menu = action.menu()
        if menu is not None:
            menu.aboutToShow.emit()
            found += [menu, *menus_of(menu.actions())]
    return found


@pytest.mark.parametrize("code", language.LANGUAGES)
def test_every_menu_entry_has_one_mnemonic_of_its_own(qtbot, speak, tmp_path, code):
    speak(code)
    deck = load_deck(SHIPPED_DECK)[0]
    settings = Settings()
    remember_deck(settings, write_deck(tmp_path / "other", {"a.md": "# Раз & два\n"}))
    window = ReaderWindow(deck, RenderContext.for_deck(deck), settings)
    qtbot.addWidget(window)
    for slide in deck.slides[2:4]:
        window.bookmarks.toggle(slide)
    bar = window.menuBar().actions()
    titles = check_entries(bar, "menu bar")
    menus = menus_of(bar)
    assert {"recentMenu", "themeMenu", "languageMenu"} <= {menu.objectName() for menu in menus}
    for menu in menus:
        check_entries(menu.actions(), plain(menu.title()))
    check_entries(window.createPopupMenu().actions(), "the window's context menu")
    shortcuts = {key.toString() for action in window.actions.actions.values()
                 for key in action.shortcuts()}
    taken = {QKeySequence(f"Alt+{letter}").toString() for letter in titles}
    assert not shortcuts & taken  # Alt+letter opens a menu, never steals a key


def test_a_list_made_of_data_is_numbered_and_keeps_its_ampersands():
    assert numbered(0, "Q&A") == "&1 · Q&&A"
    assert numbered(9, "x") == "&0 · x"
    assert numbered(10, "x") == "x"
    assert mnemonics(numbered(2, "Раз & два")) == ["3"]


def test_the_plain_text_drops_the_mark_and_keeps_a_literal_ampersand():
    assert plain("В&ыход") == "Выход"
    assert plain("Q&&A") == "Q&A"

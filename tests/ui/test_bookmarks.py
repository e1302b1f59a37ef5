"""Bookmarks: Ctrl+D on a slide, a list to jump from, kept per deck across windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.deck.loader import load_deck
from app.settings import OPTIONS, Settings, deck_key
from app.ui.mnemonics import plain
from app.ui.reader_window import ReaderWindow
from tests.helpers import SHIPPED_DECK, open_reader, write_deck


@pytest.fixture
def deck():
    return load_deck(SHIPPED_DECK)[0]


def bookmarks_menu(window: ReaderWindow):
    menu = next(action.menu() for action in window.menuBar().actions()
                if plain(action.text()) == "Закладки")
    menu.aboutToShow.emit()
    return menu


def test_ctrl_d_toggles_a_bookmark_on_the_current_slide(qtbot, deck):
    window = open_reader(qtbot, deck)
    window.go_to(4)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.bookmarks.ids() == [deck.slides[4].id]
    assert window.actions["bookmark"].isChecked()
    window.go_to(5)
    assert not window.actions["bookmark"].isChecked()
    window.go_to(4)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.bookmarks.ids() == []
    assert not window.actions["bookmark"].isChecked()


def test_bookmarks_survive_a_new_window_and_are_listed_to_jump(qtbot, deck):
    window = open_reader(qtbot, deck)
    marked = [len(deck.slides) - 2, 3]
    for index in marked:
        window.go_to(index)
        window.actions["bookmark"].trigger()
    window.close()

    again = open_reader(qtbot, deck)
    assert again.bookmarks.ids() == [deck.slides[i].id for i in sorted(marked)]
    menu = bookmarks_menu(again)
    entries = [a for a in menu.actions() if a.text().endswith(deck.slides[marked[0]].title)]
    assert len(entries) == 1
    entries[0].trigger()
    assert again.index == marked[0]


def test_bookmarks_are_kept_per_deck(qtbot, deck, tmp_path):
    window = open_reader(qtbot, deck)
    window.go_to(2)
    window.actions["bookmark"].trigger()
    other = load_deck(write_deck(tmp_path / "other", {"a.md": "# Один\n\n---\n\n# Два\n"}))[0]
    second = open_reader(qtbot, other)
    assert second.bookmarks.ids() == []
    assert "Закладок пока нет" in [plain(a.text()) for a in bookmarks_menu(second).actions()]


def test_a_stored_list_with_foreign_ids_is_read_as_what_matches(qtbot, deck):
    Settings().set("deck/bookmarks", f"../etc/passwd {deck.slides[1].id} <b>",
                   deck_key(deck.root))
    window = open_reader(qtbot, deck)
    assert window.bookmarks.ids() == [deck.slides[1].id]


def test_no_room_for_another_bookmark_is_said_not_crashed(qtbot, tmp_path):
    """Ids are as long as a deck makes them; the stored list has a cap."""
    long_id = "x" * 500
    count = OPTIONS["deck/bookmarks"].max_length // len(long_id) + 2
    chapters = {"a.md": "\n---\n".join(f"id: {long_id[:-2]}{n:02}\n\n# Слайд {n}\n"
                                        for n in range(count))}
    deck = load_deck(write_deck(tmp_path / "long", chapters))[0]
    window = open_reader(qtbot, deck)
    for index in range(count):
        window.go_to(index)
        window.actions["bookmark"].trigger()
    assert 0 < len(window.bookmarks.ids()) < count
    assert not window.actions["bookmark"].isChecked()
    assert "Закладок слишком много" in window.statusBar().currentMessage()


def test_a_slide_id_too_long_to_keep_as_the_place_is_no_crash(qtbot, tmp_path):
    long_id = "y" * (OPTIONS["deck/position"].max_length + 10)
    deck = load_deck(write_deck(tmp_path / "long", {"a.md": f"id: {long_id}\n\n# Слайд\n"}))[0]
    window = open_reader(qtbot, deck)
    assert window.slide.id == long_id
    assert Settings().get("deck/position", deck_key(deck.root)) == ""

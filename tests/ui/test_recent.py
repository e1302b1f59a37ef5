"""Recent decks, opening a deck by dropping it, and the window coming back as it was left."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.mnemonics import numbered
from app.ui.reader_window import ReaderWindow
from app.ui.recent import MAX_RECENT, recent_decks, remember_deck
from tests.helpers import SHIPPED_DECK, write_deck


@pytest.fixture
def deck():
    return load_deck(SHIPPED_DECK)[0]


def open_window(qtbot, deck, restore: bool = False) -> ReaderWindow:
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    if not restore:
        window.resize(1280, 720)
    with qtbot.waitExposed(window):
        window.show()
    return window


def small_deck(folder):
    return write_deck(folder, {"a.md": "# Слайд\n\nТекст.\n"})


# -- recent decks --------------------------------------------------------------------


def test_recent_keeps_the_newest_ten_and_prunes_missing_ones(tmp_path):
    settings = Settings()
    folders = [small_deck(tmp_path / f"deck{n}") for n in range(MAX_RECENT + 2)]
    for folder in folders:
        remember_deck(settings, folder)
    remember_deck(settings, folders[5])  # opened again: first, once
    recent = recent_decks(settings)
    assert len(recent) == MAX_RECENT
    assert recent[0] == folders[5].resolve()
    assert recent[1] == folders[-1].resolve()
    shutil.rmtree(folders[-1])
    assert folders[-1].resolve() not in recent_decks(settings)


@pytest.mark.parametrize("stored", ["not json", '{"a": 1}', '[1, null, "relative/path"]'])
def test_a_broken_recent_list_is_empty_not_a_crash(stored):
    settings = Settings()
    settings.set("ui/recent", stored)
    assert recent_decks(settings) == []


def test_file_recent_opens_another_deck(qtbot, deck, tmp_path):
    other = small_deck(tmp_path / "other")
    remember_deck(Settings(), other)
    window = open_window(qtbot, deck)
    window.recent_menu.aboutToShow.emit()
    entries = window.recent_menu.actions()
    assert [a.text() for a in entries] == [numbered(0, str(other.resolve()))]  # not the open deck
    opened: list = []
    # A plain slot, kept: leaving waitSignal disconnects from the window while slide workers
    # lay text out, which once deadlocked (see the stop note on the prerender workers).
    window.open_requested.connect(opened.append)
    entries[0].trigger()
    assert opened == [other.resolve()]


def test_opening_a_deck_puts_it_first_in_recent(qtbot, deck):
    open_window(qtbot, deck)
    assert recent_decks(Settings())[0] == deck.root.resolve()


# -- dropping a deck -------------------------------------------------------------------


def drop(window, path) -> tuple[bool, bool]:
    """Drag `path` over the window and drop it: (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return enter.isAccepted(), event.isAccepted()


def test_dropping_a_deck_folder_opens_it(qtbot, deck, tmp_path):
    window = open_window(qtbot, deck)
    folder = small_deck(tmp_path / "dropped")
    with qtbot.waitSignal(window.open_requested) as opened:
        assert drop(window, folder) == (True, True)
    assert opened.args == [folder]


def test_dropping_deck_toml_opens_its_folder(qtbot, deck, tmp_path):
    window = open_window(qtbot, deck)
    folder = small_deck(tmp_path / "dropped")
    with qtbot.waitSignal(window.open_requested) as opened:
        drop(window, folder / "deck.toml")
    assert opened.args == [folder]


def test_dropping_something_else_is_refused(qtbot, deck, tmp_path):
    window = open_window(qtbot, deck)
    plain = tmp_path / "plain"
    plain.mkdir()
    with qtbot.assertNotEmitted(window.open_requested):
        assert drop(window, plain) == (False, False)


# -- the window as it was left -----------------------------------------------------------


def test_geometry_splits_and_panes_are_restored(qtbot, deck):
    window = open_window(qtbot, deck)
    window.resize(760, 520)
    window.splitter.setSizes([180, 760 - 180])
    window.actions["toggle_text"].trigger()
    window.actions["toggle_sidebar"].trigger()
    window.actions["toggle_sidebar"].trigger()  # hidden and shown: its width is kept
    sidebar = window.splitter.sizes()[0]
    window.close()

    again = open_window(qtbot, deck, restore=True)
    assert (again.width(), again.height()) == (760, 520)
    assert abs(again.splitter.sizes()[0] - sidebar) <= 2
    assert not again.area.text.isVisible()
    assert not again.actions["toggle_text"].isChecked()
    assert again.sidebar.isVisible()


def test_a_hidden_chapter_tree_stays_hidden(qtbot, deck):
    window = open_window(qtbot, deck)
    window.actions["toggle_sidebar"].trigger()
    window.close()
    again = open_window(qtbot, deck, restore=True)
    assert not again.sidebar.isVisible()
    assert not again.actions["toggle_sidebar"].isChecked()

"""Opening decks in windows: a good deck opens, a bad folder is a message."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.settings import Settings
from app.ui.application import Windows
from tests.helpers import SHIPPED_DECK


def test_open_path_opens_a_reader(qtbot):
    windows = Windows(Settings())
    windows.open_path(SHIPPED_DECK)
    assert len(windows.readers) == 1
    reader = windows.readers[0]
    qtbot.addWidget(reader)
    assert reader.isVisible()
    assert reader.deck.title


def test_a_folder_that_is_not_a_deck_is_a_message(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    windows = Windows(Settings())
    windows.open_path(tmp_path)
    assert windows.readers == []
    assert "это не колода" in shown[0]


def test_open_reader_at_a_position(qtbot):
    from app.deck.loader import load_deck

    deck, diagnostics = load_deck(SHIPPED_DECK)
    windows = Windows(Settings())
    reader = windows.open_reader(deck, diagnostics, (7, 0))
    qtbot.addWidget(reader)
    assert reader.index == 7

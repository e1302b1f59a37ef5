"""Exports from the reader's File menu: the book as EPUB and as one offline page."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.mnemonics import plain
from app.ui.reader_window import ReaderWindow
from tests.helpers import SHIPPED_DECK


@pytest.fixture
def window(qtbot):
    deck = load_deck(SHIPPED_DECK)[0]
    win = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(win)
    return win


def test_the_file_menu_offers_epub_and_html(window):
    file_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Файл")
    names = [action.objectName() for action in file_menu.actions()]
    assert {"export_epub", "export_html"} <= set(names)


def test_epub_from_the_menu_asks_where_and_writes_the_book(window, tmp_path, monkeypatch):
    target = tmp_path / "book.epub"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions["export_epub"].trigger()
    assert zipfile.ZipFile(target).read("mimetype") == b"application/epub+zip"
    assert str(target) in window.statusBar().currentMessage()


def test_html_from_the_menu_writes_one_page(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.actions["export_html"].trigger()
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_an_unwritable_place_is_a_message(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert window.exporter.epub(blocker / "book.epub") == 0
    assert window.exporter.html(blocker / "page") is None
    assert len(shown) == 2

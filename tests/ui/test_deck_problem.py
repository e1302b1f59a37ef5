"""A deck that cannot be read opens no empty reader: it says why, and offers another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.deck.loader import load_deck
from app.settings import Settings
from app.ui.application import Windows
from app.ui.recent import remember_deck
from tests.helpers import write_deck

BROKEN_TOML = 'title = "Открытая кавычка\nduration = 10\n'


@pytest.fixture
def broken(tmp_path):
    root = write_deck(tmp_path / "broken", {"a.md": "# Один\n"})
    (root / "deck.toml").write_text(BROKEN_TOML, encoding="utf-8")
    return root


@pytest.fixture
def good(tmp_path):
    return write_deck(tmp_path / "good", {"a.md": "# Один\n---\n# Два\n"})


def refused(qtbot, windows: Windows, path):
    windows.open_path(path)
    problem = windows.problems[-1]
    qtbot.addWidget(problem)
    return problem


def keep_readers(qtbot, windows: Windows) -> None:
    for reader in windows.readers:
        qtbot.addWidget(reader)


def test_a_broken_manifest_shows_its_file_and_line_not_an_empty_reader(qtbot, broken):
    windows = Windows(Settings())
    problem = refused(qtbot, windows, broken)
    assert windows.readers == []
    assert problem.isVisible()
    assert str(broken) in problem.summary.text()
    assert problem.problems.toPlainText().startswith("deck.toml:1: ошибка: ")
    assert problem.again.isVisibleTo(problem)


def test_a_deck_loaded_with_no_slide_is_refused_too(qtbot, broken):
    """`python main.py DECK` reads the deck first, then asks the windows to open it."""
    windows = Windows(Settings())
    windows.open_deck(*load_deck(broken))
    [problem] = windows.problems
    qtbot.addWidget(problem)
    assert windows.readers == []
    assert "deck.toml:1" in problem.problems.toPlainText()


def test_a_folder_that_is_no_deck_has_nothing_to_open_again(qtbot, tmp_path):
    problem = refused(qtbot, Windows(Settings()), tmp_path)
    assert "deck.toml" in problem.summary.text()
    assert not problem.problems.isVisibleTo(problem)
    assert not problem.again.isVisibleTo(problem)


def test_enter_on_a_recent_deck_opens_it(qtbot, broken, good):
    settings = Settings()
    remember_deck(settings, good)
    remember_deck(settings, broken)  # the refused deck itself is not offered
    windows = Windows(settings)
    problem = refused(qtbot, windows, broken)
    assert [problem.recent.item(i).text() for i in range(problem.recent.count())] == [
        str(good.resolve())]
    assert problem.recent.hasFocus() or problem.focusWidget() is problem.recent
    qtbot.keyClick(problem.recent, Qt.Key.Key_Return)
    keep_readers(qtbot, windows)
    assert [reader.deck.root for reader in windows.readers] == [good.resolve()]
    assert not problem.isVisible()


def test_open_again_reads_the_fixed_deck(qtbot, broken):
    windows = Windows(Settings())
    problem = refused(qtbot, windows, broken)
    (broken / "deck.toml").write_text(
        'title = "Исправлено"\n\n[[chapters]]\ntitle = "Глава"\nfile = "a.md"\n', encoding="utf-8")
    problem.again.click()
    keep_readers(qtbot, windows)
    assert [reader.deck.title for reader in windows.readers] == ["Исправлено"]


def test_open_again_on_a_deck_still_broken_says_so_again(qtbot, broken):
    windows = Windows(Settings())
    first = refused(qtbot, windows, broken)
    first.again.click()
    second = windows.problems[-1]
    qtbot.addWidget(second)
    assert second is not first
    assert second.isVisible()
    qtbot.waitUntil(lambda: windows.problems == [second])  # the first, closed, is let go
    assert windows.readers == []


def test_another_deck_is_asked_for_in_a_folder_dialog(qtbot, monkeypatch, broken, good):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(good))
    windows = Windows(Settings())
    problem = refused(qtbot, windows, broken)
    problem.other.click()
    keep_readers(qtbot, windows)
    assert [reader.deck.root for reader in windows.readers] == [good.resolve()]


def test_the_window_speaks_the_ui_language(qtbot, speak, broken):
    speak("en")
    problem = refused(qtbot, Windows(Settings()), broken)
    assert "could not be opened" in problem.summary.text()
    assert problem.problems.toPlainText().startswith("deck.toml:1: error: ")
    assert problem.other.text() == "&Open Another Deck…"

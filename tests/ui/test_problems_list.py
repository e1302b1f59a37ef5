"""The deck's problems listed in the reader: where each is, and its slide one key away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.application import Windows
from app.ui.problems_list import SLIDE_ROLE
from app.ui.reader_window import ReaderWindow
from tests.helpers import write_deck

# The third slide has a misspelt key, the deck.toml an unknown one: one problem on a
# slide, one that is on none.
CHAPTER = "# Один\n---\n# Два\n---\ncolour: red\n\n# Три\n"
MANIFEST = ('title = "Колода с замечаниями"\nsubtitel = "опечатка"\n\n'
            '[[chapters]]\ntitle = "Глава"\nfile = "a.md"\n')


@pytest.fixture
def flawed(tmp_path):
    return write_deck(tmp_path / "deck", {"a.md": CHAPTER}, MANIFEST)


def open_reader(qtbot, root) -> ReaderWindow:
    deck, diagnostics = load_deck(root)
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings(), diagnostics)
    qtbot.addWidget(window)
    window.show()
    return window


def test_each_problem_is_listed_at_its_place_and_enter_shows_its_slide(qtbot, flawed):
    window = open_reader(qtbot, flawed)
    assert len(window.diagnostics) == 2
    count = window.statusBar().findChild(QPushButton, "problemsCount")
    assert count.text() == "Замечаний: 2"
    count.click()
    problems = window.problems_list
    assert problems.isVisible()
    lines = [problems.problems.item(row).text() for row in range(problems.problems.count())]
    assert lines[0].startswith("a.md:5: предупреждение: unknown attribute 'colour'")
    assert lines[1].startswith("deck.toml:2: ")
    third = window.deck.slides[2]
    assert problems.problems.item(0).data(SLIDE_ROLE) == third.index
    assert window.index == 0
    problems.problems.setFocus()
    qtbot.keyClick(problems.problems, Qt.Key.Key_Return)
    assert window.index == third.index
    assert problems.isVisible()  # open for the next one


def test_a_problem_on_no_slide_offers_no_slide(qtbot, flawed):
    window = open_reader(qtbot, flawed)
    window.actions["deck_problems"].trigger()
    problems = window.problems_list
    problems.problems.setCurrentRow(1)  # deck.toml
    assert problems.problems.currentItem().data(SLIDE_ROLE) is None
    assert not problems.show_button.isEnabled()
    qtbot.keyClick(problems.problems, Qt.Key.Key_Return)
    assert window.index == 0
    problems.problems.setCurrentRow(0)
    assert problems.show_button.isEnabled()


def test_ctrl_c_copies_the_whole_list(qtbot, flawed):
    window = open_reader(qtbot, flawed)
    window.show_problems()
    qtbot.keyClick(window.problems_list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert len(copied) == 2
    assert copied[0].startswith("a.md:5: ")


def test_a_clean_deck_has_no_list_to_open(qtbot, tmp_path):
    window = open_reader(qtbot, write_deck(tmp_path / "deck", {"a.md": "# Один\n"}))
    assert window.diagnostics == []
    assert not window.actions["deck_problems"].isEnabled()
    assert window.statusBar().findChild(QPushButton, "problemsCount") is None


def test_the_list_stays_open_and_updated_when_the_deck_reloads(qtbot, flawed):
    windows = Windows(Settings())
    first = windows.open_reader(*load_deck(flawed))  # closed (and deleted) by the reload
    first.show_problems()
    first.problems_list.move(40, 30)
    place = first.problems_list.geometry()
    (flawed / "a.md").write_text(CHAPTER.replace("colour: red\n\n", ""), encoding="utf-8")
    qtbot.waitUntil(lambda: windows.readers and windows.readers[-1] is not first, timeout=5000)
    reloaded = windows.readers[-1]
    qtbot.addWidget(reloaded)
    assert reloaded.problems_list is not None
    assert reloaded.problems_list.isVisible()
    assert reloaded.problems_list.problems.count() == 1  # the slide's problem is fixed
    assert reloaded.problems_list.geometry() == place


def test_a_new_language_keeps_the_problems_and_their_list(qtbot, speak, flawed):
    windows = Windows(Settings())
    first = windows.open_reader(*load_deck(flawed))  # closed (and deleted) by the rebuild
    first.show_problems()
    first.problems_list.problems.setCurrentRow(1)
    windows.change_language("en")
    second = windows.readers[-1]
    qtbot.addWidget(second)
    assert second is not first
    assert second.actions["deck_problems"].isEnabled()
    assert second.statusBar().findChild(QPushButton, "problemsCount").text() == "Issues: 2"
    assert second.statusBar().currentMessage().startswith("The deck has 2 issue(s)")
    assert second.problems_list.isVisible()
    assert second.problems_list.problems.currentRow() == 1


def test_a_deck_with_thousands_of_problems_lists_the_first_and_counts_the_rest(
        qtbot, tmp_path, monkeypatch):
    from app.ui import problems_list

    monkeypatch.setattr(problems_list, "MAX_LISTED", 5)
    root = write_deck(tmp_path / "deck", {"a.md": "\n---\n".join(["zz: x\n\n# Слайд"] * 8)})
    window = open_reader(qtbot, root)
    assert len(window.diagnostics) == 8
    window.show_problems()
    rows = window.problems_list.problems
    assert rows.count() == 6
    assert [rows.item(row).data(SLIDE_ROLE) for row in range(5)] == [0, 1, 2, 3, 4]
    assert rows.item(5).text().startswith("…и ещё 3; все — в терминале: ")
    assert rows.item(5).data(SLIDE_ROLE) is None

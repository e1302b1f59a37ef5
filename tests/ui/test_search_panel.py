"""The search panel and the reading pane's highlight: typing, keys, signals, escaping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from app.deck.loader import load_deck
from app.deck.search import search
from app.ui.reading_pane import HIGHLIGHT, ReadingPane
from app.ui.search_panel import HTML_ROLE, SearchPanel
from tests.helpers import write_deck


@pytest.fixture
def panel(qtbot, shipped_deck):
    widget = SearchPanel(shipped_deck)
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each letter: qtbot.keyClicks knows only ASCII, not Cyrillic."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char))


def type_query(qtbot, panel: SearchPanel, text: str) -> None:
    """Type as a user does and wait for the debounced search to list its hits."""
    expected = len(search(panel.deck, text))
    assert expected
    type_text(panel.field, text)
    qtbot.waitUntil(lambda: panel.query == text and panel.results.count() == expected)


def test_typing_searches_after_a_pause(qtbot, panel, shipped_deck):
    type_text(panel.field, "кавагучи")
    assert panel.results.count() == 0  # nothing yet: the search waits for a pause
    qtbot.waitUntil(lambda: panel.results.count() > 0)
    hits = search(shipped_deck, "кавагучи")
    assert panel.hits == hits
    assert panel.results.count() == len(hits)
    first = panel.results.item(0).text()
    number = shipped_deck.slide_numbers()[hits[0].slide_index]
    assert first.startswith(f"{number}. {shipped_deck.slides[hits[0].slide_index].title}")
    assert hits[0].snippet in first


def test_typing_latin_with_keyclicks(qtbot, panel, shipped_deck):
    qtbot.keyClicks(panel.field, "SONY")
    qtbot.waitUntil(lambda: panel.results.count() > 0)
    assert panel.query == "SONY"
    assert panel.hits == search(shipped_deck, "sony")


def test_summary_counts_matches_and_slides_with_plurals(qtbot, panel, shipped_deck):
    type_query(qtbot, panel, "кавагучи")
    hits = search(shipped_deck, "кавагучи")
    matches, slides = sum(h.count for h in hits), len({h.slide_index for h in hits})
    assert slides >= 5
    assert panel.summary.text() == f"Найдено: {matches} на {slides} слайдах"


def test_summary_for_one_slide_nothing_and_too_short(qtbot, search_deck):
    panel = SearchPanel(search_deck)
    qtbot.addWidget(panel)
    def summary(query: str) -> str:
        panel.field.setText(query)
        panel.run_search()
        return panel.summary.text()

    assert summary("тегом") == "Найдено: 1 на 1 слайде"
    assert summary("нет такого слова") == "Ничего не найдено"
    assert panel.results.count() == 0
    assert summary("т") == "Введите хотя бы два символа"
    assert summary("") == ""


def test_enter_moves_into_results_then_chooses(qtbot, panel, shipped_deck):
    type_query(qtbot, panel, "кавагучи")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert panel.focusWidget() is panel.results
    assert panel.results.currentRow() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentRow() == 1
    with qtbot.waitSignal(panel.hit_chosen) as blocker:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert blocker.args == [search(shipped_deck, "кавагучи")[1].slide_index, "кавагучи"]


def test_down_moves_into_results_and_up_comes_back(qtbot, panel):
    type_query(qtbot, panel, "ООН")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.focusWidget() is panel.results
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.focusWidget() is panel.field


def test_enter_before_the_pause_searches_at_once(qtbot, panel):
    panel.field.setText("Ёрико")
    assert panel.results.count() == 0
    qtbot.keyClick(panel.field, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert panel.results.count() > 0
    assert panel.results.currentRow() == 0


def test_click_chooses(qtbot, panel, shipped_deck):
    type_query(qtbot, panel, "Акасака")
    item = panel.results.item(2)
    rect = panel.results.visualItemRect(item)
    with qtbot.waitSignal(panel.hit_chosen) as blocker:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert blocker.args == [search(shipped_deck, "Акасака")[2].slide_index, "Акасака"]


def test_next_and_previous_hit_cycle(qtbot, panel, shipped_deck):
    type_query(qtbot, panel, "Ёрико")
    indices = [h.slide_index for h in search(shipped_deck, "Ёрико")]
    chosen: list[tuple[int, str]] = []
    panel.hit_chosen.connect(lambda index, query: chosen.append((index, query)))
    for _ in range(len(indices) + 1):
        panel.next_hit()
    assert [i for i, _ in chosen] == indices + indices[:1]
    assert {q for _, q in chosen} == {"Ёрико"}
    assert panel.results.currentRow() == 0
    chosen.clear()
    panel.previous_hit()
    panel.previous_hit()
    assert [i for i, _ in chosen] == [indices[-1], indices[-2]]
    assert panel.results.currentRow() == len(indices) - 2


def test_previous_hit_starts_from_the_end(qtbot, panel, shipped_deck):
    type_query(qtbot, panel, "Ёрико")
    with qtbot.waitSignal(panel.hit_chosen) as blocker:
        panel.previous_hit()
    assert blocker.args[0] == search(shipped_deck, "Ёрико")[-1].slide_index


def test_next_hit_with_nothing_found_is_quiet(qtbot, panel):
    with qtbot.assertNotEmitted(panel.hit_chosen):
        panel.next_hit()
        panel.previous_hit()


@pytest.mark.parametrize("where", ["field", "results"])
def test_escape_closes(qtbot, panel, where):
    type_query(qtbot, panel, "Токио")
    with qtbot.waitSignal(panel.closed):
        qtbot.keyClick(getattr(panel, where), Qt.Key.Key_Escape)


def test_window_shortcuts_do_not_steal_the_panels_keys(qtbot, shipped_deck):
    """The reader binds Return, Down and Esc; in the panel they are the panel's."""
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    for key in ("Return", "Down", "Up", "Esc"):
        action = QAction(key, window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False, key=key: fired.append(key))
        window.addAction(action)
    central = QWidget(window)
    other = QLineEdit(central)
    panel = SearchPanel(shipped_deck, central)
    layout = QVBoxLayout(central)
    layout.addWidget(other)
    layout.addWidget(panel)
    window.setCentralWidget(central)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # A shortcut is offered to the focused widget first, so focus is set as a user would.
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Down)
    assert fired == ["Down"]  # elsewhere the window's shortcut works
    fired.clear()
    panel.focus_query()
    type_query(qtbot, panel, "Токио")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    with qtbot.waitSignal(panel.hit_chosen):
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    with qtbot.waitSignal(panel.closed):
        qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    assert fired == []


class KeyRecorder(QWidget):
    """A parent that notes every key press its children let through."""

    def __init__(self):
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        self.keys.append(event.key())
        super().keyPressEvent(event)


def test_claimed_keys_stop_at_the_panel(qtbot, shipped_deck):
    """Down on the last row moves nothing, yet must not reach the window and page the deck."""
    host = KeyRecorder()
    qtbot.addWidget(host)
    panel = SearchPanel(shipped_deck, host)
    panel.field.setText("Ёрико")
    panel.run_search()
    panel.results.setCurrentRow(panel.results.count() - 1)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(panel.results, key)
    assert panel.results.currentRow() == panel.results.count() - 1
    qtbot.keyClick(panel.field, Qt.Key.Key_F3)  # not the panel's: it goes on to the window
    assert host.keys == [Qt.Key.Key_F3]


def test_deck_text_is_shown_literally_not_as_html(qtbot, search_deck):
    panel = SearchPanel(search_deck)
    qtbot.addWidget(panel)
    panel.field.setText("<b>x</b>")
    panel.run_search()
    assert panel.results.count() == 1
    markup = panel.results.item(0).data(HTML_ROLE)
    assert "&lt;b&gt;x&lt;/b&gt;" in markup
    document = QTextDocument()
    document.setHtml(markup)
    shown = document.toPlainText()
    assert "Про <b>x</b> и &" in shown  # the title, and the snippet below it
    assert shown.count("<b>x</b>") == 2
    snippet_start = shown.index("\n") + 1  # the snippet is the second line
    cursor = QTextCursor(document)
    cursor.setPosition(snippet_start + shown[snippet_start:].index("<b>x</b>") + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # only the match is bold
    cursor.setPosition(snippet_start + 1)
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold


def test_rows_draw_two_lines(qtbot, panel):
    type_query(qtbot, panel, "Токио")
    one_line = panel.results.fontMetrics().height()
    assert panel.results.visualItemRect(panel.results.item(0)).height() >= 2 * one_line
    assert not panel.results.grab().isNull()  # paints through the delegate


def test_focus_query_selects_all(qtbot, panel):
    panel.field.setText("Токио")
    panel.focus_query()
    assert panel.focusWidget() is panel.field
    assert panel.field.selectedText() == "Токио"


def test_widgets_have_accessible_names(panel):
    for widget in (panel.field, panel.summary, panel.results):
        assert widget.accessibleName()
    assert panel.field.placeholderText() == "Поиск по тексту…"
    assert panel.field.isClearButtonEnabled()


# -- the reading pane ---------------------------------------------------------


@pytest.fixture
def pane(qtbot, search_deck):
    widget = ReadingPane()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show_slide(search_deck.slides[0], "Глава 1", notes=True)
    return widget


def marked(pane: ReadingPane) -> list[str]:
    return [selection.cursor.selectedText() for selection in pane.extraSelections()]


def test_highlight_marks_every_match(pane):
    # Heading and reader text are shown; notes follow: «Токио» twice, «ТОКИО» once.
    assert pane.highlight("токио") == 3
    assert marked(pane) == ["Токио", "Токио", "ТОКИО"]  # after the emoji, still exact
    assert pane.extraSelections()[0].format.background().color() == HIGHLIGHT


def test_highlight_folds_yo_and_joins_whitespace(qtbot, tmp_path):
    deck, _ = load_deck(write_deck(tmp_path / "d", {
        "a.md": "# Ёлка\n\n::: reader\nПервая ёлка.\n\nЕлка вторая.\n"}))
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_slide(deck.slides[0], "")
    assert pane.highlight("ЕЛКА") == 3
    assert marked(pane) == ["Ёлка", "ёлка", "Елка"]
    assert pane.highlight("ёлка. елка") == 1  # across the paragraph break
    assert marked(pane) == ["ёлка.\u2029Елка"]


def test_highlight_clears(pane):
    assert pane.highlight("Токио") == 3
    assert pane.highlight("") == 0
    assert pane.extraSelections() == []
    assert pane.highlight("т") == 0  # too short to search, so nothing is marked
    assert pane.highlight("нет такого") == 0
    assert pane.extraSelections() == []


def test_highlight_scrolls_to_the_first_match(qtbot, tmp_path):
    filler = "\n\n".join(f"Абзац номер {n} без нужного слова." for n in range(60))
    deck, _ = load_deck(write_deck(tmp_path / "d", {
        "a.md": f"# Т\n\n::: reader\n{filler}\n\nВот иголка.\n"}))
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    with qtbot.waitExposed(pane):
        pane.show()
    pane.show_slide(deck.slides[0], "")
    assert pane.verticalScrollBar().value() == 0
    assert pane.highlight("иголка") == 1
    assert pane.verticalScrollBar().value() > 0
    selections = pane.extraSelections()
    rect = pane.cursorRect(selections[0].cursor)
    assert pane.viewport().rect().intersects(rect)

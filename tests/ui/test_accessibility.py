"""A screen reader and a keyboard can use the reader: names, descriptions, focus, font size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QWidget

from app.deck.loader import load_deck
from app.deck.model import Kind
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.accessibility import accessible_name, is_control, scaled_points
from app.ui.presentation import PresentationSession
from app.ui.reader_window import ReaderWindow
from app.ui.reading_pane import ReadingPane
from tests.helpers import SHIPPED_DECK


@pytest.fixture(scope="module")
def deck():
    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture
def window(qtbot, deck):
    win = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(win)
    win.resize(1280, 720)
    with qtbot.waitExposed(win):
        win.show()
    return win


def nameless_controls(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in [root, *root.findChildren(QWidget)]
            if is_control(w) and not accessible_name(w).strip()]


def test_every_control_of_the_reader_has_a_name(window):
    window.open_search()  # its field, list and the field's clear button
    assert nameless_controls(window) == []
    assert len([w for w in window.findChildren(QWidget) if is_control(w)]) >= 10


def test_every_control_of_the_console_has_a_name_and_it_reads_the_slide(qtbot, deck):
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  console=True, window_size=(960, 540))
    try:
        for window in session._windows():
            qtbot.addWidget(window)
            assert nameless_controls(window) == []
        view = session.console.current
        first = deck.slides[session.controller.current.index]
        assert first.title in view.accessibleName()
        session.controller.next_slide()
        session.console.refresh()
        assert view.accessibleName().startswith("Слайд 2 из")
    finally:
        session.end()


def test_the_slide_view_reads_out_title_quote_speaker_and_pictures(window, deck):
    quote = next(s for s in deck.slides if s.kind is Kind.QUOTE and s.speaker and s.images)
    window.go_to(quote.index)
    name, text = window.view.accessibleName(), window.view.accessibleDescription()
    assert quote.title in name
    assert f"{window.numbers[quote.index]} из {len(window.numbers)}" in name
    assert quote.speaker in text
    assert quote.blocks[0].text in text
    assert all(image.alt in text for image in quote.images)
    photo = next(s for s in deck.slides
                 if s.image is not None and s.image.caption and s.image.alt)
    window.go_to(photo.index)
    text = window.view.accessibleDescription()
    assert photo.image.caption in text
    assert photo.image.alt in text
    assert "Иллюстрация: Reportage" in text  # the credit the slide prints
    dialogue = next(s for s in deck.slides if s.kind is Kind.DIALOGUE)
    window.go_to(dialogue.index)
    assert f"{dialogue.turns[0].speaker}: " in window.view.accessibleDescription()


def test_a_slide_change_is_announced(window, monkeypatch):
    events = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: events.append((event.type(), event.object()))))
    window.next_slide()
    kinds = {kind for kind, target in events if target is window.view}
    assert {QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged,
            QAccessible.Event.Announcement} <= kinds
    events.clear()
    window._show()  # the same slide again: nothing new to say
    assert events == []
    build = next(s for s in window.slides if s.step_count > 1)
    window.go_to(build.index)
    assert "шаг" not in window.view.accessibleName()  # read whole: no steps to count
    window.actions["step_by_step"].setChecked(True)
    window.go_to(build.index, 0)
    assert window.view.accessibleName().endswith(f"шаг 1 из {build.step_count}")
    events.clear()
    window.next()  # the next step of a build is news too
    assert window.view.accessibleName().endswith(f"шаг 2 из {build.step_count}")
    assert (QAccessible.Event.Announcement, window.view) in events


def test_a_search_result_is_announced(window, monkeypatch):
    said = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(
        lambda event: said.append(event.message())
        if event.type() == QAccessible.Event.Announcement else None))
    window.open_search()
    window.search.field.setText("Токио")
    window.search.run_search()
    assert said[-1] == window.search.summary.text()
    assert said[-1].startswith("Найдено")


def focus_after_tab(qtbot, window, key=Qt.Key.Key_Tab) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def test_tab_goes_round_the_main_controls_with_a_visible_ring(qtbot, window):
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: window.view.hasFocus())
    seen = [focus_after_tab(qtbot, window) for _ in range(3)]
    assert seen == [window.text, window.sidebar, window.view]  # search hidden: skipped
    ring = window.focus_ring
    assert ring.isVisible()
    assert ring.widget() is window.view
    assert ring.geometry() == QRect(window.view.mapTo(window, QPoint(0, 0)), window.view.size())
    assert focus_after_tab(qtbot, window, Qt.Key.Key_Backtab) is window.sidebar
    window.open_search()
    seen = [focus_after_tab(qtbot, window) for _ in range(2)]
    assert seen == [window.search.results, window.sidebar]
    qtbot.mouseClick(window.text.viewport(), Qt.MouseButton.LeftButton)
    assert window.text.hasFocus()
    assert not ring.isVisible()  # a click is not a keyboard move: no ring


def test_the_slide_takes_keys_when_focused(qtbot, window):
    window.view.setFocus()
    start = window.index
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert (window.index, window.step) != (start, 0)


def test_text_sizes_follow_the_desktop_font(qapp):
    before = QFont(qapp.font())
    try:
        big = QFont(before)
        big.setPointSizeF(20)
        qapp.setFont(big)
        assert scaled_points(12) == pytest.approx(24)
        large = ReadingPane().base_point_size
        small_font = QFont(before)
        small_font.setPointSizeF(10)
        qapp.setFont(small_font)
        assert ReadingPane().base_point_size == pytest.approx(large / 2)
    finally:
        qapp.setFont(before)

"""Reading the deck: the slide uses the window, the tree shows whole titles, the text is
set like the slides, notes stay the presenter's, builds are read complete."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.deck.loader import load_deck
from app.deck.model import Kind
from app.render.context import RenderContext
from app.render.theme import Theme
from app.render.typography import NB_HYPHEN, NBSP
from app.settings import Settings, deck_key
from app.ui.reader_window import ReaderWindow
from app.ui.reading_pane import ReadingPane
from app.ui.text_writer import Typefaces
from tests.helpers import SHIPPED_DECK, write_deck


@pytest.fixture
def deck():
    return load_deck(SHIPPED_DECK)[0]


def open_window(qtbot, deck, size=(1280, 720)) -> ReaderWindow:
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.wait(10)
    return window


@pytest.fixture
def window(qtbot, deck):
    return open_window(qtbot, deck)


def slide_share(window: ReaderWindow) -> float:
    """The slide's width as a share of the width the reading area has."""
    return window.view.slide_rect().width() / window.area.width()


# -- the slide uses the space ----------------------------------------------------------


def test_in_slide_mode_the_slide_takes_the_free_width_at_full_hd(qtbot, deck):
    window = open_window(qtbot, deck, (1920, 1080))
    window.set_text_visible(False)
    qtbot.waitUntil(lambda: window.view.width() > window.area.width() * 0.9)
    assert slide_share(window) >= 0.7


def test_beside_the_text_the_slide_keeps_most_of_the_width(qtbot, deck):
    window = open_window(qtbot, deck, (1920, 1080))
    assert window.area.text.isVisible()
    assert not window.area.below
    assert slide_share(window) >= 0.6
    assert window.area.text.width() >= 320  # and the text a readable column


def test_text_below_the_slide_and_the_split_are_remembered(qtbot, deck):
    window = open_window(qtbot, deck)
    window.actions["text_below"].trigger()
    assert window.area.below
    window.area.moveSplitter(300, 1)
    dragged = window.area.sizes()[0]
    window.close()

    again = open_window(qtbot, deck)
    assert again.area.below
    assert again.actions["text_below"].isChecked()
    assert abs(again.area.sizes()[0] - dragged) <= 2


def test_slide_mode_is_remembered(qtbot, deck):
    window = open_window(qtbot, deck)
    window.actions["toggle_text"].trigger()
    assert not window.area.text.isVisible()
    window.close()
    assert not open_window(qtbot, deck).area.text.isVisible()


# -- the chapter tree ------------------------------------------------------------------


def test_tree_titles_wrap_and_show_in_full_on_hover(qtbot, deck):
    window = open_window(qtbot, deck)
    tree = window.sidebar
    assert tree.wordWrap()
    assert tree.textElideMode() is Qt.TextElideMode.ElideNone
    items = tree._slide_items
    for slide, item in zip(deck.slides, items, strict=True):
        assert slide.title in html.unescape(item.toolTip(0))
    window.splitter.setSizes([160, window.width() - 160])
    longest = max(items, key=lambda item: len(item.text(0)))
    shortest = min(items, key=lambda item: len(item.text(0)))
    for item in (longest, shortest):
        item.parent().setExpanded(True)
    qtbot.waitUntil(lambda: tree.visualItemRect(longest).height()
                    > tree.visualItemRect(shortest).height())


def test_the_current_chapter_is_open_and_in_view_at_launch(qtbot, deck):
    last_chapter = deck.main_chapters[-1]
    slide = last_chapter.slides[-1]
    Settings().set("deck/position", f"{slide.id}:0", deck_key(deck.root))
    window = open_window(qtbot, deck, (1280, 560))
    tree = window.sidebar
    item = tree.currentItem()
    assert item is tree._slide_items[slide.index]
    assert item.parent().isExpanded()
    assert tree.viewport().rect().contains(tree.visualItemRect(item))
    others = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
              if tree.topLevelItem(i) is not item.parent()]
    assert not any(other.isExpanded() for other in others)


# -- the text pane ---------------------------------------------------------------------

TYPESET = ('# Заголовок "в кавычках"\n\n::: reader\n'
           'Сотрудники "акимата" сказали: "о "главном" и в Японии" — так '
           'Касым-Жомарт Токаев ответил в 14 часов.\n\n'
           '::: notes\nВыдержать паузу.\n')


@pytest.fixture
def typeset_slide(tmp_path):
    return load_deck(write_deck(tmp_path / "t", {"a.md": TYPESET}))[0].slides[0]


def test_text_pane_sets_russian_typography(qtbot, typeset_slide):
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_slide(typeset_slide, "Глава")
    text = pane.document().toRawText()  # toPlainText() turns no-break spaces into spaces
    assert '"' not in text
    assert "«акимата»" in text
    assert f"«о{NBSP}„главном“ и" in text
    assert f"в{NBSP}Японии" in text
    assert f"{NBSP}— так" in text
    assert f"Касым{NB_HYPHEN}Жомарт" in text
    assert f"14{NBSP}часов" in text


def test_text_pane_is_set_in_the_decks_typefaces(qtbot, typeset_slide):
    theme = Theme.load("light")
    faces = Typefaces.of(theme)
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.set_typefaces(faces)
    pane.show_slide(typeset_slide, "Глава")
    assert pane.document().defaultFont().families()[0] == theme.fonts[theme.type.body.font][0]
    cursor = QTextCursor(pane.document().findBlockByNumber(1))  # the heading
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    heading_faces = cursor.charFormat().fontFamilies()
    assert heading_faces[0] == theme.fonts[theme.type.heading.font][0]
    assert heading_faces[0] != pane.document().defaultFont().families()[0]


def test_search_still_finds_a_hyphenated_name_in_the_typeset_text(qtbot, typeset_slide):
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_slide(typeset_slide, "Глава")
    assert pane.highlight("Касым-Жомарт") == 1


def test_notes_are_hidden_from_readers_until_asked_for(qtbot, window, deck):
    slide = next(s for s in deck.slides if s.notes and not s.hidden)
    window.go_to(slide.index)
    notes = slide.notes[0].text[:30]
    assert notes not in window.text.toPlainText().replace(NBSP, " ")
    window.actions["show_notes"].trigger()
    assert notes[:12] in window.text.toPlainText().replace(NBSP, " ")
    window.close()
    assert open_window(qtbot, deck).actions["show_notes"].isChecked()


# -- builds ----------------------------------------------------------------------------


def test_reading_shows_a_build_complete(qtbot, window, deck):
    build = next(s for s in deck.slides if s.builds_up and s.step_count > 1)
    window.go_to(build.index - 1)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert (window.index, window.step) == (build.index, build.step_count - 1)
    assert window.view.step == build.step_count - 1
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.index == build.index + 1
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert (window.index, window.step) == (build.index, build.step_count - 1)


def test_steps_on_request(qtbot, window, deck):
    build = next(s for s in deck.slides if s.builds_up and s.step_count > 1)
    window.actions["step_by_step"].trigger()
    window.go_to(build.index)
    assert window.step == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert (window.index, window.step) == (build.index, 1)


def _later_step_phrase(words: list[str]) -> tuple[int, str]:
    """A step after the first and a word of it that no earlier step has."""
    for step in range(len(words) - 1, 0, -1):
        earlier = " ".join(words[:step]).lower()
        for word in words[step].split():
            word = word.strip(".,:;!?«»\"()—–")
            if len(word) >= 6 and word.lower() not in earlier:
                return step, word
    raise AssertionError("no step has a word of its own")


@pytest.mark.parametrize("kind", [Kind.BUILD, Kind.DIALOGUE])
@pytest.mark.parametrize("steps", [False, True])
def test_a_search_hit_in_a_later_step_opens_that_step(qtbot, window, deck, kind, steps):
    slide = next(s for s in deck.slides if s.kind is kind and s.step_count > 2)
    words = ([step.text for step in slide.steps] if kind is Kind.BUILD
             else [f"{turn.speaker}: {turn.text}" for turn in slide.turns])
    step, word = _later_step_phrase(words)
    window.actions["step_by_step"].setChecked(steps)
    window.go_to(0)
    window.open_search()
    window.search.field.setText(word)
    qtbot.waitUntil(lambda: any(hit.slide_index == slide.index for hit in window.search.hits))
    window.search.hit_chosen.emit(slide.index, word)
    assert (window.index, window.step) == (slide.index, step)
    assert window.view.step == step


def test_a_talk_from_a_build_read_complete_starts_at_its_first_step(qtbot, window, deck):
    build = next(s for s in deck.slides if s.builds_up and s.step_count > 1)
    window.go_to(build.index)
    assert window.step == build.step_count - 1
    window.present_requested.disconnect()  # the signal is checked, no talk is started
    with qtbot.waitSignal(window.present_requested) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [build.index, 0]

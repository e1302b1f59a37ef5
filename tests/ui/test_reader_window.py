"""The reader window: keys, chapter tree, go-to, resume, panes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.mnemonics import plain
from app.ui.reader_window import ReaderWindow
from tests.helpers import SHIPPED_DECK, finished_grab, open_reader


@pytest.fixture
def deck():
    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture
def window(qtbot, deck):
    return open_reader(qtbot, deck)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.view, key, modifier)


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown,
                                 Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_next_keys(qtbot, window, key):
    window.go_to(0)
    press(qtbot, window, key)
    assert (window.index, window.step) == (1, 0)


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp,
                                 Qt.Key.Key_Backspace])
def test_previous_keys(qtbot, window, key):
    window.go_to(3)
    press(qtbot, window, key)
    assert window.index == 2


def test_home_end(qtbot, window, deck):
    press(qtbot, window, Qt.Key.Key_End)
    assert window.index == len(deck.slides) - 1
    press(qtbot, window, Qt.Key.Key_Home)
    assert window.index == 0


def test_builds_step_forward_and_back(qtbot, window, deck):
    """With «Сборки по шагам» on, the reader pages through builds as a talk does."""
    window.actions["step_by_step"].setChecked(True)
    build = next(s for s in deck.slides if s.step_count >= 4)
    window.go_to(build.index)
    for step in range(1, build.step_count):
        press(qtbot, window, Qt.Key.Key_Right)
        assert (window.index, window.step) == (build.index, step)
    press(qtbot, window, Qt.Key.Key_Right)
    assert (window.index, window.step) == (build.index + 1, 0)
    press(qtbot, window, Qt.Key.Key_Left)
    assert (window.index, window.step) == (build.index, build.step_count - 1)


def test_shift_right_skips_the_build(qtbot, window, deck):
    window.actions["step_by_step"].setChecked(True)
    build = next(s for s in deck.slides if s.step_count >= 4)
    window.go_to(build.index)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert (window.index, window.step) == (build.index + 1, 0)


@pytest.mark.parametrize("number", [1, 2, 3])
def test_ctrl_number_goes_to_the_chapter(qtbot, window, deck, number):
    key = getattr(Qt.Key, f"Key_{number}")
    press(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
    chapter = deck.main_chapters[number - 1]
    assert window.slide is chapter.slides[0]
    assert window.position_label.text().startswith(chapter.title)


def test_status_bar_tells_chapter_and_position(window, deck):
    window.go_to(5)
    text = window.position_label.text()
    visible = sum(not s.hidden for s in deck.slides)
    assert f"слайд 6/{visible}" in text
    assert deck.chapters[deck.slides[5].chapter].title in text


def test_hidden_slides_are_read_and_not_numbered(window, deck):
    hidden = next(s for s in deck.slides if s.hidden)
    window.go_to(hidden.index - 1)
    window.next()
    assert window.index == hidden.index
    assert window.position_label.text().endswith("запасной слайд")
    assert window.sidebar._slide_items[hidden.index].text(0).startswith("запасной")


def test_go_to_asks_for_a_number(qtbot, window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (12, True))
    press(qtbot, window, Qt.Key.Key_G)
    assert window.index == 11


def test_go_to_cancelled_stays(qtbot, window, monkeypatch):
    window.go_to(4)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (12, False))
    press(qtbot, window, Qt.Key.Key_G)
    assert window.index == 4


def test_chapter_tree_click_goes_there(qtbot, window, deck):
    target = deck.main_chapters[2].slides[1]
    item = window.sidebar._slide_items[target.index]
    window.sidebar.itemClicked.emit(item, 0)
    assert window.index == target.index
    assert window.sidebar.currentItem() is item


def test_tree_follows_the_current_slide(window):
    window.go_to(7)
    assert window.sidebar.currentItem() is window.sidebar._slide_items[7]


def test_reading_pane_shows_the_full_text(window, deck):
    slide = next(s for s in deck.slides if s.reader)
    window.go_to(slide.index)
    assert slide.reader[0].text[:40] in window.text.toPlainText()


def test_reading_pane_toggle_and_zoom(qtbot, window):
    assert window.text.isVisible()
    press(qtbot, window, Qt.Key.Key_F9)
    assert not window.text.isVisible()
    press(qtbot, window, Qt.Key.Key_F9)
    assert window.text.isVisible()
    size = window.text.document().defaultFont().pointSizeF()
    press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text.document().defaultFont().pointSizeF() > size


def test_click_and_wheel_page(qtbot, window):
    window.go_to(0)
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton)
    assert window.index == 1
    qtbot.mouseClick(window.view, Qt.MouseButton.RightButton)
    assert window.index == 0


def test_fullscreen_and_escape(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    assert not window.sidebar.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.sidebar.isVisible()


def test_resume_where_the_reader_stopped(qtbot, deck):
    settings = Settings()
    first = ReaderWindow(deck, RenderContext.for_deck(deck), settings)
    qtbot.addWidget(first)
    build = next(s for s in deck.slides if s.step_count >= 4)
    first.go_to(build.index, 2)
    first.close()
    second = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(second)
    assert (second.index, second.step) == (build.index, 2)


def test_resume_survives_a_vanished_slide(qtbot, deck):
    settings = Settings()
    from app.settings import deck_key

    settings.set("deck/position", "no-such-slide:3", deck_key(deck.root))
    window = ReaderWindow(deck, RenderContext.for_deck(deck), settings)
    qtbot.addWidget(window)
    assert (window.index, window.step) == (0, 0)


def test_f5_asks_to_present_from_the_start_and_shift_f5_from_here(qtbot, window):
    window.go_to(6)
    with qtbot.waitSignal(window.present_requested) as blocker:
        press(qtbot, window, Qt.Key.Key_F5)
    assert blocker.args == [0, 0]
    window.session.end()  # while a show runs, F5 goes to it (see test_presentation_traps)
    window.go_to(6)
    with qtbot.waitSignal(window.present_requested) as blocker:
        press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [6, 0]
    window.session.end()


def test_slide_view_paints_a_letterboxed_slide(qtbot, window):
    window.go_to(0)
    image = finished_grab(qtbot, window.view)
    rect = window.view.slide_rect()
    assert abs(rect.width() / rect.height() - 16 / 9) < 0.01
    colours = {image.pixelColor(x, y).rgb() for x in range(rect.left(), rect.right(), 17)
               for y in range(rect.top(), rect.bottom(), 17)}
    assert len(colours) > 20


def test_presenting_returns_to_the_reader_where_it_stopped(qtbot, window):
    window.go_to(4)
    qtbot.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    session = window.session
    assert session is not None
    assert session.controller.position.slide == 4
    session.controller.next_slide()
    session.controller.next_slide()
    session.end()
    assert window.session is None
    assert window.index == 6


def test_alt_left_returns_after_a_jump(qtbot, window, deck):
    window.go_to(3)
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    chapter_start = window.index
    assert chapter_start != 3
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.index == 3
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.index == chapter_start


def test_menus_are_built_from_the_action_table(window):
    titles = [plain(action.text()) for action in window.menuBar().actions()]
    assert titles == ["Файл", "Навигация", "Вид", "Закладки", "Показ", "Справка"]
    view_menu = window.menuBar().actions()[2].menu()
    assert "Выйти из полноэкранного режима" not in [plain(a.text()) for a in view_menu.actions()]


def test_dark_theme_switches_the_slides_and_is_remembered(qtbot, window, deck):
    window.go_to(5)
    light = finished_grab(qtbot, window.view)
    dark_item = next(a for a in window.theme_menu.actions() if a.data() == "dark")
    dark_item.trigger()
    dark = finished_grab(qtbot, window.view)
    centre = window.view.slide_rect().center()
    assert light.pixelColor(centre).lightness() > dark.pixelColor(centre).lightness()
    assert Settings().get("ui/theme") == "dark"
    assert dark_item.isChecked()


def test_export_png_from_the_window(qtbot, window, deck, tmp_path):
    written = window.exporter.png(tmp_path / "png")
    assert len(written) == len(deck.slide_numbers())  # backup slides are not exported
    assert all(path.stat().st_size > 1000 for path in written)


def test_export_png_to_an_unwritable_place_is_a_message(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert window.exporter.png(blocker / "png") == []
    assert shown


def test_open_deck_asks_for_a_folder(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(window.open_requested) as opened:
        window.actions["open_deck"].trigger()
    assert opened.args == [tmp_path]


def test_search_finds_goes_and_highlights(qtbot, window, deck):
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.isVisible()
    window.search.field.setText("Калифорни")
    window.search.run_search()
    assert window.search.hits
    window.search.next_hit()
    target = window.search.hits[0].slide_index
    assert window.index == target
    assert window.text.extraSelections()
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.index in {hit.slide_index for hit in window.search.hits}


def test_closing_the_search_clears_the_highlight(qtbot, window):
    window.open_search()
    window.search.field.setText("Токио")
    window.search.run_search()
    window.search.next_hit()
    assert window.text.extraSelections()
    window.search.closed.emit()
    assert not window.search.isVisible()
    assert not window.text.extraSelections()


def test_an_empty_deck_reads_and_refuses_to_present(qtbot, tmp_path):
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "empty", {"a.md": ""})
    deck = load_deck(root)[0]
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    window.show()
    for name in ("next", "previous", "last", "first", "next_theme", "text_bigger", "goto"):
        window.actions[name].trigger()
    window.present(0)
    assert window.session is None
    assert "нет слайдов" in window.statusBar().currentMessage()


def test_deck_titles_are_never_markup(qtbot, tmp_path):
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "html", {"a.md": "# <img src='/etc/x.png'><b>жирный</b>\n"})
    deck = load_deck(root)[0]
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    assert window.position_label.textFormat() == Qt.TextFormat.PlainText
    tip = window.sidebar._slide_items[0].toolTip(0)
    assert "<b>" not in tip
    assert "&lt;b&gt;" in tip


def test_a_touchpad_swipe_of_small_deltas_is_one_step(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window.go_to(0)
    for _ in range(4):  # 4 × 30 = one notch
        event = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, -30), QPoint(0, -30),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.ScrollUpdate, False)
        window.view.wheelEvent(event)
    assert window.index == 1


def test_export_pdf_handouts_from_the_window(qtbot, window, deck, tmp_path):
    pages = window.exporter.pdf(tmp_path / "h.pdf", notes=True)
    assert pages == len(deck.slide_numbers())  # backup slides are not exported
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("argv0", "command"), [("/x/main.py", "python main.py check"),
                                                 ("/usr/bin/reportage", "reportage check")])
def test_the_deck_report_names_the_command_the_user_ran(qtbot, monkeypatch, argv0, command):
    from app.deck.diagnostics import Diagnostic, Severity

    monkeypatch.setattr("sys.argv", [argv0])
    deck = load_deck(SHIPPED_DECK)[0]
    problem = Diagnostic(SHIPPED_DECK / "deck.toml", 1, Severity.ERROR, "broken")
    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings(), diagnostics=[problem])
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage().endswith(command)

"""The traps a speaker fell into, replayed as keys on real (offscreen) windows.

Each test is one of issue 9's findings: the clicker's Esc/F5 pair, grid and
Enter, the backup slide, digits without a console, the reader during a show,
a second rehearsal, a console wider than its screen.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from app.deck.loader import load_deck
from app.present.controller import Blank
from app.present.placement import CONSOLE_MIN
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.presentation import PresentationSession
from tests.helpers import SHIPPED_DECK

SCREENS = [QSize(1280, 720), QSize(1280, 800), QSize(*CONSOLE_MIN)]


@pytest.fixture(scope="module")
def deck():
    return load_deck(SHIPPED_DECK)[0]


def start(qtbot, deck, **options) -> PresentationSession:
    options.setdefault("window_size", (640, 360))
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(), **options)
    for window in session._windows():
        qtbot.addWidget(window)
    return session


@pytest.fixture
def session(qtbot, deck):
    session = start(qtbot, deck)
    yield session
    session.end()


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, k, modifier)


def backup(deck):
    return next(s for s in deck.slides if s.hidden)


# --- 1. Esc then F5 -----------------------------------------------------------------


@pytest.mark.parametrize("which", ["audience", "console"])
def test_the_clickers_esc_f5_pair_never_ends_or_restarts_the_talk(qtbot, session, which):
    c = session.controller
    build = next(s for s in session.deck.slides if s.step_count >= 3 and not s.hidden)
    c.go_to(build.index, 1)
    c.set_duration(10)
    spent = c.readout.chapter_statuses
    window = getattr(session, which)
    with qtbot.assertNotEmitted(session.ended):
        for _ in range(4):
            key(qtbot, window, Qt.Key.Key_Escape)
            assert c.holding
            assert session.console.banner.isVisibleTo(session.console)
            assert session.audience.view.slide.index == build.index  # the hall sees the slide
            key(qtbot, window, Qt.Key.Key_F5)
            assert not c.holding
    assert (c.position.slide, c.position.step) == (build.index, 1)
    assert c.timer.planned_seconds == 600
    assert [s.budget for s in c.readout.chapter_statuses] == [s.budget for s in spent]
    assert session.audience.isVisible()


def test_after_esc_enter_ends_and_a_move_goes_on(qtbot, session):
    c = session.controller
    key(qtbot, session.console, Qt.Key.Key_Escape)
    key(qtbot, session.console, Qt.Key.Key_PageDown)  # the clicker's «next»: the talk goes on
    assert not c.holding
    assert c.position.slide == 1
    key(qtbot, session.console, Qt.Key.Key_Return)  # Enter is «next» again
    assert c.position.slide == 2
    key(qtbot, session.audience, Qt.Key.Key_Escape)
    with qtbot.waitSignal(session.ended) as ended:
        key(qtbot, session.audience, Qt.Key.Key_Enter)
    assert ended.args == [2, 0]


# --- 2. Grid, Enter, the backup slide ------------------------------------------------


def test_grid_arrows_enter_land_on_the_chosen_slide(qtbot, session):
    c = session.controller
    key(qtbot, session.console, Qt.Key.Key_Tab)
    grid = session.console.overview
    assert grid.isVisibleTo(session.console)
    for _ in range(3):
        key(qtbot, grid, Qt.Key.Key_Right)
    chosen = grid.currentItem().data(Qt.ItemDataRole.UserRole)
    key(qtbot, grid, Qt.Key.Key_Return)
    assert c.position.slide == chosen
    assert not grid.isVisibleTo(session.console)


def test_digits_typed_in_the_grid_go_to_that_number(qtbot, session):
    c = session.controller
    c.go_to(3)
    key(qtbot, session.console, Qt.Key.Key_Tab)
    grid = session.console.overview
    assert grid.isVisibleTo(session.console)
    qtbot.keyClicks(grid, "3")  # the list's type-ahead would pick a label starting «3»
    bar = session.console.goto_bar
    assert bar.isVisibleTo(session.console)
    assert bar.edit.text() == "3"
    key(qtbot, bar.edit, Qt.Key.Key_Return)
    assert session.deck.slide_numbers()[c.position.slide] == 3
    assert not grid.isVisibleTo(session.console)


def test_the_backup_slide_is_reached_from_the_grid_by_keys(qtbot, session):
    hidden = backup(session.deck)
    key(qtbot, session.console, Qt.Key.Key_O)
    grid = session.console.overview
    key(qtbot, grid, Qt.Key.Key_End)
    while grid.currentRow() > hidden.index:
        key(qtbot, grid, Qt.Key.Key_Left)
    key(qtbot, grid, Qt.Key.Key_Enter)
    assert session.controller.position.slide == hidden.index
    assert session.controller.readout.slide_number == "запасной"
    assert session.audience.view.context.page_label(hidden) == ""  # no «ЗАПАСНОЙ» in the hall


@pytest.mark.parametrize("which", ["audience", "console"])
def test_minus_one_enter_goes_to_the_backup_slide(qtbot, session, which):
    hidden = backup(session.deck)
    window = getattr(session, which)
    key(qtbot, window, Qt.Key.Key_Minus)
    bar = session.console.goto_bar
    assert bar.isVisibleTo(session.console)
    qtbot.keyClicks(bar.edit, "1")
    key(qtbot, bar.edit, Qt.Key.Key_Return)
    assert session.controller.position.slide == hidden.index
    assert any("запасн" in label.text() for label in bar.findChildren(QLabel))


def test_without_a_console_digits_and_enter_go_to_the_number(qtbot, deck):
    session = start(qtbot, deck, console=False)
    numbers = deck.slide_numbers()
    target = max(numbers.values()) // 2 + 1
    for digit in str(target):
        qtbot.keyClicks(session.audience, digit)
    key(qtbot, session.audience, Qt.Key.Key_Return)
    assert numbers[session.controller.position.slide] == target
    key(qtbot, session.audience, Qt.Key.Key_Return)  # nothing typed: Enter is «next»
    assert numbers[session.controller.position.slide] == target + 1
    session.end()


# --- 6. The rest of the list -----------------------------------------------------------


def test_freeze_is_on_the_console_at_once(qtbot, session):
    key(qtbot, session.audience, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert "ЗАМОРОЖЕНО" in session.console.status_label.text()
    assert session.console.status_label.isVisibleTo(session.console)


def test_r_says_how_to_undo_and_u_brings_the_time_back(qtbot, session):
    c = session.controller
    key(qtbot, session.console, Qt.Key.Key_Right)
    c.timer._settled = 125.0  # two minutes of talk, without waiting for them
    key(qtbot, session.console, Qt.Key.Key_R)
    assert c.readout.elapsed_text == "00:00"
    assert "U" in session.console.notice.text()
    assert session.console.notice.isVisibleTo(session.console)
    key(qtbot, session.audience, Qt.Key.Key_U)
    assert c.readout.elapsed_text.startswith("02:0")


def test_an_unknown_screen_is_named_on_the_console(qtbot, deck):
    session = start(qtbot, deck, screen=8)
    text = session.console.notice.text()
    assert "«9»" in text
    assert "1:" in text  # which screens there are
    assert session.console.notice.isVisibleTo(session.console)
    session.end()


def test_notes_are_notes_only_with_the_step_and_keyboard_scrolling(qtbot, session):
    c = session.controller
    slide = next(s for s in session.deck.slides
                 if s.notes and s.reader and s.step_count >= 2 and not s.hidden)
    c.go_to(slide.index)
    text = session.console.notes.toPlainText()
    assert slide.notes[0].spans[0].text[:20] in text
    assert slide.reader[-1].spans[-1].text[-20:] not in text  # no article text appended
    assert text.splitlines()[0].endswith(slide.title)
    assert f"шаг 1/{slide.step_count}" in session.console.position_label.text()
    session.console.notes.setPlainText("строка\n" * 400)
    bar = session.console.notes.verticalScrollBar()
    key(qtbot, session.console, Qt.Key.Key_J)
    assert bar.value() > 0
    key(qtbot, session.console, Qt.Key.Key_K)
    assert bar.value() == 0


def test_the_reader_drives_a_running_show_and_ctrl_q_ends_it_all(qtbot, deck):
    from app.ui.reader_window import ReaderWindow

    reader = ReaderWindow(deck, RenderContext.for_deck(deck), Settings(), [])
    qtbot.addWidget(reader)
    reader.show()
    reader.present(0, 0, window_size=(640, 360))
    session = reader.session
    for window in session._windows():
        qtbot.addWidget(window)
    reader_at = reader.index
    key(qtbot, reader, Qt.Key.Key_Right)
    assert session.controller.position.slide == 1
    assert reader.index == reader_at
    key(qtbot, reader, Qt.Key.Key_B)  # a clicker key the reader has no use for
    assert session.controller.blank is Blank.BLACK
    key(qtbot, reader, Qt.Key.Key_F5)  # F5 in the reader: the same show goes on
    assert reader.session is session
    assert session.controller.position.slide == 1
    key(qtbot, reader, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert reader.session is None
    assert not session.audience.isVisible()
    assert not session.console.isVisible()


def test_the_lobby_loop_waits_for_any_key_and_says_so(qtbot, deck):
    session = start(qtbot, deck, advance_seconds=5)
    c = session.controller
    assert "ПОКАЗ ПО КРУГУ" in session.console.status_label.text()
    assert not c.kiosk.paused
    key(qtbot, session.audience, Qt.Key.Key_C)  # not a controller command, still a touch
    assert c.kiosk.paused
    assert "ЖДЁТ" in session.console.status_label.text()
    session.end()


# --- 3. A console that fits its screen -------------------------------------------------


def cut_off(window: QWidget) -> list[str]:
    """Visible controls outside the window or squeezed below what their text needs."""
    problems = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox):
            continue
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        where = widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))
        name = f"{type(widget).__name__} «{getattr(widget, 'text', lambda: '')()}»"
        if not inside.contains(where):
            problems.append(f"{name} at {where} is outside {inside}")
        elif widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{name} is {widget.width()} wide, needs {widget.minimumSizeHint()}")
        elif isinstance(widget, QLabel) and widget.wordWrap() and \
                widget.height() < widget.heightForWidth(widget.width()) - 2:
            problems.append(f"{name} is {widget.height()} high, needs more")
    return problems


def everything_on(session) -> None:
    """The console at its fullest: every state, notice and bar at once."""
    c = session.controller
    c.go_to(backup(session.deck).index)
    c.toggle_black()
    c.toggle_freeze()
    session.console.show_error("Ошибка: " + "длинное сообщение " * 12)
    session.console.show_notice("Таймер сброшен — U вернёт прежнее время", 10000)
    c.set_duration(1)
    c.timer._settled = 4000.0
    c.timer.move_to(c.position.slide)
    session.console.refresh()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("mode", ["normal", "rehearsal", "share", "holding"])
def test_every_console_layout_fits_its_screen(qtbot, deck, tmp_path, size, mode):
    root = tmp_path / "deck"
    shutil.copytree(SHIPPED_DECK, root)
    copy = load_deck(root)[0]
    if mode == "rehearsal":  # a first rehearsal, so the second shows its comparisons
        first = start(qtbot, copy, rehearse=True)
        for _ in range(5):
            first.controller.next_step()
            first.controller.timer._settled += 30
        first.end()
    options = {"rehearse": mode == "rehearsal"}
    if mode != "share":
        options["window_size"] = None
    session = start(qtbot, copy, **options)
    console = session.console
    everything_on(session)
    if mode == "holding":
        session.controller.toggle_freeze()
        session.controller.toggle_black()
        session.controller.escape()
        assert session.controller.holding
    if mode == "rehearsal":
        session.controller.go_to(1)
        assert console.rehearsal_label.text()
    console.showNormal()
    console.resize(size)
    console.layout().activate()
    qtbot.wait(20)
    hint = console.minimumSizeHint()
    assert hint.width() <= size.width(), hint
    assert hint.height() <= size.height(), hint
    assert console.size() == size, console.size()
    assert cut_off(console) == []
    session.end()

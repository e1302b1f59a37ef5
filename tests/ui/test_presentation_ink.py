"""Pointer, zoom and pen with real windows (offscreen): the console's mouse, the hall's pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from app.present.ink import Tool
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.presentation import PresentationSession
from app.ui.slide_view import SlideView


@pytest.fixture
def session(qtbot, shipped_deck):
    session = PresentationSession(shipped_deck, RenderContext.for_deck(shipped_deck), Settings(),
                                  console=True, window_size=(960, 540))
    for window in session._windows():
        qtbot.addWidget(window)
    # Side by side, as on two screens: the mouse over the console is not over the audience.
    session.console.move(session.audience.geometry().right() + 50, 0)
    yield session
    session.end()


def at(view: SlideView, fx: float, fy: float) -> QPoint:
    """The view's pixel at fractions (fx, fy) of the slide it paints."""
    rect = QRectF(view.slide_rect())
    return QPointF(rect.x() + fx * rect.width(), rect.y() + fy * rect.height()).toPoint()


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, k, modifier)


def is_red(colour) -> bool:
    return colour.red() > 200 and colour.green() < 110 and colour.blue() < 110


@pytest.mark.parametrize("size", [(640, 360), (800, 600), (1000, 400), (333, 251)])
def test_view_positions_map_to_slide_fractions_at_any_size(qtbot, size):
    view = SlideView(RenderContext.for_deck(_tiny_deck()), interactive=False)
    qtbot.addWidget(view)
    view.set_pointing(True)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    seen = []
    view.pointer_moved.connect(lambda x, y: seen.append((x, y)))
    for fx, fy in ((0.02, 0.03), (0.5, 0.5), (0.25, 0.75), (0.99, 0.99)):
        QTest.mouseMove(view, at(view, fx, fy))
        assert seen[-1] == pytest.approx((fx, fy), abs=2 / view.slide_rect().width())


def test_the_margins_around_the_slide_are_off_it(qtbot):
    view = SlideView(RenderContext.for_deck(_tiny_deck()), interactive=False)
    qtbot.addWidget(view)
    view.set_pointing(True)
    view.resize(800, 700)  # letterboxed: bands above and below
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.pointer_left):
        QTest.mouseMove(view, QPoint(400, 5))


def test_laser_from_the_console_is_a_red_dot_on_the_audience(qtbot, session):
    console, audience = session.console, session.audience
    key(qtbot, console, Qt.Key.Key_L)
    assert session.controller.tool is Tool.LASER
    assert console.current.cursor().shape() == Qt.CursorShape.BlankCursor
    QTest.mouseMove(console.current, at(console.current, 0.25, 0.5))
    assert session.controller.audience_marks.visible_pointer == pytest.approx((0.25, 0.5),
                                                                             abs=0.01)
    picture = audience.view.grab().toImage()
    ratio = picture.devicePixelRatio()
    spot = at(audience.view, 0.25, 0.5) * ratio
    assert is_red(picture.pixelColor(spot + QPoint(round(3 * ratio), 0)))  # beside its hot centre
    assert not is_red(picture.pixelColor(at(audience.view, 0.75, 0.5) * ratio))
    key(qtbot, console, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert session.controller.tool is Tool.SPOTLIGHT
    key(qtbot, console, Qt.Key.Key_Escape)
    assert session.controller.tool is Tool.NONE
    assert console.current.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_a_stroke_drawn_on_the_console_is_kept_and_shown_on_both(qtbot, session):
    console, audience = session.console, session.audience
    key(qtbot, console, Qt.Key.Key_D)
    view = console.current
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0.2, 0.3))
    for step in range(1, 11):
        QTest.mouseMove(view, at(view, 0.2 + step * 0.05, 0.3))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0.7, 0.3))
    (stroke,) = session.controller.annotations[session.controller.position.slide]
    assert stroke.points[0] == pytest.approx((0.2, 0.3), abs=0.01)
    assert stroke.points[-1] == pytest.approx((0.7, 0.3), abs=0.01)
    assert audience.view.marks.strokes == view.marks.strokes == (stroke,)
    picture = audience.view.grab().toImage()
    assert is_red(picture.pixelColor(at(audience.view, 0.45, 0.3) * picture.devicePixelRatio()))
    key(qtbot, console, Qt.Key.Key_PageDown)
    assert audience.view.marks.strokes == ()
    key(qtbot, console, Qt.Key.Key_PageUp)
    assert audience.view.marks.strokes == (stroke,)
    key(qtbot, audience, Qt.Key.Key_E)  # erase works from either window, as every key
    assert audience.view.marks.strokes == ()
    key(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert audience.view.marks.strokes == (stroke,)


def test_zoom_dragged_on_the_console_is_rendered_for_the_hall(qtbot, session):
    console, audience = session.console, session.audience
    key(qtbot, console, Qt.Key.Key_Z)
    view = console.current
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0.1, 0.1))
    QTest.mouseMove(view, at(view, 0.3, 0.3))
    assert view.marks.selection is not None
    assert audience.view.marks.selection is None
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0.5, 0.5))
    zoom = audience.view.marks.zoom
    assert zoom is not None
    assert zoom.side == pytest.approx(0.4, abs=0.01)
    assert view.marks.zoom == zoom  # the presenter sees what the hall sees
    qtbot.waitUntil(audience.view.frame_ready, timeout=10000)
    assert audience.view._key(audience.view.slide, audience.view.step).region == zoom
    key(qtbot, console, Qt.Key.Key_Escape)
    assert audience.view.marks.zoom is None
    assert session.controller.blank.value == "none"
    assert session.audience.isVisible()


def test_the_annotated_pdf_is_saved_where_the_user_says_never_in_the_deck(
        qtbot, session, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    c = session.controller
    c.toggle_tool(Tool.PEN)
    c.pointer_pressed(0.1, 0.1)
    c.pointer_released(0.9, 0.9)
    chosen = [str(session.deck.root / "notes.pdf")]
    monkeypatch.setattr(QFileDialog, "exec", lambda self: True)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: chosen)
    key(qtbot, session.console, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not (session.deck.root / "notes.pdf").exists()
    chosen[0] = str(tmp_path / "talk")
    assert session.annotated.save(c.annotations) == tmp_path / "talk.pdf"
    assert (tmp_path / "talk.pdf").stat().st_size > 1000
    assert session.annotated.offer(c.annotations) is None  # saved: nothing to offer at the end


def _tiny_deck():
    from tests.present.decks import sample_deck

    return sample_deck()


def test_the_end_of_the_talk_offers_unsaved_strokes_only(qtbot, session, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or discard)
    session.end()  # nothing drawn: nothing asked
    assert asked == []
    c = session.controller
    c.toggle_tool(Tool.HIGHLIGHTER)
    c.pointer_pressed(0.1, 0.5)
    c.pointer_released(0.6, 0.5)
    assert session.annotated.offer(c.annotations) is None  # «Discard»
    assert asked == ["Сохранить слайды с пометками в PDF?"]


def test_the_default_place_is_outside_the_deck(session):
    from app.ui.annotated_save import default_path, inside

    path = default_path(session.deck)
    assert path.name.endswith(".annotated.pdf")
    assert path.parent.is_dir()
    assert not inside(path, session.deck.root)
    assert inside(session.deck.root / "media" / "x.pdf", session.deck.root)


def test_a_black_screen_shows_no_dot(qtbot, session):
    console, audience = session.console, session.audience
    key(qtbot, console, Qt.Key.Key_L)
    QTest.mouseMove(console.current, at(console.current, 0.5, 0.5))
    key(qtbot, console, Qt.Key.Key_B)
    picture = audience.view.grab().toImage()
    colour = picture.pixelColor(at(audience.view, 0.5, 0.5) * picture.devicePixelRatio())
    assert (colour.red(), colour.green(), colour.blue()) == (0, 0, 0)
    assert session.controller.tool is Tool.LASER  # B hides the dot, not the tool


def test_with_one_screen_the_slides_themselves_point_and_draw(qtbot, session):
    """Mirrored or single screen: no console in sight, the tools work on the slides."""
    audience, c = session.audience, session.controller
    view = audience.view
    start = c.position
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 0.5, 0.5))
    assert c.position != start  # no tool: a click is next, as always
    key(qtbot, audience, Qt.Key.Key_L)
    QTest.mouseMove(view, at(view, 0.3, 0.6))
    assert c.audience_marks.visible_pointer == pytest.approx((0.3, 0.6), abs=0.01)
    assert view.cursor().shape() == Qt.CursorShape.BlankCursor  # the dot, not a cursor
    before = c.position
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 0.3, 0.6))
    assert c.position != before  # a clicker's click still moves on under the laser
    key(qtbot, audience, Qt.Key.Key_D)
    before = c.position
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0.2, 0.2))
    QTest.mouseMove(view, at(view, 0.4, 0.2))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0.6, 0.2))
    assert c.position == before  # the pen's press draws, it does not move on
    (stroke,) = c.annotations[before.slide]
    assert stroke.points[-1] == pytest.approx((0.6, 0.2), abs=0.01)
    key(qtbot, audience, Qt.Key.Key_D)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 0.5, 0.5))
    assert c.position != before  # the tool put away: clicks are clicks again

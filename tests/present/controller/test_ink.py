"""Pointer, spotlight, zoom and pen as controller state: tools, strokes per slide, Esc."""

from __future__ import annotations

import pytest

from app.deck.annotations import MIN_ZOOM_SIDE, Pen, Region
from app.present.controller import Blank
from app.present.ink import Tool

from ..rig import make_rig


@pytest.fixture
def rig(qtbot):
    return make_rig(qtbot)


def draw(controller, *points):
    controller.pointer_pressed(*points[0])
    for point in points[1:]:
        controller.pointer_moved(*point)
    controller.pointer_released(*points[-1])


def test_tools_toggle_and_replace_each_other(rig):
    c = rig.controller
    assert c.tool is Tool.NONE
    c.toggle_tool(Tool.LASER)
    assert c.tool is Tool.LASER
    c.toggle_tool(Tool.PEN)
    assert c.tool is Tool.PEN
    c.toggle_tool(Tool.PEN)
    assert c.tool is Tool.NONE
    assert rig.errors == []


def test_the_laser_follows_the_pointer_on_both_screens(rig, qtbot):
    c = rig.controller
    c.toggle_tool(Tool.LASER)
    with qtbot.waitSignal(c.ink_changed):
        c.pointer_moved(0.25, 0.75)
    assert c.audience_marks.visible_pointer == (0.25, 0.75)
    assert c.console_marks.visible_pointer == (0.25, 0.75)
    c.pointer_left()
    assert c.audience_marks.visible_pointer is None


def test_moving_with_no_tool_repaints_nothing(rig, qtbot):
    c = rig.controller
    with qtbot.assertNotEmitted(c.ink_changed):
        c.pointer_moved(0.5, 0.5)
    assert c.audience_marks.visible_pointer is None
    c.toggle_tool(Tool.SPOTLIGHT)  # the mouse was already there: the light is at once
    assert c.audience_marks.visible_pointer == (0.5, 0.5)


def test_pen_and_highlighter_strokes_are_kept_per_slide_across_navigation(rig):
    c = rig.controller
    c.toggle_tool(Tool.PEN)
    draw(c, (0.1, 0.1), (0.2, 0.2), (0.3, 0.2))
    first = c.position.slide
    c.next_slide()
    c.toggle_tool(Tool.HIGHLIGHTER)
    draw(c, (0.5, 0.5), (0.9, 0.5))
    second = c.position.slide
    assert [s.pen for s in c.console_marks.strokes] == [Pen.HIGHLIGHTER]
    c.previous_slide()
    strokes = c.audience_marks.strokes
    assert len(strokes) == 1
    assert strokes[0].pen is Pen.PEN
    assert strokes[0].points == ((0.1, 0.1), (0.2, 0.2), (0.3, 0.2))
    assert set(c.annotations) == {first, second}


def test_a_stroke_shows_while_it_is_drawn(rig):
    c = rig.controller
    c.toggle_tool(Tool.PEN)
    c.pointer_pressed(0.1, 0.1)
    c.pointer_moved(0.4, 0.4)
    assert c.audience_marks.drawing.points == ((0.1, 0.1), (0.4, 0.4))
    assert c.annotations == {}  # kept only once the button is up


def test_erase_all_and_undo(rig):
    c = rig.controller
    c.toggle_tool(Tool.PEN)
    draw(c, (0.1, 0.1), (0.2, 0.2))
    draw(c, (0.6, 0.6), (0.7, 0.7))
    c.undo_ink()
    assert len(c.console_marks.strokes) == 1
    c.erase_ink()
    assert c.console_marks.strokes == ()
    assert c.annotations == {}
    c.undo_ink()  # the erase was a mistake
    assert len(c.console_marks.strokes) == 1


def test_zoom_drag_sets_a_region_and_returns_to_the_tool(rig):
    c = rig.controller
    c.toggle_tool(Tool.LASER)
    c.toggle_zoom()
    assert c.tool is Tool.ZOOM
    c.pointer_pressed(0.5, 0.5)
    c.pointer_moved(0.7, 0.6)
    assert c.console_marks.selection == Region.dragged((0.5, 0.5), (0.7, 0.6))
    assert c.audience_marks.selection is None  # the hall never sees the rubber band
    assert c.audience_marks.zoom is None
    c.pointer_released(0.75, 0.6)
    zoom = c.audience_marks.zoom
    assert zoom == Region.dragged((0.5, 0.5), (0.75, 0.6))
    assert c.console_marks.zoom == zoom
    assert c.tool is Tool.LASER
    c.pointer_moved(0.0, 0.0)  # the view's corner is the region's corner
    assert c.audience_marks.visible_pointer == pytest.approx((zoom.x, zoom.y))
    c.toggle_zoom()
    assert c.audience_marks.zoom is None
    assert c.tool is Tool.LASER


def test_zoom_rect_is_clamped_to_the_slide(rig):
    c = rig.controller
    c.toggle_zoom()
    c.pointer_pressed(0.99, 0.99)
    c.pointer_released(1.7, 1.4)  # a drag that left the view
    zoom = c.audience_marks.zoom
    assert zoom.side >= MIN_ZOOM_SIDE
    assert zoom.x >= 0
    assert zoom.x + zoom.side <= 1
    assert zoom.y >= 0
    assert zoom.y + zoom.side <= 1


def test_strokes_drawn_while_zoomed_land_on_the_slide(rig):
    c = rig.controller
    c.toggle_tool(Tool.PEN)
    c.toggle_zoom()
    draw(c, (0.5, 0.5), (1.0, 1.0))
    zoom = c.console_marks.zoom
    assert c.tool is Tool.PEN
    draw(c, (0.0, 0.0), (1.0, 1.0))
    (stroke,) = c.console_marks.strokes
    assert stroke.points[0] == pytest.approx((zoom.x, zoom.y))
    assert stroke.points[-1] == pytest.approx((zoom.x + zoom.side, zoom.y + zoom.side))


def test_a_slide_change_leaves_the_zoom(rig):
    c = rig.controller
    c.toggle_zoom()
    draw(c, (0.2, 0.2), (0.4, 0.4))
    assert c.audience_marks.zoom is not None
    c.next_step()
    assert c.audience_marks.zoom is None
    c.previous_step()
    assert c.audience_marks.zoom is None


def test_esc_leaves_zoom_then_tool_before_anything_else(rig, qtbot):
    c = rig.controller
    c.toggle_black()
    c.toggle_tool(Tool.PEN)
    c.toggle_zoom()
    draw(c, (0.2, 0.2), (0.4, 0.4))
    with qtbot.assertNotEmitted(c.finished):
        assert c.escape() is False
        assert c.audience_marks.zoom is None
        assert c.tool is Tool.PEN
        c.escape()
        assert c.tool is Tool.NONE
        assert c.blank is Blank.BLACK
        c.escape()
        assert c.blank is Blank.NONE


def test_esc_while_choosing_a_region_only_stops_choosing(rig):
    c = rig.controller
    c.toggle_tool(Tool.SPOTLIGHT)
    c.toggle_zoom()
    c.escape()
    assert c.tool is Tool.SPOTLIGHT
    assert c.audience_marks.zoom is None


def test_a_frozen_hall_sees_its_slides_strokes_but_no_pointer(rig):
    c = rig.controller
    c.toggle_tool(Tool.PEN)
    draw(c, (0.1, 0.1), (0.2, 0.2))
    c.toggle_freeze()
    c.next_slide()
    c.toggle_tool(Tool.LASER)
    c.pointer_moved(0.5, 0.5)
    marks = c.audience_marks
    assert len(marks.strokes) == 1  # the frozen slide's own
    assert marks.visible_pointer is None
    assert marks.zoom is None
    assert c.console_marks.visible_pointer == (0.5, 0.5)


def test_bad_input_is_reported_not_raised(rig):
    rig.controller.toggle_tool("no such tool")
    rig.controller.pointer_moved("x", None)
    assert len(rig.errors) == 2
    assert rig.controller.tool is Tool.NONE

"""Marks in slide fractions: regions keep the slide's shape, strokes undo and erase."""

from __future__ import annotations

import pytest

from app.deck.annotations import (
    CLICK_ZOOM_SIDE,
    MAX_STROKES,
    MIN_ZOOM_SIDE,
    Annotations,
    Pen,
    Region,
    Stroke,
    fraction_in,
)


def line(*points):
    return Stroke(Pen.PEN, tuple(points))


def test_a_dragged_rectangle_grows_to_the_slides_shape_around_its_centre():
    region = Region.dragged((0.2, 0.3), (0.6, 0.4))
    assert region.side == pytest.approx(0.4)
    assert (region.x, region.y) == pytest.approx((0.2, 0.15))


def test_a_region_is_moved_not_shrunk_to_stay_on_the_slide():
    region = Region.dragged((0.85, 0.9), (1.0, 1.0))  # a corner: grown past the edge
    assert region.side == pytest.approx(0.15)
    assert region.x + region.side == pytest.approx(1.0)
    assert region.y + region.side == pytest.approx(1.0)
    outside = Region.dragged((-0.5, -0.5), (0.1, 0.1))  # clamped to the slide first
    assert (outside.x, outside.y) == (0.0, 0.0)


def test_a_click_enlarges_twice_and_a_tiny_drag_is_capped():
    click = Region.dragged((0.5, 0.5), (0.505, 0.5))
    assert click.side == CLICK_ZOOM_SIDE
    tiny = Region.dragged((0.5, 0.5), (0.53, 0.5))
    assert tiny.side == MIN_ZOOM_SIDE


def test_the_whole_slide_is_no_zoom():
    assert Region.dragged((0.0, 0.0), (1.0, 1.0)) is None


def test_view_and_slide_fractions_are_inverse():
    region = Region(0.25, 0.5, 0.25)
    assert region.to_slide((0.0, 0.0)) == (0.25, 0.5)
    assert region.to_slide((1.0, 1.0)) == (0.5, 0.75)
    assert region.from_slide(region.to_slide((0.3, 0.7))) == pytest.approx((0.3, 0.7))


@pytest.mark.parametrize(("x", "y", "expected"), [
    (10, 20, (0.0, 0.0)), (110, 70, (0.5, 0.5)), (210, 120, (1.0, 1.0)),
    (-50, 500, (0.0, 1.0)),  # off the slide: its edge
])
def test_fraction_in_a_painted_slide(x, y, expected):
    assert fraction_in(x, y, 10, 20, 200, 100) == pytest.approx(expected)


def test_fraction_in_an_empty_rect_is_the_centre():
    assert fraction_in(5, 5, 0, 0, 0, 0) == (0.5, 0.5)


def test_strokes_are_kept_per_slide_erased_and_undone():
    marks = Annotations()
    assert marks.add(3, line((0.1, 0.1), (0.2, 0.2)))
    assert marks.add(3, line((0.5, 0.5)))
    assert marks.add(4, line((0.9, 0.9)))
    assert len(marks.strokes(3)) == 2
    assert len(marks.strokes(4)) == 1
    assert marks.erase(3)
    assert marks.strokes(3) == ()
    assert len(marks.strokes(4)) == 1
    assert not marks.erase(3)  # nothing left: nothing to record
    assert marks.undo(3)  # the erase undone
    assert len(marks.strokes(3)) == 2
    assert marks.undo(3)
    assert len(marks.strokes(3)) == 1
    assert marks.annotated().keys() == {3, 4}
    assert marks.undo(3)
    assert not marks.undo(3)
    assert marks.annotated().keys() == {4}


def test_an_empty_stroke_and_a_full_slide_are_refused():
    marks = Annotations()
    assert not marks.add(0, line())
    for _ in range(MAX_STROKES):
        marks.add(0, line((0.5, 0.5)))
    assert not marks.add(0, line((0.5, 0.5)))
    assert len(marks.strokes(0)) == MAX_STROKES

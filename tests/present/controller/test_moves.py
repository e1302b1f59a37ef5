"""Controller navigation: builds, hidden slides, previews, go-to, history."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.present.navigation import Position

from ..decks import chapter, deck, sample_deck, text
from ..rig import Rig, make_rig

FORWARD = [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (4, 0), (5, 0), (6, 0), (6, 1), (7, 0),
           (8, 0)]


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    return make_rig(qtbot)


def test_starts_on_the_first_slide(rig: Rig) -> None:
    c = rig.controller
    assert rig.positions() == (0, 0)
    assert c.current is not None
    assert c.current.slide.id == "t0"
    assert c.readout.slide_number == "1/8"
    assert c.readout.visible_total == 8
    assert c.readout.chapter_title == "Вступление"


def test_next_step_through_the_whole_deck(rig: Rig) -> None:
    seen = [rig.positions()]
    for _ in range(len(FORWARD) + 2):
        rig.controller.next_step()
        seen.append(rig.positions())
    assert seen[: len(FORWARD)] == FORWARD
    assert set(seen[len(FORWARD):]) == {(8, 0)}  # stays on the last slide


def test_previous_step_through_the_whole_deck(rig: Rig) -> None:
    rig.controller.last()
    seen = [rig.positions()]
    for _ in range(len(FORWARD) + 2):
        rig.controller.previous_step()
        seen.append(rig.positions())
    assert seen[: len(FORWARD)] == FORWARD[::-1]  # back into a build lands on its last step
    assert set(seen[len(FORWARD):]) == {(0, 0)}


def test_next_preview(rig: Rig) -> None:
    c = rig.controller
    c.go_to(2, 1)
    assert c.next_preview is not None
    assert (c.next_preview.index, c.next_preview.step) == (2, 2)  # next build step
    c.next_step()
    assert (c.next_preview.index, c.next_preview.step) == (4, 0)  # end of build: next slide
    c.last()
    assert c.next_preview is None


def test_slide_moves_skip_builds(rig: Rig) -> None:
    c = rig.controller
    c.go_to(2, 1)
    c.next_slide()
    assert rig.positions() == (4, 0)
    c.previous_slide()
    assert rig.positions() == (2, 0)


def test_first_and_last(rig: Rig) -> None:
    rig.controller.last()
    assert rig.positions() == (8, 0)
    assert rig.controller.readout.slide_number == "8/8"
    rig.controller.first()
    assert rig.positions() == (0, 0)


def test_hidden_slides_are_skipped_but_reachable(rig: Rig) -> None:
    c = rig.controller
    assert c.go_to(3)
    assert rig.positions() == (3, 0)
    assert c.readout.slide_number == "запасной"
    assert c.readout.chapter_title == "Токио не любит сюрпризов"
    c.next_step()
    assert rig.positions() == (4, 0)
    assert c.readout.slide_number == "4/8"
    assert c.go_to(9)
    assert c.next_preview is None


def test_go_to_with_a_step(rig: Rig) -> None:
    c = rig.controller
    assert c.go_to(2, 2)
    assert rig.positions() == (2, 2)
    assert c.go_to(6, 99)
    assert rig.positions() == (6, 1)
    assert c.go_to(2, -1)
    assert rig.positions() == (2, 2)


@pytest.mark.parametrize(("index", "step"), [(-1, 0), (10, 0), ("3", 0), (None, 0), (True, 0),
                                             (2.5, 0), (2, None)])
def test_go_to_bad_index_moves_nothing(qtbot: QtBot, rig: Rig, index: object,
                                       step: object) -> None:
    with qtbot.assertNotEmitted(rig.controller.changed):
        assert rig.controller.go_to(index, step) is False  # type: ignore[arg-type]
    assert rig.positions() == (0, 0)
    assert rig.errors == []


def test_go_to_number_uses_the_visible_numbers(rig: Rig) -> None:
    c = rig.controller
    assert c.go_to_number(4)
    assert rig.positions() == (4, 0)
    assert not c.go_to_number(0)
    assert not c.go_to_number(9)
    assert not c.go_to_number("4")  # type: ignore[arg-type]
    assert rig.positions() == (4, 0)


def test_history_back_and_forward(rig: Rig) -> None:
    c = rig.controller
    c.next_step()
    c.go_to(7)
    c.last()
    c.history_back()
    assert rig.positions() == (7, 0)
    c.history_back()
    assert rig.positions() == (1, 0)
    c.history_back()  # nothing further back
    assert rig.positions() == (1, 0)
    c.history_forward()
    assert rig.positions() == (7, 0)
    c.go_to(3)  # a new jump forgets the forward list
    c.history_forward()
    assert rig.positions() == (3, 0)


def test_start_index(qtbot: QtBot) -> None:
    assert make_rig(qtbot, start=5).positions() == (5, 0)
    assert make_rig(qtbot, start=3).positions() == (3, 0)  # a backup slide, on request
    assert make_rig(qtbot, start=42).positions() == (0, 0)
    assert make_rig(qtbot, start=-1).positions() == (0, 0)


def test_deck_starting_with_hidden_slides(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, deck(chapter("A", text("x", hidden=True), text("y"))))
    assert rig.positions() == (1, 0)
    assert rig.controller.readout.slide_number == "1/1"


def test_empty_deck_never_breaks(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, deck(chapter("A")))
    c = rig.controller
    for action in (c.next_step, c.previous_step, c.next_slide, c.previous_slide, c.first,
                   c.last, c.toggle_black, c.toggle_freeze, c.start_or_resume):
        action()
    assert not c.go_to(0)
    assert c.current is None
    assert c.next_preview is None
    assert c.audience_view.shown is None
    assert c.readout.slide_number == "запасной"
    assert c.readout.chapter_title == ""
    assert c.readout.pace is None
    assert rig.errors == []


def test_position_is_a_value(rig: Rig) -> None:
    rig.controller.go_to(2, 1)
    assert rig.controller.position == Position(2, 1)
    assert sample_deck().slides[2].id == rig.controller.current.slide.id

"""Next/previous over builds and hidden slides, numbering and chapter progress."""

from __future__ import annotations

import pytest

from app.present.navigation import Navigator, Position

from .decks import deck, sample_deck

P = Position


@pytest.fixture
def nav() -> Navigator:
    return Navigator(sample_deck())


def test_visible_slides_skip_hidden(nav: Navigator) -> None:
    assert nav.visible == (0, 1, 2, 4, 5, 6, 7, 8)
    assert nav.visible_counts() == [1, 3, 3, 1]


def test_next_step_walks_builds_and_skips_hidden(nav: Navigator) -> None:
    assert nav.next_step(P(2, 0)) == P(2, 1)
    assert nav.next_step(P(2, 2)) == P(4, 0)
    assert nav.next_step(P(8, 0)) is None


def test_previous_step_lands_on_last_step_of_a_build(nav: Navigator) -> None:
    assert nav.previous_step(P(4, 0)) == P(2, 2)
    assert nav.previous_step(P(2, 1)) == P(2, 0)
    assert nav.previous_step(P(0, 0)) is None


def test_slide_moves_skip_builds(nav: Navigator) -> None:
    assert nav.next_slide(P(2, 1)) == P(4, 0)
    assert nav.previous_slide(P(4, 0)) == P(2, 0)
    assert nav.previous_slide(P(0, 0)) is None


def test_moves_from_a_hidden_slide(nav: Navigator) -> None:
    assert nav.next_step(P(3, 0)) == P(4, 0)
    assert nav.previous_step(P(3, 0)) == P(2, 2)
    assert nav.next_step(P(9, 0)) is None


def test_first_and_last_are_visible(nav: Navigator) -> None:
    assert nav.first() == P(0)
    assert nav.last() == P(8)


@pytest.mark.parametrize(
    ("index", "step", "expected"),
    [(2, 1, P(2, 1)), (2, 7, P(2, 2)), (2, -1, P(2, 2)), (3, 0, P(3, 0)), (-1, 0, None),
     (10, 0, None), ("2", 0, None), (True, 0, None), (2.0, 0, None), (2, "1", None)],
)
def test_clamp_checks_indices(nav: Navigator, index: object, step: object,
                              expected: Position | None) -> None:
    assert nav.clamp(index, step) == expected  # type: ignore[arg-type]


def test_numbers_count_visible_slides_only(nav: Navigator) -> None:
    assert [nav.number(i) for i in range(10)] == [1, 2, 3, None, 4, 5, 6, 7, 8, None]
    assert nav.index_of_number(4) == 4
    assert [nav.index_of_number(n) for n in (0, 9, -1)] == [None, None, None]


def test_chapter_progress_counts_build_steps(nav: Navigator) -> None:
    assert nav.chapter_progress(P(1, 0)) == 0.0
    assert nav.chapter_progress(P(2, 1)) == pytest.approx((1 + 1 / 3) / 3)
    assert nav.chapter_progress(P(3, 0)) == pytest.approx(2 / 3)  # hidden adds nothing
    assert nav.chapter_progress(P(4, 0)) == pytest.approx(2 / 3)
    assert nav.chapter_progress(P(0, 0)) == 0.0


def test_sum_by_chapter_ignores_unknown_slides(nav: Navigator) -> None:
    assert nav.sum_by_chapter({0: 5.0, 1: 2.0, 3: 1.0, 42: 9.0}) == {0: 5.0, 1: 3.0}


def test_empty_deck_has_nowhere_to_go() -> None:
    empty = Navigator(deck())
    assert empty.first() is None
    assert empty.last() is None
    assert empty.next_step(P(0)) is None
    assert empty.previous_step(P(0)) is None


def test_history_goes_back_and_forward_and_forgets_forward_on_a_new_jump() -> None:
    from app.present.navigation import History

    history = History(limit=2)
    assert history.back(Position(0)) is None
    history.jumped(Position(1))
    history.jumped(Position(5))
    history.jumped(Position(9))  # the oldest origin falls off the limit
    assert history.back(Position(12)) == Position(9)
    assert history.forward(Position(9)) == Position(12)
    assert history.back(Position(12)) == Position(9)
    assert history.back(Position(9)) == Position(5)
    assert history.back(Position(5)) is None
    history.jumped(Position(3))
    assert history.forward(Position(7)) is None

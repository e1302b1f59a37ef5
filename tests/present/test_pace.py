"""Chapter budgets and the ahead / on time / behind verdict."""

from __future__ import annotations

import pytest

from app.present.pace import (
    ChapterStatus,
    Pace,
    PaceState,
    Tone,
    chapter_budgets,
    chapter_statuses,
    expected_elapsed,
    pace,
    planned_total,
    tone,
)

from .decks import chapter, deck, sample_deck, text


def test_unbudgeted_chapter_gets_the_rest_of_the_plan() -> None:
    sample = sample_deck()
    assert chapter_budgets(sample, 1200, [1, 3, 3, 1]) == [60, 360, 750, 30]


def test_unbudgeted_chapters_share_by_visible_slide_count() -> None:
    talk = deck(
        chapter("A", text("a"), budget=2),
        chapter("B", text("b1")),
        chapter("C", text("c1"), text("c2"), text("c3"), text("c4", hidden=True)),
        duration=10,
    )
    assert chapter_budgets(talk, 600, [1, 1, 3]) == [120, 120, 360]


def test_budgets_beyond_the_plan_leave_nothing_to_share() -> None:
    talk = deck(chapter("A", text("a"), budget=12), chapter("B", text("b")), duration=10)
    assert chapter_budgets(talk, 600, [1, 1]) == [720, 0]
    assert chapter_budgets(talk, None, [1, 1]) == [720, 0]


def test_nonsense_budget_counts_as_none() -> None:
    talk = deck(chapter("A", text("a"), budget=-3), chapter("B", text("b"), budget=float("nan")))
    assert chapter_budgets(talk, 100, [1, 3]) == [25, 75]


def test_planned_total() -> None:
    assert planned_total(sample_deck()) == 1200
    budgets_only = deck(chapter("A", text("a"), budget=2), chapter("B", text("b"), budget=1.5))
    assert planned_total(budgets_only) == 210
    assert planned_total(deck(chapter("A", text("a")))) is None


def test_expected_elapsed_adds_earlier_chapters_and_progress() -> None:
    budgets = [60, 360, 750, 30]
    assert expected_elapsed(budgets, 0, 0) == 0
    assert expected_elapsed(budgets, 1, 0.5) == 240
    assert expected_elapsed(budgets, 3, 1) == 1200
    assert expected_elapsed(budgets, 1, 7) == 420  # progress is capped


@pytest.mark.parametrize(
    ("elapsed", "state", "seconds"),
    [(100, PaceState.ON_TIME, 0), (70, PaceState.ON_TIME, 30), (130, PaceState.ON_TIME, -30),
     (60, PaceState.AHEAD, 40), (140, PaceState.BEHIND, -40)],
)
def test_pace_with_tolerance(elapsed: float, state: PaceState, seconds: float) -> None:
    assert pace(elapsed, 100, tolerance=30) == Pace(state, seconds)


def test_tone_puts_overtime_first() -> None:
    assert tone(Pace(PaceState.AHEAD, 50), -1) is Tone.OVERTIME
    assert tone(Pace(PaceState.BEHIND, -50), 10) is Tone.BEHIND
    assert tone(Pace(PaceState.ON_TIME, 0), None) is Tone.ON_TIME
    assert tone(None, None) is Tone.NEUTRAL


def test_chapter_statuses() -> None:
    statuses = chapter_statuses(sample_deck(), [60, 360, 750, 30], {0: 75, 1: 100})
    assert statuses[0] == ChapterStatus(0, "Вступление", 60, 75)
    assert statuses[0].over
    assert statuses[0].left == -15
    assert not statuses[1].over
    assert statuses[3].spent == 0


def test_another_plan_scales_the_manifest_budgets() -> None:
    sample = sample_deck()
    own = chapter_budgets(sample, 1200, [1, 3, 3, 1])
    assert chapter_budgets(sample, 600, [1, 3, 3, 1]) == [b / 2 for b in own]

"""The console read-out on its own: no controller, no Qt, just the parts it reads."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.present.clock import FakeClock
from app.present.navigation import Navigator, Position
from app.present.pace import PaceState, Tone, planned_total
from app.present.readout import Readout
from app.present.timer import TalkTimer, TimerState

from .decks import sample_deck


class Bench:
    """A Readout whose position and time a test moves by hand."""

    def __init__(self) -> None:
        deck = sample_deck()
        self.clock = FakeClock()
        self.timer = TalkTimer(self.clock, planned_total(deck))
        self.position = Position(0)
        self.reports: list[tuple[str, str]] = []
        self.readout = Readout(
            deck,
            Navigator(deck),
            self.timer,
            lambda: self.position,
            lambda where, exc: self.reports.append((where, str(exc))),
            wall_clock=lambda: datetime(2024, 12, 20, 9, 5),
        )

    def go(self, slide: int, step: int = 0) -> None:
        self.position = Position(slide, step)
        self.timer.move_to(slide)


@pytest.fixture
def bench() -> Bench:
    return Bench()


def test_follows_the_position_it_is_given(bench: Bench) -> None:
    r = bench.readout
    assert (r.slide_number, r.chapter_index, r.chapter_title) == ("1/8", 0, "Вступление")
    bench.go(3)
    assert (r.slide_number, r.chapter_index) == ("запасной", 1)
    assert r.chapter_title == "Токио не любит сюрпризов"
    bench.go(8)
    assert r.slide_number == "8/8"
    assert bench.reports == []


def test_clocks_and_pace(bench: Bench) -> None:
    r = bench.readout
    assert (r.timer_state, r.timer_label, r.pace, r.tone) == (
        TimerState.NOT_STARTED, "не запущен", None, Tone.NEUTRAL)
    assert (r.remaining_text, r.wall_clock_text) == ("20:00", "09:05")
    bench.go(1)
    bench.clock.advance(200)
    assert (r.elapsed_text, r.timer_label) == ("03:20", "")
    assert r.pace is not None
    assert r.pace.state is PaceState.BEHIND
    assert r.pace_text == "отставание 02:20"
    assert [s.spent for s in r.chapter_statuses] == [0, 200, 0, 0]
    assert r.slide_rehearsal is None
    assert r.chapter_rehearsal is None


def test_a_failing_read_is_reported_and_falls_back(bench: Bench) -> None:
    r = bench.readout
    bench.timer.start()
    bench.position = None  # type: ignore[assignment]  # any read of it fails
    fallbacks = {
        "slide_number": "",
        "chapter_index": None,
        "chapter_title": "",
        "pace": None,
        "pace_text": "",
        "tone": Tone.NEUTRAL,
    }
    for name, fallback in fallbacks.items():
        assert getattr(r, name) == fallback, name
    # pace_text and tone fall back through pace, which reports for them
    assert {where for where, _ in bench.reports} == {
        "slide_number", "chapter_index", "chapter_title", "pace"}
    assert all("slide" in message for _, message in bench.reports)
    assert r.elapsed_text == "00:00"  # the rest still reads



def test_time_on_the_current_slide() -> None:
    bench = Bench()
    bench.go(1)
    bench.clock.advance(42)
    assert bench.readout.on_slide_text == "на слайде 00:42"
    bench.go(2)
    assert bench.readout.on_slide_text == "на слайде 00:00"

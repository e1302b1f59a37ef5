"""The talk timer with a fake clock: start, pause that persists, reset, overtime."""

from __future__ import annotations

import pytest

from app.present.clock import FakeClock, MonotonicClock
from app.present.timer import TalkTimer, TimerState


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_created_paused_until_the_first_move(clock: FakeClock) -> None:
    timer = TalkTimer(clock, 600)
    clock.advance(120)  # people arriving, title slide on screen
    assert timer.state is TimerState.NOT_STARTED
    assert timer.elapsed == 0
    timer.move_to(1)
    clock.advance(30)
    assert timer.state is TimerState.RUNNING
    assert timer.elapsed == 30


def test_explicit_start(clock: FakeClock) -> None:
    timer = TalkTimer(clock)
    assert timer.start()
    assert not timer.start()
    clock.advance(5)
    assert timer.elapsed == 5


def test_pause_persists_across_slide_changes(clock: FakeClock) -> None:
    timer = TalkTimer(clock)
    timer.move_to(1)
    clock.advance(10)
    assert timer.pause()
    for slide in (2, 3, 4):
        timer.move_to(slide)
        clock.advance(100)
    assert timer.state is TimerState.PAUSED
    assert timer.elapsed == 10
    assert timer.resume()
    clock.advance(5)
    assert timer.elapsed == 15


def test_toggle_pause_starts_pauses_and_resumes(clock: FakeClock) -> None:
    timer = TalkTimer(clock)
    timer.toggle_pause()
    assert timer.state is TimerState.RUNNING
    timer.toggle_pause()
    assert timer.state is TimerState.PAUSED
    timer.toggle_pause()
    assert timer.state is TimerState.RUNNING
    assert not timer.resume()


def test_reset_goes_back_to_not_started(clock: FakeClock) -> None:
    timer = TalkTimer(clock)
    timer.move_to(1)
    clock.advance(50)
    timer.reset()
    clock.advance(50)
    assert timer.state is TimerState.NOT_STARTED
    assert timer.elapsed == 0
    assert timer.spent_by_slide() == {}
    timer.move_to(2)
    clock.advance(3)
    assert timer.elapsed == 3


def test_remaining_goes_negative_in_overtime(clock: FakeClock) -> None:
    timer = TalkTimer(clock, 60)
    timer.start()
    clock.advance(45)
    assert timer.remaining == 15
    clock.advance(60)
    assert timer.remaining == -45
    timer.planned_seconds = None
    assert timer.remaining is None


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf")])
def test_planned_duration_must_be_positive(clock: FakeClock, bad: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        TalkTimer(clock, bad)


def test_time_is_booked_per_slide_and_never_while_paused(clock: FakeClock) -> None:
    timer = TalkTimer(clock, slide=0)
    timer.move_to(1)
    clock.advance(10)
    timer.move_to(2)
    clock.advance(20)
    timer.pause()
    clock.advance(300)  # questions
    timer.resume()
    clock.advance(5)
    timer.move_to(1)
    clock.advance(1)
    assert timer.spent_by_slide() == {1: 11, 2: 25}
    assert timer.spent_on(1) == 11
    assert timer.spent_on(7) == 0
    assert timer.elapsed == 36


def test_revision_grows_on_every_control_change(clock: FakeClock) -> None:
    timer = TalkTimer(clock)
    seen = [timer.revision]
    for action in (timer.start, timer.pause, timer.resume, timer.reset):
        action()
        seen.append(timer.revision)
    timer.planned_seconds = 60
    seen.append(timer.revision)
    assert seen == sorted(set(seen))


def test_clocks() -> None:
    fake = FakeClock(5)
    fake.advance(1.5)
    assert fake.now() == 6.5
    with pytest.raises(ValueError, match="back"):
        fake.advance(-1)
    real = MonotonicClock()
    assert real.now() <= real.now()


def test_undo_reset_as_if_it_never_happened(clock: FakeClock) -> None:
    timer = TalkTimer(clock, slide=0)
    timer.move_to(1)
    clock.advance(100)
    timer.reset()
    assert timer.elapsed == 0
    assert timer.can_undo_reset
    clock.advance(7)  # the talk went on while the presenter looked for U
    assert timer.undo_reset()
    assert timer.state is TimerState.RUNNING
    assert timer.elapsed == 107
    assert timer.spent_on(1) == 107
    assert not timer.can_undo_reset
    assert timer.undo_reset() is False


def test_undo_reset_keeps_a_pause_and_adds_what_was_counted_since(clock: FakeClock) -> None:
    timer = TalkTimer(clock, slide=0)
    timer.move_to(1)
    clock.advance(50)
    timer.pause()
    timer.reset()
    clock.advance(30)  # paused: nothing to count
    assert timer.undo_reset()
    assert (timer.state, timer.elapsed) == (TimerState.PAUSED, 50)
    timer.reset()
    timer.move_to(2)  # the next move starts the fresh timer
    clock.advance(20)
    assert timer.undo_reset()
    assert timer.state is TimerState.RUNNING
    assert timer.spent_by_slide() == {1: 50, 2: 20}

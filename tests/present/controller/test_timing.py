"""Controller timing: start rule, persistent pause, reset, duration, pace, clock, rehearsal."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.present.pace import PaceState, Tone
from app.present.rehearsal import Comparison
from app.present.timer import TimerState
from app.present.timings import TimingsStore

from ..decks import chapter, deck, sample_deck, text
from ..rig import Rig, make_rig


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    return make_rig(qtbot)


def test_created_paused_and_started_by_the_first_move(rig: Rig) -> None:
    c = rig.controller
    rig.clock.advance(300)
    assert c.readout.timer_state is TimerState.NOT_STARTED
    assert c.readout.timer_label == "не запущен"
    assert c.readout.elapsed_text == "00:00"
    c.next_step()
    rig.clock.advance(65)
    assert c.readout.timer_state is TimerState.RUNNING
    assert c.readout.timer_label == ""
    assert c.readout.elapsed_text == "01:05"


def test_moving_nowhere_does_not_start(rig: Rig) -> None:
    rig.controller.previous_step()
    rig.controller.first()
    assert rig.controller.readout.timer_state is TimerState.NOT_STARTED


def test_pause_stays_across_slide_changes(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.next_step()
    rig.clock.advance(10)
    with qtbot.waitSignal(c.changed, timeout=100), qtbot.assertNotEmitted(c.audience_changed):
        c.toggle_pause()
    assert c.readout.timer_label == "пауза"
    for move in (c.next_step, c.next_slide, c.previous_step, c.last, c.first):
        move()
        rig.clock.advance(60)
    assert c.readout.timer_state is TimerState.PAUSED
    assert c.readout.elapsed_text == "00:10"
    c.toggle_pause()
    rig.clock.advance(5)
    assert c.readout.elapsed_text == "00:15"


def test_reset(rig: Rig) -> None:
    c = rig.controller
    c.next_step()
    rig.clock.advance(100)
    c.reset_timer()
    rig.clock.advance(100)
    assert c.readout.elapsed_text == "00:00"
    assert c.readout.timer_state is TimerState.NOT_STARTED
    c.next_step()
    rig.clock.advance(7)
    assert c.readout.elapsed_text == "00:07"


def test_duration_from_the_deck_and_remaining(rig: Rig) -> None:
    c = rig.controller
    assert c.readout.remaining_text == "20:00"
    assert c.readout.remaining_words == "осталось 20 минут"
    c.next_step()
    rig.clock.advance(19 * 60 + 1)
    assert c.readout.remaining_text == "00:59"
    assert c.readout.remaining_words == "осталось меньше минуты"


def test_overtime(rig: Rig) -> None:
    c = rig.controller
    assert c.set_duration(2)
    c.next_step()
    rig.clock.advance(120 + 192)
    assert c.readout.remaining_text == "+03:12"
    assert c.readout.remaining_words == "время вышло +03:12"
    assert c.readout.tone is Tone.OVERTIME


def test_set_duration(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    with qtbot.waitSignal(c.changed, timeout=100):
        assert c.set_duration(21)
    assert c.readout.remaining_words == "осталась 21 минута"
    assert c.set_duration(None)
    assert c.readout.remaining_text == ""
    assert c.readout.remaining_words == ""
    assert c.readout.tone is Tone.NEUTRAL


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "10", True])
def test_set_duration_rejects_nonsense(qtbot: QtBot, rig: Rig, bad: object) -> None:
    with qtbot.assertNotEmitted(rig.controller.changed):
        assert rig.controller.set_duration(bad) is False  # type: ignore[arg-type]
    assert rig.controller.readout.remaining_text == "20:00"
    assert rig.errors == []


def test_no_pace_before_the_talk_starts(rig: Rig) -> None:
    rig.controller.go_to(5)
    rig.controller.reset_timer()
    assert rig.controller.readout.pace is None
    assert rig.controller.readout.pace_text == ""


def test_pace_against_chapter_budgets(rig: Rig) -> None:
    c = rig.controller
    c.next_step()  # slide 1 opens chapter 1: the 1-minute opening should be over
    rig.clock.advance(60)
    assert c.readout.pace.state is PaceState.ON_TIME
    assert c.readout.tone is Tone.ON_TIME
    assert c.readout.pace_text == "по графику"
    rig.clock.advance(140)
    assert c.readout.pace.state is PaceState.BEHIND
    assert c.readout.pace.seconds == -140
    assert c.readout.pace_text == "отставание 02:20"
    assert c.readout.tone is Tone.BEHIND
    c.go_to(5)  # chapter 2 starts at 60 + 360 = 420 s
    assert c.readout.pace.state is PaceState.AHEAD
    assert c.readout.pace.seconds == 220
    assert c.readout.pace_text == "опережение 03:40"


def test_pace_inside_a_build(rig: Rig) -> None:
    c = rig.controller
    c.go_to(2, 1)  # chapter 1: one slide and a third of three done, of 360 s
    rig.clock.advance(60 + 160)
    assert c.readout.pace.state is PaceState.ON_TIME
    assert c.readout.pace.seconds == pytest.approx(0)


def test_pause_for_questions_does_not_distort_the_pace(rig: Rig) -> None:
    c = rig.controller
    c.next_step()
    rig.clock.advance(60)
    c.toggle_pause()
    rig.clock.advance(600)
    c.toggle_pause()
    assert c.readout.pace.state is PaceState.ON_TIME


def test_no_plan_means_no_pace(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, deck(chapter("A", text("a"), text("b"))))
    rig.controller.next_step()
    assert rig.controller.readout.pace is None
    assert rig.controller.readout.tone is Tone.NEUTRAL
    assert rig.controller.readout.remaining_text == ""


def test_chapter_statuses(rig: Rig) -> None:
    c = rig.controller
    c.next_step()
    rig.clock.advance(100)
    c.go_to(5)
    rig.clock.advance(30)
    statuses = c.readout.chapter_statuses
    assert [s.budget for s in statuses] == [60, 360, 750, 30]
    assert [s.spent for s in statuses] == [0, 100, 30, 0]
    assert statuses[1].title == "Токио не любит сюрпризов"


def test_wall_clock(rig: Rig) -> None:
    assert rig.controller.readout.wall_clock_text == "09:05"


def test_ticks(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, tick_interval_ms=10)
    with qtbot.waitSignal(rig.controller.tick, timeout=1000):
        pass


def test_r_can_be_undone_from_the_controller(qtbot: QtBot, rig: Rig) -> None:
    c = rig.controller
    c.next_step()
    rig.clock.advance(200)
    c.reset_timer()
    assert c.readout.elapsed_text == "00:00"
    with qtbot.waitSignal(c.changed, timeout=100):
        assert c.undo_reset()
    assert c.readout.elapsed_text == "03:20"
    assert c.undo_reset() is False


def test_t_rescales_every_chapter_budget(rig: Rig) -> None:
    c = rig.controller
    before = [s.budget for s in c.readout.chapter_statuses]
    planned = c.timer.planned_seconds
    assert c.set_duration(planned / 60 / 2)
    after = [s.budget for s in c.readout.chapter_statuses]
    assert after == pytest.approx([b / 2 for b in before])
    assert sum(after) == pytest.approx(planned / 2)


# --- rehearsing through the controller: recorded, saved beside the deck, compared ---


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "slides").mkdir()
    (tmp_path / "slides" / "deck.toml").write_text("title = 'x'\n", encoding="utf-8")
    return tmp_path / "slides"


def test_not_rehearsing(qtbot: QtBot) -> None:
    c = make_rig(qtbot).controller
    assert c.rehearsal is None
    assert c.save_rehearsal() is None
    assert c.readout.slide_rehearsal is None
    assert c.readout.chapter_rehearsal is None


def test_two_runs(qtbot: QtBot, root: Path) -> None:
    before = sorted((p.name, p.stat().st_mtime_ns) for p in root.iterdir())
    first = make_rig(qtbot, sample_deck(root), timings=TimingsStore(root))
    first.controller.next_step()
    first.clock.advance(40)
    first.controller.toggle_pause()
    first.clock.advance(500)  # a break is not rehearsal time
    first.controller.toggle_pause()
    first.controller.next_step()
    first.clock.advance(20)
    saved = first.controller.save_rehearsal()
    assert saved.path == root.parent / "slides.timings.json"
    assert sorted((p.name, p.stat().st_mtime_ns) for p in root.iterdir()) == before

    second = make_rig(qtbot, sample_deck(root), timings=TimingsStore(root))
    c = second.controller
    assert c.rehearsal.previous.slides == {"a1": 40, "b1": 20}
    c.next_step()
    second.clock.advance(50)
    assert c.readout.slide_rehearsal == Comparison(50, 40)
    assert c.readout.chapter_rehearsal == Comparison(50, 60)
    c.go_to(5)
    assert c.readout.slide_rehearsal == Comparison(0, None)


def test_corrupt_timings_do_not_stop_the_talk(qtbot: QtBot, root: Path) -> None:
    (root.parent / "slides.timings.json").write_text("{ nope", encoding="utf-8")
    rig = make_rig(qtbot, sample_deck(root), timings=TimingsStore(root))
    assert rig.controller.rehearsal.previous is None
    assert "повреждён" in rig.controller.rehearsal.message
    rig.controller.next_step()
    assert rig.controller.readout.slide_rehearsal == Comparison(0, None)
    assert rig.errors == []


def test_failed_save_is_an_error_message(qtbot: QtBot, root: Path) -> None:
    (root.parent / "slides.timings.json").mkdir()
    rig = make_rig(qtbot, sample_deck(root), timings=TimingsStore(root))
    with qtbot.waitSignal(rig.controller.error, timeout=100) as blocker:
        result = rig.controller.save_rehearsal()
    assert result.path is None
    assert blocker.args[0].startswith("Не удалось сохранить")

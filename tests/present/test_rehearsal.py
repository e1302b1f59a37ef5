"""Recording a rehearsal run and comparing with the last one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.present.clock import FakeClock
from app.present.rehearsal import Comparison, RehearsalRecorder
from app.present.timer import TalkTimer
from app.present.timings import TimingsStore

from .decks import sample_deck


def moment() -> datetime:
    return datetime(2024, 12, 20, 9, 0, 0)


def rehearse(root: Path, seconds_per_slide: dict[int, float]) -> RehearsalRecorder:
    """A run that spends the given seconds on each slide, with a pause in between."""
    clock = FakeClock()
    timer = TalkTimer(clock, slide=0)
    recorder = RehearsalRecorder(sample_deck(root), timer, TimingsStore(root), moment)
    for slide, seconds in seconds_per_slide.items():
        timer.move_to(slide)
        clock.advance(seconds)
        timer.pause()
        clock.advance(1000)  # never counted
        timer.resume()
    return recorder


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "slides").mkdir()
    return tmp_path / "slides"


def test_snapshot_names_slides_and_chapters(root: Path) -> None:
    run = rehearse(root, {1: 40, 2: 20, 3: 5, 5: 90}).snapshot()
    assert run.slides == {"a1": 40, "b1": 20, "h1": 5, "c1": 90}
    assert run.chapters == {"Токио не любит сюрпризов": 65, "Токио помнит": 90}
    assert run.total == 155
    assert run.recorded_at == "2024-12-20T09:00:00"
    assert run.deck_title == "Токио"


def test_save_then_the_next_run_compares_with_it(root: Path) -> None:
    first = rehearse(root, {1: 40, 2: 20})
    assert first.previous is None
    assert first.save().path == root.parent / "slides.timings.json"
    second = rehearse(root, {1: 50})
    assert second.previous == first.snapshot()
    assert second.slide(1) == Comparison(now=50, last=40)
    assert second.slide(1).difference == 10
    assert second.slide(2) == Comparison(now=0, last=20)
    assert second.slide(5) == Comparison(now=0, last=None)
    assert second.slide(5).difference is None
    assert second.chapter(1) == Comparison(now=50, last=60)
    assert second.chapter(9) is None
    assert second.slide(99) is None


def test_corrupt_file_is_no_rehearsal(root: Path) -> None:
    (root.parent / "slides.timings.json").write_text("{{{", encoding="utf-8")
    recorder = rehearse(root, {1: 10})
    assert recorder.previous is None
    assert "повреждён" in recorder.message
    assert recorder.slide(1) == Comparison(10, None)

"""Rehearsing through the controller: recorded, saved beside the deck, compared."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.present.rehearsal import Comparison
from app.present.timings import TimingsStore

from .decks import sample_deck
from .rig import make_rig


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

"""A deck imported from any report renders with no text lost: every slide of every shape
fits, or is split by the importer, so `check` finds nothing to report."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.deck.importer import import_report, write_deck
from app.deck.loader import load_deck
from app.render.checks import render_diagnostics
from app.render.context import RenderContext
from tests.helpers import REPORT

REPORTS = Path(__file__).parent.parent / "deck" / "reports"
SHAPES = sorted(REPORTS.glob("*.txt")) + [REPORT]
SENTENCE = "Мы начали работу весной и закончили её только к зиме, когда выпал снег."
LONG_PARTS = {
    "a long quote": f"Дорога\nАким Серик Ержанов выступил.\n«{' '.join([SENTENCE] * 14)}»",
    "a long answer": f"Интервью\nВступление.\n— Когда?\n— {' '.join([SENTENCE] * 14)}\n— Ясно.",
    "a long paragraph": f"Заметка\n{' '.join([SENTENCE] * 40)}",
    "a long list": "Список\nВ парке будут:\n" + "\n".join(f"- {SENTENCE}" for _ in range(12)),
}


def rendered_problems(tmp_path, text):
    out = tmp_path / "deck"
    write_deck(import_report(text), out)
    deck, diagnostics = load_deck(out)
    assert [d.format() for d in diagnostics] == []
    assert deck.slides
    return [d.format() for d in render_diagnostics(deck, RenderContext.for_deck(deck))]


@pytest.mark.parametrize("report", SHAPES, ids=lambda path: path.stem)
def test_every_imported_shape_shows_all_its_text(qapp, tmp_path, report):
    assert rendered_problems(tmp_path, report.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("text", LONG_PARTS.values(), ids=list(LONG_PARTS))
def test_what_does_not_fit_one_slide_is_split_not_dropped(qapp, tmp_path, text):
    assert rendered_problems(tmp_path, text) == []

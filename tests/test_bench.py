"""The benchmark runs and reports every number (its values are never asserted)."""

from __future__ import annotations

import json

from app.cli import main
from tests.helpers import SHIPPED_DECK


def test_bench_reports_every_measure(capsys, qapp, shipped_deck):
    assert main(["bench", str(SHIPPED_DECK), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    for key in ("load_deck_ms", "first_slide_cold_1080p_ms", "render_4k_median_ms",
                "photo_24mp_cold_1080p_ms", "photo_24mp_after_prefetch_1080p_ms"):
        assert isinstance(results[key], float)
    assert results["slides"] == len(shipped_deck.slide_numbers())  # as the console counts
    assert results["hidden_slides"] == sum(slide.hidden for slide in shipped_deck.slides)

"""The benchmark runs and reports every number (its values are never asserted)."""

from __future__ import annotations

import json

from app.bench import SIZES, format_table
from app.cli import main
from tests.helpers import SHIPPED_DECK

CUTS = {"p50", "p95", "p99"}
LABELS = {f"{width}x{height}" for width, height in SIZES}


def test_a_quick_bench_reports_every_measure(capsys, qapp, shipped_deck):
    assert main(["bench", str(SHIPPED_DECK), "--quick", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    for key in ("first_paint_ms", "floor_first_paint_ms", "rss_growth_pct", "decode_ms",
                "export_pdf_s", "export_pdf_mb", "load_deck_ms"):
        assert isinstance(results[key], float), key
    assert results["first_paint_ms"] > 0
    assert results["floor_first_paint_ms"] > 0
    assert results["export_pdf_mb"] > 0
    for key in ("switch_ms", "floor_switch_ms"):
        assert set(results[key]) == LABELS
        for cuts in results[key].values():
            assert set(cuts) == CUTS
            assert 0 < cuts["p50"] <= cuts["p95"] <= cuts["p99"]
    assert set(results["shipped_switch_ms"]) == {"1920x1080"}
    for key in ("peak_rss_mb", "floor_peak_rss_mb"):
        assert set(results[key]) == LABELS
        assert all(mb > 0 for mb in results[key].values())
    assert results["slides"] == len(shipped_deck.slide_numbers())  # as the console counts
    assert results["hidden_slides"] == sum(slide.hidden for slide in shipped_deck.slides)
    table = format_table(results)
    assert "switch 3840x2160 p99" in table
    assert "quick run" in table

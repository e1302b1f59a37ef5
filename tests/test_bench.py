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
                "export_pdf_s", "export_pdf_mb", "load_deck_ms", "load_deck_kept_ms"):
        assert isinstance(results[key], float), key
    assert results["first_paint_ms"] > 0
    assert results["floor_first_paint_ms"] > 0
    assert results["first_paint_ratio"] > 0  # one run each: exactly their quotient
    assert abs(results["first_paint_ratio"]
               - results["first_paint_ms"] / results["floor_first_paint_ms"]) < 0.01
    assert results["export_pdf_mb"] > 0
    for key in ("switch_ms", "floor_switch_ms"):
        assert set(results[key]) == LABELS
        for cuts in results[key].values():
            assert set(cuts) == CUTS
            assert 0 < cuts["p50"] <= cuts["p95"] <= cuts["p99"]
    for key in ("shipped_switch_ms", "rapid_switch_ms"):
        assert set(results[key]) == {"1920x1080"}
        assert set(results[key]["1920x1080"]) == CUTS
    for key in ("peak_rss_mb", "floor_peak_rss_mb"):
        assert set(results[key]) == LABELS
        assert all(mb > 0 for mb in results[key].values())
    assert results["slides"] == len(shipped_deck.slide_numbers())  # as the console counts
    assert results["hidden_slides"] == sum(slide.hidden for slide in shipped_deck.slides)
    table = format_table(results)
    assert "switch 3840x2160 p99" in table
    assert f"{results['first_paint_ratio']:.2f}" in table.splitlines()[1]
    assert "quick run" in table


def test_first_paint_runs_on_a_screen_as_big_as_the_window_measured(tmp_path):
    """Qt's offscreen screen is 800×600: the app would cut its 1920×1080 window down to
    it and paint a quarter of the floor's pixels."""
    import os
    import subprocess
    import sys

    from app.bench import _with_screen

    env = _with_screen({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, (1920, 1080),
                       tmp_path / "screen.json")
    shown = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication as A; a = A([]); "
         "g = a.primaryScreen().geometry(); print(g.width(), g.height())"],
        env=env, capture_output=True, text=True, check=True, timeout=60)
    assert shown.stdout.split() == ["1920", "1080"]
    xcb = {"QT_QPA_PLATFORM": "xcb"}
    assert _with_screen(xcb, (1920, 1080), tmp_path / "other.json") is xcb  # a real screen

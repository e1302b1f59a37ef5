"""`python main.py bench`: how fast the things a user waits for are.

Numbers, not assertions: the tests never time anything.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.export.text import reader_text
from app.render.context import RenderContext
from app.render.painter import render_slide_image


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def run_bench(root: Path) -> dict[str, float | int]:
    """Load, first slide, every slide at two sizes, text export; in milliseconds."""
    results: dict[str, float | int] = {}
    start = time.perf_counter()
    deck, _ = load_deck(root)
    results["load_deck_ms"] = _ms(time.perf_counter() - start)
    results["slides"] = len(deck.slides)

    start = time.perf_counter()
    context = RenderContext.for_deck(deck)
    render_slide_image(deck.slides[0], 0, QSize(1920, 1080), context)
    results["first_slide_cold_1080p_ms"] = _ms(time.perf_counter() - start)

    for label, size in (("1080p", QSize(1920, 1080)), ("4k", QSize(3840, 2160)),
                        ("thumbnail", QSize(320, 180))):
        times = []
        for slide in deck.slides:
            step = slide.step_count - 1
            start = time.perf_counter()
            render_slide_image(slide, step, size, context)
            times.append(time.perf_counter() - start)
        results[f"render_{label}_median_ms"] = _ms(statistics.median(times))
        results[f"render_{label}_max_ms"] = _ms(max(times))

    start = time.perf_counter()
    reader_text(deck)
    results["export_text_ms"] = _ms(time.perf_counter() - start)
    return results

"""`python main.py bench`: how fast the things a user waits for are.

Numbers, not assertions: the tests never time anything.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.export.text import reader_text
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from app.render.prefetch import prefetch_slide


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def run_bench(root: Path) -> dict[str, float | int]:
    """Load, first slide, every numbered slide at three sizes, text export; in milliseconds."""
    results: dict[str, float | int] = {}
    start = time.perf_counter()
    deck, _ = load_deck(root)
    results["load_deck_ms"] = _ms(time.perf_counter() - start)
    slides = deck.exported_slides()  # counted as the reader, console and exports count
    results["slides"] = len(slides)
    results["hidden_slides"] = len(deck.slides) - len(slides)

    start = time.perf_counter()
    context = RenderContext.for_deck(deck)
    render_slide_image(slides[0], 0, QSize(1920, 1080), context)
    results["first_slide_cold_1080p_ms"] = _ms(time.perf_counter() - start)

    for label, size in (("1080p", QSize(1920, 1080)), ("4k", QSize(3840, 2160)),
                        ("thumbnail", QSize(320, 180))):
        times = []
        for slide in slides:
            step = slide.step_count - 1
            start = time.perf_counter()
            render_slide_image(slide, step, size, context)
            times.append(time.perf_counter() - start)
        results[f"render_{label}_median_ms"] = _ms(statistics.median(times))
        results[f"render_{label}_max_ms"] = _ms(max(times))

    start = time.perf_counter()
    reader_text(deck)
    results["export_text_ms"] = _ms(time.perf_counter() - start)
    results.update(_photo_bench())
    return results


def _photo_bench() -> dict[str, float]:
    """A 24-megapixel camera JPEG on a slide: cold, and after the view prefetched it."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "media").mkdir()
        Image.effect_noise((6000, 4000), 64).convert("RGB").save(root / "media" / "big.jpg",
                                                                  quality=90)
        (root / "deck.toml").write_text('title = "bench"\n[[chapters]]\ntitle = "A"\n'
                                        'file = "a.md"\n', encoding="utf-8")
        (root / "a.md").write_text("kind: photo\nimage: big\n---\nkind: photo\nimage: big\n"
                                   "fit: contain\n", encoding="utf-8")
        deck, _ = load_deck(root)
        size = QSize(1920, 1080)
        start = time.perf_counter()
        render_slide_image(deck.slides[0], 0, size, RenderContext.for_deck(deck))
        cold = time.perf_counter() - start
        context = RenderContext.for_deck(deck)
        for future in prefetch_slide(deck.slides[0], 0, size, context):
            future.result()
        start = time.perf_counter()
        render_slide_image(deck.slides[0], 0, size, context)
        warm = time.perf_counter() - start
    return {"photo_24mp_cold_1080p_ms": _ms(cold),
            "photo_24mp_after_prefetch_1080p_ms": _ms(warm)}

"""`python main.py bench`: how fast the things a user waits for are.

Numbers, not assertions: the tests never time anything.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.export.pdf import export_pdf
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
    results.update(_pdf_bench(root))
    return results


PDF_SLIDES, PDF_PHOTOS = 40, 4


def _camera_photo(path: Path, seed: int) -> None:
    """A 4000×3000 JPEG that compresses like a photo: smooth light, fine grain."""
    light = Image.radial_gradient("L").resize((4000, 3000))
    grain = Image.effect_noise((4000, 3000), 40 + seed)
    picture = Image.merge("RGB", (light, Image.blend(light, grain, 0.35),
                                  grain.filter(ImageFilter.GaussianBlur(2))))
    picture.save(path, quality=90)


def _pdf_bench(root: Path) -> dict[str, float]:
    """The deck padded to 40 slides with four 4000×3000 photos, as a PDF: time and size."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "deck"
        shutil.copytree(root, copy)
        deck, _ = load_deck(copy)
        extra = max(PDF_PHOTOS, PDF_SLIDES - len(deck.exported_slides()))
        (copy / "media").mkdir(exist_ok=True)
        slides = []
        for number in range(extra):
            if number < PDF_PHOTOS:
                _camera_photo(copy / "media" / f"bench-photo-{number}.jpg", number)
                slides.append(f"kind: photo\nimage: bench-photo-{number}\ncaption: Фото {number}")
            else:
                slides.append(f"# Слайд {number}\n\nАбзац текста.")
        (copy / "bench-extra.md").write_text("\n---\n".join(slides) + "\n", encoding="utf-8")
        with (copy / "deck.toml").open("a", encoding="utf-8") as manifest:
            manifest.write('\n[[chapters]]\ntitle = "bench"\nfile = "bench-extra.md"\n')
        deck, _ = load_deck(copy)
        out = Path(folder) / "deck.pdf"
        start, cpu = time.perf_counter(), time.process_time()
        pages = export_pdf(deck, out, RenderContext.for_deck(deck))
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = out.stat().st_size
    # wall time waits for a busy machine; CPU time (all threads) is the export's own cost
    return {"pdf_pages": pages, f"pdf_{PDF_PHOTOS}_photos_ms": _ms(took),
            f"pdf_{PDF_PHOTOS}_photos_cpu_ms": _ms(cpu),
            f"pdf_{PDF_PHOTOS}_photos_mb": round(size / 1024 / 1024, 2)}


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

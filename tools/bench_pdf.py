#!/usr/bin/env python3
"""The PDF target of issue 8: a 40-slide deck with four 4000×3000 photos, as a PDF.

The shipped deck (its drawings, quotes and dialogues) padded to 40 slides with
four camera-like photos (app.bench's stress photos, 3–4 MB JPEGs) and a few
text slides; prints the export's wall time, its CPU time (all threads: the
machine's load does not count) and the file's size. Numbers, not a test.

Usage:  QT_QPA_PLATFORM=offscreen python tools/bench_pdf.py [DECK]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLIDES, PHOTOS = 40, 4


def main(argv: list[str]) -> int:
    from PySide6.QtGui import QGuiApplication

    from app.assets import SHIPPED_DECK
    from app.bench import _stress_photo
    from app.deck.loader import load_deck
    from app.export.pdf import export_pdf
    from app.render.context import RenderContext

    _app = QGuiApplication.instance() or QGuiApplication([])
    source = Path(argv[1]) if len(argv) > 1 else SHIPPED_DECK
    with tempfile.TemporaryDirectory() as folder:
        deck_root = Path(folder) / "deck"
        shutil.copytree(source, deck_root)
        extra = max(PHOTOS, SLIDES - len(load_deck(deck_root)[0].exported_slides()))
        slides = []
        for n in range(extra):
            if n < PHOTOS:
                _stress_photo(n).save(deck_root / "media" / f"bench-{n}.jpg", quality=88)
                slides.append(f"kind: photo\nimage: bench-{n}\ncaption: Снимок {n + 1}\n"
                              "credit: Фото: стенд")
            else:
                slides.append(f"# Слайд {n + 1}\n\nАбзац текста.")
        (deck_root / "bench.md").write_text("\n---\n".join(slides) + "\n", encoding="utf-8")
        with (deck_root / "deck.toml").open("a", encoding="utf-8") as manifest:
            manifest.write('\n[[chapters]]\ntitle = "Стенд"\nfile = "bench.md"\n')
        deck, _ = load_deck(deck_root)
        out = Path(folder) / "deck.pdf"
        wall, cpu = time.perf_counter(), time.process_time()
        pages = export_pdf(deck, out, RenderContext.for_deck(deck))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        size = out.stat().st_size / 1024 / 1024
    print(f"{pages} pages, {PHOTOS} photos of 4000×3000: {wall:.2f} s wall, "
          f"{cpu:.2f} s CPU, {size:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

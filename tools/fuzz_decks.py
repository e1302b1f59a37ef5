"""The long fuzz profile: thousands of random hostile decks through `check` and a paint.

    python tools/fuzz_decks.py --count 10000 [--seed 1] [--keep DIR]
    python tools/fuzz_decks.py --only 898,4264      (replay some seeds)

Each deck (tests/hostile.py: random_deck) is loaded, checked the way `check`
does, and its first slide painted small. A traceback, or a deck taking longer
than --limit seconds, is a failure: it is printed with its seed, and kept
under --keep to replay. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")  # noise from random scripts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1, help="the first deck's seed")
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed per deck")
    parser.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    parser.add_argument("--only", help="comma-separated seeds to run instead of a range")
    args = parser.parse_args()

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from app.deck.loader import load_deck
    from app.render.checks import render_diagnostics
    from app.render.context import RenderContext
    from app.render.painter import render_slide_image
    from tests.hostile import random_deck

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    _warm_font_fallback()
    failures, slowest, started = 0, (0.0, 0), time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fuzz-decks-") as scratch:
        seeds = [int(seed) for seed in args.only.split(",")] if args.only \
            else list(range(args.seed, args.seed + args.count))
        for done, seed in enumerate(seeds, 1):
            root = random_deck(Path(scratch) / str(seed), random.Random(seed))
            begun = time.monotonic()
            try:
                deck, _diagnostics = load_deck(root)
                context = RenderContext.for_deck(deck)
                render_diagnostics(deck, context)
                if deck.slides:
                    render_slide_image(deck.slides[0], 0, QSize(320, 180), context)
                problem = None
            except Exception:  # noqa: BLE001 - any exception is the finding
                problem = traceback.format_exc()
            took = time.monotonic() - begun
            slowest = max(slowest, (took, seed))
            if problem is None and took > args.limit:
                problem = f"took {took:.1f} s (limit {args.limit} s)"
            if problem is not None:
                failures += 1
                print(f"seed {seed}: {problem}", flush=True)
                shutil.copytree(root, args.keep / str(seed), dirs_exist_ok=True)
            shutil.rmtree(root)
            if done % 500 == 0:
                print(f"{done} decks, {failures} failures, {time.monotonic() - started:.0f} s",
                      flush=True)
    print(f"{len(seeds)} decks from seed {seeds[0]}: {failures} failures; slowest "
          f"{slowest[0]:.2f} s (seed {slowest[1]}); {time.monotonic() - started:.0f} s in all")
    return 1 if failures else 0


def _warm_font_fallback() -> None:
    """Lay out one character of every script block the decks draw from, once.

    Qt's first use of a script searches every installed font for a fallback
    (seconds on a machine with many fonts). That cost is the process's, paid
    once, not any deck's; measured separately, it would otherwise land on
    whichever deck happens to use a script first.
    """
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setPlainText("".join(chr(code) for code in range(0x20, 0x3000, 16)))
    document.setTextWidth(800)
    document.size()


if __name__ == "__main__":
    sys.exit(main())

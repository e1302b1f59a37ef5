"""The long fuzz profile: thousands of random hostile decks through `check` and a paint.

    python tools/fuzz_decks.py --count 10000 --jobs 2 [--seed 1] [--keep DIR]
    python tools/fuzz_decks.py --only 898,4264      (replay some seeds)

Each deck (tests/hostile.py: random_deck) is loaded, checked the way `check`
does, and its first slide painted small. A traceback, or a deck taking more
than --limit seconds of CPU time, is a failure: it is printed with its seed,
and kept under --keep to replay. CPU time, not the clock: on a shared machine
the clock also counts other programs' turns. A deck still running after
--hang seconds by the clock (a block, not work) is stopped and counted too.
Exit status 1 if anything failed. The summary gives the slowest deck (CPU
and clock) and the largest rise of a worker's peak memory during one deck.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false;qt.svg=false")  # noise
CHUNK = 250  # decks handed to a worker at a time: progress lines, little overhead


@dataclass
class Tally:
    """What a batch of decks did: failures with their seeds, the slowest, the costliest."""

    decks: int = 0
    failures: list[str] = field(default_factory=list)
    slowest: tuple[float, int] = (0.0, 0)  # CPU seconds
    slowest_wall: tuple[float, int] = (0.0, 0)
    rss_rise: tuple[float, int] = (0.0, 0)  # MB the worker's peak rose during one deck
    peak_rss_mb: float = 0.0

    def add(self, other: Tally) -> None:
        self.decks += other.decks
        self.failures += other.failures
        self.slowest = max(self.slowest, other.slowest)
        self.slowest_wall = max(self.slowest_wall, other.slowest_wall)
        self.rss_rise = max(self.rss_rise, other.rss_rise)
        self.peak_rss_mb = max(self.peak_rss_mb, other.peak_rss_mb)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1, help="the first deck's seed")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--limit", type=float, default=2.0,
                        help="CPU seconds allowed per deck")
    parser.add_argument("--hang", type=int, default=60, help="seconds before a deck is stopped")
    parser.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    parser.add_argument("--only", help="comma-separated seeds to run instead of a range")
    args = parser.parse_args()
    seeds = [int(seed) for seed in args.only.split(",")] if args.only \
        else list(range(args.seed, args.seed + args.count))
    batches = [seeds[i:i + CHUNK] for i in range(0, len(seeds), CHUNK)]
    total, started = Tally(), time.monotonic()
    if args.jobs <= 1:
        results = (run_batch(batch, args.limit, args.hang, args.keep) for batch in batches)
        _collect(results, total, started)
    else:
        with ProcessPoolExecutor(args.jobs, mp_context=get_context("spawn")) as pool:
            futures = [pool.submit(run_batch, batch, args.limit, args.hang, args.keep)
                       for batch in batches]
            _collect((future.result() for future in as_completed(futures)), total, started)
    print(f"{total.decks} decks from seed {seeds[0]} ({args.jobs} jobs): "
          f"{len(total.failures)} failures; slowest {total.slowest[0]:.2f} s of CPU (seed "
          f"{total.slowest[1]}), {total.slowest_wall[0]:.2f} s by the clock (seed "
          f"{total.slowest_wall[1]}); largest peak-memory rise in one deck "
          f"{total.rss_rise[0]:.0f} MB (seed {total.rss_rise[1]}); "
          f"worker peak RSS {total.peak_rss_mb:.0f} MB; "
          f"{time.monotonic() - started:.0f} s in all")
    return 1 if total.failures else 0


def _collect(results, total: Tally, started: float) -> None:
    """Add up the batches as they finish, printing failures and a progress line."""
    for tally in results:
        for failure in tally.failures:
            print(failure, flush=True)
        total.add(tally)
        print(f"{total.decks} decks, {len(total.failures)} failures, "
              f"{time.monotonic() - started:.0f} s", flush=True)


def run_batch(seeds: list[int], limit: float, hang: int, keep: Path) -> Tally:
    """Generate, check and paint each seed's deck in this process."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from app.deck.loader import load_deck
    from app.render.checks import render_diagnostics
    from app.render.context import RenderContext
    from app.render.painter import render_slide_image
    from tests.hostile import random_deck

    if QGuiApplication.instance() is None:
        run_batch.app = QGuiApplication([sys.argv[0]])  # kept alive for the worker's life
        _warm_font_fallback()
    signal.signal(signal.SIGALRM, _stop)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="fuzz-decks-") as scratch:
        for seed in seeds:
            root = random_deck(Path(scratch) / str(seed), random.Random(seed))
            peak_before = _peak_rss_mb()
            begun, begun_cpu = time.monotonic(), time.process_time()
            signal.alarm(hang)
            try:
                deck, _diagnostics = load_deck(root)
                context = RenderContext.for_deck(deck)
                render_diagnostics(deck, context)
                if deck.slides:
                    render_slide_image(deck.slides[0], 0, QSize(320, 180), context)
                problem = None
            except Exception:  # noqa: BLE001 - any exception is the finding
                problem = traceback.format_exc()
            finally:
                signal.alarm(0)
            took = time.process_time() - begun_cpu
            tally.decks += 1
            tally.slowest = max(tally.slowest, (took, seed))
            tally.slowest_wall = max(tally.slowest_wall, (time.monotonic() - begun, seed))
            tally.rss_rise = max(tally.rss_rise, (_peak_rss_mb() - peak_before, seed))
            if problem is None and took > limit:
                problem = f"took {took:.1f} s of CPU (limit {limit} s)"
            if problem is not None:
                tally.failures.append(f"seed {seed}: {problem}")
                shutil.copytree(root, keep / str(seed), dirs_exist_ok=True)
            shutil.rmtree(root)
    tally.peak_rss_mb = _peak_rss_mb()
    return tally


class Hang(Exception):
    """A deck ran past --hang seconds."""


def _stop(_signal, _frame) -> None:
    raise Hang("still running: stopped")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


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

"""`python main.py bench`: the stage's speed, beside a minimal Qt program doing the same paint.

Numbers, not assertions: the tests never time anything. What is measured is
what the hall sees, each number next to the "floor": a few lines of PySide6
that open the same frameless window and paint the same photo, decoded the
same way, with nothing else (`FloorWindow`). Every run happens in a child
process of its own (`python -m app.bench ROLE …`), so one run's memory and
warm objects never flatter another (what a user's start keeps on disk is kept):

- `first_paint_ms`: from starting `main.py present` on the stress deck to its
  first slide painted in the audience window; the floor: start to its photo
  painted. Median of FIRST_PAINT_RUNS, app and floor interleaved, both on a
  1920×1080 screen (`_with_screen`); the app's first run parses the deck, the
  others start from its kept parse (app.deck.cache), as a user's next start
  does. `first_paint_ratio`: the median of each run's app against the floor
  run beside it, which a machine's slow minute (a frequent thing on a shared
  one) moves less than the two medians apart.
- `switch_ms`: a key press (sent to the audience window, as a clicker's
  arrives) to the finished frame painted (a repaint: the flush follows at
  once, before the console updates its labels), p50/p95/p99 over
  SWITCHES presses forward and back, first visits to every photo slide
  included, at 1920×1080 and 3840×2160, with the presenter console open.
  Between presses the app gets up to DWELL_MS to prepare, as a fast
  presenter gives it (a press a second); a press that finds nothing ready
  is measured as it is. The floor repaints its photo on each press.
- `peak_rss_mb` per size; `rss_growth_pct`: resident memory after the
  further presses of `Plan.growth_switches` (at 1080p, each as soon as the
  frame before it is up) against before them; `rapid_switch_ms`: those
  presses' times, a presenter who never pauses.
- `decode_ms`: one 4000×3000 JPEG decoded for a 1920×1080 slide.
- `export_pdf_s`, `export_pdf_mb`: the stress deck as a PDF.

Before anything is timed the app's modules are compiled to bytecode, as an
install does (`compile_app`): a checkout run with PYTHONDONTWRITEBYTECODE
would otherwise compile them from source at every start, which no user's
start does, while the floor's PySide6 comes compiled.

The stress deck is generated into a temporary folder, the same every time:
PHOTOS photo slides, each its own 4000×3000 JPEG, EXIF orientations mixed.
This module's top level imports nothing heavy, so that the floor's start
costs it nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

SIZES = ((1920, 1080), (3840, 2160))
PHOTO_SIZE = (4000, 3000)
ORIENTATIONS = (1, 6, 3, 8)  # upright, turned right, upside down, turned left
DWELL_MS = 1000
CHILD_TIMEOUT_S = 3600  # a loaded machine is slow, and a lost run tells nothing
ROOT = Path(__file__).resolve().parent.parent

# Targets of issue 11, shown beside the numbers in the table.
TARGETS = {"first_paint_ratio": 1.2, "switch_ratio": 1.5,
           "switch_p99_ms": {"1920x1080": 16, "3840x2160": 33},
           "peak_rss_mb": {"1920x1080": 220, "3840x2160": 450}, "rss_growth_pct": 5}


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run, or a quick one that only proves it works."""

    photos: int = 40
    first_paint_runs: int = 5
    switches: int = 200
    growth_switches: int = 2000
    decode_runs: int = 5


QUICK = Plan(photos=6, first_paint_runs=1, switches=12, growth_switches=24, decode_runs=1)


# -- the parent: plan, children, summary ------------------------------------------------


def run_bench(shipped: Path, quick: bool = False) -> dict:
    """Every number of the module docstring, as one JSON-ready dict."""
    plan = QUICK if quick else Plan()
    compile_app()
    results: dict = {"quick": quick, "dwell_ms": DWELL_MS, "cpus": os.cpu_count(),
                     "load_average": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="reportage-bench-") as folder:
        stress = make_stress_deck(Path(folder) / "stress", plan.photos)
        photo = stress / "media" / "p00.jpg"
        env = _child_env(Path(folder) / "config")
        screen = _with_screen(env, SIZES[0], Path(folder) / "screen.json")
        app_paint, floor_paint = [], []
        for _ in range(plan.first_paint_runs):  # interleaved: a busy moment hits both
            app_paint.append(_first_paint(["first-paint-app", str(stress)], screen))
            floor_paint.append(_first_paint(["first-paint-floor", str(photo)], screen))
        results["first_paint_ms"] = _ms(statistics.median(app_paint))
        results["floor_first_paint_ms"] = _ms(statistics.median(floor_paint))
        results["first_paint_ratio"] = round(statistics.median(
            app / floor for app, floor in zip(app_paint, floor_paint, strict=True)), 2)
        for key in ("switch_ms", "floor_switch_ms", "peak_rss_mb", "floor_peak_rss_mb"):
            results[key] = {}
        for width, height in SIZES:
            label = f"{width}x{height}"
            growth = plan.growth_switches if width == SIZES[0][0] else 0
            app = _child(["switch-app", str(stress), label, str(plan.switches), str(growth)], env)
            floor = _child(["switch-floor", str(photo), label, str(plan.switches)], env)
            results["switch_ms"][label] = app["switch_ms"]
            results["floor_switch_ms"][label] = floor["switch_ms"]
            results["peak_rss_mb"][label] = app["peak_rss_mb"]
            results["floor_peak_rss_mb"][label] = floor["peak_rss_mb"]
            if growth:
                results["rss_growth_pct"] = app["rss_growth_pct"]
                results["rapid_switch_ms"] = {label: app["rapid_switch_ms"]}
        results.update(_shipped(shipped, env, plan))
        results["decode_ms"] = _decode_ms(photo, plan.decode_runs)
        results.update(_export_pdf(stress, Path(folder) / "stress.pdf"))
    return results


def compile_app() -> None:
    """The app's `.pyc` files, written as an install writes them (see the docstring)."""
    import compileall

    compileall.compile_dir(ROOT / "app", quiet=1)


def _shipped(root: Path, env: dict[str, str], plan: Plan) -> dict:
    """The deck as shipped: loading it (parsed, the parser's import included, then from the
    parse kept as a start keeps it), its slides as the console counts them, switching."""
    from app.deck.cache import ChapterCache
    from app.deck.loader import load_deck

    kept = ChapterCache(Path(env["XDG_CACHE_HOME"]) / "shipped")
    start = time.perf_counter()
    deck, _ = load_deck(root, kept)
    parsed = time.perf_counter() - start
    start = time.perf_counter()
    load_deck(root, kept)
    again = time.perf_counter() - start
    run = _child(["switch-app", str(root), "1920x1080", str(plan.switches), "0"], env)
    return {"load_deck_ms": _ms(parsed), "load_deck_kept_ms": _ms(again),
            "slides": len(deck.slide_numbers()),
            "hidden_slides": sum(slide.hidden for slide in deck.slides),
            "shipped_switch_ms": {"1920x1080": run["switch_ms"]}}


def _child_env(config: Path) -> dict[str, str]:
    """Children import this checkout, paint offscreen unless told otherwise, and keep
    their settings and parsed chapters in a temporary folder, never the user's."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(config)
    env["XDG_CACHE_HOME"] = str(config / "cache")
    return env


def _with_screen(env: dict[str, str], size: tuple[int, int], config: Path) -> dict[str, str]:
    """`env` with Qt's offscreen screen as big as `size` (its own is 800×600, which would
    cut the app's window down while the floor's is not); another platform as it is."""
    if env["QT_QPA_PLATFORM"] != "offscreen":
        return env
    width, height = size
    config.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96}]}))
    return {**env, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


def _child(args: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-m", "app.bench", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])


def _first_paint(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting a child to its first frame flushed (the clock is system-wide)."""
    start = time.monotonic()
    return _child(args, env)["painted"] - start


def _decode_ms(photo: Path, runs: int) -> float:
    """One photo decoded for a full-screen 1080p slide, by a provider with nothing cached."""
    from PySide6.QtCore import QSize

    from app.render.images import ImageProvider

    times = []
    for _ in range(runs):
        provider = ImageProvider(photo.parent.parent)
        start = time.perf_counter()
        provider.load(photo.stem, QSize(*SIZES[0]), cover=True)
        times.append(time.perf_counter() - start)
    return _ms(statistics.median(times))


def _export_pdf(deck_root: Path, out: Path) -> dict[str, float]:
    from app.deck.loader import load_deck
    from app.export.pdf import export_pdf
    from app.render.context import RenderContext

    deck, _ = load_deck(deck_root)
    start = time.perf_counter()
    export_pdf(deck, out, RenderContext.for_deck(deck))
    seconds = time.perf_counter() - start
    return {"export_pdf_s": round(seconds, 2),
            "export_pdf_mb": round(out.stat().st_size / 1e6, 2)}


def make_stress_deck(root: Path, photos: int) -> Path:
    """`photos` photo slides, each its own 4000×3000 JPEG; the same files every time."""
    from PIL import Image

    media = root / "media"
    media.mkdir(parents=True)
    slides = []
    for n in range(photos):
        fit = "contain" if n % 3 == 2 else "cover"
        slides.append(f"kind: photo\nid: p{n:02d}\ntitle: Снимок {n + 1}\nimage: p{n:02d}\n"
                      f"fit: {fit}\ncaption: Снимок {n + 1} из {photos}, "
                      f"ориентация EXIF {ORIENTATIONS[n % 4]}\ncredit: Фото: стенд\n")
        picture = _stress_photo(n)
        exif = Image.Exif()
        exif[0x0112] = ORIENTATIONS[n % 4]
        picture.save(media / f"p{n:02d}.jpg", quality=88, exif=exif.tobytes())
    (root / "photos.md").write_text("\n---\n".join(slides), encoding="utf-8")
    (root / "deck.toml").write_text(
        'title = "Стенд: фотографии"\nauthor = "Reportage bench"\nduration = 20\n\n'
        '[[chapters]]\ntitle = "Фотографии"\nfile = "photos.md"\n', encoding="utf-8")
    return root


def _stress_photo(n: int):
    """A photo-like 4000×3000 picture: soft shapes under fine grain, different per n.

    Grain makes the JPEG as big and as slow to decode as a camera's (3–4 MB).
    """
    import random

    from PIL import Image

    width, height = PHOTO_SIZE
    rng = random.Random(n)
    shapes = Image.frombytes("RGB", (40, 30), rng.randbytes(40 * 30 * 3))
    picture = shapes.resize(PHOTO_SIZE, Image.Resampling.BICUBIC)
    tile = Image.frombytes("RGB", (250, 250), rng.randbytes(250 * 250 * 3))
    grain = Image.new("RGB", PHOTO_SIZE)
    for top in range(0, height, 250):
        for left in range(0, width, 250):
            grain.paste(tile, (left, top))
    return Image.blend(picture, grain, 0.12)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _percentiles(seconds: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return {"p50": _ms(cuts[49]), "p95": _ms(cuts[94]), "p99": _ms(cuts[98])}


def format_table(results: dict) -> str:
    """The numbers beside the floor's, with the ratio and the target."""
    rows = [("", "app", "floor", "ratio", "target")]

    def row(name: str, app: float, floor: float | None, target: str,
            ratio: float | None = None) -> None:
        if ratio is None and floor:
            ratio = app / floor
        rows.append((name, f"{app:g}", "" if floor is None else f"{floor:g}",
                     "" if ratio is None else f"{ratio:.2f}", target))

    row("first paint, ms", results["first_paint_ms"], results["floor_first_paint_ms"],
        f"≤ {TARGETS['first_paint_ratio']}× floor", results["first_paint_ratio"])
    for label, app in results["switch_ms"].items():
        floor = results["floor_switch_ms"][label]
        for cut in ("p50", "p95", "p99"):
            target = (f"≤ {TARGETS['switch_ratio']}× floor, ≤ {TARGETS['switch_p99_ms'][label]}"
                      if cut == "p99" else "")
            row(f"switch {label} {cut}, ms", app[cut], floor[cut], target)
    for key, name in (("shipped_switch_ms", "shipped deck switch"),
                      ("rapid_switch_ms", "no pauses: switch")):
        for label, cuts in results[key].items():
            row(f"{name} {label} p99, ms", cuts["p99"], None, "")
    for label, mb in results["peak_rss_mb"].items():
        row(f"peak RSS {label}, MB", mb, results["floor_peak_rss_mb"][label],
            f"≤ {TARGETS['peak_rss_mb'][label]}")
    row("RSS growth, %", results["rss_growth_pct"], None, f"≤ {TARGETS['rss_growth_pct']}")
    row("decode 4000×3000 for 1080p, ms", results["decode_ms"], None, "")
    row("export PDF, s", results["export_pdf_s"], None, "")
    row("export PDF, MB", results["export_pdf_mb"], None, "")
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(r, widths, strict=True))).rstrip()
             for r in rows]
    load = f"load average {results['load_average']} on {results['cpus']} CPUs"
    return "\n".join([*lines, "", load + (" (quick run)" if results["quick"] else "")])


# -- the children ------------------------------------------------------------------------


def _report(values: dict) -> None:
    """A child's answer: one JSON line; then leave at once, as a killed process would."""
    print(json.dumps(values), flush=True)
    os._exit(0)


def _size(label: str) -> tuple[int, int]:
    width, height = label.split("x")
    return int(width), int(height)


def _rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or at its highest (VmHWM), of this process only.

    Not getrusage's ru_maxrss: Linux carries it over from the parent across exec.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def _peak_rss_mb() -> float:
    return _rss_mb("VmHWM")


def _first_paint_app(deck: str, label: str = "1920x1080") -> None:
    """`main.py present DECK --window WxH`, reporting when the audience's slide is flushed.

    The slide view is patched as the app imports it, not imported here first: that
    would import half the app before `main` runs, which no user's start does.
    """
    from app.launch import main

    def report_first_frame(slide_view: ModuleType) -> None:
        from PySide6.QtCore import QTimer

        paint = slide_view.SlideView.paintEvent

        def reporting(view, event) -> None:
            paint(view, event)
            if view.finished and view.frames.priority == 0:  # the audience's first frame
                painted = time.monotonic()  # told once the paint is flushed, when it was done
                QTimer.singleShot(0, lambda: _report({"painted": painted}))

        slide_view.SlideView.paintEvent = reporting

    _when_imported("app.ui.slide_view", report_first_frame)
    main(["present", deck, "--window", label])


def _when_imported(name: str, then: Callable[[ModuleType], None]) -> None:
    """Call `then` with module `name` as soon as something has imported it.

    The finder needs no base class (importlib.abc would import importlib.resources,
    8 ms that the app's own start does not spend).
    """
    import importlib.util

    class Finder:
        def find_spec(self, fullname: str, path: object, target: object = None):
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            run = spec.loader.exec_module

            def exec_module(module: ModuleType) -> None:
                run(module)
                then(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())


def _floor_photo(path: str, width: int, height: int):
    """The floor's photo: decoded with libjpeg's draft for the window, turned upright."""
    from PIL import Image, ImageOps
    from PySide6.QtGui import QImage

    with Image.open(path) as image:
        image.draft("RGB", (width, height))
        upright = ImageOps.exif_transpose(image).convert("RGB")
    data = upright.tobytes()
    return QImage(data, upright.width, upright.height, upright.width * 3,
                  QImage.Format.Format_RGB888).copy()


def _floor_window(photo_path: str, width: int, height: int, painted: Callable[[], None]):
    """The floor: a frameless window that paints one photo to cover it, on every key."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

    class FloorWindow(QWidget):
        def __init__(self) -> None:
            super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self.photo = _floor_photo(photo_path, width, height)
            self.presses = 0

        def keyPressEvent(self, _event) -> None:  # noqa: N802 - Qt override
            self.presses += 1
            self.update()

        def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
            painter = QPainter(self)
            scale = max(width / self.photo.width(), height / self.photo.height())
            w, h = self.photo.width() * scale, self.photo.height() * scale
            painter.drawImage(QRectF((width - w) / 2, (height - h) / 2, w, h), self.photo)
            painter.end()
            painted()

    window = FloorWindow()
    window.setGeometry(0, 0, width, height)
    window.show()
    return window


def _first_paint_floor(photo: str, label: str = "1920x1080") -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    def painted() -> None:
        done = time.monotonic()
        QTimer.singleShot(0, lambda: _report({"painted": done}))

    _window = _floor_window(photo, *_size(label), painted)
    app.exec()


def _route(slides: int, presses: int, start: int = 0) -> list[int]:
    """+1/-1 presses from slide `start`: forward two, back one to the end of the deck
    (every slide is a first visit), then whole passes back and forth; never past either
    end, so every press moves."""
    moves, here = [], start
    while here < slides - 1 and len(moves) < presses:
        step = -1 if len(moves) % 3 == 2 and here > 0 else 1
        moves.append(step)
        here += step
    direction = -1
    while len(moves) < presses:
        if not 0 <= here + direction < slides:
            direction = -direction
        moves.append(direction)
        here += direction
    return moves


def _press_and_wait(app, window, forward: bool, painted: list[float],
                    moved: Callable[[], bool] = lambda: True) -> float | None:
    """Seconds from a key press to the frame painted (the time `painted` gets appended
    at the end of the paint, before the flush that follows it at once, for both);
    None for a press that `moved` says changed nothing (the last step, say)."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent

    key = Qt.Key.Key_Right if forward else Qt.Key.Key_Left
    seen = len(painted)
    start = time.perf_counter()
    app.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
    if not moved():
        return None
    while len(painted) == seen:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return painted[seen] - start


def _switch_app(deck_root: str, label: str, presses: str, growth: str) -> None:
    """The app presenting `deck_root` in a WxH audience window with the console open."""
    from PySide6.QtCore import QEventLoop

    from app.deck.loader import load_deck
    from app.memory import return_big_buffers
    from app.render.context import RenderContext
    from app.settings import Settings
    from app.startup import hand_over_quickly
    from app.ui.application import create_application
    from app.ui.presentation import PresentationSession
    from app.ui.slide_view import SlideView

    return_big_buffers()  # as main.py does
    hand_over_quickly()
    app = create_application()
    deck, _ = load_deck(Path(deck_root))
    session = PresentationSession(deck, RenderContext.for_deck(deck), Settings(),
                                  window_size=_size(label))
    audience = session.audience
    audience.setGeometry(0, 0, *_size(label))  # the size measured, even past a small screen
    views = [*audience.findChildren(SlideView)]
    if session.console is not None:
        views += session.console.findChildren(SlideView)

    def settle(limit_s: float) -> None:
        deadline = time.perf_counter() + limit_s
        while time.perf_counter() < deadline and (
                not audience.view.finished or any(view.busy() for view in views)):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.002)

    painted: list[float] = []  # the hall sees the frame then; the console is set after it
    audience.view.frame_shown.connect(lambda: painted.append(time.perf_counter()))

    def run(moves: list[int], dwell_s: float) -> list[float]:
        times = []
        def moved_from(shown: tuple[object, int]) -> Callable[[], bool]:
            return lambda: (audience.view.slide, audience.view.step) != shown

        for move in moves:
            took = _press_and_wait(app, audience, move > 0, painted,
                                   moved_from((audience.view.slide, audience.view.step)))
            if took is not None:
                times.append(took)
            settle(dwell_s)
        return times

    def here() -> int:
        return deck.slides.index(audience.view.slide)

    settle(30)
    slides = len(deck.slides)
    times = run(_route(slides, int(presses), here()), DWELL_MS / 1000)
    result = {"switch_ms": _percentiles(times), "peak_rss_mb": round(_peak_rss_mb(), 1)}
    if int(growth):
        before = _rss_mb()
        rapid = run(_route(slides, int(growth), here()), 0)
        settle(5)
        result["rss_growth_pct"] = round((_rss_mb() - before) / before * 100, 1)
        result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
        result["rapid_switch_ms"] = _percentiles(rapid)
    _report(result)


def _switch_floor(photo: str, label: str, presses: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    painted: list[float] = []
    window = _floor_window(photo, *_size(label), lambda: painted.append(time.perf_counter()))
    while not painted:
        app.processEvents()
    times = [_press_and_wait(app, window, move > 0, painted)
             for move in _route(2, int(presses))]
    _report({"switch_ms": _percentiles(times), "peak_rss_mb": round(_peak_rss_mb(), 1)})


CHILDREN: dict[str, Callable[..., None]] = {
    "first-paint-app": _first_paint_app,
    "first-paint-floor": _first_paint_floor,
    "switch-app": _switch_app,
    "switch-floor": _switch_floor,
}

if __name__ == "__main__":
    CHILDREN[sys.argv[1]](*sys.argv[2:])

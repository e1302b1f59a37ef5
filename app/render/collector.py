"""Python's cycle collector runs on the GUI thread only, once worker threads paint.

The collector runs in whichever thread happens to allocate when a
generation fills up. On a slide worker that can be the last reference to a
Qt object caught in a reference cycle: its C++ destructor then runs on the
worker, takes Qt's signal lock and waits for the GIL, while the GUI thread,
holding the GIL, waits for that lock in a `connect` — both stop for good
(seen under load in the prerender and window tests). So automatic
collection is switched off and the same generational collection is done by
a timer on the GUI thread, where every Qt object may be deleted.

What the start builds (modules, classes, the windows) lives long:
`keep_what_started` moves it out of the collector's sight (`gc.freeze`).
Otherwise the timer's first pass walks all of it, holding the GIL for 20 ms
on a slow machine just as the first slide renders, and every full pass
after walks it again. Frozen objects are still freed when their last
reference goes; only a cycle among them would stay, so a talk hands them
back when it ends (`hand_back_what_started`): the talk's session is garbage
then, and a full pass costs nothing in front of the hall.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250  # how often the GUI thread looks whether a generation is full


class _Collector(QObject):
    """A timer on the GUI thread doing what the automatic collector would do."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """Collect the oldest generation that is over its threshold, as Python would."""
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count > threshold:
                generation = level
            else:
                break
        if generation >= 0:
            gc.collect(generation)


_collector: _Collector | None = None


def collect_on_gui_thread() -> None:
    """From now on, collect cycles only on the GUI thread (call it there, once or more)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or _collector is not None:
        return
    _collector = _Collector(app)
    _collector.destroyed.connect(_forget)
    gc.disable()


def keep_what_started() -> None:
    """The start is over: no collection walks what it built (see the module's note)."""
    gc.freeze()


def hand_back_what_started() -> None:
    """What the start built may be garbage now (a talk has ended): collect it again."""
    gc.unfreeze()


def _forget(*_args: object) -> None:
    """The application is gone: back to Python's own collection."""
    global _collector
    _collector = None
    gc.enable()

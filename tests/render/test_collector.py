"""Cycles are collected on the GUI thread only, never on a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from app.render import collector


class _Cyclic:
    """An object that only the cycle collector can free (it refers to itself)."""

    def __init__(self) -> None:
        self.me = self


def test_a_worker_allocating_never_runs_the_collector(qtbot):
    collector.collect_on_gui_thread()
    assert not gc.isenabled()
    gc.collect()  # nothing pending from earlier tests
    finalized: list[int] = []
    garbage = _Cyclic()
    weakref.finalize(garbage, lambda: finalized.append(threading.get_ident()))
    del garbage

    kept: list[list[list[int]]] = []

    def allocate() -> None:  # far more than a generation's threshold, and kept
        kept.append([[index] for index in range(200_000)])

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert finalized == []  # the worker collected nothing
    qtbot.waitUntil(lambda: bool(finalized), timeout=5000)  # the GUI thread's timer did
    assert finalized == [threading.get_ident()]
    kept.clear()


def test_the_timer_collects_the_generation_that_is_full(qtbot, monkeypatch):
    collector.collect_on_gui_thread()
    done: list[int] = []
    monkeypatch.setattr(gc, "get_count", lambda: (800, 11, 3))
    monkeypatch.setattr(gc, "collect", lambda generation=2: done.append(generation) or 0)
    collector._collector.thresholds = (700, 10, 10)
    collector._collector.collect()
    assert done == [1]


def test_what_the_start_built_is_out_of_every_collection():
    before = gc.get_freeze_count()
    built = [[index] for index in range(1000)]  # as a start's modules and windows
    try:
        collector.keep_what_started()
        assert gc.get_freeze_count() >= before + len(built)
        assert gc.get_count()[0] < len(built)  # the next pass of generation 0 skips them
    finally:
        collector.hand_back_what_started()
    assert gc.get_freeze_count() == 0  # collected again, with the oldest generation


def test_a_cycle_built_at_the_start_is_freed_once_handed_back():
    finalized: list[bool] = []
    garbage = _Cyclic()
    weakref.finalize(garbage, lambda: finalized.append(True))
    collector.keep_what_started()
    del garbage
    gc.collect()
    assert finalized == []  # frozen: out of every collection
    collector.hand_back_what_started()
    gc.collect()
    assert finalized == [True]

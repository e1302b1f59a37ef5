"""Emit Qt signals without tripping PySide6 6.12.0's reference bug.

On Python 3.11, PySide6 6.12.0's `SignalInstance.emit()` returns `True`
without taking a reference to it, so every emit takes one reference away
from `True`; after about a thousand emits (a quarter of an hour of clock
ticks) the interpreter aborts with "bool_dealloc". 6.11 is fine, and so is
Python 3.12+ (where `True` is immortal). A probe at import tells whether this
Qt has the bug, and only then are the lost references given back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _give_back(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(lost):
        _give_back(True)
    return lost > 0


_LOSES_REFERENCE = _emit_loses_a_reference()


def emit(signal: SignalInstance, *args: object) -> None:
    """`signal.emit(*args)`, keeping the reference count of its result right."""
    result = signal.emit(*args)
    if _LOSES_REFERENCE:
        _give_back(result)

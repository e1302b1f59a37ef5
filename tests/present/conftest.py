"""Keep the test process alive under PySide6 6.12.0 on Python 3.11.

That PySide drops a reference to True, False or None on some signal calls
(emit, disconnect: see app/present/signals.py). The controller repairs its own
emits, but pytest-qt's `waitSignal` and `assertNotEmitted` disconnect signals,
and after enough of them the interpreter aborts at exit ("bool_dealloc").
Python 3.12 makes these objects immortal; here they are made so by hand.
"""

from __future__ import annotations

import ctypes
import sys

import pytest


@pytest.fixture(autouse=True, scope="session")
def _singletons_outlive_pyside() -> None:
    if sys.version_info < (3, 12):
        for singleton in (True, False, None):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 30

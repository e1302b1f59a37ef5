"""Starting Qt: a missing or unreachable display is one clear line, not an abort.

Without a display Qt prints several lines and aborts the process (exit 134)
from inside the QApplication constructor, where no Python exception can be
caught. So a window command first checks the environment, and the
construction itself runs under a message handler that turns Qt's fatal
message into one line naming the variable to set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def display_problem() -> str | None:
    """Why a window cannot open here, or None when it may (Qt decides the rest)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display for a window: set DISPLAY (X11) or WAYLAND_DISPLAY, or start it "
            "from a desktop session (check, outline and export need no display)")


@contextmanager
def qt_start_guard() -> Iterator[None]:
    """Create the Qt application inside this: a fatal start-up error exits 2 in one line."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[tuple[QtMsgType, object, str]] = []

    def hold(mode: QtMsgType, context: object, message: str) -> None:
        if mode != QtMsgType.QtFatalMsg:
            held.append((mode, context, message))
            return
        # Qt aborts when this returns; the first message held is the cause
        # ("could not connect to display :1"), the fatal one only its consequence.
        cause = held[0][2] if held else message.splitlines()[0]
        print(f"reportage: Qt cannot start ({cause}): set DISPLAY or WAYLAND_DISPLAY to a "
              "running display, or QT_QPA_PLATFORM=offscreen for check, outline and export",
              file=sys.stderr, flush=True)
        os._exit(2)

    previous = qInstallMessageHandler(hold)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for mode, context, message in held:  # not fatal after all: say them as Qt would
            if previous is not None:
                previous(mode, context, message)
            else:
                print(message, file=sys.stderr)

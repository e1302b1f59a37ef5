"""Starting up: how the user ran us, and Qt's start, where no display is one clear line.

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
from pathlib import Path
from types import ModuleType

# How long a thread may hold the GIL while another waits for it. A worker decoding a
# photo takes the GIL back between its C calls; at Python's 5 ms, each of those waited
# while the GUI thread imported and built the windows, and a talk's first photo took
# three times as long to decode (`python main.py bench`: first paint 15 ms sooner).
SWITCH_INTERVAL_S = 0.001


def hand_over_quickly() -> None:
    """Let a waiting thread have the GIL within SWITCH_INTERVAL_S (see there)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def import_qt() -> None:
    """Import Qt, and spare every module imported after it PySide6's reading of its source.

    PySide6 reads the source of each module imported once it is loaded, through
    `inspect.getsource`, to learn whether the module names "PySide6": such a module
    may select a `__feature__` (snake_case names) and gets Qt's names switched to its
    selection. That reading costs a talk 45 ms before its first slide (`python main.py
    bench`). Nothing in this process selects a feature (`tests/test_startup.py` checks
    our side), so the answer for every module is "leave it alone" (-1), under which
    PySide6 keeps the selection in force: the default one, always.
    """
    import PySide6.QtCore  # noqa: F401 - loads the feature module told below

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _leave_alone


def _leave_alone(_module: ModuleType) -> bool:
    """PySide6's question for a module just imported: no feature to switch to, for any."""
    return False


def own_command() -> str:
    """What the user types to run us (a checkout's main.py or the installed script)."""
    return "python main.py" if Path(sys.argv[0]).name == "main.py" else "reportage"


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

"""What several commands share: a deck's errors told as `check` tells them, and Qt
without a window for the commands that render but show nothing."""

from __future__ import annotations

import os
import sys

from app.deck.diagnostics import Diagnostic, Severity
from app.startup import import_qt, qt_start_guard


def print_errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The deck's errors, printed to stderr as `check` prints them."""
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    for diagnostic in errors:
        print(diagnostic.format(), file=sys.stderr)
    return errors


def headless_app():
    """A QGuiApplication for commands that render but show no window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import_qt()
    from PySide6.QtGui import QGuiApplication

    with qt_start_guard():
        return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])

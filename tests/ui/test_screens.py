"""Where a slide goes on a screen or in a window."""

from __future__ import annotations

from PySide6.QtCore import QRect

from app.ui.screens import fit_16_9


def test_fit_16_9_centres_the_largest_rectangle():
    assert fit_16_9(QRect(0, 0, 1000, 1000)) == QRect(0, 219, 1000, 562)
    assert fit_16_9(QRect(0, 0, 1600, 600)) == QRect(267, 0, 1066, 599)

"""A talk's head start: its first photos decode while the rest of the app loads.

A camera's photo takes 50–100 ms to decode, about as long as importing the
renderer, the controller and the windows takes. So a talk first makes a bare
Qt application (enough to know the screens), asks it the size of the
audience's slide and sets a spare core decoding the first slide's photos for
that size; only then are the rest imported and built (app.ui.application).

Nothing here names Qt's `Qt` namespace: building its hundred enums costs
PySide6 14 ms, which the decode need not wait for.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication

from app.deck.model import Slide
from app.present.screens import find_screen
from app.render.collector import collect_on_gui_thread
from app.render.images import ImageProvider, decode_first_slide
from app.startup import qt_start_guard
from app.ui.screens import fit_16_9, qscreen_for, screen_infos


def start_application() -> QApplication:
    """The one QApplication, bare: app.ui.application gives it our names, fonts, language."""
    with qt_start_guard():
        app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread()
    return app


def decode_first_photos(deck_root: Path, slide: Slide, screen: int | str | None,
                        window_size: tuple[int, int] | None) -> ImageProvider:
    """Start the application and decoding `slide`'s photos for the audience; the deck's
    pictures, whose `variant` (the theme's drawings) is to be set once the theme is known."""
    start_application()
    images = ImageProvider(deck_root)
    decode_first_slide(slide, audience_size(screen, window_size), images)
    return images


def audience_size(requested: int | str | None, window_size: tuple[int, int] | None) -> QSize:
    """The likely size of the audience's slide: the shared window's, or its screen's."""
    if window_size is not None:
        return fit_16_9(QRect(0, 0, *window_size)).size()
    infos = screen_infos()
    index = find_screen(infos, requested)
    screen = (qscreen_for(infos[index]) if index is not None else None) \
        or QApplication.primaryScreen()
    return fit_16_9(QRect(QPoint(0, 0), screen.size() * screen.devicePixelRatio())).size()

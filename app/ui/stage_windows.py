"""Where a talk's two windows go: each fullscreen on its screen, the console as a
window on demand with one screen, or both side by side when a call shares one screen.

The presentation logic decides which screen is whose (app.present.placement);
this module only puts Qt's windows there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from app.present.placement import Rect, console_window, shared_layout
from app.present.screens import Placement, ScreenInfo
from app.ui.screens import qscreen_for


def place(audience: QWidget, console: QWidget | None, placement: Placement,
          screens: list[ScreenInfo], *, shared_size: tuple[int, int] | None = None,
          console_wanted: bool = False) -> None:
    """Put both windows where `placement` says, on `screens` (the controller's snapshot).

    `shared_size`: screen-share mode, an audience window of that size beside the
    console. `console_wanted`: with no screen of its own, the console still shows,
    as a window over the audience's screen.
    """
    audience_screen = qscreen_at(screens, placement.audience) or QGuiApplication.primaryScreen()
    if shared_size is not None:
        shared, beside = shared_layout(_rect(audience_screen.availableGeometry()), shared_size)
        audience.showNormal()
        audience.setScreen(audience_screen)
        audience.setGeometry(_qrect(shared))
        audience.show()
        if console is not None:
            windowed_on(console, audience_screen, beside)
        return
    fullscreen_on(audience, audience_screen)
    if console is None:
        return
    console_screen = qscreen_at(screens, placement.console)
    if console_screen is not None:
        fullscreen_on(console, console_screen)
    elif console_wanted:
        windowed_on(console, audience_screen,
                    console_window(_rect(audience_screen.availableGeometry())))
        console.raise_()
    else:
        console.hide()


def qscreen_at(screens: list[ScreenInfo], index: int | None) -> QScreen | None:
    """The QScreen behind an index of the controller's own screen list.

    The controller's list is a snapshot (screens settle for a moment after a
    cable moves), so the screen is found by its identity, not its position.
    """
    if index is None or not 0 <= index < len(screens):
        return None
    return qscreen_for(screens[index])


def fullscreen_on(window: QWidget, screen: QScreen) -> None:
    if window.screen() is not screen or not window.isFullScreen():
        if window.isFullScreen():
            window.showNormal()
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def windowed_on(window: QWidget, screen: QScreen, rect: Rect) -> None:
    if window.isFullScreen():
        window.showNormal()
    window.setScreen(screen)
    window.setGeometry(_qrect(rect))
    window.show()


def _rect(rect: QRect) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def _qrect(rect: Rect) -> QRect:
    return QRect(rect.x, rect.y, rect.width, rect.height)

"""Qt's screens as the plain ScreenInfo data the presentation logic works on."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen

from app.present.screens import ScreenInfo


def screen_infos() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    return [describe(screen, screen is primary) for screen in QGuiApplication.screens()]


def describe(screen: QScreen, primary: bool = False) -> ScreenInfo:
    geometry = screen.geometry()
    return ScreenInfo(
        name=screen.name(),
        manufacturer=screen.manufacturer(),
        model=screen.model(),
        serial=screen.serialNumber(),
        x=geometry.x(),
        y=geometry.y(),
        width=geometry.width(),
        height=geometry.height(),
        primary=primary,
    )


def same_screen(info: ScreenInfo, other: ScreenInfo) -> bool:
    """Same identity and same place: two Xvfb screens share a name, never a geometry."""
    return replace(info, primary=False) == replace(other, primary=False)


def qscreen_for(info: ScreenInfo) -> QScreen | None:
    """The connected QScreen that `info` describes, if it is still there."""
    screens = QGuiApplication.screens()
    exact = [s for s in screens if same_screen(describe(s), info)]
    named = [s for s in screens if describe(s).key == info.key]
    return (exact or named or [None])[0]


def index_in(screen: QScreen, infos: tuple[ScreenInfo, ...]) -> int | None:
    """Where a QScreen stands in a list of ScreenInfo, or None."""
    here = describe(screen)
    return next((i for i, info in enumerate(infos) if same_screen(info, here)), None)


def screen_label(info: ScreenInfo, index: int) -> str:
    """`2: HDMI-1 (1920×1080)`: what a presenter sees in a screen picker."""
    model = f" {info.model}" if info.model and info.model not in info.name else ""
    return f"{index + 1}: {info.name}{model} ({info.width}×{info.height})"


def fit_16_9(area: QRect) -> QRect:
    """The largest 16:9 rectangle centred in `area`."""
    width = min(area.width(), area.height() * 16 // 9)
    height = width * 9 // 16
    return QRect(area.x() + (area.width() - width) // 2,
                 area.y() + (area.height() - height) // 2, width, height)

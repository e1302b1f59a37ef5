"""Qt's screens as the plain ScreenInfo data the presentation logic works on."""

from __future__ import annotations

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


def qscreen(index: int | None) -> QScreen | None:
    screens = QGuiApplication.screens()
    if index is None or not 0 <= index < len(screens):
        return None
    return screens[index]


def screen_label(info: ScreenInfo, index: int) -> str:
    """`2: HDMI-1 (1920×1080)`: what a presenter sees in a screen picker."""
    model = f" {info.model}" if info.model and info.model not in info.name else ""
    return f"{index + 1}: {info.name}{model} ({info.width}×{info.height})"

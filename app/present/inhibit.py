"""Keep the screensaver and display sleep away while presenting.

On Linux through the freedesktop ScreenSaver D-Bus interface (GNOME, KDE,
Xfce and most others implement it); where no session bus or no such service
exists, inhibiting is skipped silently: a talk must never fail on it.

The request goes over a bus connection of its own. Desktops drop the
inhibitions of a client that leaves the bus, so closing that connection is a
release that always works (PySide cannot type the cookie as the uint32 that
UnInhibit expects; the call is still made, for desktops that accept it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
CONNECTION = "reportage-inhibit"


class ScreenSaverInhibitor(QObject):
    """`inhibit()` on entering a presentation, `release()` on leaving it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cookie: int | None = None
        self._path = ""

    @property
    def active(self) -> bool:
        return self._cookie is not None

    def inhibit(self, reason: str = "Presenting slides") -> bool:
        """True when the desktop promised not to blank the screen."""
        if self._cookie is not None:
            return True
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
            return False
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(CONNECTION)
            return False
        for path in PATHS:
            interface = QDBusInterface(SERVICE, path, SERVICE, bus)
            if not interface.isValid():
                continue
            arguments = interface.call("Inhibit", "Reportage", reason).arguments()
            if arguments and isinstance(arguments[0], int):
                self._cookie, self._path = arguments[0], path
                log.info("screensaver inhibited (%s)", path)
                return True
        QDBusConnection.disconnectFromBus(CONNECTION)
        return False

    def release(self) -> None:
        if self._cookie is None:
            return
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection(CONNECTION)
        interface = QDBusInterface(SERVICE, self._path, SERVICE, bus)
        if interface.isValid():
            interface.call("UnInhibit", self._cookie)
        QDBusConnection.disconnectFromBus(CONNECTION)
        self._cookie = None
        log.info("screensaver released")

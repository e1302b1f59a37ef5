"""A stand-in for the desktop's org.freedesktop.ScreenSaver, for the inhibitor test.

Run on a private session bus; prints READY, then one line per call it gets and
one when the inhibiting client leaves the bus.
"""

import sys

from PySide6.QtCore import SLOT, ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.ScreenSaver"


@ClassInfo(**{"D-Bus Interface": SERVICE})
class FakeScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:  # noqa: N802 - D-Bus name
        print(f"Inhibit {application} {reason}", flush=True)
        return 42


class Departures(QObject):
    @Slot(str, str, str)
    def changed(self, name: str, _old: str, new: str) -> None:
        if name.startswith(":") and not new:
            print(f"GONE {name}", flush=True)


app = QCoreApplication(sys.argv[:1])
bus = QDBusConnection.sessionBus()
service = FakeScreenSaver()
bus.registerObject("/org/freedesktop/ScreenSaver", service,
                   QDBusConnection.RegisterOption.ExportAllSlots)
bus.registerService(SERVICE)
departures = Departures()
bus.connect("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "NameOwnerChanged", departures, SLOT("changed(QString,QString,QString)"))
print("READY", flush=True)
app.exec()

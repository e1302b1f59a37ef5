"""Save a screenshot of every screen of $DISPLAY: grab_screens.py PREFIX."""

import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
for number, screen in enumerate(app.screens()):
    screen.grabWindow(0).save(f"{sys.argv[1]}-{number}.png")

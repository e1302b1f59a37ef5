"""The one slide renderer (QtGui and QtSvg only): every screen and export paints through it."""

"""Render resources/icons/reportage.svg to the PNG sizes desktops and the window use.

    python tools/render_icons.py

The SVG is the source; the PNGs are committed so that no desktop has to render it.
tests/test_icons.py checks that they still match it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from app.assets import ICONS_DIR  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = ICONS_DIR / "reportage.svg"


def render(size: int) -> QImage:
    """The icon at `size`×`size` pixels, antialiased on a transparent ground."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS_DIR / f"reportage-{size}.png"


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        render(size).save(str(png_path(size)))
        print(png_path(size))


if __name__ == "__main__":
    main()

"""The deck's SVG illustrations: checked once, parsed once per thread, drawn as vectors.

What was checked is what is drawn: the renderer is fed the very bytes that
app.media.svg found self-contained, never the path (Qt would read the file
again, and might find something else there).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer, QtSvg

from app.deck.files import DeckFileError, open_regular
from app.media.svg import BROKEN, svg_refusal

MAX_SVG_BYTES = 8 * 1024 * 1024


class Svg:
    """An illustration's checked bytes and natural size; a renderer for each painting thread.

    Parsing a detailed drawing costs milliseconds, so each thread keeps its
    renderer; it is not shared because a QSvgRenderer is not thread-safe.
    """

    def __init__(self, data: bytes, size: QSizeF, renderer: QSvgRenderer | None = None) -> None:
        self.data = data
        self.size = size
        self._local = threading.local()
        self._local.renderer = renderer  # the one that checked the bytes, on this thread

    def render(self, painter: QPainter, target: QRectF) -> None:
        renderer = getattr(self._local, "renderer", None)
        if renderer is None:
            renderer = self._local.renderer = _renderer(self.data)
        renderer.render(painter, target)


def read_svg(path: Path) -> Svg | str:
    """The checked illustration, or why it is not drawn."""
    try:
        with open_regular(path) as file:
            data = file.read(MAX_SVG_BYTES + 1)
    except (OSError, DeckFileError):
        return f"нет доступа к файлу: {path.name}"
    if len(data) > MAX_SVG_BYTES:
        return f"иллюстрация слишком большая: {path.name}"
    refusal = svg_refusal(data)
    if refusal:
        return f"{refusal}: {path.name}"
    renderer = _renderer(data)
    if not renderer.isValid():
        return f"{BROKEN}: {path.name}"
    box = renderer.viewBoxF()
    size = box.size() if not box.isEmpty() else QSizeF(renderer.defaultSize())
    if size.isEmpty():
        return f"у иллюстрации нет размера: {path.name}"
    return Svg(data, size, renderer)


def _renderer(data: bytes) -> QSvgRenderer:
    renderer = QSvgRenderer()
    renderer.setOptions(QtSvg.Option.DisableAnimations)
    renderer.load(QByteArray(data))
    return renderer

"""The book's pictures: each image slot of the deck once, as a JPEG for a reading screen.

A book shows the picture itself beside the text rather than the whole slide
(whose words the text already carries): the drawing rendered, or the photo
decoded upright, through the renderer's own ImageProvider, so a slot resolves,
is refused or fails exactly as on screen, and the credit is the one the slide
prints. A picture that cannot be shown is left out of the book.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.deck.model import Deck, Image
from app.render.context import RenderContext
from app.render.layouts.common import credit_line

LONG_SIDE = 1400  # pixels: sharp on a phone and a 300 ppi e-reader page, ~150 KB a picture
JPEG_QUALITY = 85
MEDIA_TYPE = "image/jpeg"


@dataclass(frozen=True)
class Picture:
    """One slot's picture, encoded, with the credit the slide prints under it."""

    data: bytes
    width: int
    height: int
    credit: str


def render_pictures(deck: Deck, context: RenderContext,
                    progress: Callable[[int, int], None] | None = None) -> dict[str, Picture]:
    """Every slot any slide shows, by slot name; `progress` is told slide by slide."""
    pictures: dict[str, Picture] = {}
    slides = deck.slides
    for done, slide in enumerate(slides, 1):
        for image in slide.images:
            if image.slot not in pictures:
                picture = render_picture(image, context)
                if picture is not None:
                    pictures[image.slot] = picture
        if progress is not None:
            progress(done, len(slides))
    return pictures


def render_picture(image: Image, context: RenderContext) -> Picture | None:
    """The picture behind `image`, at most LONG_SIDE pixels long, or None."""
    box = QSize(LONG_SIDE, LONG_SIDE)
    loaded = context.images.load(image.slot, box)
    if loaded.svg is not None:
        size = loaded.svg.size.scaled(box.toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
        pixels = QImage(max(1, round(size.width())), max(1, round(size.height())),
                        QImage.Format.Format_RGB32)
        pixels.fill(QColor(context.theme.colors.background))
        painter = QPainter(pixels)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        loaded.svg.render(painter, QRectF(pixels.rect()))
        painter.end()
    elif loaded.raster is not None:
        pixels = loaded.raster
        if pixels.width() > LONG_SIDE or pixels.height() > LONG_SIDE:
            pixels = pixels.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        if pixels.hasAlphaChannel():  # JPEG has none: put it on the page's paper
            flat = QImage(pixels.size(), QImage.Format.Format_RGB32)
            flat.fill(QColor(context.theme.colors.background))
            painter = QPainter(flat)
            painter.drawImage(0, 0, pixels)
            painter.end()
            pixels = flat
    else:
        return None
    data = _jpeg(pixels)
    if data is None:
        return None
    credit = credit_line(context, image, context.images.resolve(image.slot))
    return Picture(data, pixels.width(), pixels.height(), credit)


def _jpeg(image: QImage) -> bytes | None:
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "JPEG", JPEG_QUALITY)
    buffer.close()
    return bytes(encoded.data()) if ok else None

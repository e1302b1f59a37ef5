"""The deck as a PDF with the pen strokes of a talk drawn over their slides.

The ordinary slide export (app.export.pdf) with an overlay: one way to a PDF.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.deck.annotations import Stroke
from app.deck.model import Deck, Slide
from app.export.pdf import export_pdf
from app.render.context import RenderContext
from app.render.ink import paint_strokes
from app.render.painter import canvas_target


def export_annotated_pdf(deck: Deck, out: Path, context: RenderContext,
                         strokes: Mapping[int, Sequence[Stroke]]) -> int:
    """Every slide, strokes drawn on those that have them; the number of pages.

    Backup slides are included only when one of them was drawn on. Raises
    OSError when the file cannot be written.
    """
    hidden = any(slide.hidden and strokes.get(slide.index) for slide in deck.slides)

    def overlay(painter: QPainter, slide: Slide, _step: int, rect: QRectF) -> None:
        paint_strokes(painter, canvas_target(rect), strokes.get(slide.index, ()))

    return export_pdf(deck, out, context, hidden=hidden, overlay=overlay)

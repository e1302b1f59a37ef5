"""Decoding a slide's photos before it is shown, off the GUI thread.

A 24 MP photo takes about half a second to decode: done inside a paint, the
presenter's click would stall. Called for the likely next slides, this
starts their decodes on worker threads at exactly the sizes the paint will
ask for, so the paint finds them cached (or waits for the one still running
rather than decoding it again).
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QRectF, QSize

from app.deck.model import Slide
from app.render.context import RenderContext
from app.render.images import Loaded
from app.render.painter import CANVAS, canvas_target, layout_slide
from app.render.pictures import Picture


def prefetch_slide(slide: Slide, step: int, size: QSize, context: RenderContext,
                   device_pixel_ratio: float = 1.0) -> list[Future[Loaded]]:
    """Start loading the pictures that `render_slide_image` with these arguments will paint.

    The layout is made here, on the calling thread, and kept for that render.
    """
    target = canvas_target(QRectF(0, 0, size.width(), size.height()))
    scale = target.width() / CANVAS.width() * device_pixel_ratio
    layout = layout_slide(slide, step, context)
    return [context.images.prefetch(element.slot, element.need(scale), element.cover)
            for element in layout.elements if isinstance(element, Picture)]

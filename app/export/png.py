"""PNG export: one image per slide, painted by the same renderer as the screen."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize

from app.deck.model import Deck, Slide
from app.render.context import RenderContext
from app.render.painter import render_slide_image

_UNSAFE = re.compile(r"[^\w-]+")


def png_name(number: int, slide: Slide) -> str:
    """`001-<slide id>.png`; an id is made safe for any file system first."""
    return f"{number:03d}-{_UNSAFE.sub('_', slide.id) or 'slide'}.png"


def export_png(deck: Deck, out_dir: Path, size: QSize, context: RenderContext,
               progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Every slide, hidden ones too, at its last build step, as `out_dir/NNN-id.png`.

    Raises OSError when a file cannot be written, naming it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    slides = deck.slides
    written = []
    for number, slide in enumerate(slides, 1):
        image = render_slide_image(slide, slide.step_count - 1, size, context)
        path = out_dir / png_name(number, slide)
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
        if progress is not None:
            progress(number, len(slides))
    return written

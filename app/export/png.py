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


def png_names(deck: Deck, slides: list[Slide]) -> list[str]:
    """`005-<id>.png` for slide 5 (the number the reader and console show); a backup slide
    after slide 5 is `005.1-<id>.png`, so names sort in deck order. Ids are made safe
    for any file system."""
    numbers = deck.slide_numbers()
    names, last, extra = [], 0, 0
    for slide in slides:
        safe = _UNSAFE.sub("_", slide.id) or "slide"
        if slide.index in numbers:
            last, extra = numbers[slide.index], 0
            names.append(f"{last:03d}-{safe}.png")
        else:
            extra += 1
            names.append(f"{last:03d}.{extra}-{safe}.png")
    return names


def export_png(deck: Deck, out_dir: Path, size: QSize, context: RenderContext,
               progress: Callable[[int, int], None] | None = None,
               hidden: bool = False) -> list[Path]:
    """Every numbered slide (backup ones too if `hidden`) at its last build step.

    Raises OSError when a file cannot be written, naming it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    slides = deck.exported_slides(hidden)
    written = []
    for number, (slide, name) in enumerate(zip(slides, png_names(deck, slides),
                                               strict=True), 1):
        image = render_slide_image(slide, slide.step_count - 1, size, context)
        path = out_dir / name
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
        if progress is not None:
            progress(number, len(slides))
    return written

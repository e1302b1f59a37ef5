"""The build slide: a story told step by step, the current step's picture large.

The steps' text keeps one size through the whole build (the size the last,
fullest step needs), so nothing jumps when the presenter clicks; the current
step is marked with a sky-blue bar and the earlier ones recede.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from app.deck.model import Slide, Step
from app.render.context import RenderContext
from app.render.layouts.common import (
    HEIGHT,
    WIDTH,
    add_text,
    heading_para,
    new_layout,
    place_badge,
    place_folio,
    place_picture,
)
from app.render.pictures import fitted
from app.render.scene import Fill, SlideLayout
from app.render.textbox import Marker, Para, fit_text

PICTURE_SHARE = 0.56  # of the canvas width, for the picture column
FRAME = 10.0  # the paper mat around the picture


def _slot(slide: Slide, step: int) -> str | None:
    """The picture of the latest step so far that has one, else the slide's own."""
    for item in reversed(slide.steps[: step + 1]):
        if item.image is not None:
            return item.image.slot
    return slide.image.slot if slide.image else None


def _paras(context: RenderContext, slide: Slide, steps: tuple[Step, ...],
           current: int) -> list[Para]:
    theme, colors = context.theme, context.theme.colors
    paras = [heading_para(context, slide.heading)] if slide.heading else []
    for index, item in enumerate(steps):
        now = index == current
        paras.append(Para(item.spans, theme.type.step, colors.ink if now else colors.faint,
                          marker=Marker.BAR if now else Marker.NONE,
                          marker_color=colors.accent, space_after=0.9))
    return paras


def layout_build(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    theme, colors = context.theme, context.theme.colors
    layout = new_layout(context)
    margin = theme.margin
    split = WIDTH * PICTURE_SHARE
    slot = _slot(slide, step)
    if slot:
        box = QRectF(margin, margin, split - margin, HEIGHT - 2 * margin)
        drawn = context.images.svg_size(slot)
        frame = fitted(drawn, box, cover=False) if drawn is not None else box
        layout.add(Fill(frame.adjusted(-FRAME, -FRAME, FRAME, FRAME), colors.panel, 4))
        place_picture(layout, context, slot, frame, cover=False)
        if drawn is not None:
            place_badge(layout, context, frame.left() + 24, frame.top() + 24)
    column = QRectF(split + theme.gutter, margin, WIDTH - margin - split - theme.gutter,
                    HEIGHT - 2 * margin)
    steps = slide.steps[: step + 1]
    # the size the full build needs, so that the text does not shrink as steps appear
    final = fit_text(theme, _paras(context, slide, slide.steps, len(slide.steps) - 1), column)
    box = fit_text(theme, _paras(context, slide, steps, step), column, max_scale=final.scale)
    add_text(layout, box, "the steps")
    place_folio(layout, context, slide)
    return layout

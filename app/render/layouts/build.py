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
    ILLUSTRATION,
    WIDTH,
    add_text,
    heading_para,
    new_layout,
    place_folio,
    place_picture,
    place_text,
    report_unshown,
)
from app.render.pictures import MAT, fitted
from app.render.scene import SlideLayout
from app.render.textbox import fit_text
from app.render.textdoc import Marker, Para

PICTURE_SHARE = 0.56  # of the canvas width, for the picture column


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
        paras.append(Para(item.spans, theme.type.step, colors.ink if now else colors.muted,
                          marker=Marker.BAR if now else Marker.BAR_SPACE,
                          marker_color=colors.accent, space_after=0.9))
    return paras


def layout_build(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    theme = context.theme
    layout = new_layout(context)
    margin = theme.margin
    split = WIDTH * PICTURE_SHARE
    column = QRectF(split + theme.gutter, margin, WIDTH - margin - split - theme.gutter,
                    HEIGHT - 2 * margin)
    # the size the full build needs, so that the text does not shrink as steps appear
    final = fit_text(theme, _paras(context, slide, slide.steps, len(slide.steps) - 1), column)
    slot = _slot(slide, step)
    if slot:
        frame = _picture(layout, context, slot, QRectF(margin, margin, split - margin,
                                                       HEIGHT - 2 * margin))
        # the steps start level with the picture unless the full build needs more room
        column.setTop(max(margin, min(frame.top(), column.bottom() - final.height)))
    box = fit_text(theme, _paras(context, slide, slide.steps[: step + 1], step), column,
                   max_scale=final.scale)
    add_text(layout, box, "the steps")
    report_unshown(layout, slide)
    place_folio(layout, context, slide)
    return layout


def _picture(layout: SlideLayout, context: RenderContext, slot: str, box: QRectF) -> QRectF:
    """The step's picture on a paper mat, labelled under it if it is a drawing."""
    theme, colors = context.theme, context.theme.colors
    drawn = context.images.svg_size(slot)
    label_height = theme.type.badge.size * 2.2 if drawn is not None else 0.0
    frame = fitted(drawn, box.adjusted(0, 0, 0, -label_height), cover=False) if drawn else box
    place_picture(layout, context, slot, frame, cover=False)
    if drawn is not None:
        label = Para.plain(ILLUSTRATION, theme.type.badge, colors.muted)
        place_text(layout, context, [label],
                   QRectF(frame.left(), frame.bottom() + MAT + 14, frame.width(), label_height),
                   "the illustration label")
    return frame

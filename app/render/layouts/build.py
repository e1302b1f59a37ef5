"""The build slide: a story told step by step, the current step's picture large.

With pictures the build is a stage: the current step's picture fills the
slide and its words sit on a bar along the bottom (the calm band every
drawing keeps free), in quotation marks under the speaker's name when the
steps are someone's words, with one dot per step. Without pictures the
steps stack up in a column, the current one marked with a sky-blue bar and
the earlier ones receding. Either way the text keeps one size through the
whole build, so nothing jumps when the presenter clicks.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF

from app.deck.model import Slide, Span, Step
from app.render.context import RenderContext
from app.render.layouts.common import (
    CANVAS_RECT,
    HEIGHT,
    WIDTH,
    add_text,
    badge_size,
    heading_para,
    new_layout,
    place_badge,
    place_folio,
    place_picture,
    report_unshown,
)
from app.render.scene import Fill, SlideLayout
from app.render.textbox import fit_text
from app.render.textdoc import Marker, Para
from app.render.typography import close_quote

STAGE_WORDS = 0.54  # the stage's words, as a share of the quote size: two lines at most
BAR_PADDING = 30.0
DOTS_WIDTH = 150.0  # room at the right of the speaker's line for the step dots
DOT = 16.0


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
    if not slide.builds_up:
        return _stage(slide, step, _slot(slide, step), context)
    return _column_build(slide, step, context)


def _stage_paras(context: RenderContext, slide: Slide, item: Step) -> list[Para]:
    """Who speaks (if anyone), then the step's words, quoted when they are someone's."""
    theme, colors = context.theme, context.theme.colors
    paras = []
    if slide.heading:
        paras.append(Para.plain(slide.heading, theme.type.overline, colors.caption_muted,
                                space_after=0.6))
    if slide.speaker:
        who = " · ".join(part for part in (slide.speaker, slide.role) if part)
        paras.append(Para.plain(who, theme.type.turn_speaker, colors.caption_muted,
                                space_after=0.6))
    spans = item.spans
    if slide.speaker and spans:
        words, mark = close_quote(spans[-1].text)
        spans = (Span("«"), *spans[:-1], replace(spans[-1], text=words), Span(mark))
    role = replace(theme.type.quote, size=theme.type.quote.size * STAGE_WORDS)
    paras.append(Para(spans, role, colors.caption_ink, hang=True, balance=True))
    return paras


def _stage(slide: Slide, step: int, slot: str | None, context: RenderContext) -> SlideLayout:
    """The step's picture over the whole slide, its words on a bar along the bottom."""
    theme, colors = context.theme, context.theme.colors
    layout = new_layout(context)
    margin = theme.margin
    if slot and place_picture(layout, context, slot, CANVAS_RECT, cover=True).is_illustration:
        # top right: a story's drawings keep their top left for what the step shows
        place_badge(layout, context, WIDTH - margin - badge_size(context).width(), margin * 0.5)
    width = WIDTH - 2 * margin
    probe = QRectF(0, 0, width, HEIGHT * 0.4)
    # one size and one bar height for every step: the longest step decides
    boxes = [fit_text(theme, _stage_paras(context, slide, item), probe) for item in slide.steps]
    scale = min(box.scale for box in boxes)
    height = max(box.height for box in boxes)
    folio_room = margin * 0.66 + 8  # the running foot sits on the bar's foot
    bar = QRectF(0, HEIGHT - height - 2 * BAR_PADDING - folio_room, WIDTH,
                 height + 2 * BAR_PADDING + folio_room)
    layout.add(Fill(bar, colors.caption_bar))
    box = fit_text(theme, _stage_paras(context, slide, slide.steps[step]),
                   QRectF(margin, bar.top() + BAR_PADDING, width, height), max_scale=scale)
    add_text(layout, box, "the step")
    _dots(layout, context, slide, step, QRectF(WIDTH - margin - DOTS_WIDTH, bar.top()
                                               + BAR_PADDING, DOTS_WIDTH, DOT))
    report_unshown(layout, slide)
    place_folio(layout, context, slide, colors.caption_muted)
    return layout


def _dots(layout: SlideLayout, context: RenderContext, slide: Slide, step: int,
          row: QRectF) -> None:
    """One dot per step at the bar's right: done and current in gold, the rest faint."""
    colors = context.theme.colors
    gap = DOT * 0.9
    left = row.right() - slide.step_count * (DOT + gap) + gap
    for index in range(slide.step_count):
        color = colors.gold if index <= step else colors.caption_muted
        layout.add(Fill(QRectF(left + index * (DOT + gap), row.top(), DOT, DOT), color,
                        radius=DOT / 2))


def _column_build(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """Steps without pictures: a column, the current one marked, the earlier receding."""
    theme = context.theme
    layout = new_layout(context)
    margin = theme.margin
    column = QRectF(margin, margin, WIDTH - 2 * margin, HEIGHT - 2 * margin)
    # the size the full build needs, so that the text does not shrink as steps appear
    final = fit_text(theme, _paras(context, slide, slide.steps, len(slide.steps) - 1), column)
    box = fit_text(theme, _paras(context, slide, slide.steps[: step + 1], step), column,
                   max_scale=final.scale)
    add_text(layout, box, "the steps")
    report_unshown(layout, slide)
    place_folio(layout, context, slide)
    return layout

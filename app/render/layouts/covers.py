"""The openers: the title slide and the chapter slides.

They set the tone of the whole talk, so they get the most room: a big serif
title, a gold rule, one picture or one large quiet figure, nothing else.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt

from app.deck.model import Slide
from app.render.context import RenderContext
from app.render.layouts.common import (
    HEIGHT,
    WIDTH,
    add_text,
    body_paras,
    new_layout,
    place_text,
    rule,
    side_picture,
)
from app.render.scene import Disc, Fill, SlideLayout
from app.render.textbox import VAlign, fit_text
from app.render.textdoc import Para

RULE_WIDTH = 120.0
TEXT_WIDTH = 1180.0  # a chapter title's column
NUMERAL_SIZE = 720.0


def layout_title(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """Title, subtitle and author on paper; the cover picture on the right half."""
    theme, colors = context.theme, context.theme.colors
    layout = new_layout(context)
    margin = theme.margin
    split = WIDTH * 0.54
    if slide.image:
        side_picture(layout, context, slide.image.slot, split)
    else:  # no cover picture: the sky and the sun of the flag, quietly
        layout.add(Fill(QRectF(split, 0, WIDTH - split, HEIGHT), colors.accent))
        layout.add(Disc(QPointF(split + (WIDTH - split) / 2, HEIGHT / 2), 170, colors.gold))
    column = QRectF(margin, margin, split - margin - theme.gutter, HEIGHT - 2 * margin - 96)
    title = Para.plain(slide.heading or context.deck_title, theme.type.title, colors.ink,
                       space_after=0.62, balance=True)
    subtitle = body_paras(context, slide.blocks, colors.muted)
    subtitle = [replace(p, role=theme.type.subtitle) for p in subtitle]
    box = place_text(layout, context, [title, *subtitle], column, "the title", VAlign.OPTICAL)
    head = box.block_rect(0)
    layout.add(rule(margin, head.top() - 56, RULE_WIDTH, colors.gold))
    if context.author:
        author = Para.plain(context.author, theme.type.speaker, colors.ink)
        place_text(layout, context, [author],
                   QRectF(margin, HEIGHT - margin - 48, column.width(), 64),
                   "the author", VAlign.BOTTOM)
    return layout


def _numeral(layout: SlideLayout, context: RenderContext, number: int) -> None:
    """The chapter's number, huge and quiet, standing on the bottom margin."""
    theme = context.theme
    role = replace(theme.type.figure, size=NUMERAL_SIZE, minimum=NUMERAL_SIZE, bold=False)
    para = Para.plain(str(number), role, theme.colors.hairline,
                      align=Qt.AlignmentFlag.AlignRight)
    box = fit_text(theme, [para], QRectF(WIDTH * 0.55, 0, WIDTH * 0.45 - theme.margin * 0.6,
                                         HEIGHT))
    box.rect.translate(0, HEIGHT - theme.margin * 0.45 - box.baseline(0))
    add_text(layout, box, "the chapter numeral")


def layout_chapter(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """«Глава N», the chapter's title, a gold rule and the lede; a big quiet numeral."""
    theme, colors = context.theme, context.theme.colors
    layout = new_layout(context)
    margin = theme.margin
    right = margin + TEXT_WIDTH
    number = context.chapter_numbers.get(slide.chapter)
    if slide.image:
        split = WIDTH * 0.6
        side_picture(layout, context, slide.image.slot, split)
        right = split - theme.gutter
    elif number:
        _numeral(layout, context, number)
    paras = []
    label = context.chapter_label(slide)
    if label:
        paras.append(Para.plain(label, theme.type.overline, colors.accent_ink, space_after=1.1))
    title_index = len(paras)
    paras.append(Para.plain(slide.heading or slide.title, theme.type.chapter_title, colors.ink,
                            space_after=0.8, balance=True))
    paras += [replace(p, role=theme.type.lede) for p in body_paras(context, slide.blocks,
                                                                    colors.muted)]
    column = QRectF(margin, margin, right - margin, HEIGHT - 2 * margin)
    box = place_text(layout, context, paras, column, "the chapter title", VAlign.OPTICAL)
    size = theme.type.chapter_title.px(box.scale)
    layout.add(rule(margin, box.baseline(title_index) + size * 0.42, RULE_WIDTH, colors.gold))
    return layout

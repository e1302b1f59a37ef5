"""The facts slide: one to four big figures, each over a gold rule and its label.

All figures share one size and one top, so a longer label in one cell never
makes its figure smaller than its neighbours' or lifts it off their baseline.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QRectF

from app.deck.model import Fact, Slide
from app.render.context import RenderContext
from app.render.layouts.common import (
    add_text,
    content_rect,
    new_layout,
    place_folio,
    place_heading,
    report_unshown,
    rule,
)
from app.render.scene import SlideLayout
from app.render.textbox import fit_text
from app.render.textdoc import Para

COLUMNS = {1: 1, 2: 2, 3: 3, 4: 2}  # how many figures side by side, by count
SOLO_FACTOR = 1.3  # a lone figure is set larger still
SOLO_WIDTH = 1280.0  # and on a comfortable measure, not across the whole slide
RULE_WIDTH = 88.0


def _cell_paras(context: RenderContext, fact: Fact, index: int, solo: bool) -> list[Para]:
    theme, colors = context.theme, context.theme.colors
    figure = theme.type.figure
    if solo:
        figure = replace(figure, size=figure.size * SOLO_FACTOR,
                         minimum=figure.minimum * SOLO_FACTOR)
    label = theme.type.lede if solo else theme.type.figure_label
    color = colors.accent_ink if index % 2 == 0 else colors.gold_ink
    paras = [Para.plain(fact.value, figure, color, space_after=0.42)]
    if fact.label:
        paras.append(Para.plain(fact.label, label, colors.ink))
    return paras


def _cells(area: QRectF, count: int, gutter: float) -> list[QRectF]:
    columns = COLUMNS.get(count, 3)
    rows = math.ceil(count / columns)
    width = (area.width() - gutter * (columns - 1)) / columns
    height = (area.height() - gutter * (rows - 1)) / rows
    return [QRectF(area.left() + (i % columns) * (width + gutter),
                   area.top() + (i // columns) * (height + gutter), width, height)
            for i in range(count)]


def layout_facts(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    theme = context.theme
    layout = new_layout(context)
    area = content_rect(context)
    if slide.heading:
        area.setTop(place_heading(layout, context, slide.heading, area, 240, 48))
    if slide.facts:
        solo = len(slide.facts) == 1
        if solo:
            area.setWidth(min(area.width(), SOLO_WIDTH))
        cells = _cells(area, len(slide.facts), theme.gutter * 1.5)
        contents = [_cell_paras(context, fact, i, solo) for i, fact in enumerate(slide.facts)]
        pairs = list(zip(contents, cells, strict=True))
        shared = min(fit_text(theme, paras, cell).scale for paras, cell in pairs)
        boxes = [fit_text(theme, paras, cell, max_scale=shared) for paras, cell in pairs]
        tallest = max(box.height for box in boxes)
        for box, cell in zip(boxes, cells, strict=True):
            box.rect = QRectF(cell.left(), cell.top() + (cell.height() - tallest) * 0.42,
                              cell.width(), tallest)
            add_text(layout, box, "a figure and its label")
            size = box.paras[0].role.px(box.scale)
            layout.add(rule(box.rect.left(), box.baseline(0) + size * 0.2, RULE_WIDTH,
                            theme.colors.gold, 5.0))
    report_unshown(layout, slide)
    place_folio(layout, context, slide)
    return layout

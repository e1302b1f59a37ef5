"""The photo slide: full-bleed with a caption bar, or framed on paper with a caption.

A drawing made for the deck wears an «Иллюстрация» badge and is credited to
Reportage, never to the press service; a real photo dropped into the same
slot shows the slot's own credit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from app.deck.model import Image, Slide
from app.media.slots import SlotResult
from app.render.context import RenderContext
from app.render.layouts.common import (
    CANVAS_RECT,
    HEIGHT,
    WIDTH,
    add_text,
    credit_line,
    heading_para,
    new_layout,
    place_badge,
    place_heading,
    place_picture,
    place_text,
    report_unshown,
)
from app.render.pictures import MAT, fitted
from app.render.scene import Fill, Scrim, SlideLayout
from app.render.textbox import VAlign, fit_text
from app.render.textdoc import Para

CREDIT_WIDTH = 460.0  # the credit's share of the caption line
BAR_PADDING = 40.0
MAX_CAPTION_HEIGHT = 240.0


def layout_photo(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    layout = new_layout(context)
    image = slide.image or Image(slot="")
    if image.fit == "contain":
        _framed(layout, context, slide, image)
    else:
        _full_bleed(layout, context, slide, image)
    report_unshown(layout, slide)
    return layout


def _caption_paras(context: RenderContext, image: Image, found: SlotResult,
                   on_dark: bool) -> tuple[list[Para], list[Para]]:
    theme, colors = context.theme, context.theme.colors
    ink = colors.caption_ink if on_dark else colors.ink
    muted = colors.caption_muted if on_dark else colors.muted
    caption = [Para.plain(image.caption, theme.type.caption, ink)] if image.caption else []
    credit_text = credit_line(context, image, found)
    credit = []
    if credit_text:
        credit = [Para.plain(credit_text, theme.type.credit, muted,
                             align=Qt.AlignmentFlag.AlignRight)]
    return caption, credit


def _full_bleed(layout: SlideLayout, context: RenderContext, slide: Slide, image: Image) -> None:
    """The picture over the whole canvas; the caption on a bar along the bottom."""
    theme, colors = context.theme, context.theme.colors
    margin = theme.margin
    found = place_picture(layout, context, image.slot, CANVAS_RECT, cover=True)
    caption, credit = _caption_paras(context, image, found, on_dark=True)
    if caption or credit:
        text_width = WIDTH - 2 * margin - CREDIT_WIDTH - theme.gutter
        probe = QRectF(margin, 0, text_width, MAX_CAPTION_HEIGHT)
        box = fit_text(theme, caption, probe, VAlign.TOP) if caption else None
        text_height = box.height if box else theme.type.credit.size * 1.4
        bar = QRectF(0, HEIGHT - text_height - 2 * BAR_PADDING, WIDTH,
                     text_height + 2 * BAR_PADDING)
        layout.add(Fill(bar, colors.caption_bar))
        if box:
            box.rect = QRectF(margin, bar.top() + BAR_PADDING, text_width, text_height)
            add_text(layout, box, "the caption")
        if credit:
            place_text(layout, context, credit,
                       QRectF(WIDTH - margin - CREDIT_WIDTH, bar.top() + BAR_PADDING,
                              CREDIT_WIDTH, text_height), "the credit", VAlign.BOTTOM)
    top = margin * 0.5
    if slide.heading:
        layout.add(Scrim(QRectF(0, 0, WIDTH, HEIGHT * 0.45), colors.scrim,
                         QPointF(0, HEIGHT * 0.45), QPointF(0, 0), 0.8))
    if found.is_illustration:
        top = place_badge(layout, context, margin, top).bottom() + 28
    if slide.heading:
        para = heading_para(context, slide.heading, colors.on_scrim)
        place_text(layout, context, [para], QRectF(margin, top, 1300, HEIGHT * 0.4 - top),
                   "the heading")


def _framed(layout: SlideLayout, context: RenderContext, slide: Slide, image: Image) -> None:
    """The whole picture inside the margins, its caption set under it like a magazine's."""
    theme = context.theme
    margin = theme.margin
    top = margin
    if slide.heading:
        area = QRectF(margin, margin * 0.6, WIDTH - 2 * margin, HEIGHT)
        top = place_heading(layout, context, slide.heading, area, 200, 32)
    found = context.images.resolve(image.slot)
    caption, credit = _caption_paras(context, image, found, on_dark=False)
    caption_height = 110.0 if caption or credit else 0.0
    frame = QRectF(margin, top, WIDTH - 2 * margin, HEIGHT - margin * 0.6 - top - caption_height)
    place_picture(layout, context, image.slot, frame, cover=False)
    drawn = context.images.svg_size(image.slot)
    shown = fitted(drawn, frame, cover=False) if drawn is not None else frame
    if drawn is not None:
        place_badge(layout, context, shown.left() + 24, shown.top() + 24)
    # the caption hangs from the picture's own edges, as under a magazine photo
    line = QRectF(shown.left(), shown.bottom() + MAT + 22, shown.width(), caption_height - 32)
    credit_width = min(CREDIT_WIDTH, line.width() * 0.35)
    if caption:
        place_text(layout, context, caption,
                   line.adjusted(0, 0, -credit_width - theme.gutter / 2, 0), "the caption")
    if credit:
        place_text(layout, context, credit, line.adjusted(line.width() - credit_width, 0, 0, 0),
                   "the credit")

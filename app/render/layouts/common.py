"""Pieces every kind's layout is built from: the canvas grid, text, pictures, labels.

Keeping them here means a margin, a badge or a caption bar looks the same on
every kind of slide, and each kind's module says only what is particular to it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor

from app.deck.model import Block, Image, Slide
from app.media.slots import SlotResult
from app.render.context import RenderContext
from app.render.pictures import Picture, PlaceholderStyle
from app.render.scene import Fill, SlideLayout
from app.render.textbox import TextBox, VAlign, fit_text
from app.render.textdoc import Marker, Para, Typeset
from app.render.theme import TypeRole

WIDTH, HEIGHT = 1920.0, 1080.0
CANVAS_RECT = QRectF(0, 0, WIDTH, HEIGHT)
ILLUSTRATION = "Иллюстрация"
ILLUSTRATION_CREDIT = "Иллюстрация: Reportage"
PHOTO_LABEL = "Фото: "


def new_layout(context: RenderContext) -> SlideLayout:
    return SlideLayout(background=context.theme.colors.background)


def content_rect(context: RenderContext) -> QRectF:
    """The canvas inside the theme's margins."""
    margin = context.theme.margin
    return CANVAS_RECT.adjusted(margin, margin, -margin, -margin)


def place_text(layout: SlideLayout, context: RenderContext, paras: list[Para], rect: QRectF,
               what: str, valign: VAlign = VAlign.TOP) -> TextBox:
    """Fit `paras` into `rect`, add them to the slide and record how they fitted."""
    box = fit_text(context.theme, paras, rect, valign)
    add_text(layout, box, what)
    return box


def add_text(layout: SlideLayout, box: TextBox, what: str) -> None:
    """Add an already fitted box (when something must be painted under it first)."""
    layout.add(box)
    overflow = None
    if box.overflow:
        overflow = (f"{what} does not fit in its {box.rect.width():.0f}×"
                    f"{box.rect.height():.0f} px box even at the readable minimum")
    layout.note_fit(box.scale, overflow)


def report_unshown(layout: SlideLayout, slide: Slide) -> None:
    """Body text a kind's layout has no place for is an overflow, never a silent loss."""
    unshown = [block for block in slide.blocks if block.text.strip()]
    if unshown:
        layout.note_fit(1.0, f"{len(unshown)} paragraph(s) of the body (from line "
                             f"{unshown[0].line}) are not shown on a {slide.kind.value} slide; "
                             "move them to a text slide or to '::: reader'")


def natural_size(context: RenderContext, text: str, role: TypeRole) -> QSizeF:
    """The size of `text` set on one line in `role`, as Qt lays it out."""
    typeset = Typeset(context.theme, [Para.plain(text, role, QColor())], 1e6, 1.0)
    return QSizeF(typeset.ideal_width(), typeset.size().height())


def body_paras(context: RenderContext, blocks: tuple[Block, ...] | list[Block],
               color: QColor | None = None, role: TypeRole | None = None) -> list[Para]:
    """A slide's Markdown blocks as paragraphs: lists get bullets, quotes a bar."""
    theme = context.theme
    ink = color or theme.colors.ink
    body = role or theme.type.body
    paras = []
    for index, block in enumerate(blocks):
        if block.kind == "item":
            last = index + 1 == len(blocks) or blocks[index + 1].kind != "item"
            paras.append(Para(block.spans, body, ink, marker=Marker.BULLET,
                              marker_color=theme.colors.accent,
                              space_after=0.55 if last else 0.3))
        elif block.kind == "quote":
            paras.append(Para(block.spans, replace(body, font="serif", italic=True), ink,
                              marker=Marker.BAR,
                              marker_color=theme.colors.accent))
        elif block.kind == "heading":
            paras.append(Para(block.spans, replace(body, bold=True), ink, space_after=0.3))
        else:
            paras.append(Para(block.spans, body, ink))
    return paras


def heading_para(context: RenderContext, text: str, color: QColor | None = None,
                 role: TypeRole | None = None) -> Para:
    theme = context.theme
    return Para.plain(text, role or theme.type.heading, color or theme.colors.ink,
                      space_after=0.6, hang=True, balance=True)


def place_heading(layout: SlideLayout, context: RenderContext, text: str, area: QRectF,
                  height: float, gap: float) -> float:
    """The slide's heading across the top of `area`, at most `height` tall.

    Returns where what follows may start: `gap` below the heading's last line.
    """
    box = place_text(layout, context, [heading_para(context, text)],
                     QRectF(area.left(), area.top(), area.width(), height), "the heading")
    return box.bottom + gap


def placeholder_style(context: RenderContext) -> PlaceholderStyle:
    colors = context.theme.colors
    return PlaceholderStyle(colors.panel, colors.muted, context.theme.fonts["sans"])


def place_picture(layout: SlideLayout, context: RenderContext, slot: str, rect: QRectF,
                  cover: bool = True) -> SlotResult:
    """Add the picture of `slot` in `rect` and say what the slot resolved to.

    A framed (not cover) picture sits on a paper mat, so a light illustration
    keeps its edge against a light page.
    """
    mat = None if cover else context.theme.colors.panel
    layout.add(Picture(rect, slot, context.images, placeholder_style(context), cover, mat))
    return context.images.resolve(slot)


def side_picture(layout: SlideLayout, context: RenderContext, slot: str, split: float) -> None:
    """A full-height picture bleeding off the right edge from `split`, badged if drawn."""
    rect = QRectF(split, 0, WIDTH - split, HEIGHT)
    found = place_picture(layout, context, slot, rect, cover=True)
    if found.is_illustration:
        place_badge(layout, context, split + 48, 48)


def badge_size(context: RenderContext) -> QSizeF:
    """The «Иллюстрация» pill's size, to place it by its right edge."""
    role = context.theme.type.badge
    text = natural_size(context, ILLUSTRATION, role)
    return QSizeF(text.width() + 2 * role.size * 0.9, text.height() + 2 * role.size * 0.25)


def place_badge(layout: SlideLayout, context: RenderContext, left: float, top: float) -> QRectF:
    """The small «Иллюстрация» pill that keeps a drawing from passing as a photo."""
    theme = context.theme
    role = theme.type.badge
    pad_x = role.size * 0.9
    rect = QRectF(QPointF(left, top), badge_size(context))
    fill = QColor(theme.colors.scrim)
    fill.setAlphaF(0.72)
    layout.add(Fill(rect, fill, radius=rect.height() / 2))
    para = Para.plain(ILLUSTRATION, role, theme.colors.on_scrim,
                      align=Qt.AlignmentFlag.AlignHCenter)
    place_text(layout, context, [para], rect.adjusted(pad_x / 2, 0, -pad_x / 2, 0),
               "the illustration badge", VAlign.CENTER)
    return rect


def credit_line(context: RenderContext, image: Image, found: SlotResult) -> str:
    """The credit to print: a drawing is credited as one, never to the press service;
    a real photo carries its slot's credit, else the deck's photo credit, as «Фото: …»."""
    if found.is_illustration:
        return ILLUSTRATION_CREDIT
    credit = (image.credit or context.photo_credit).strip()
    if not credit or credit.casefold().startswith(PHOTO_LABEL.strip(": ").casefold()):
        return credit
    return PHOTO_LABEL + credit


def describe_picture(context: RenderContext, image: Image) -> str:
    """The picture for a screen reader: its alt text and the credit the slide prints."""
    credit = credit_line(context, image, context.images.resolve(image.slot))
    return " ".join(part for part in (image.alt, f"({credit})" if credit else "") if part)


def rule(left: float, top: float, width: float, color: QColor, thickness: float = 6.0) -> Fill:
    return Fill(QRectF(left, top, width, thickness), color)


def place_folio(layout: SlideLayout, context: RenderContext, slide: Slide,
                color: QColor | None = None, right: float | None = None) -> None:
    """The quiet running foot of a magazine page: chapter on the left, page on the right
    (of the text column, when a picture takes the slide's right side from `right`)."""
    theme = context.theme
    role = theme.type.folio
    ink = color or theme.colors.muted
    margin = theme.margin
    end = WIDTH - margin if right is None else right
    band = QRectF(margin, HEIGHT - margin * 0.66, end - margin, role.size * 2.4)
    chapter = context.chapter_titles.get(slide.chapter, "")
    label = context.chapter_label(slide)
    left = " · ".join(part for part in (label, chapter) if part)
    if left:
        place_text(layout, context, [Para.plain(left, role, ink)],
                   band.adjusted(0, 0, -band.width() * 0.3, 0), "the running foot")
    page = context.page_label(slide)
    if page:
        place_text(layout, context,
                   [Para.plain(page, role, ink, align=Qt.AlignmentFlag.AlignRight)],
                   band.adjusted(band.width() * 0.75, 0, 0, 0), "the page number")

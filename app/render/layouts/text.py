"""The typographic slides: text, quote and credits.

Text is set in one column no wider than a comfortable measure; a quote gets
the large serif and a sky-blue bar; the credits are centred and quiet.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt

from app.deck.model import Block, Slide, Span
from app.render.context import RenderContext
from app.render.layouts.common import (
    WIDTH,
    body_paras,
    content_rect,
    heading_para,
    new_layout,
    place_folio,
    place_text,
    rule,
    side_picture,
)
from app.render.scene import Fill, SlideLayout
from app.render.textbox import VAlign
from app.render.textdoc import Para
from app.render.typography import close_quote, nest_quotes

SHORT_QUOTE = 40  # characters: up to this, a quote is set as display type
OPENING_MARKS = ("«", "„", "“", '"')
CLOSING_MARKS = ("»", "“", "”", '"')
SPLIT = WIDTH * 0.6  # where a side picture starts
BAR_WIDTH = 10.0
KICKER_WIDTH, KICKER_GAP = 72.0, 44.0
HEADING_HEIGHT = 300.0  # at most three lines of heading


def _column(context: RenderContext, slide: Slide, width: float) -> QRectF:
    """The text column: within the margins, left of a side picture if there is one."""
    area = content_rect(context)
    right = SPLIT - context.theme.gutter if slide.image else area.left() + width
    return QRectF(area.left(), area.top(), min(right, area.right()) - area.left(), area.height())


def _folio_right(context: RenderContext, slide: Slide) -> float | None:
    """Where the running foot ends: before a side picture, if the slide has one."""
    return SPLIT - context.theme.gutter if slide.image else None


def _is_statement(slide: Slide) -> bool:
    """One or two plain paragraphs and no heading: a sentence to set as display type."""
    return (not slide.heading and 0 < len(slide.blocks) <= 2
            and all(block.kind == "paragraph" for block in slide.blocks))


def layout_text(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """A heading on the slides' one fixed line, then the body set large below it;
    a slide that is a single sentence is set as display type across the slide."""
    theme = context.theme
    layout = new_layout(context)
    if slide.image:
        side_picture(layout, context, slide.image.slot, SPLIT)
    column = _column(context, slide, content_rect(context).width())
    if _is_statement(slide):
        paras = [Para(block.spans, theme.type.statement, theme.colors.ink, balance=True,
                      hang=True) for block in slide.blocks]
        box = place_text(layout, context, paras, column.adjusted(0, 0, -column.width() * 0.12, 0),
                         "the statement", VAlign.OPTICAL)
        layout.add(rule(box.rect.left(), box.top - KICKER_GAP, KICKER_WIDTH, theme.colors.gold))
    else:
        top = column.top()
        if slide.heading:  # same place on every text slide, a sky-blue kicker above it
            layout.add(rule(column.left(), top - KICKER_GAP, KICKER_WIDTH, theme.colors.accent))
            heading = place_text(layout, context, [heading_para(context, slide.heading)],
                                 QRectF(column.left(), top, column.width(), HEADING_HEIGHT),
                                 "the heading")
            top = heading.bottom + theme.type.heading.size * 0.55
        paras = body_paras(context, slide.blocks, role=theme.type.text_body)
        if paras:
            place_text(layout, context, paras,
                       QRectF(column.left(), top, column.width(), column.bottom() - top),
                       "the slide's text")
    place_folio(layout, context, slide, right=_folio_right(context, slide))
    return layout


def _quoted(blocks: tuple[Block, ...]) -> list[tuple[Span, ...]]:
    """The quote's paragraphs wrapped in «» unless the author already typed marks;
    quotes inside it take the inner marks „…“ in every paragraph, not only the first."""
    paragraphs = [block.spans for block in blocks if block.spans]
    if not paragraphs:
        return []
    first, last = paragraphs[0], paragraphs[-1]
    if not first[0].text.startswith(OPENING_MARKS):
        paragraphs[0] = (Span("«"), *first)
        last = paragraphs[-1]
    if not last[-1].text.endswith(CLOSING_MARKS):
        words, mark = close_quote(last[-1].text)
        paragraphs[-1] = (*last[:-1], replace(last[-1], text=words), Span(mark))
    spans = [span for paragraph in paragraphs for span in paragraph]
    nested = iter(nest_quotes("".join(span.text for span in spans)))
    marked = [replace(span, text="".join(next(nested) for _ in span.text)) for span in spans]
    out, start = [], 0
    for paragraph in paragraphs:
        out.append(tuple(marked[start:start + len(paragraph)]))
        start += len(paragraph)
    return out


def layout_quote(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """The words large in serif behind a sky-blue bar; who said them, and who they are."""
    theme, colors = context.theme, context.theme.colors
    layout = new_layout(context)
    if slide.image:
        side_picture(layout, context, slide.image.slot, SPLIT)
    paragraphs = _quoted(slide.blocks)
    short = sum(len(span.text) for spans in paragraphs for span in spans) <= SHORT_QUOTE
    role = theme.type.quote_short if short else theme.type.quote
    column = _column(context, slide, 1500)
    # room between the bar and the text for the hanging opening mark
    text_rect = column.adjusted(BAR_WIDTH + role.size * 0.75, 0, 0, 0)
    paras = [Para(spans, role, colors.ink, space_after=0.4, hang=True, balance=True)
             for spans in paragraphs]
    if paras:
        paras[-1] = replace(paras[-1], space_after=0.7)
    quote_count = len(paras)
    if slide.speaker:
        paras.append(Para.plain(slide.speaker, theme.type.speaker, colors.ink, space_after=0.2))
    if slide.role:
        paras.append(Para.plain(slide.role, theme.type.speaker_role, colors.muted))
    if not paras:
        return layout
    box = place_text(layout, context, paras, text_rect, "the quote", VAlign.OPTICAL)
    if quote_count:
        top = box.block_rect(0).top()
        bottom = box.block_rect(quote_count - 1).bottom()
        layout.add(Fill(QRectF(column.left(), top + 12, BAR_WIDTH, bottom - top - 12),
                        colors.accent))
    place_folio(layout, context, slide, right=_folio_right(context, slide))
    return layout


def _credit_paras(context: RenderContext, blocks: tuple[Block, ...]) -> list[Para]:
    """Each «Кто: имя» line as a small label over the name; a heading opens a section
    (the report's own credits, then the deck's), all centred."""
    theme, colors = context.theme, context.theme.colors
    centre = Qt.AlignmentFlag.AlignHCenter
    paras = []
    for block in blocks:
        if block.kind == "heading":
            paras.append(_section_para(context, block.text))
            continue
        for line in block.text.split("\n"):
            label, colon, name = line.partition(":")
            if colon and name.strip():
                paras.append(Para.plain(label.strip(), theme.type.overline, colors.muted,
                                        align=centre, space_after=0.3))
                paras.append(Para.plain(name.strip(), theme.type.credits, colors.ink,
                                        align=centre, space_after=0.9))
            elif line.strip():
                paras.append(Para.plain(line.strip(), theme.type.credits, colors.ink,
                                        align=centre, space_after=0.6))
    return paras


def _section_para(context: RenderContext, text: str) -> Para:
    role = replace(context.theme.type.speaker, uppercase=True)
    return Para.plain(text, role, context.theme.colors.accent_ink,
                      align=Qt.AlignmentFlag.AlignHCenter, space_after=0.9)


def layout_credits(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    """Centred, calm lines: who wrote the report, whose photos it had."""
    colors = context.theme.colors
    layout = new_layout(context)
    area = content_rect(context)
    paras = [_section_para(context, slide.heading)] if slide.heading else []
    paras += _credit_paras(context, slide.blocks)
    if not paras:
        return layout
    box = place_text(layout, context, paras, area, "the credits", VAlign.OPTICAL)
    layout.add(rule(WIDTH / 2 - 40, box.top - 72, 80, colors.gold))
    return layout

"""The dialogue slide: a conversation revealed one line per build step.

The first speaker (the correspondent) keeps to the left, everyone else to the
right, like a chat; the newest line is on a tinted card in full ink and the
earlier ones recede. When the lines outgrow the slide, all of them get smaller
together, down to the readable minimum; what still does not fit is reported as an
overflow (so `check` names the slide) and the earliest lines give way to the newest.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from app.deck.model import Slide, Turn
from app.render.context import RenderContext
from app.render.layouts.common import (
    add_text,
    content_rect,
    new_layout,
    place_folio,
    place_heading,
    report_unshown,
)
from app.render.scene import Fill, SlideLayout
from app.render.textbox import TextBox, fit_text
from app.render.textdoc import Para

COLUMN_SHARE = 0.74  # of the content width a card may take
PADDING = 36.0
QUIET_PADDING = 12.0
GAP = 24.0
RADIUS = 22.0
SHRINK_STEPS = 6  # bisection steps for the one size all the lines share


@dataclass
class _Card:
    turn: Turn
    box: TextBox
    first_speaker: bool
    current: bool

    @property
    def padding(self) -> float:
        """Room around the text: the newest line sits on a card, the others need less."""
        return PADDING if self.current else QUIET_PADDING

    @property
    def height(self) -> float:
        return self.box.height + 2 * self.padding


def _paras(context: RenderContext, turn: Turn, first_speaker: bool, current: bool) -> list[Para]:
    theme, colors = context.theme, context.theme.colors
    if current:
        label_color = colors.accent_ink if first_speaker else colors.gold_ink
        ink = colors.ink
    else:
        label_color, ink = colors.faint, colors.muted
    return [
        Para.plain(turn.speaker, theme.type.turn_speaker, label_color, space_after=0.5),
        Para(turn.spans, theme.type.turn, ink),
    ]


def layout_dialogue(slide: Slide, step: int, context: RenderContext) -> SlideLayout:
    colors = context.theme.colors
    layout = new_layout(context)
    area = content_rect(context)
    if slide.heading:
        area.setTop(place_heading(layout, context, slide.heading, area, 200, 40))
    shown = slide.turns[: step + 1]
    if shown:
        first = slide.turns[0].speaker
        width = area.width() * COLUMN_SHARE
        text_rect = QRectF(0, 0, width - 2 * PADDING, area.height() - 2 * PADDING)
        cards, hidden = _visible(context, shown, first, text_rect)
        if hidden:
            layout.note_fit(cards[0].box.scale,
                            f"{hidden} earlier line(s) of the dialogue do not fit beside the "
                            f"newest at step {step + 1} even at the readable minimum")
        y = area.top()
        for card in cards:
            card_width = card.box.doc.idealWidth() + 2 * PADDING
            pad = card.padding
            left = area.left() if card.first_speaker else area.right() - card_width
            frame = QRectF(left, y, card_width, card.height)
            if card.current:
                layout.add(Fill(frame, colors.panel, RADIUS))
            edge = colors.accent if card.first_speaker else colors.gold
            layout.add(Fill(QRectF(frame.left(), frame.top() + pad * 0.6, 6,
                                   frame.height() - pad * 1.2), edge))
            card.box.rect = frame.adjusted(PADDING, pad, -PADDING, -pad)
            add_text(layout, card.box, f"the line of {card.turn.speaker}")
            y += card.height + GAP
    report_unshown(layout, slide)
    place_folio(layout, context, slide)
    return layout


def _cards(context: RenderContext, shown: tuple[Turn, ...], first: str, text_rect: QRectF,
           scale: float) -> list[_Card]:
    """Every shown turn as a card, all at `scale` (or their readable minimum)."""
    theme = context.theme
    tall = QRectF(0, 0, text_rect.width(), text_rect.height() * 4)
    cards = []
    for index, turn in enumerate(shown):
        current = index == len(shown) - 1
        mine = turn.speaker == first
        box = fit_text(theme, _paras(context, turn, mine, current),
                       text_rect if current else tall, max_scale=scale)
        cards.append(_Card(turn, box, mine, current))
    return cards


def _height(cards: list[_Card]) -> float:
    return sum(card.height for card in cards) + GAP * (len(cards) - 1)


def _visible(context: RenderContext, shown: tuple[Turn, ...], first: str,
             text_rect: QRectF) -> tuple[list[_Card], int]:
    """The shown turns at the largest shared size at which they all fit, oldest first,
    and how many of the earliest had to give way because even the minimum is too big."""
    room = text_rect.height() + 2 * PADDING
    cards = _cards(context, shown, first, text_rect, 1.0)
    if _height(cards) <= room:
        return cards, 0
    paras = _paras(context, shown[-1], True, True)
    floor = min(para.role.minimum / para.role.size for para in paras)
    smallest = _cards(context, shown, first, text_rect, floor)
    if _height(smallest) > room:
        kept = smallest
        while len(kept) > 1 and _height(kept) > room:
            kept = kept[1:]
        return kept, len(smallest) - len(kept)
    low, high, best = floor, 1.0, smallest
    for _ in range(SHRINK_STEPS):
        middle = (low + high) / 2
        candidate = _cards(context, shown, first, text_rect, middle)
        if _height(candidate) <= room:
            low, best = middle, candidate
        else:
            high = middle
    return best, 0

"""The dialogue slide: a conversation revealed one line per build step.

The first speaker (the correspondent) keeps to the left, everyone else to the
right, like a chat; the newest line is on a tinted card in full ink and the
earlier ones recede. When the lines outgrow the slide, all of them get smaller
together, down to the readable minimum; what still does not fit is reported as an
overflow (so `check` names the slide) and the earliest lines give way to the newest.

A turn's closing words in italics are the narrator's («– улыбается
Нагаспаев»): they are set under the card, never inside it, so the card
holds only what the speaker said.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF

from app.deck.model import Slide, Span, Turn
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
TAG_GAP = 10.0  # between a card and the narrator's words under it


@dataclass
class _Card:
    turn: Turn
    box: TextBox
    tag: TextBox | None  # the narrator's words after the line, set under the card
    first_speaker: bool
    current: bool

    @property
    def padding(self) -> float:
        """Room around the text: the newest line sits on a card, the others need less."""
        return PADDING if self.current else QUIET_PADDING

    @property
    def card_height(self) -> float:
        return self.box.height + 2 * self.padding

    @property
    def height(self) -> float:
        return self.card_height + (self.tag.height + TAG_GAP if self.tag else 0.0)


def split_narration(spans: tuple[Span, ...]) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """(what the speaker said, the narrator's italic words closing the turn)."""
    cut = len(spans)
    while cut and (spans[cut - 1].italic or not spans[cut - 1].text.strip()):
        cut -= 1
    if cut == len(spans) or not any(span.text.strip() for span in spans[cut:]):
        return spans, ()
    speech = list(spans[:cut])
    if speech:
        speech[-1] = replace(speech[-1], text=speech[-1].text.rstrip())
    return tuple(speech), spans[cut:]


def _paras(context: RenderContext, turn: Turn, speech: tuple[Span, ...],
           current: bool) -> list[Para]:
    """The speaker's name over the line; names in full ink (or the muted tone of the
    earlier lines) so they read at 4.5:1 on the card and on the page alike."""
    theme, colors = context.theme, context.theme.colors
    label_color, ink = (colors.ink, colors.ink) if current else (colors.muted, colors.muted)
    return [
        Para.plain(turn.speaker, theme.type.turn_speaker, label_color, space_after=0.5),
        Para(speech, theme.type.turn, ink),
    ]


def _tag_paras(context: RenderContext, tag: tuple[Span, ...]) -> list[Para]:
    role = replace(context.theme.type.turn, italic=True, size=context.theme.type.turn.size * 0.8)
    text = "".join(span.text for span in tag).strip()
    return [Para.plain(text, role, context.theme.colors.muted)]


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
            card_width = card.box.typeset.ideal_width() + 2 * PADDING
            pad = card.padding
            left = area.left() if card.first_speaker else area.right() - card_width
            frame = QRectF(left, y, card_width, card.card_height)
            if card.current:
                layout.add(Fill(frame, colors.panel, RADIUS))
            edge = colors.accent if card.first_speaker else colors.gold
            layout.add(Fill(QRectF(frame.left(), frame.top() + pad * 0.6, 6,
                                   frame.height() - pad * 1.2), edge))
            card.box.rect = frame.adjusted(PADDING, pad, -PADDING, -pad)
            add_text(layout, card.box, f"the line of {card.turn.speaker}")
            if card.tag is not None:
                tag_width = min(card.tag.typeset.ideal_width() + 1, width - 2 * PADDING)
                tag_left = frame.left() + PADDING if card.first_speaker \
                    else frame.right() - PADDING - tag_width
                card.tag.rect = QRectF(tag_left, frame.bottom() + TAG_GAP, tag_width,
                                       card.tag.height)
                add_text(layout, card.tag, f"the narrator's words after {card.turn.speaker}")
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
        speech, tag = split_narration(turn.spans)
        box = fit_text(theme, _paras(context, turn, speech, current),
                       text_rect if current else tall, max_scale=scale)
        tag_box = fit_text(theme, _tag_paras(context, tag), tall, max_scale=scale) \
            if tag else None
        cards.append(_Card(turn, box, tag_box, turn.speaker == first, current))
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
    paras = _paras(context, shown[-1], shown[-1].spans, True)
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

"""Dialogue slides: who speaks is legible, and the narrator's words stay outside the card."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from app.deck.loader import load_deck
from app.deck.model import Kind, Span
from app.render.context import RenderContext
from app.render.layouts.dialogue import split_narration
from app.render.painter import layout_slide
from app.render.scene import Fill
from app.render.textbox import TextBox
from tests.helpers import SHIPPED_DECK


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(scope="module")
def shipped():
    return load_deck(SHIPPED_DECK)[0]


def test_the_narrators_italic_tail_is_split_off():
    spans = (Span("Нет, к сожалению, "), Span("– улыбается Нагаспаев.", italic=True))
    assert split_narration(spans) == ((Span("Нет, к сожалению,"),), spans[1:])
    plain = (Span("Просят-просят с коллегами поговорить."),)
    assert split_narration(plain) == (plain, ())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_speaker_labels_read_at_4_5_to_1_and_tags_sit_outside_the_cards(qapp, shipped, theme):
    context = RenderContext.for_deck(shipped, theme)
    checked = tags = 0
    for slide in (s for s in shipped.slides if s.kind is Kind.DIALOGUE):
        for step in range(slide.step_count):
            layout = layout_slide(slide, step, context)
            cards = [e for e in layout.elements
                     if isinstance(e, Fill) and e.color == context.theme.colors.panel]
            for box in (e for e in layout.elements if isinstance(e, TextBox)):
                label = box.paras[0]
                on_card = any(card.rect.contains(box.rect) for card in cards)
                ground = context.theme.colors.panel if on_card else layout.background
                if label.role == context.theme.type.turn_speaker:
                    assert contrast(label.color, ground) >= 4.5, (slide.id, label.spans)
                    checked += 1
                elif label.role.italic:  # the narrator's words
                    assert not any(card.rect.intersects(box.rect) for card in cards), slide.id
                    assert "–" in box.typeset.plain_text()
                    tags += 1
    assert checked > 20
    assert tags > 5

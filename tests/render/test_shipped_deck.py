"""The shipped deck renders completely: every slide, every step, nothing overflowing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.deck.model import Kind
from app.render.checks import render_diagnostics
from app.render.context import RenderContext
from app.render.painter import layout_slide, render_slide_image
from app.render.textbox import TextBox
from tests.helpers import SHIPPED_DECK
from tests.render.samples import distinct_colors, to_pil

pytestmark = pytest.mark.skipif(not (SHIPPED_DECK / "deck.toml").is_file(),
                                reason="the shipped deck is not there yet")


@pytest.fixture(scope="module")
def shipped():
    deck, _ = load_deck(SHIPPED_DECK)
    return deck


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_slide_fits_at_every_step(qapp, shipped, theme):
    context = RenderContext.for_deck(shipped, theme)
    problems = [(slide.id, step, layout.overflows)
                for slide in shipped.slides for step in range(slide.step_count)
                if (layout := layout_slide(slide, step, context)).overflows]
    assert problems == []


def test_every_slide_paints_at_every_step(qapp, shipped, caplog):
    context = RenderContext.for_deck(shipped)
    for slide in shipped.slides:
        for step in range(slide.step_count):
            image = to_pil(render_slide_image(slide, step, QSize(480, 270), context))
            assert distinct_colors(image) > 20, (slide.id, step)
    assert "cannot paint" not in caplog.text


def test_the_shipped_deck_has_no_render_problems(qapp, shipped):
    out = render_diagnostics(shipped, RenderContext.for_deck(shipped))
    assert [d.format() for d in out] == []


def test_every_daylight_drawing_has_a_night_variant_the_dark_theme_shows(qapp, shipped):
    dark = RenderContext.for_deck(shipped, "dark")
    light = RenderContext.for_deck(shipped, "light")
    slots = {s.image.slot for s in shipped.slides if s.image}
    slots |= {step.image.slot for s in shipped.slides for step in s.steps if step.image}
    night = {slot for slot in slots if dark.images.resolve(slot).path.name.endswith(".dark.svg")}
    assert len(night) >= 10
    for slot in night:
        assert light.images.resolve(slot).path.name == f"{slot.split('/')[-1]}.svg"


def _heading_baseline(layout, role) -> float | None:
    """Canvas y of the first line of the slide's heading, if it has one."""
    for element in layout.elements:
        if isinstance(element, TextBox) and element.paras and element.paras[0].role == role:
            line = element.typeset.layout(0).lineAt(0)
            return element.top + line.y() + line.ascent()
    return None


def test_text_slides_set_their_titles_on_one_baseline(qapp, shipped):
    context = RenderContext.for_deck(shipped)
    baselines = {}
    for slide in shipped.slides:
        if slide.kind is Kind.TEXT and slide.heading:
            layout = layout_slide(slide, slide.step_count - 1, context)
            baselines[slide.id] = _heading_baseline(layout, context.theme.type.heading)
    assert len(baselines) >= 3
    first = next(iter(baselines.values()))
    assert first is not None
    assert all(abs(y - first) < 1 for y in baselines.values()), baselines

"""A slide is laid out once for every size it is painted at, and again only when it must be."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.render import painter as painter_module
from app.render.context import RenderContext
from app.render.images import RECHECK_SECONDS, ImageProvider
from app.render.layout_cache import LayoutCache
from app.render.layouts.common import ILLUSTRATION, ILLUSTRATION_CREDIT
from app.render.painter import layout_slide, render_slide_image
from app.render.textbox import TextBox
from app.render.theme import Theme
from tests.render.samples import one_slide_deck


@pytest.fixture
def builds(monkeypatch) -> list[tuple[str, int]]:
    """Every layout actually built, as (slide id, step)."""
    built: list[tuple[str, int]] = []
    for kind, layout in list(painter_module.LAYOUTS.items()):
        def counting(slide, step, context, layout=layout):
            built.append((slide.id, step))
            return layout(slide, step, context)
        monkeypatch.setitem(painter_module.LAYOUTS, kind, counting)
    return built


def snapshot(layout) -> list:
    """What painting could change: every element's place and, for text, its setting."""
    out = []
    for element in layout.elements:
        if isinstance(element, TextBox):
            out.append((element.rect.getRect(), element.scale, element.typeset.plain_text(),
                        element.typeset.size().toTuple(), element.top))
        else:
            out.append(repr(element))
    return out


def test_one_layout_serves_every_size(sample, builds):
    deck, context = sample
    slide = deck.slide_by_id("dialogue-slide")
    for size in (QSize(320, 180), QSize(1920, 1080), QSize(3840, 2160)):
        render_slide_image(slide, 1, size, context)
    render_slide_image(slide, 1, QSize(960, 540), context, device_pixel_ratio=2.0)
    assert builds == [("dialogue-slide", 1)]


def test_steps_are_laid_out_apart_and_clamped_to_the_same_one(sample, builds):
    deck, context = sample
    slide = deck.slide_by_id("build-slide")
    first, last = layout_slide(slide, 0, context), layout_slide(slide, 99, context)
    assert first is not last
    assert layout_slide(slide, slide.step_count - 1, context) is last
    assert builds == [("build-slide", 0), ("build-slide", slide.step_count - 1)]


def test_painting_leaves_a_kept_layout_as_it_was(sample):
    deck, context = sample
    for slide in deck.slides:
        layout = layout_slide(slide, 0, context)
        before = snapshot(layout)
        for size in (QSize(640, 360), QSize(3840, 2160)):
            render_slide_image(slide, 0, size, context)
        assert layout_slide(slide, 0, context) is layout
        assert snapshot(layout) == before, slide.id


def test_a_new_theme_or_a_new_deck_is_laid_out_afresh(sample, builds):
    deck, context = sample
    slide = deck.slide_by_id("text-slide")
    layout_slide(slide, 0, context)
    context.theme = Theme.load("dark")
    dark = layout_slide(slide, 0, context)
    assert dark.background == context.theme.colors.background
    reloaded = load_deck(deck.root)[0].slide_by_id("text-slide")
    layout_slide(reloaded, 0, context)
    assert len(builds) == 3


def test_each_thread_paints_its_own_layouts(sample):
    deck, context = sample
    slide = deck.slide_by_id("quote-slide")
    here = layout_slide(slide, 0, context)
    with ThreadPoolExecutor(max_workers=1) as pool:
        there = pool.submit(layout_slide, slide, 0, context).result()
    assert there is not here
    assert snapshot(there) == snapshot(here)


def texts(layout) -> list[str]:
    return [e.typeset.plain_text() for e in layout.elements if isinstance(e, TextBox)]


def test_a_photo_dropped_in_for_a_drawing_changes_its_badge_and_credit(qapp, tmp_path):
    root = one_slide_deck(tmp_path / "deck", "kind: photo\nimage: edge\ncredit: Фото: ТАСС\n")
    deck = load_deck(root)[0]
    context = RenderContext.for_deck(deck)
    now = [0.0]
    context.images = ImageProvider(root, clock=lambda: now[0])
    slide = deck.slides[0]
    drawn = layout_slide(slide, 0, context)
    assert ILLUSTRATION in texts(drawn)
    assert ILLUSTRATION_CREDIT in texts(drawn)
    Image.new("RGB", (160, 90), (0, 0, 255)).save(root / "media" / "edge.jpg")
    assert layout_slide(slide, 0, context) is drawn  # until the lookup is due again
    now[0] += RECHECK_SECONDS
    photo = layout_slide(slide, 0, context)
    assert ILLUSTRATION not in texts(photo)
    assert "Фото: ТАСС" in texts(photo)


def test_the_cache_is_small(sample, builds):
    deck, context = sample
    context.layouts = LayoutCache(capacity=2)
    slides = [deck.slide_by_id(i) for i in ("text-slide", "quote-slide", "facts-slide")]
    for slide in slides:
        layout_slide(slide, 0, context)
    layout_slide(slides[0], 0, context)  # the oldest was dropped
    assert len(builds) == 4

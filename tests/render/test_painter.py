"""Painting every kind of slide: not blank, ink where it belongs, fitted, crisp, safe."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import ImageChops, ImageStat
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from app.deck.loader import load_deck
from app.deck.model import Kind
from app.render import painter as painter_module
from app.render.context import RenderContext
from app.render.painter import CANVAS, layout_slide, paint_slide, render_slide_image
from app.render.textbox import TextBox
from tests.render.samples import (
    INK,
    RED,
    SKY,
    distinct_colors,
    mask_near,
    one_slide_deck,
    share_near,
    to_pil,
)

SMALL = QSize(960, 540)
LONG = "Астана внимательно присматривается к опыту огромного и сложного Токио. "


def rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def render(deck, context, slide_id, step=0, size=SMALL):
    slide = deck.slide_by_id(slide_id)
    assert slide is not None
    return to_pil(render_slide_image(slide, step, size, context))


def load_one(qapp, tmp_path, markdown, theme=None):
    deck, diagnostics = load_deck(one_slide_deck(tmp_path / "one", markdown))
    assert [d for d in diagnostics if d.severity == "error"] == []
    return deck, RenderContext.for_deck(deck, theme)


def test_canvas_is_full_hd():
    assert (CANVAS.width(), CANVAS.height()) == (1920, 1080)


def test_every_kind_paints_something(sample):
    deck, context = sample
    assert {slide.kind for slide in deck.slides} == set(Kind)
    for slide in deck.slides:
        for step in range(slide.step_count):
            image = to_pil(render_slide_image(slide, step, SMALL, context))
            assert distinct_colors(image) > 40, (slide.id, step)
            assert layout_slide(slide, step, context).overflows == [], (slide.id, step)


def test_title_sets_text_left_and_picture_right(sample):
    deck, context = sample
    image = render(deck, context, "cover")
    assert share_near(image, (48, 100, 480, 400), INK) > 0.02
    right = image.crop((530, 0, 960, 540))
    assert share_near(right, (0, 0, 430, 540), RED, 10) + share_near(
        right, (0, 0, 430, 540), SKY, 10) > 0.5


def test_chapter_has_title_and_gold_rule(sample):
    deck, context = sample
    image = render(deck, context, "chapter-one")
    assert share_near(image, (48, 100, 650, 450), INK) > 0.02
    assert share_near(image, (48, 100, 650, 450), rgb(context.theme.colors.gold), 10) > 0.0005


def test_text_has_heading_and_sky_bullets(sample):
    deck, context = sample
    image = render(deck, context, "text-slide")
    assert share_near(image, (48, 60, 700, 480), INK) > 0.01
    assert share_near(image, (48, 60, 120, 480), rgb(context.theme.colors.accent), 10) > 0.001


def test_full_bleed_photo_covers_the_canvas_under_a_caption_bar(sample):
    deck, context = sample
    image = render(deck, context, "photo-cover")
    assert share_near(image, (0, 0, 470, 380), RED, 10) > 0.9
    assert share_near(image, (490, 0, 960, 380), SKY, 10) > 0.9
    bar = image.crop((0, 520, 960, 540))
    assert share_near(bar, (0, 0, 960, 20), RED, 10) == 0  # the bar covers the picture


def test_exif_rotated_jpeg_is_shown_upright(sample):
    deck, context = sample
    image = render(deck, context, "photo-framed")
    red = mask_near(image, RED, 30).getbbox()
    sky = mask_near(image, SKY, 30).getbbox()
    assert red
    assert sky
    left, top = min(red[0], sky[0]), min(red[1], sky[1])
    right, bottom = max(red[2], sky[2]), max(red[3], sky[3])
    assert bottom - top > 1.6 * (right - left)  # portrait, not landscape
    assert red[3] <= sky[1] + 4  # red on top, as it was shot


def test_quote_has_sky_bar_and_guillemets(sample):
    deck, context = sample
    slide = deck.slide_by_id("quote-slide")
    image = render(deck, context, "quote-slide")
    assert share_near(image, (48, 60, 90, 480), rgb(context.theme.colors.accent), 10) > 0.01
    layout = layout_slide(slide, 0, context)
    text = next(e for e in layout.elements if isinstance(e, TextBox)).typeset.plain_text()
    assert text.startswith("«Қош")
    assert "келдіңіз!»" in text
    assert text.count("«") == 1


def test_quote_keeps_marks_the_author_typed(qapp, tmp_path):
    deck, context = load_one(qapp, tmp_path,
                             "kind: quote\nspeaker: Кто-то\n\n> «Уже в кавычках»\n")
    layout = layout_slide(deck.slides[0], 0, context)
    text = next(e for e in layout.elements if isinstance(e, TextBox)).typeset.plain_text()
    assert text.count("«") == 1
    assert text.count("»") == 1


def test_dialogue_reveals_turns_one_by_one(sample):
    deck, context = sample
    slide = deck.slide_by_id("dialogue-slide")

    def shown(step):
        layout = layout_slide(slide, step, context)
        return [e.typeset.plain_text() for e in layout.elements
                if isinstance(e, TextBox) and "?" in e.typeset.plain_text()
                or isinstance(e, TextBox) and "ответ" in e.typeset.plain_text()]

    assert len(shown(0)) == 1
    assert len(shown(2)) == 3
    panel = rgb(context.theme.colors.panel)
    second = render(deck, context, "dialogue-slide", 1)
    assert share_near(second, (480, 0, 890, 540), panel, 4) > share_near(
        second, (64, 0, 480, 540), panel, 4)  # the interviewee's card is on the right


def test_dialogue_shrinks_to_show_every_turn(qapp, tmp_path):
    turns = "\n".join(f"- **{'Корреспондент' if i % 2 == 0 else 'Министр'}:** "
                      f"{LONG * 2}{i}" for i in range(4))
    deck, context = load_one(qapp, tmp_path, f"kind: dialogue\n\n{turns}\n")
    layout = layout_slide(deck.slides[0], 3, context)
    texts = [e.typeset.plain_text() for e in layout.elements if isinstance(e, TextBox)
             and LONG.strip()[:10] in e.typeset.plain_text()]
    assert [t[-1] for t in texts] == ["0", "1", "2", "3"]  # every turn, oldest first
    assert layout.overflows == []
    assert layout.min_scale < 1.0


def test_dialogue_that_cannot_fit_reports_the_turns_it_hides(qapp, tmp_path):
    turns = "\n".join(f"- **{'Корреспондент' if i % 2 == 0 else 'Министр'}:** "
                      f"{LONG * 2}{i}" for i in range(8))
    deck, context = load_one(qapp, tmp_path, f"kind: dialogue\n\n{turns}\n")
    slide = deck.slides[0]
    layout = layout_slide(slide, 7, context)
    texts = [e.typeset.plain_text() for e in layout.elements if isinstance(e, TextBox)
             and LONG.strip()[:10] in e.typeset.plain_text()]
    assert 1 <= len(texts) < 8
    assert texts[-1].endswith("7")  # the newest is always shown
    hidden = 8 - len(texts)
    assert any(f"{hidden} earlier line(s) of the dialogue" in o for o in layout.overflows)


def test_facts_alternate_sky_and_gold_in_columns(sample):
    deck, context = sample
    image = render(deck, context, "facts-slide")
    sky_ink, gold_ink = rgb(context.theme.colors.accent_ink), rgb(context.theme.colors.gold_ink)
    assert share_near(image, (48, 100, 330, 440), sky_ink, 12) > 0.01
    assert share_near(image, (340, 100, 620, 440), gold_ink, 12) > 0.01
    assert share_near(image, (630, 100, 912, 440), sky_ink, 12) > 0.01


def test_build_stages_each_step_over_the_picture(sample):
    deck, context = sample
    slide = deck.slide_by_id("build-slide")

    def words(step):
        return " ".join(e.typeset.plain_text() for e in layout_slide(slide, step, context).elements
                        if isinstance(e, TextBox))

    assert "J и K" in words(0)
    assert "川口順子" not in words(0)
    assert "川口順子" in words(2)  # the step on stage, one at a time
    assert "J и K" not in words(2)
    image = render(deck, context, "build-slide", 2)
    assert share_near(image, (64, 64, 896, 300), RED, 12) > 0.3  # the picture fills the slide
    caption_ink = rgb(context.theme.colors.caption_ink)
    assert share_near(image, (48, 400, 912, 500), caption_ink, 40) > 0.002  # words on the bar


def test_kanji_are_set_in_the_japanese_font(sample):
    deck, context = sample
    layout = layout_slide(deck.slide_by_id("build-slide"), 2, context)
    box = next(e for e in layout.elements
               if isinstance(e, TextBox) and "川口順子" in e.typeset.plain_text())
    families = set()
    for index in range(len(box.typeset)):
        layout = box.typeset.layout(index)
        runs = layout.glyphRuns(0, len(layout.text()))
        families |= {run.rawFont().familyName() for run in runs}
    assert "Noto Serif CJK JP" in families
    assert "Noto Serif" in families


def test_credits_are_centred(sample):
    deck, context = sample
    image = render(deck, context, "credits")
    centre = share_near(image, (330, 100, 630, 440), INK, 40)
    sides = share_near(image, (0, 100, 250, 440), INK, 40)
    assert centre > 0.003
    assert sides == 0


def test_long_text_fits_by_shrinking(qapp, tmp_path):
    deck, context = load_one(qapp, tmp_path, f"# Заголовок\n\n{LONG * 9}\n")
    layout = layout_slide(deck.slides[0], 0, context)
    assert layout.overflows == []
    assert layout.min_scale < 1.0


def test_absurdly_long_text_reports_overflow(qapp, tmp_path):
    deck, context = load_one(qapp, tmp_path, "# Заголовок\n\n" + "\n".join([LONG] * 120) + "\n")
    layout = layout_slide(deck.slides[0], 0, context)
    assert layout.overflows
    assert "readable minimum" in layout.overflows[0]
    render_slide_image(deck.slides[0], 0, SMALL, context)  # and it still paints


def test_missing_image_becomes_a_placeholder(qapp, tmp_path):
    deck, context = load_one(qapp, tmp_path, "kind: photo\nimage: nothing\ncaption: Нет\n")
    image = to_pil(render_slide_image(deck.slides[0], 0, SMALL, context))
    assert share_near(image, (0, 0, 960, 400), rgb(context.theme.colors.panel), 3) > 0.8
    loaded = context.images.load("nothing", QSize(10, 10))
    assert loaded.error == "файл не найден: media/nothing.*"


def test_broken_raster_becomes_a_placeholder(qapp, tmp_path):
    deck, context = load_one(qapp, tmp_path, "kind: photo\nimage: broken\n")
    (tmp_path / "one" / "media" / "broken.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    image = to_pil(render_slide_image(deck.slides[0], 0, SMALL, context))
    assert share_near(image, (0, 0, 960, 540), rgb(context.theme.colors.panel), 3) > 0.8


def test_painting_is_letterboxed_and_leaves_the_bars_alone(sample):
    deck, context = sample
    image = QImage(800, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#FF00FF"))
    painter = QPainter(image)
    paint_slide(painter, deck.slide_by_id("text-slide"), 0, QRectF(0, 0, 800, 800), context)
    painter.end()
    pixels = to_pil(image)
    assert share_near(pixels, (0, 0, 800, 170), (255, 0, 255), 0) == 1.0
    assert share_near(pixels, (0, 630, 800, 800), (255, 0, 255), 0) == 1.0
    assert share_near(pixels, (0, 180, 800, 620), (255, 0, 255), 0) == 0.0


def test_steps_are_clamped(sample):
    deck, context = sample
    slide = deck.slide_by_id("dialogue-slide")
    last = to_pil(render_slide_image(slide, slide.step_count - 1, SMALL, context))
    beyond = to_pil(render_slide_image(slide, 99, SMALL, context))
    before = to_pil(render_slide_image(slide, -5, SMALL, context))
    first = to_pil(render_slide_image(slide, 0, SMALL, context))
    assert ImageChops.difference(last, beyond).getbbox() is None
    assert ImageChops.difference(first, before).getbbox() is None


def test_4k_is_the_same_layout_only_sharper(sample):
    deck, context = sample
    slide = deck.slide_by_id("photo-cover")
    full_hd = to_pil(render_slide_image(slide, 0, QSize(1920, 1080), context))
    uhd = to_pil(render_slide_image(slide, 0, QSize(3840, 2160), context))
    assert uhd.size == (3840, 2160)
    shrunk = uhd.resize((1920, 1080), resample=1)  # Lanczos
    assert max(ImageStat.Stat(ImageChops.difference(full_hd, shrunk)).mean) < 2.0
    # the SVG edge at canvas x=960 is drawn as a vector: at most two soft pixels at 4K
    row = uhd.crop((1880, 1000, 1960, 1001))
    sharp = ImageChops.lighter(mask_near(row, RED, 6), mask_near(row, SKY, 6))
    assert sharp.histogram()[0] <= 2


def test_device_pixel_ratio_renders_more_pixels(sample):
    deck, context = sample
    image = render_slide_image(deck.slides[0], 0, SMALL, context, device_pixel_ratio=2.0)
    assert (image.width(), image.height()) == (1920, 1080)
    assert image.devicePixelRatio() == 2.0


def test_dark_theme_paints_on_night_blue(qapp, tmp_path):
    deck, context = load_one(qapp, tmp_path, "# Ночь\n\nТекст.\n", theme="dark")
    image = to_pil(render_slide_image(deck.slides[0], 0, SMALL, context))
    assert image.getpixel((5, 5)) == (0x0F, 0x1A, 0x2B)


def test_a_failing_layout_paints_a_notice_instead_of_raising(sample, monkeypatch, caplog):
    deck, context = sample

    def broken(slide, step, context):
        raise RuntimeError("boom")

    monkeypatch.setitem(painter_module.LAYOUTS, Kind.TEXT, broken)
    with caplog.at_level(logging.ERROR):
        image = to_pil(render_slide_image(deck.slide_by_id("text-slide"), 0, SMALL, context))
    assert distinct_colors(image) > 2
    assert "boom" in caplog.text


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_margins_stay_clear_on_text_slides(qapp, tmp_path, theme):
    deck, context = load_one(qapp, tmp_path, f"# Заголовок\n\n{LONG * 4}\n", theme=theme)
    image = to_pil(render_slide_image(deck.slides[0], 0, QSize(1920, 1080), context))
    background = rgb(context.theme.colors.background)
    assert share_near(image, (0, 0, 120, 900), background, 2) == 1.0
    assert share_near(image, (1800, 0, 1920, 1080), background, 2) == 1.0


def test_rendering_on_a_worker_thread_matches_the_gui_thread(sample):
    deck, context = sample
    slides = [deck.slide_by_id(name) for name in ("text-slide", "build-slide", "photo-framed")]
    here = [to_pil(render_slide_image(s, s.step_count - 1, SMALL, context)) for s in slides]
    with ThreadPoolExecutor(max_workers=2) as pool:
        there = list(pool.map(
            lambda s: to_pil(render_slide_image(s, s.step_count - 1, SMALL, context)), slides))
    for mine, theirs in zip(here, there, strict=True):
        assert ImageChops.difference(mine, theirs).getbbox() is None


def test_page_numbers_skip_hidden_slides(tmp_path):
    from app.deck.loader import load_deck
    from app.render.context import RenderContext
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "d", {"a.md": "# A\n---\nhidden: true\n\n# B\n---\n# C\n"})
    deck = load_deck(root)[0]
    context = RenderContext.for_deck(deck)
    assert [context.page_label(s) for s in deck.slides] == ["1 / 2", "", "2 / 2"]

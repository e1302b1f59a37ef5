"""The presenter's marks as pixels: a red dot where pointed, a spotlight, strokes, a crisp zoom."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from app.deck.annotations import Pen, Region, Stroke
from app.deck.model import Kind
from app.render.ink import (
    StrokeLayer,
    paint_drawing,
    paint_laser,
    paint_selection,
    paint_spotlight,
    paint_strokes,
)
from app.render.prerender import render_frame
from tests.render.samples import to_pil

W, H = 1600, 900
RECT = QRectF(0, 0, W, H)


def canvas(paint) -> Image.Image:
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint(painter)
    painter.end()
    return to_pil(image).convert("RGB")


def is_red(rgb) -> bool:
    r, g, b = rgb
    return r > 200 and g < 110 and b < 110


def test_the_laser_is_a_red_dot_where_pointed(qapp):
    image = canvas(lambda p: paint_laser(p, RECT, (0.25, 0.5)))
    assert is_red(image.getpixel((406, 450)))  # beside the hot centre
    assert image.getpixel((1200, 450)) == (255, 255, 255)
    red = [x for x in range(W) if is_red(image.getpixel((x, 450)))]
    assert 380 < min(red) < max(red) < 420  # a dot, not a blot


def test_the_laser_stays_on_its_point_in_a_zoomed_view(qapp):
    region = Region(0.5, 0.0, 0.5)  # the top right quarter
    image = canvas(lambda p: paint_laser(p, RECT, (0.75, 0.25), region))
    assert is_red(image.getpixel((806, 450)))  # the region's centre is the view's centre


def test_the_spotlight_dims_all_but_a_circle(qapp):
    image = canvas(lambda p: paint_spotlight(p, RECT, (0.25, 0.5)))
    assert image.getpixel((400, 450)) == (255, 255, 255)
    far = image.getpixel((1200, 450))
    assert max(far) < 120
    assert far[0] == far[1] == far[2]


def test_strokes_are_painted_in_slide_fractions_through_the_zoom(qapp):
    stroke = Stroke(Pen.PEN, ((0.3, 0.1), (0.3, 0.9)))
    plain = canvas(lambda p: paint_strokes(p, RECT, [stroke]))
    assert is_red(plain.getpixel((480, 450)))
    assert plain.getpixel((160, 450)) == (255, 255, 255)
    zoomed = canvas(lambda p: paint_strokes(p, RECT, [stroke], Region(0.25, 0.25, 0.5)))
    assert is_red(zoomed.getpixel((160, 450)))  # (0.3 - 0.25) / 0.5 of the width
    assert zoomed.getpixel((480, 450)) == (255, 255, 255)
    width = sum(is_red(zoomed.getpixel((x, 450))) for x in range(100, 220))
    narrow = sum(is_red(plain.getpixel((x, 450))) for x in range(420, 540))
    assert width > narrow  # a line on the slide grows with the slide


def test_the_highlighter_is_wide_and_lets_the_slide_show_through(qapp):
    stroke = Stroke(Pen.HIGHLIGHTER, ((0.1, 0.5), (0.9, 0.5)))
    image = canvas(lambda p: (p.fillRect(QRectF(0, 0, W, H / 2), Qt.GlobalColor.black),
                              paint_strokes(p, RECT, [stroke])))
    above, below = image.getpixel((800, 440)), image.getpixel((800, 460))
    assert above[0] < 150
    assert below[2] < 200
    assert above != (0, 0, 0)
    assert below != (255, 255, 255)
    tall = [y for y in range(H) if image.getpixel((800, y)) not in ((0, 0, 0), (255, 255, 255))]
    assert len(tall) > 25


def test_a_tap_with_the_pen_leaves_a_dot(qapp):
    image = canvas(lambda p: paint_strokes(p, RECT, [Stroke(Pen.PEN, ((0.5, 0.5),))]))
    assert is_red(image.getpixel((800, 450)))


def test_the_selection_shades_outside_the_region(qapp):
    image = canvas(lambda p: paint_selection(p, RECT, Region(0.5, 0.5, 0.25)))
    assert image.getpixel((1000, 560)) == (255, 255, 255)
    assert max(image.getpixel((200, 200))) < 255


def _frame(slide, size, context, region=None) -> Image.Image:
    return to_pil(render_frame(slide, slide.step_count - 1, size, context, region)).convert("RGB")


def _difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean)


def test_a_zoomed_frame_is_rendered_at_the_enlarged_size_not_upscaled(sample):
    deck, context = sample
    slide = next(s for s in deck.slides if s.kind is Kind.TEXT)
    region = Region(0.0, 0.25, 0.5)
    zoomed = _frame(slide, QSize(800, 450), context, region)
    big = _frame(slide, QSize(1600, 900), context)
    crisp = big.crop((0, 225, 800, 675))  # what 2× really looks like
    upscaled = _frame(slide, QSize(800, 450), context).crop((0, 112, 400, 337)).resize(
        (800, 450), Image.Resampling.BILINEAR)
    assert _difference(zoomed, crisp) < 2.0
    assert _difference(zoomed, crisp) < _difference(zoomed, upscaled) / 2


def _zigzag(pen: Pen) -> Stroke:
    return Stroke(pen, tuple((0.1 + 0.8 * i / 60, 0.5 + 0.05 * (i % 3)) for i in range(61)))


def test_the_stroke_being_drawn_looks_like_the_kept_one(qapp):
    for pen in Pen:
        stroke = _zigzag(pen)
        kept = canvas(lambda p, s=stroke: paint_strokes(p, RECT, [s]))
        live = canvas(lambda p, s=stroke: paint_drawing(p, RECT, s))
        difference = ImageChops.difference(kept, live)
        assert sum(ImageStat.Stat(difference).mean) < 1.0, pen
        assert kept.getbbox() == live.getbbox()
        assert ImageChops.difference(kept, canvas(lambda p: None)).getbbox() is not None


def test_the_stroke_layer_paints_again_only_when_the_strokes_change(qapp, monkeypatch):
    import app.render.ink as ink

    painted = []
    real = ink.paint_strokes
    monkeypatch.setattr(ink, "paint_strokes", lambda *a: painted.append(1) or real(*a))
    layer, strokes = StrokeLayer(), (_zigzag(Pen.PEN),)
    first = canvas(lambda p: layer.paint(p, RECT, strokes))
    again = canvas(lambda p: layer.paint(p, RECT, strokes))
    assert len(painted) == 1
    assert ImageChops.difference(first, again).getbbox() is None
    assert is_red(first.getpixel((int(0.1 * W), int(0.5 * H))))
    canvas(lambda p: layer.paint(p, RECT, (*strokes, Stroke(Pen.PEN, ((0.5, 0.1),)))))
    canvas(lambda p: layer.paint(p, RECT, strokes, Region(0.0, 0.0, 0.5)))
    assert len(painted) == 3

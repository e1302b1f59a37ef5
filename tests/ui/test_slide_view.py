"""The slide view: letterboxing, and a photo dropped into media/ replaces the drawing."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRect

from app.deck.loader import load_deck
from app.render.context import RenderContext
from app.render.images import ImageProvider
from app.ui.slide_view import SlideView, fit_16_9
from tests.helpers import finished_grab, write_deck

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">'
       '<rect width="160" height="90" fill="#0000ff"/></svg>')


def test_fit_16_9_centres_the_largest_rectangle():
    assert fit_16_9(QRect(0, 0, 1000, 1000)) == QRect(0, 219, 1000, 562)
    assert fit_16_9(QRect(0, 0, 1600, 600)) == QRect(267, 0, 1066, 599)


def test_a_photo_dropped_in_replaces_the_illustration(qtbot, tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "kind: photo\nimage: pic\nfit: cover\n"})
    (root / "media").mkdir()
    (root / "media" / "pic.svg").write_text(SVG, encoding="utf-8")
    deck = load_deck(root)[0]
    now = [0.0]
    context = RenderContext.for_deck(deck)
    context.images = ImageProvider(root, clock=lambda: now[0])
    view = SlideView(context)
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    slide = deck.slides[0]
    assert [image.slot for image in slide.images] == ["pic"]
    view.show_slide(slide)
    centre = view.slide_rect().center()
    before = finished_grab(qtbot, view).pixelColor(centre)
    assert before.blue() > 200
    Image.new("RGB", (320, 180), (255, 0, 0)).save(root / "media" / "pic.png")
    now[0] += 5  # past the provider's re-check interval
    view.show_slide(slide)
    after = finished_grab(qtbot, view).pixelColor(centre)
    assert after.red() > 200
    assert after.blue() < 60

"""The slide view: letterboxing, and a photo dropped into media/ replaces the drawing."""

from __future__ import annotations

import threading

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, QSize

from app.deck.loader import load_deck
from app.render import images as images_module
from app.render import prerender
from app.render.context import RenderContext
from app.render.images import ImageProvider
from app.ui.screens import fit_16_9
from app.ui.slide_view import HOLD_MS, SlideView, _letterbox_bands
from tests.helpers import finished_grab, write_deck

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">'
       '<rect width="160" height="90" fill="#0000ff"/></svg>')


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160), (1000, 1000), (1600, 600),
                                  (321, 180)])
def test_the_letterbox_is_filled_only_around_the_slide(size):
    """The frame covers the slide: a 16:9 window is one blit, no fill under it."""
    area = QRect(0, 0, *size)
    slide = fit_16_9(area)
    bands = _letterbox_bands(area, slide)
    assert not any(band.intersects(slide) for band in bands)
    assert sum(b.width() * b.height() for b in bands) + slide.width() * slide.height() == \
        size[0] * size[1]
    if size[0] * 9 == size[1] * 16:
        assert bands == []


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


def photo_deck(root, colours, fit="cover"):
    """A deck of one photo slide per colour, each with its own JPEG."""
    markdown = "\n---\n".join(f"kind: photo\nimage: p{n}\nfit: {fit}\ncaption: Фото {n}\n"
                              for n in range(len(colours)))
    write_deck(root, {"a.md": markdown})
    (root / "media").mkdir(exist_ok=True)
    for n, colour in enumerate(colours):
        Image.new("RGB", (1200, 900), colour).save(root / "media" / f"p{n}.jpg")
    deck, diagnostics = load_deck(root)
    assert diagnostics == []
    return deck


@pytest.fixture
def shown(qtbot):
    def make(context):
        view = SlideView(context)
        qtbot.addWidget(view)
        view.resize(640, 360)
        with qtbot.waitExposed(view):
            view.show()
        return view
    return make


@pytest.fixture
def off_gui(monkeypatch):
    """The threads every slide paint and photo decode ran on."""
    seen: list[int] = []
    paint, decode = prerender.paint_slide, images_module.load_raster

    def recording(real):
        def run(*args, **kwargs):
            seen.append(threading.get_ident())
            return real(*args, **kwargs)
        return run

    monkeypatch.setattr(prerender, "paint_slide", recording(paint))
    monkeypatch.setattr(images_module, "load_raster", recording(decode))
    return seen


def test_switching_never_decodes_or_renders_on_the_gui_thread(qtbot, tmp_path, shown, off_gui):
    deck = photo_deck(tmp_path / "d", [(200, 0, 0), (0, 200, 0), (0, 0, 200), (200, 200, 0)])
    view = shown(RenderContext.for_deck(deck))
    slides = deck.slides
    for index in (0, 1, 2, 3, 2, 1, 0, 3):  # forward, back, and a jump
        ahead = slides[index + 1:index + 2]
        behind = slides[max(0, index - 1):index]
        view.show_slide(slides[index], 0, [(s, 0) for s in ahead], [(s, 0) for s in behind],
                        decode=[(s, 0) for s in slides])
        view.repaint()  # a paint right after the key: a frame or a draft, never a wait
        centre = finished_grab(qtbot, view).pixelColor(view.slide_rect().center())
        assert max(centre.red(), centre.green(), centre.blue()) > 150
    assert off_gui  # the work was done, and none of it here
    assert threading.get_ident() not in off_gui


def test_a_key_during_a_render_holds_the_slide_shown_then_paints_the_frame(qtbot, tmp_path,
                                                                            shown, monkeypatch):
    """No blank flash between two slides: the one on screen stays while the next renders,
    for HOLD_MS at most; then the new slide's empty background, then its frame."""
    deck = photo_deck(tmp_path / "d", [(200, 0, 0), (0, 0, 200)])
    view = shown(RenderContext.for_deck(deck))
    view.show_slide(deck.slides[0])
    finished_grab(qtbot, view)
    started, release = threading.Event(), threading.Event()
    render = prerender.render_frame

    def slow(*args):
        started.set()
        assert release.wait(timeout=10)
        return render(*args)

    monkeypatch.setattr(prerender, "render_frame", slow)
    view.show_slide(deck.slides[1])
    assert started.wait(timeout=10)
    held = view.grab().toImage()  # painted while the worker is still busy
    assert not view.finished
    centre = view.slide_rect().center()
    assert held.pixelColor(centre).red() > 150  # the slide before
    qtbot.wait(HOLD_MS + 100)
    assert not view.finished
    draft = view.grab().toImage()
    assert draft.pixelColor(centre) == view.context.theme.colors.background
    with qtbot.waitSignal(view.frame_shown, timeout=10000):
        release.set()
    assert view.finished
    assert finished_grab(qtbot, view).pixelColor(centre).blue() > 150


def test_a_resize_renders_again_and_shows_the_old_frame_scaled_meanwhile(qtbot, tmp_path,
                                                                          shown, monkeypatch):
    deck = photo_deck(tmp_path / "d", [(200, 0, 0)])
    view = shown(RenderContext.for_deck(deck))
    view.show_slide(deck.slides[0])
    finished_grab(qtbot, view)
    old = view.frames.key(deck.slides[0], 0, QSize(640, 360), view.context)
    release = threading.Event()
    render = prerender.render_frame
    monkeypatch.setattr(prerender, "render_frame",
                        lambda *args: release.wait(timeout=10) and render(*args))
    view.resize(960, 540)
    qtbot.waitUntil(lambda: view.frames.frame(old) is None)  # the old size's frames go
    assert view.width() == 960
    assert not view.frame_ready()
    draft = view.grab().toImage()
    assert draft.pixelColor(view.slide_rect().center()).red() > 150  # the old one, scaled
    release.set()
    assert finished_grab(qtbot, view).size().width() == 960
    assert view.frames.budget == prerender.FRAMES * 960 * 540 * 4


def test_a_theme_or_a_reloaded_deck_renders_afresh(qtbot, tmp_path, shown):
    root = tmp_path / "d"
    deck = photo_deck(root, [(200, 0, 0)], fit="contain")  # the theme shows at the sides
    view = shown(RenderContext.for_deck(deck))
    view.show_slide(deck.slides[0])
    corner = view.slide_rect().topLeft() + QPoint(3, 3)
    light = finished_grab(qtbot, view).pixelColor(corner)
    view.set_context(RenderContext.for_deck(deck, "dark"))
    assert view.frames.bytes_used == 0
    dark = finished_grab(qtbot, view).pixelColor(corner)
    assert dark.lightness() < light.lightness()
    reloaded = photo_deck(root, [(0, 0, 200)], fit="contain")  # the same deck, edited on disk
    view.set_context(RenderContext.for_deck(reloaded, "dark"))
    view.show_slide(reloaded.slides[0])
    assert finished_grab(qtbot, view).pixelColor(view.slide_rect().center()).blue() > 150


def test_hiding_the_view_releases_its_frames(qtbot, tmp_path, shown):
    deck = photo_deck(tmp_path / "d", [(200, 0, 0), (0, 200, 0)])
    view = shown(RenderContext.for_deck(deck))
    view.show_slide(deck.slides[0], 0, [(deck.slides[1], 0)])
    finished_grab(qtbot, view)
    qtbot.waitUntil(lambda: not view.busy())
    assert view.frames.bytes_used == 2 * 640 * 360 * 4
    view.hide()
    assert view.frames.bytes_used == 0


def test_the_audience_view_paints_a_ready_frame_within_the_move(qtbot, tmp_path):
    # The hall's frame is painted (and flushed) before the console hears of the move;
    # any other view paints when the event loop comes round to it.
    deck = photo_deck(tmp_path / "d", [(200, 0, 0), (0, 200, 0)])
    context = RenderContext.for_deck(deck)
    audience, console = SlideView(context, priority=0), SlideView(context)
    for view in (audience, console):
        qtbot.addWidget(view)
        view.resize(640, 360)
        with qtbot.waitExposed(view):
            view.show()
        view.show_slide(deck.slides[0], 0, [(deck.slides[1], 0)])
        qtbot.waitUntil(lambda view=view: not view.busy() and view.finished, timeout=10000)
    for view in (audience, console):
        view.show_slide(deck.slides[1], 0)
    assert audience.finished
    assert not console.finished
    qtbot.waitUntil(lambda: console.finished, timeout=10000)

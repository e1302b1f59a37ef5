"""Photos are decoded ahead on worker threads, once, at the size the paint asks for."""

from __future__ import annotations

import threading

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.render import images as images_module
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from app.render.prefetch import prefetch_slide
from tests.render.samples import one_slide_deck, to_pil

PHOTO = "kind: photo\nimage: big\ncaption: Большое фото\n"
FRAMED = "kind: photo\nimage: big\nfit: contain\ncaption: Большое фото\n"


@pytest.fixture
def decodes(monkeypatch) -> list[tuple[int, int]]:
    """Every raster decode, as (thread, long side asked for)."""
    seen: list[tuple[int, int]] = []
    real = images_module.load_raster

    def recording(path, max_size=None):
        seen.append((threading.get_ident(), max(max_size)))
        return real(path, max_size)

    monkeypatch.setattr(images_module, "load_raster", recording)
    return seen


def photo_deck(qapp, tmp_path, markdown):
    root = one_slide_deck(tmp_path / "deck", markdown)
    Image.new("RGB", (1500, 2400), (0, 175, 202)).save(root / "media" / "big.jpg")
    deck, _ = load_deck(root)
    return deck.slides[0], RenderContext.for_deck(deck)


@pytest.mark.parametrize("markdown", [PHOTO, FRAMED])
@pytest.mark.parametrize(("size", "ratio"), [(QSize(960, 540), 1.0), (QSize(1280, 720), 2.0)])
def test_a_prefetched_photo_is_decoded_off_thread_and_not_again(qapp, tmp_path, decodes,
                                                                 markdown, size, ratio):
    slide, context = photo_deck(qapp, tmp_path, markdown)
    jobs = prefetch_slide(slide, 0, size, context, ratio)
    assert len(jobs) == 1
    assert jobs[0].result(timeout=10).raster is not None
    assert len(decodes) == 1
    assert decodes[0][0] != threading.get_ident()
    image = render_slide_image(slide, 0, size, context, ratio)
    assert len(decodes) == 1  # the paint found it cached
    assert to_pil(image).getpixel((image.width() // 2, 40)) != (0, 0, 0)


def test_a_paint_waits_for_the_decode_in_flight(qapp, tmp_path, monkeypatch):
    slide, context = photo_deck(qapp, tmp_path, PHOTO)
    started, release = threading.Event(), threading.Event()
    threads: list[int] = []
    real = images_module.load_raster

    def slow(path, max_size=None):
        threads.append(threading.get_ident())
        started.set()
        assert release.wait(timeout=10)
        return real(path, max_size)

    monkeypatch.setattr(images_module, "load_raster", slow)
    jobs = prefetch_slide(slide, 0, QSize(960, 540), context)
    assert started.wait(timeout=10)
    threading.Timer(0.2, release.set).start()
    render_slide_image(slide, 0, QSize(960, 540), context)
    assert len(threads) == 1
    assert threads[0] != threading.get_ident()
    assert jobs[0].done()


def test_a_failed_decode_does_not_leave_a_paint_waiting(qapp, tmp_path, monkeypatch):
    slide, context = photo_deck(qapp, tmp_path, PHOTO)

    def broken(path, max_size=None):
        raise MemoryError("no room")

    monkeypatch.setattr(images_module, "load_raster", broken)
    with pytest.raises(MemoryError):
        prefetch_slide(slide, 0, QSize(960, 540), context)[0].result(timeout=10)
    with pytest.raises(MemoryError):  # decoded afresh, not waiting on the dead job
        context.images.load("big", QSize(960, 540))


def test_illustrations_and_text_slides_need_no_decoding(sample, decodes):
    deck, context = sample
    for slide_id in ("text-slide", "photo-cover"):
        for job in prefetch_slide(deck.slide_by_id(slide_id), 0, QSize(960, 540), context):
            assert job.result(timeout=10).raster is None
    assert decodes == []

"""The image provider: rasters decoded to size and cached, SVGs checked, threads safe."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from app.render.images import ImageProvider


@pytest.fixture
def media(tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    Image.new("RGB", (3000, 2000), (200, 30, 30)).save(folder / "wide.jpg", quality=80)
    (folder / "drawn.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
        '<rect width="400" height="300" fill="#00AFCA"/></svg>', encoding="utf-8")
    return tmp_path


def test_raster_is_decoded_near_the_size_it_is_shown(qapp, media):
    provider = ImageProvider(media)
    first = provider.load("wide", QSize(500, 300))
    assert first.raster is not None
    assert 500 <= first.raster.width() <= 1024
    again = provider.load("wide", QSize(500, 300))
    assert again.raster is first.raster  # served from the cache
    big = provider.load("wide", QSize(2400, 1600))
    assert big.raster.width() > first.raster.width()


def test_cover_needs_the_short_side_to_fill(qapp, media):
    provider = ImageProvider(media)
    provider.load("wide", QSize(100, 100))  # learns the photo's shape
    cover = provider.load("wide", QSize(600, 600), cover=True)
    assert cover.raster.height() >= 600


def test_svg_stays_vector_with_its_natural_size(qapp, media):
    provider = ImageProvider(media)
    loaded = provider.load("drawn", QSize(10, 10))
    assert loaded.svg is not None
    assert loaded.raster is None
    assert (loaded.svg.size.width(), loaded.svg.size.height()) == (400, 300)
    assert provider.svg_size("drawn") == loaded.svg.size
    assert provider.svg_size("wide") is None
    assert provider.resolve("drawn").is_illustration


@pytest.mark.parametrize("svg", [
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<image xlink:href="/etc/passwd" width="10" height="10"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>',
    '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
])
def test_svg_reaching_outside_is_refused(qapp, tmp_path, svg):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "bad.svg").write_text(svg, encoding="utf-8")
    loaded = ImageProvider(tmp_path).load("bad", QSize(10, 10))
    assert loaded.svg is None
    assert "внешние файлы" in loaded.error


def test_broken_svg_and_unsafe_slots_give_reasons(qapp, tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "bad.svg").write_text("<svg", encoding="utf-8")
    provider = ImageProvider(tmp_path)
    assert "повреждён" in provider.load("bad", QSize(10, 10)).error
    assert provider.load("../../etc/passwd", QSize(10, 10)).error
    assert provider.load("https://example.org/x", QSize(10, 10)).error


def test_rasters_decode_safely_on_worker_threads(qapp, media):
    provider = ImageProvider(media)
    sizes = [QSize(200 + 100 * (i % 5), 150) for i in range(20)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda size: provider.load("wide", size), sizes))
    assert all(r.raster is not None and not r.raster.isNull() for r in results)


def test_prefetch_fills_the_cache(qapp, media):
    provider = ImageProvider(media)
    provider.prefetch("wide", QSize(300, 200))
    first = provider.load("wide", QSize(300, 200))
    assert provider.load("wide", QSize(300, 200)).raster is first.raster
    provider.clear()
    assert provider.load("wide", QSize(300, 200)).raster is not first.raster

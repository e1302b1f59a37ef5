"""The image provider: rasters decoded to size and cached, SVGs checked, threads safe."""

from __future__ import annotations

import base64
import gzip
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from app.render import illustrations
from app.render import images as images_module
from app.render.images import RECHECK_SECONDS, RESOLVE_SECONDS, ImageProvider, to_qimage
from app.render.pictures import Picture, PlaceholderStyle


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
    cover = provider.load("wide", QSize(600, 600), cover=True)  # the header gives the shape
    assert cover.raster.height() >= 600


def test_the_first_decode_is_already_at_the_size_later_paints_ask_for(qapp, media, monkeypatch):
    sides: list[int] = []
    real = images_module.load_raster

    def recording(path, max_size, *crop):
        sides.append(max(max_size))
        return real(path, max_size, *crop)

    monkeypatch.setattr(images_module, "load_raster", recording)
    provider = ImageProvider(media)
    for _ in range(3):
        provider.load("wide", QSize(2000, 300))  # a wide box: the height decides
    assert sides == [512]  # 450 px needed: a bucket, smaller than the quarter scale (750)


def test_svg_stays_vector_with_its_natural_size(qapp, media):
    provider = ImageProvider(media)
    loaded = provider.load("drawn", QSize(10, 10))
    assert loaded.svg is not None
    assert loaded.raster is None
    assert (loaded.svg.size.width(), loaded.svg.size.height()) == (400, 300)
    assert provider.svg_size("drawn") == loaded.svg.size
    assert provider.svg_size("wide") is None
    assert provider.resolve("drawn").is_illustration


def outside_png(folder: Path) -> Path:
    """A picture outside the deck that no SVG of the deck may make Qt read."""
    path = folder / "secret.png"
    Image.new("RGB", (10, 10), (255, 0, 0)).save(path)
    return path


def referencing(path: Path) -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            f'<image href="{path}" width="10" height="10"/></svg>').encode()


def nesting(inner: bytes) -> bytes:
    uri = "data:image/svg+xml;base64," + base64.b64encode(inner).decode()
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            f'<image href="{uri}" width="10" height="10"/></svg>').encode()


@pytest.mark.parametrize(("disguise", "reason"), [
    (lambda data: data, "ссылается на внешние файлы"),
    (gzip.compress, "сжатые иллюстрации"),
    (lambda data: data.decode().encode("utf-16"), "не в кодировке UTF-8"),
    (nesting, "ссылается на внешние файлы"),
])
def test_svg_reaching_outside_is_refused_however_disguised(qapp, tmp_path, disguise, reason):
    (tmp_path / "deck" / "media").mkdir(parents=True)
    secret = outside_png(tmp_path)
    (tmp_path / "deck" / "media" / "bad.svg").write_bytes(disguise(referencing(secret)))
    loaded = ImageProvider(tmp_path / "deck").load("bad", QSize(10, 10))
    assert loaded.svg is None
    assert reason in loaded.error
    assert loaded.error.endswith(": bad.svg")


@pytest.mark.parametrize(("svg", "reason"), [
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     '<image xlink:href="/etc/passwd" width="10" height="10"/></svg>',
     "иллюстрация ссылается на внешние файлы («/etc/passwd»): bad.svg"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>',
     "иллюстрация ссылается на внешние файлы («https://example.org/x.png»): bad.svg"),
    ('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
     "иллюстрация объявляет DOCTYPE или сущности: bad.svg"),
])
def test_the_refusal_says_why_and_which_file(qapp, tmp_path, svg, reason):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "bad.svg").write_text(svg, encoding="utf-8")
    loaded = ImageProvider(tmp_path).load("bad", QSize(10, 10))
    assert loaded.svg is None
    assert loaded.error == reason


def test_the_checked_bytes_are_what_is_drawn(qapp, media):
    provider = ImageProvider(media)
    loaded = provider.load("drawn", QSize(10, 10))
    (media / "media" / "drawn.svg").write_text("<svg", encoding="utf-8")  # swapped behind us
    image = QImage(40, 30, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    loaded.svg.render(painter, QRectF(0, 0, 40, 30))
    painter.end()
    assert image.pixelColor(20, 15).name().upper() == "#00AFCA"


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


def test_a_load_waits_for_the_same_decode_in_flight(qapp, media, monkeypatch):
    provider = ImageProvider(media)
    started, release = threading.Event(), threading.Event()
    threads: list[int] = []
    real = images_module.load_raster

    def slow(path, max_size=None, *crop):
        threads.append(threading.get_ident())
        started.set()
        assert release.wait(timeout=10)
        return real(path, max_size, *crop)

    monkeypatch.setattr(images_module, "load_raster", slow)
    with ThreadPoolExecutor(max_workers=1) as pool:
        first = pool.submit(provider.load, "wide", QSize(300, 200))
        assert started.wait(timeout=10)
        threading.Timer(0.2, release.set).start()
        second = provider.load("wide", QSize(300, 200))
    assert len(threads) == 1  # decoded once, on the worker
    assert second.raster is first.result().raster


def test_a_failed_decode_does_not_leave_a_load_waiting(qapp, media, monkeypatch):
    def broken(path, max_size=None, *crop):
        raise MemoryError("no room")

    monkeypatch.setattr(images_module, "load_raster", broken)
    provider = ImageProvider(media)
    with ThreadPoolExecutor(max_workers=1) as pool, pytest.raises(MemoryError):
        pool.submit(provider.load, "wide", QSize(300, 200)).result(timeout=10)
    with pytest.raises(MemoryError):  # decoded afresh, not waiting on the dead job
        provider.load("wide", QSize(300, 200))


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_photo_dropped_in_replaces_the_drawing_once_the_lookup_is_stale(qapp, media):
    clock = Clock()
    provider = ImageProvider(media, clock=clock)
    assert provider.resolve("drawn").is_illustration
    Image.new("RGB", (40, 30), (0, 0, 255)).save(media / "media" / "drawn.jpg")
    clock.now += RECHECK_SECONDS / 2
    assert provider.resolve("drawn").is_illustration  # repaints do not touch the disk
    clock.now += RECHECK_SECONDS
    found = provider.resolve("drawn")
    assert found.path.name == "drawn.jpg"
    assert provider.load("drawn", QSize(40, 30)).raster is not None


def test_lookups_within_the_recheck_time_do_not_touch_the_disk(qapp, media, monkeypatch):
    clock = Clock()
    provider = ImageProvider(media, clock=clock)
    provider.load("wide", QSize(300, 200))
    calls = []
    monkeypatch.setattr(images_module, "resolve_slot", lambda *args: calls.append(args))
    monkeypatch.setattr(Path, "stat", lambda *args: calls.append(args))
    for _ in range(3):
        provider.load("wide", QSize(300, 200))
    assert calls == []


def test_an_unchanged_folder_is_not_listed_again_until_the_resolve_time(qapp, media, monkeypatch):
    # A key press asks for the slots of five slides: two stats each, not a folder listing.
    clock = Clock()
    provider = ImageProvider(media, clock=clock)
    provider.resolve("wide")
    listed = []
    resolve = images_module.resolve_slot
    monkeypatch.setattr(images_module, "resolve_slot",
                        lambda *args: listed.append(args) or resolve(*args))
    clock.now += RECHECK_SECONDS
    assert provider.resolve("wide").path.name == "wide.jpg"
    assert listed == []
    clock.now += RESOLVE_SECONDS
    assert provider.resolve("wide").path.name == "wide.jpg"
    assert len(listed) == 1


def test_an_edited_photo_is_decoded_again(qapp, media):
    clock = Clock()
    provider = ImageProvider(media, clock=clock)
    before = provider.load("wide", QSize(300, 200)).raster
    Image.new("RGB", (3000, 2000), (0, 0, 255)).save(media / "media" / "wide.jpg")
    os.utime(media / "media" / "wide.jpg", ns=(1, 1))
    clock.now += RECHECK_SECONDS
    after = provider.load("wide", QSize(300, 200)).raster
    assert after.pixelColor(10, 10).blue() > 200
    assert before.pixelColor(10, 10).red() > 150


def paint(svg, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    svg.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def test_an_illustration_is_parsed_once_per_painting_thread(qapp, media, monkeypatch):
    parsed: list[int] = []
    real = illustrations._renderer

    def counting(data):
        parsed.append(threading.get_ident())
        return real(data)

    monkeypatch.setattr(illustrations, "_renderer", counting)
    provider = ImageProvider(media)
    for size in (QSize(40, 30), QSize(400, 300), QSize(4000, 3000)):
        paint(provider.load("drawn", size).svg, size)
    assert parsed == [threading.get_ident()]  # the check's own parse serves the paints
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(paint, provider.load("drawn", QSize(40, 30)).svg, QSize(40, 30)).result()
    assert len(parsed) == 2
    assert parsed[1] != parsed[0]


def test_an_edited_illustration_is_read_again(qapp, media):
    clock = Clock()
    provider = ImageProvider(media, clock=clock)
    assert provider.svg_size("drawn").toTuple() == (400, 300)
    (media / "media" / "drawn.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"/>', encoding="utf-8")
    os.utime(media / "media" / "drawn.svg", ns=(1, 1))
    assert provider.svg_size("drawn").toTuple() == (400, 300)
    clock.now += RECHECK_SECONDS
    assert provider.svg_size("drawn").toTuple() == (100, 50)


@pytest.mark.parametrize("width", [2, 3, 65])
def test_to_qimage_copies_rgb_rows_exactly(qapp, width):
    picture = Image.new("RGB", (width, 130), (255, 0, 0))
    picture.putpixel((width - 1, 129), (0, 0, 255))
    picture.putpixel((0, 64), (0, 255, 0))
    image = to_qimage(picture)
    assert (image.width(), image.height()) == (width, 130)
    assert image.format() == QImage.Format.Format_RGB32  # the format Qt draws fastest
    assert image.pixel(width - 1, 129) == 0xFF0000FF  # opaque: alpha is 255
    assert image.pixel(0, 64) == 0xFF00FF00
    assert image.pixel(width // 2, 100) == 0xFFFF0000


def test_to_qimage_makes_no_converted_copy(qapp, monkeypatch):
    """One copy into the QImage's memory: a converted full-size copy first doubled the peak."""
    picture = Image.new("RGB", (64, 48), (1, 2, 3))
    monkeypatch.setattr(Image.Image, "convert", lambda *args, **kwargs: pytest.fail("converted"))
    assert to_qimage(picture).pixel(63, 47) == 0xFF010203


def test_to_qimage_keeps_alpha(qapp):
    image = to_qimage(Image.new("RGBA", (1, 1), (1, 2, 3, 4)))
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).getRgb() == (1, 2, 3, 4)


def test_a_bigger_kept_copy_serves_a_slightly_smaller_need(qapp, media, monkeypatch):
    sides: list[int] = []
    real = images_module.load_raster

    def recording(path, max_size, *crop):
        sides.append(max(max_size))
        return real(path, max_size, *crop)

    monkeypatch.setattr(images_module, "load_raster", recording)
    provider = ImageProvider(media)
    big = provider.load("wide", QSize(1400, 1000))  # 1500 px: the JPEG's half scale
    small = provider.load("wide", QSize(1000, 700))  # 1050 px would be the full 1500 too
    smaller = provider.load("wide", QSize(600, 400))  # 750 px: half of 1500 serves
    assert small.raster is big.raster
    assert smaller.raster is big.raster
    assert sides == [1500]
    provider.load("wide", QSize(300, 200))  # 375 px: 1500 is too big a copy to shrink
    assert sides == [1500, 375]


def test_the_photo_cache_is_sized_from_the_screen_and_emptied_after_a_talk(qapp, media):
    provider = ImageProvider(media, budget=1000)
    provider.fit_screen(QSize(1920, 1080))
    assert provider.budget == images_module.PHOTO_SCREENS * 1920 * 1080 * 4
    provider.fit_screen(QSize(320, 180))  # a thumbnail does not shrink it
    assert provider.budget == images_module.PHOTO_SCREENS * 1920 * 1080 * 4
    provider.load("wide", QSize(600, 400))
    assert provider.bytes_used > 0
    provider.release()
    assert provider.bytes_used == 0
    assert provider.budget == 1000


def test_decoded_photos_stay_within_the_byte_budget(qapp, media):
    budget = 1500 * 1000 * 4  # one photo at half scale, four bytes a pixel
    provider = ImageProvider(media, budget=budget)
    for need in (QSize(1400, 1000), QSize(700, 500), QSize(350, 250), QSize(3000, 2000)):
        assert provider.load("wide", need).raster is not None
        assert provider.bytes_used <= budget


def test_a_decode_makes_room_before_its_pixels_exist(qapp, media, monkeypatch):
    """The photos it will push out are let go first, not held beside the new one."""
    for name in ("second", "third"):
        Image.new("RGB", (3000, 2000), (30, 30, 200)).save(media / "media" / f"{name}.jpg")
    budget = 2 * 1500 * 1000 * 4  # two photos at half scale
    provider = ImageProvider(media, budget=budget)
    held: list[int] = []
    real = images_module.load_raster

    def recording(path, max_size, *crop):
        held.append(provider.bytes_used)
        return real(path, max_size, *crop)

    monkeypatch.setattr(images_module, "load_raster", recording)
    for slot in ("wide", "second", "third"):
        provider.load(slot, QSize(1400, 1000))  # 1500 × 1000 each
    assert held == [0, budget // 2, budget // 2]  # not the full budget while "third" decodes
    assert provider.bytes_used == budget


def test_a_portrait_photo_covering_a_wide_box_is_kept_only_as_far_as_it_shows(qapp, tmp_path):
    (tmp_path / "media").mkdir()
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    picture = Image.new("RGB", (2000, 1500), (200, 30, 30))
    picture.paste((0, 0, 255), (0, 0, 1000, 1500))  # the stored left half becomes the top
    picture.save(tmp_path / "media" / "phone.jpg", exif=exif.tobytes())
    provider = ImageProvider(tmp_path)
    loaded = provider.load("phone", QSize(960, 540), cover=True)
    # the box shows the middle 1500 × 844 of the 1500 × 2000 photo, 960 × 540 on screen:
    # kept at a bucket above that, not as the 1152 × 1536 whole photo it would cover with
    assert (loaded.raster.width(), loaded.raster.height()) == (1024, 576)
    assert provider.bytes_used == 1024 * 576 * 4
    assert loaded.raster.pixelColor(512, 20).blue() > 200  # upright: the top half is blue
    assert loaded.raster.pixelColor(512, 556).red() > 150


@pytest.mark.parametrize("orientation", [1, 6])
def test_a_photo_covering_a_1080p_screen_is_kept_at_the_pixels_shown(qapp, tmp_path, orientation):
    """Resampled anyway (its half scale, 1600 px, is too small), it is resampled to
    1920 × 1080, not to the 2048 bucket that Qt would shrink again as it paints."""
    (tmp_path / "media").mkdir()
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.new("RGB", (3200, 2400), (90, 120, 30)).save(tmp_path / "media" / "photo.jpg",
                                                       exif=exif.tobytes())
    provider = ImageProvider(tmp_path)
    loaded = provider.load("photo", QSize(1920, 1080), cover=True)
    assert (loaded.raster.width(), loaded.raster.height()) == (1920, 1080)


def test_a_covering_photo_painted_shows_the_middle_of_the_photo(qapp, tmp_path):
    """Painted into its box, the kept part lands where the whole photo's middle would."""
    (tmp_path / "media").mkdir()
    picture = Image.new("RGB", (1200, 1600), (200, 30, 30))
    picture.paste((0, 0, 255), (0, 700, 1200, 900))  # a blue band across the middle
    picture.save(tmp_path / "media" / "tall.jpg", quality=95)
    box = QRectF(0, 0, 800, 400)
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    style = PlaceholderStyle(QColor("grey"), QColor("black"), ())
    Picture(box, "tall", ImageProvider(tmp_path), style, cover=True).paint(painter)
    painter.end()
    # the whole photo, 800 × 1067 when covering, would put the band at rows 133 to 267
    assert image.pixelColor(400, 200).blue() > 200
    assert image.pixelColor(400, 60).red() > 150
    assert image.pixelColor(400, 340).red() > 150


def test_the_drawings_variant_may_be_told_after_a_lookup(qapp, media):
    """A talk looks its first slide's pictures up before the theme is known: a lookup
    made then must not keep a dark theme on the light drawing."""
    night = media / "media" / "drawn.dark.svg"
    night.write_text((media / "media" / "drawn.svg").read_text(encoding="utf-8"), encoding="utf-8")
    provider = ImageProvider(media)
    assert provider.resolve("drawn").path.name == "drawn.svg"
    provider.variant = "dark"
    assert provider.resolve("drawn").path.name == "drawn.dark.svg"
    provider.variant = ""
    assert provider.resolve("drawn").path.name == "drawn.svg"


def test_a_drawing_is_not_read_ahead(qapp, media, monkeypatch):
    """Its variant may not be known yet when a talk starts decoding ahead (head_start)."""
    read = []
    monkeypatch.setattr(illustrations, "read_svg", lambda path: read.append(path))
    started = threading.active_count()
    ImageProvider(media).decode_soon("drawn", QSize(800, 450))
    assert read == []
    assert threading.active_count() == started

"""Photos load upright, shrunk and converted; bad files give a reason, not a crash."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PIL.JpegImagePlugin import JpegImageFile

from app.media import images
from app.media.images import (
    MAX_PIXELS,
    REASONS,
    UNKNOWN_REASON,
    LoadedImage,
    displayed_size,
    load_raster,
)

RED = (255, 0, 0)
BLUE = (0, 0, 255)


def two_tone(width: int, height: int) -> Image.Image:
    """Left half red, right half blue: shows which way a picture was turned."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 2, height))
    return image


def save_jpeg(path: Path, image: Image.Image, orientation: int | None = None) -> Path:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def close_to(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def png_header(width: int, height: int) -> bytes:
    """A valid PNG signature and IHDR claiming any size, with no real pixel data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def assert_failed(result: LoadedImage, reason: str) -> None:
    assert result.image is None
    assert result.size == (0, 0)
    assert result.error is not None
    assert result.error.startswith(reason)


def test_jpeg_loads_as_rgb(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "a.jpg", two_tone(40, 20))

    result = load_raster(path, None)

    assert result.error is None
    assert result.image is not None
    assert result.image.mode == "RGB"
    assert result.image.size == result.size == (40, 20)
    assert close_to(result.image.getpixel((5, 10)), RED)
    assert close_to(result.image.getpixel((35, 10)), BLUE)


def test_exif_orientation_6_turns_the_picture_upright(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "phone.jpg", two_tone(40, 20), orientation=6)

    result = load_raster(path, None)

    assert result.image is not None
    assert result.size == (20, 40)
    assert result.image.size == (20, 40)
    # Orientation 6 is "turn 90° clockwise to view": the left (red) half goes on top.
    assert close_to(result.image.getpixel((10, 5)), RED)
    assert close_to(result.image.getpixel((10, 35)), BLUE)


def test_max_size_fits_the_box_and_keeps_the_aspect(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "big.jpg", two_tone(1600, 1200))

    result = load_raster(path, (200, 200))

    assert result.image is not None
    assert result.image.size == (200, 150)
    assert result.size == (1600, 1200)
    assert close_to(result.image.getpixel((20, 75)), RED)
    assert close_to(result.image.getpixel((180, 75)), BLUE)


def test_max_size_applies_to_the_upright_picture(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "phone.jpg", two_tone(1600, 800), orientation=6)

    result = load_raster(path, (300, 300))

    assert result.image is not None
    assert result.size == (800, 1600)
    assert result.image.size == (150, 300)
    assert close_to(result.image.getpixel((75, 30)), RED)


def test_big_jpeg_is_decoded_at_reduced_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save_jpeg(tmp_path / "big.jpg", two_tone(1600, 1200))
    decoded: list[tuple[int, int]] = []
    original = JpegImageFile.draft

    def spy(self: JpegImageFile, mode: str | None, size: tuple[int, int] | None) -> object:
        answer = original(self, mode, size)
        decoded.append(self.size)
        return answer

    monkeypatch.setattr(JpegImageFile, "draft", spy)

    result = load_raster(path, (200, 200))

    assert decoded[0] == (200, 150)  # 1/8 scale: libjpeg decodes at the target size
    assert result.image is not None
    assert result.image.size == (200, 150)


def detailed(width: int, height: int) -> Image.Image:
    """Colour fields and fine stripes (a dark pixel in three): a half-size decode blurs
    the stripes, a whole decode shrunk well keeps them."""
    image = two_tone(width, height)
    image.paste((40, 200, 90), (0, height // 2, width, height))
    stripes = Image.new("RGB", (width, 40), (240, 240, 240))
    for x in range(0, width, 3):
        stripes.paste((10, 10, 10), (x, 0, x + 1, 40))
    image.paste(stripes, (0, height // 4))
    return image


def spy_decodes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[int, int]]]:
    """(mode, size) of every JPEG decode load_raster asks for, recorded as it loads."""
    decodes: list[tuple[str, tuple[int, int]]] = []
    original = JpegImageFile.load

    def spy(self: JpegImageFile) -> object:
        if self.tile:  # not yet decoded
            decodes.append((self.mode, self.size))
        return original(self)

    monkeypatch.setattr(JpegImageFile, "load", spy)
    return decodes


def test_jpeg_shrunk_from_whole_size_is_never_decoded_whole_in_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 4:2:0 photo needed at more than half its size decodes its luma whole (one
    byte a pixel) and its colour at half, never four bytes a pixel at full size."""
    picture = detailed(800, 600)
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    picture.save(path, quality=95, subsampling="4:2:0", exif=exif.tobytes())
    decodes = spy_decodes(monkeypatch)

    result = load_raster(path, (640, 640))

    assert decodes == [("L", (800, 600)), ("YCbCr", (400, 300))]
    assert result.image is not None
    assert result.image.mode == "RGB"
    assert result.image.size == (480, 640)  # turned upright: the red left half on top
    assert close_to(result.image.getpixel((240, 20)), RED)
    whole = picture.transpose(Image.Transpose.ROTATE_270).resize(
        (480, 640), Image.Resampling.LANCZOS)
    difference = ImageChops.difference(result.image, whole)
    assert max(ImageStat.Stat(difference).mean) < 2  # half-size, enlarged: 5


def test_crop_keeps_the_middle_of_the_upright_picture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut before it is shrunk and turned, whichever way the picture is decoded."""
    picture = detailed(800, 600)  # upright: red above blue, the stripes across the red
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    picture.rotate(90, expand=True).save(path, quality=95, exif=exif.tobytes())
    decodes = spy_decodes(monkeypatch)
    for max_size, decoded in (((600, 600), [("L", (600, 800)), ("YCbCr", (300, 400))]),
                              ((200, 200), [("RGB", (150, 200))]), (None, [("RGB", (600, 800))])):
        decodes.clear()

        result = load_raster(path, max_size, crop=(1.0, 0.5))

        assert decodes == decoded
        assert result.image is not None
        assert result.size == (800, 600)
        middle = picture.crop((0, 150, 800, 450)).resize(result.image.size,
                                                          Image.Resampling.LANCZOS)
        assert max(ImageStat.Stat(ImageChops.difference(result.image, middle)).mean) < 10


def test_crop_must_be_fractions(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "a.jpg", two_tone(4, 4))

    with pytest.raises(ValueError, match="crop"):
        load_raster(path, None, crop=(0.0, 1.0))


def test_jpeg_with_colour_at_full_size_is_decoded_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "studio.jpg"
    detailed(800, 600).save(path, quality=95, subsampling="4:4:4")
    decodes = spy_decodes(monkeypatch)

    result = load_raster(path, (640, 640))

    assert decodes == [("RGB", (800, 600))]  # half-size colour would lose some here
    assert result.image is not None
    assert result.image.size == (640, 480)


def test_jpeg_not_shrunk_is_decoded_whole_in_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save_jpeg(tmp_path / "a.jpg", detailed(800, 600))
    decodes = spy_decodes(monkeypatch)

    result = load_raster(path, (800, 800))

    assert decodes == [("RGB", (800, 600))]
    assert result.image is not None
    assert result.image.size == (800, 600)


def test_multi_picture_jpeg_shows_the_first_picture(tmp_path: Path) -> None:
    first, second = two_tone(20, 10), Image.new("RGB", (20, 10), BLUE)
    first.save(tmp_path / "stereo.jpg", "MPO", save_all=True, append_images=[second])

    result = load_raster(tmp_path / "stereo.jpg", None)

    assert result.image is not None
    assert close_to(result.image.getpixel((2, 5)), RED)


def test_small_picture_is_not_enlarged(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "small.jpg", two_tone(40, 20))

    result = load_raster(path, (1920, 1080))

    assert result.image is not None
    assert result.image.size == (40, 20)


def test_png_with_alpha_stays_rgba(tmp_path: Path) -> None:
    image = Image.new("RGBA", (8, 8), (10, 20, 30, 0))
    image.putpixel((1, 1), (200, 100, 50, 255))
    image.save(tmp_path / "a.png")

    result = load_raster(tmp_path / "a.png", None)

    assert result.image is not None
    assert result.image.mode == "RGBA"
    assert result.image.getpixel((1, 1)) == (200, 100, 50, 255)
    assert result.image.getpixel((0, 0))[3] == 0


def test_palette_png_becomes_rgb(tmp_path: Path) -> None:
    two_tone(10, 10).convert("P").save(tmp_path / "p.png")

    result = load_raster(tmp_path / "p.png", None)

    assert result.image is not None
    assert result.image.mode == "RGB"
    assert result.image.getpixel((0, 0)) == RED


def test_sixteen_bit_grey_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    Image.new("I;16", (4, 4), 0x8000).save(tmp_path / "grey16.png")

    result = load_raster(tmp_path / "grey16.png", None)

    assert result.image is not None
    assert result.image.mode == "RGB"
    assert result.image.getpixel((0, 0)) == (128, 128, 128)


def test_webp_loads(tmp_path: Path) -> None:
    two_tone(30, 10).save(tmp_path / "a.webp", "WEBP", lossless=True)

    result = load_raster(tmp_path / "a.webp", None)

    assert result.image is not None
    assert result.size == (30, 10)
    assert result.image.getpixel((0, 0)) == RED


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    Image.new("CMYK", (8, 8), (0, 0, 0, 0)).save(tmp_path / "cmyk.jpg")

    result = load_raster(tmp_path / "cmyk.jpg", None)

    assert result.image is not None
    assert result.image.mode == "RGB"


def test_truncated_jpeg(tmp_path: Path) -> None:
    whole = save_jpeg(tmp_path / "whole.jpg", two_tone(400, 300)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])

    assert_failed(load_raster(tmp_path / "cut.jpg", None), "файл изображения повреждён")


def test_text_file_named_jpg(tmp_path: Path) -> None:
    (tmp_path / "note.jpg").write_text("это не фотография", encoding="utf-8")

    assert_failed(load_raster(tmp_path / "note.jpg", (100, 100)), "не изображение")


def test_other_formats_are_not_decoded(tmp_path: Path) -> None:
    two_tone(10, 10).save(tmp_path / "really-a-gif.png", "GIF")

    assert_failed(load_raster(tmp_path / "really-a-gif.png", None), "не изображение")


def test_missing_file(tmp_path: Path) -> None:
    assert_failed(load_raster(tmp_path / "gone.jpg", None), "файл не найден: gone.jpg")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "dir.jpg").mkdir()

    result = load_raster(tmp_path / "dir.jpg", None)

    assert result.image is None
    assert result.error


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_jpeg(tmp_path / "locked.jpg", two_tone(4, 4))

    def denied(name: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(name))

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", denied)
        loaded = load_raster(path, None)

    assert_failed(loaded, "нет доступа к файлу: locked.jpg")


FAILURES = [(kinds[0] if isinstance(kinds, tuple) else kinds, reason)
            for kinds, reason in [*REASONS, (ValueError, UNKNOWN_REASON)]]


@pytest.mark.parametrize(("kind", "reason"), FAILURES, ids=[k.__name__ for k, _ in FAILURES])
def test_every_failure_has_its_own_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: type[Exception], reason: str
) -> None:
    """No reason is hidden behind a broader one listed before it (OSError comes last)."""

    def fail(*_: object) -> None:
        raise kind("x")

    monkeypatch.setattr(images, "open_regular", fail)
    assert_failed(load_raster(tmp_path / "a.jpg", None), f"{reason}: a.jpg")


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(png_header(100_000, 100_000))

    assert_failed(load_raster(tmp_path / "bomb.png", None), "изображение слишком большое")


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_just_over_the_limit_is_refused(tmp_path: Path) -> None:
    side = int(MAX_PIXELS**0.5) + 1
    (tmp_path / "large.png").write_bytes(png_header(side, side))

    assert_failed(load_raster(tmp_path / "large.png", None), "изображение слишком большое")


def test_bad_max_size_is_a_caller_error(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "a.jpg", two_tone(4, 4))

    with pytest.raises(ValueError, match="max_size"):
        load_raster(path, (0, 100))


def test_displayed_size_reads_the_header_and_turns_with_exif(tmp_path: Path) -> None:
    assert displayed_size(save_jpeg(tmp_path / "flat.jpg", two_tone(40, 20))) == (40, 20)
    assert displayed_size(save_jpeg(tmp_path / "phone.jpg", two_tone(40, 20), 6)) == (20, 40)
    (tmp_path / "huge.png").write_bytes(png_header(12_000, 8_000))  # no pixels to decode
    assert displayed_size(tmp_path / "huge.png") == (12_000, 8_000)


def test_displayed_size_of_what_is_not_a_photo_is_none(tmp_path: Path) -> None:
    (tmp_path / "notes.jpg").write_text("not a picture", encoding="utf-8")
    assert displayed_size(tmp_path / "notes.jpg") is None
    assert displayed_size(tmp_path / "missing.jpg") is None

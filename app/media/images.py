"""Open a deck's photo with Pillow without ever letting a bad file crash the show.

Photos come from anywhere (phones, agencies, the web): any size, any EXIF
orientation, sometimes truncated or misnamed. Every failure becomes a short
Russian reason that the slide shows in place of the picture.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from app.deck.files import DeckFileError, open_regular
from app.media.limits import MAX_FULL_DECODE_PIXELS, MAX_PIXELS, MAX_WEBP_PIXELS

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Pillow only warns between one and two times its limit: make that the refusal it means,
# which load_raster turns into a reason on the slide instead of a line on stderr.
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
# Formats libjpeg decodes at a reduced scale; any other is decoded whole.
DRAFTABLE = ("JPEG", "MPO")
# Only the deck's raster formats: a .jpg that is really EPS or PSD is not decoded.
# "JPEG" also opens multi-picture (MPO) files from phones and stereo cameras.
FORMATS = ("JPEG", "PNG", "WEBP")
# Orientations 5–8 turn the picture a quarter, so width and height swap.
SWAPPING_ORIENTATIONS = (5, 6, 7, 8)
EXIF_ORIENTATION = 0x0112
# JPEGs are decoded by libjpeg at the smallest scale still at least the target size:
# a 4000×3000 photo shown at 1080p decodes at 2000×1500, four times less work.
DRAFT_MARGIN = 1
SHRINK_BAND = 128  # rows of the shrunk picture made at once (_shrink)
REDUCING_GAP = 2.0  # Pillow's `thumbnail` default: a whole-factor box reduction first
# Bytes handed to the decoder at once. Pillow's 64 KB means a re-take of the GIL every
# 64 KB, each a wait of up to a switch interval while the GUI thread runs Python (a
# talk's start): three times the decode time. A camera's JPEG goes in one piece.
DECODE_BLOCK = 16 * 1024 * 1024
WHOLE = (1.0, 1.0)  # load_raster's crop that keeps all of the picture


# Why a picture is not shown, by what went wrong: the first match wins, so the
# specific errors come before OSError, which most of them are.
REASONS: tuple[tuple[type[Exception] | tuple[type[Exception], ...], str], ...] = (
    (FileNotFoundError, "файл не найден"),
    (DeckFileError, "не обычный файл"),
    (PermissionError, "нет доступа к файлу"),
    ((Image.DecompressionBombError, Image.DecompressionBombWarning),
     "изображение слишком большое"),
    (UnidentifiedImageError, "не изображение или формат не поддерживается"),
    (MemoryError, "не хватает памяти для изображения"),
    (OSError, "файл изображения повреждён"),
)
UNKNOWN_REASON = "не удалось прочитать изображение"


@dataclass(frozen=True)
class LoadedImage:
    """A decoded picture (RGB or RGBA) or the reason it could not be shown."""

    image: Image.Image | None
    error: str | None = None
    size: tuple[int, int] = (0, 0)  # full size as displayed, after EXIF orientation


def load_raster(path: Path, max_size: tuple[int, int] | None = None,
                crop: tuple[float, float] = WHOLE) -> LoadedImage:
    """Decode a JPEG, PNG or WebP upright, shrunk to fit max_size; never raises on bad files.

    `crop`: only the centred part of the picture that is kept, as fractions of
    its width and height as shown (what a box it covers shows of it).
    """
    if max_size is not None and min(max_size) < 1:
        raise ValueError(f"max_size must be positive, got {max_size}")
    if not all(0 < part <= 1 for part in crop):
        raise ValueError(f"crop must be fractions in (0, 1], got {crop}")
    name = path.name
    try:
        with open_regular(path) as file:
            image = Image.open(file, formats=FORMATS)
            image.decodermaxblock = DECODE_BLOCK
            _check_pixels(image)  # before EXIF: PNG may decode for it
            orientation = _orientation(image)
            size = _displayed_size(image, orientation)
            # as stored: cropped and shrunk before it is turned, the turn copies less
            turned = orientation in SWAPPING_ORIENTATIONS
            kept = crop[::-1] if turned else crop
            fit = None
            if max_size is not None:
                fit = max_size[::-1] if turned else max_size
                target = _draft_size(image, fit, kept)
                if _colour_at_half(image, target, fit, kept):
                    image, kept = _decode_split(image, file, fit, kept), WHOLE  # cut already
                else:
                    image.draft(image.mode, target)
            image.load()
        image = _rgb(image)
        image = _shrink(image, fit, _centred(image.size, kept))
        ImageOps.exif_transpose(image, in_place=True)
        return LoadedImage(image=image, size=size)
    except Exception as exc:  # a malformed file can make any decoder raise anything
        return _failure(f"{_reason(exc)}: {name}")


def _reason(exc: Exception) -> str:
    return next((reason for kinds, reason in REASONS if isinstance(exc, kinds)), UNKNOWN_REASON)


def displayed_size(path: Path) -> tuple[int, int] | None:
    """The photo's size as shown, from its header alone: a decode size can be chosen first.

    None when the header cannot be read; decoding the file then says why.
    """
    try:
        with open_regular(path) as file, Image.open(file, formats=FORMATS) as image:
            return _displayed_size(image, _header_orientation(image))
    except Exception:  # a malformed header can make any parser raise anything
        return None


def _check_pixels(image: Image.Image) -> None:
    """Refuse a picture whose decode would take more memory than one file may (limits)."""
    pixels = image.width * image.height
    if image.format in DRAFTABLE:
        limit = MAX_PIXELS
    else:
        limit = MAX_WEBP_PIXELS if image.format == "WEBP" else MAX_FULL_DECODE_PIXELS
    if pixels > limit:
        raise Image.DecompressionBombError(f"{image.size} is over {limit} px")


def _failure(reason: str) -> LoadedImage:
    return LoadedImage(image=None, error=reason)


def _orientation(image: Image.Image) -> int:
    return int(image.getexif().get(EXIF_ORIENTATION, 1))


def _header_orientation(image: Image.Image) -> int:
    """The orientation if the header carries it, without `getexif`, which may decode a PNG."""
    data = image.info.get("exif")
    if not data:
        return 1
    exif = Image.Exif()
    exif.load(data)
    return int(exif.get(EXIF_ORIENTATION, 1))


def _displayed_size(image: Image.Image, orientation: int) -> tuple[int, int]:
    """The full size as a viewer shows it: the header size, turned by EXIF orientation."""
    width, height = image.size
    if orientation in SWAPPING_ORIENTATIONS:
        return height, width
    return width, height


def _centred(size: tuple[int, int], kept: tuple[float, float]) -> tuple[int, int, int, int]:
    """The box, in whole pixels of a `size` picture, of its centred `kept` fractions."""
    width, height = (max(1, round(whole * part)) for whole, part in zip(size, kept, strict=True))
    left, top = (size[0] - width) // 2, (size[1] - height) // 2
    return left, top, left + width, top + height


def _draft_size(image: Image.Image, fit: tuple[int, int],
                kept: tuple[float, float]) -> tuple[int, int]:
    """The size to ask libjpeg for (all as stored), for the `kept` part to fit `fit`: it
    decodes at the smallest of 1, 1/2, 1/4 or 1/8 scale that is at least that big, so
    big photos load fast and small."""
    width, height = image.size
    scale = min(fit[0] / (width * kept[0]), fit[1] / (height * kept[1]),
                1 / DRAFT_MARGIN) * DRAFT_MARGIN
    # never more than one full decode's worth of pixels (limits): libjpeg's scales are 1/2ⁿ
    fitting = next((1 / d for d in (1, 2, 4) if width * height / d**2 <= MAX_FULL_DECODE_PIXELS),
                   1 / 8)
    scale = min(scale, fitting)
    return math.ceil(width * scale), math.ceil(height * scale)


def _colour_at_half(image: Image.Image, target: tuple[int, int], fit: tuple[int, int],
                    kept: tuple[float, float]) -> bool:
    """Whether `image` is best decoded by `_decode_split`: a JPEG whose colour is stored
    at half size or less (4:2:0, as cameras and phones write it), needed bigger than
    half its size (so decoded whole) and its `kept` part shrunk afterwards to `fit`."""
    layers = getattr(image, "layer", [])
    if (image.format not in DRAFTABLE or image.mode != "RGB" or len(layers) != 3
            or image.info.get("adobe_transform") == 0):  # 0: coded as RGB, not YCbCr
        return False
    _, luma_h, luma_v, _ = layers[0]
    if any(2 * h > luma_h or 2 * v > luma_v for _, h, v, _ in layers[1:]):
        return False
    left, top, right, bottom = _centred(image.size, kept)
    whole = image.width < 2 * target[0] or image.height < 2 * target[1]
    return whole and (right - left > fit[0] or bottom - top > fit[1])  # and shrunk


def _decode_split(image: Image.Image, file: BinaryIO, fit: tuple[int, int],
                  kept: tuple[float, float]) -> Image.Image:
    """The `kept` part of `image`, a 4:2:0 JPEG decoded whole, shrunk to `fit`: sharp,
    at a quarter of the memory.

    Pillow keeps four bytes a pixel: a 12-megapixel photo decoded whole takes
    48 MB before it is shrunk, the moment a talk's memory peaks. Its luma (the
    sharpness) is decoded whole at one byte a pixel and shrunk; its colour,
    which the file stores at half size, is decoded at half size (nothing lost)
    and enlarged to match.
    """
    info, box = image.info, _centred(image.size, kept)
    image.draft("L", None)
    image.load()
    luma = _shrink(image, fit, box)
    file.seek(0)
    colour = Image.open(file, formats=FORMATS)
    colour.decodermaxblock = DECODE_BLOCK
    colour.draft("YCbCr", (colour.width // 2, colour.height // 2))  # libjpeg's half scale
    planes = [colour.getchannel(band) for band in ("Cb", "Cr")]
    colour.close()  # now, before the planes are enlarged: leaving a `with` closes only its file
    half = tuple(edge / 2 for edge in box)
    planes = [plane.resize(luma.size, Image.Resampling.BICUBIC, box=half) for plane in planes]
    merged = Image.merge("YCbCr", (luma, *planes))
    for plane in (luma, *planes):
        plane.close()
    picture = merged.convert("RGB")
    merged.close()
    picture.info = info
    return picture


def _shrink(image: Image.Image, max_size: tuple[int, int] | None,
            box: tuple[int, int, int, int]) -> Image.Image:
    """The `box` part of `image`, shrunk to fit `max_size` (its shape kept), a band of
    rows at a time; `image` itself when that is all of it and fits already.

    Pillow resamples in two passes with an intermediate image as wide as the
    result and as tall as the source: for a 12 MP photo shown at 2560 px,
    30 MB more at the moment memory peaks. Band by band, each band read with
    its neighbour rows (`box` takes the filter's reach from around it), the
    result is the same pixels at a few megabytes' cost.
    """
    left, top, right, bottom = box
    width, height = float(right - left), float(bottom - top)
    scale = 1.0 if max_size is None else min(max_size[0] / width, max_size[1] / height)
    if scale >= 1:
        if box == (0, 0, image.width, image.height):
            return image
        part = image.crop(box)
        image.close()
        return part
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    info = image.info
    # Far smaller: first a cheap box reduction by a whole factor, as `thumbnail` does.
    factors = [int(whole / part / REDUCING_GAP) or 1
               for whole, part in zip((width, height), size, strict=True)]
    if max(factors) > 1:
        reduced = image.reduce(tuple(factors), box)
        image.close()
        image, left, top = reduced, 0, 0
        width, height = width / factors[0], height / factors[1]
    shrunk = Image.new(image.mode, size)
    step_y = height / size[1]
    for row in range(0, size[1], SHRINK_BAND):
        end = min(size[1], row + SHRINK_BAND)
        band = image.resize((size[0], end - row), Image.Resampling.LANCZOS,
                            box=(left, top + row * step_y, left + width, top + end * step_y))
        shrunk.paste(band, (0, row))
    shrunk.info = info
    image.close()
    return shrunk


def _rgb(image: Image.Image) -> Image.Image:
    """Settle on RGB, or RGBA when there is transparency (the EXIF turn comes later)."""
    if image.mode.startswith("I"):  # 16-bit grey PNG: scale down instead of clipping
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    return image if image.mode == mode else image.convert(mode)

"""Open a deck's photo with Pillow without ever letting a bad file crash the show.

Photos come from anywhere (phones, agencies, the web): any size, any EXIF
orientation, sometimes truncated or misnamed. Every failure becomes a short
Russian reason that the slide shows in place of the picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

# Enough for a 100 MP camera; above it a file is more likely a decompression bomb.
MAX_PIXELS = 100_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Only the deck's raster formats: a .jpg that is really EPS or PSD is not decoded.
# "JPEG" also opens multi-picture (MPO) files from phones and stereo cameras.
FORMATS = ("JPEG", "PNG", "WEBP")
# Orientations 5–8 turn the picture a quarter, so width and height swap.
SWAPPING_ORIENTATIONS = (5, 6, 7, 8)
EXIF_ORIENTATION = 0x0112
# JPEGs are decoded by libjpeg at the smallest scale still at least the target size:
# a 4000×3000 photo shown at 1080p decodes at 2000×1500, four times less work.
DRAFT_MARGIN = 1


@dataclass(frozen=True)
class LoadedImage:
    """A decoded picture (RGB or RGBA) or the reason it could not be shown."""

    image: Image.Image | None
    error: str | None = None
    size: tuple[int, int] = (0, 0)  # full size as displayed, after EXIF orientation


def load_raster(path: Path, max_size: tuple[int, int] | None = None) -> LoadedImage:
    """Decode a JPEG, PNG or WebP upright, shrunk to fit max_size; never raises on bad files."""
    if max_size is not None and min(max_size) < 1:
        raise ValueError(f"max_size must be positive, got {max_size}")
    name = path.name
    try:
        with path.open("rb") as file:
            image = Image.open(file, formats=FORMATS)
            if image.width * image.height > MAX_PIXELS:  # before EXIF: PNG may decode for it
                raise Image.DecompressionBombError(f"{image.size} is over {MAX_PIXELS} px")
            orientation = _orientation(image)
            size = _displayed_size(image, orientation)
            if max_size is not None:
                _draft(image, size, max_size)
            image.load()
        image = _rgb(image)
        if max_size is not None:  # shrunk before it is turned: the turn copies fewer pixels
            turned = orientation in SWAPPING_ORIENTATIONS
            image.thumbnail(max_size[::-1] if turned else max_size, Image.Resampling.LANCZOS)
        ImageOps.exif_transpose(image, in_place=True)
        return LoadedImage(image=image, size=size)
    except FileNotFoundError:
        return _failure(f"файл не найден: {name}")
    except PermissionError:
        return _failure(f"нет доступа к файлу: {name}")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return _failure(f"изображение слишком большое: {name}")
    except UnidentifiedImageError:
        return _failure(f"не изображение или формат не поддерживается: {name}")
    except MemoryError:
        return _failure(f"не хватает памяти для изображения: {name}")
    except OSError:
        return _failure(f"файл изображения повреждён: {name}")
    except Exception:  # a malformed file can make any decoder raise anything
        return _failure(f"не удалось прочитать изображение: {name}")


def displayed_size(path: Path) -> tuple[int, int] | None:
    """The photo's size as shown, from its header alone: a decode size can be chosen first.

    None when the header cannot be read; decoding the file then says why.
    """
    try:
        with path.open("rb") as file, Image.open(file, formats=FORMATS) as image:
            return _displayed_size(image, _header_orientation(image))
    except Exception:  # a malformed header can make any parser raise anything
        return None


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


def _draft(image: Image.Image, size: tuple[int, int], max_size: tuple[int, int]) -> None:
    """Let libjpeg decode at 1/2, 1/4 or 1/8 scale: big photos load fast and small."""
    scale = min(max_size[0] / size[0], max_size[1] / size[1], 1 / DRAFT_MARGIN)
    target = (round(size[0] * scale * DRAFT_MARGIN), round(size[1] * scale * DRAFT_MARGIN))
    if _orientation(image) in SWAPPING_ORIENTATIONS:
        target = (target[1], target[0])
    image.draft(image.mode, target)


def _rgb(image: Image.Image) -> Image.Image:
    """Settle on RGB, or RGBA when there is transparency (the EXIF turn comes later)."""
    if image.mode.startswith("I"):  # 16-bit grey PNG: scale down instead of clipping
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    return image if image.mode == mode else image.convert(mode)

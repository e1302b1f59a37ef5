"""Small decks with one slide of every kind, their media, and pixel helpers."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtGui import QImage

from tests.helpers import write_deck

RED, SKY = (215, 38, 30), (0, 175, 202)
INK = (0x14, 0x21, 0x3D)
PAPER = (0xF4, 0xEF, 0xE6)

# A hard vertical edge at x = 800 of 1600: any softness at 4K means it was rasterised.
EDGE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"
 viewBox="0 0 1600 900"><rect x="0" y="0" width="800" height="900" fill="#D7261E"/>
<rect x="800" y="0" width="800" height="900" fill="#00AFCA"/></svg>
"""

MANIFEST = """title = "Проба"
author = "Автор Пробы"
photo_credit = "пресс-служба"

[[chapters]]
title = "Вступление"
file = "00-open.md"
role = "opening"

[[chapters]]
title = "Первая глава"
file = "01-main.md"

[[chapters]]
title = "Авторы"
file = "99-close.md"
role = "closing"
"""

OPENING = """kind: title
id: cover
image: edge

# Токио: второй день

Подзаголовок о визите.

::: reader
Полный текст обложки.
"""

MAIN = """kind: chapter
id: chapter-one

# Глава о городе

Короткий лид главы.

---
kind: text
id: text-slide

# Заголовок текста

Абзац о городе и о людях в нём.

- первый пункт
- второй пункт

> Цитата в тексте.

::: reader
Полный текст текстового слайда.

---
kind: photo
id: photo-cover
image: edge
caption: Подпись к иллюстрации
credit: Фото: пресс-служба

---
kind: photo
id: photo-framed
image: portrait
fit: contain
caption: Портретное фото
credit: Фото: агентство

---
kind: quote
id: quote-slide
speaker: Юрико Коикэ
role: губернатор Токио

> Қош келдіңіз!

---
kind: dialogue
id: dialogue-slide

- **Корреспондент:** Первый вопрос?
- **Министр:** Первый ответ.
- **Корреспондент:** Второй вопрос?

---
kind: facts
id: facts-slide

- **14 млн** жителей Токио
- **1964** монорельс
- **21** декабря

---
kind: build
id: build-slide

- ![Места](media/edge) Два места рядом: J и K.
- Листок передан.
- Я написала: 川口順子.
"""

CLOSING = """kind: credits
id: credits

Автор: Автор Пробы
Фото: пресс-служба
"""


def write_portrait_jpeg(path: Path) -> None:
    """A 200×100 JPEG stored sideways with EXIF orientation 6 (shown 100×200).

    Stored left half red, right half sky; turned upright, red is on top.
    """
    image = Image.new("RGB", (200, 100), SKY)
    image.paste(RED, (0, 0, 100, 100))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", quality=95, exif=exif)


def write_sample_deck(root: Path, main: str = MAIN) -> Path:
    """The sample deck: every kind once, an SVG and a sideways JPEG."""
    write_deck(root, {"00-open.md": OPENING, "01-main.md": main, "99-close.md": CLOSING},
               MANIFEST)
    media = root / "media"
    media.mkdir(exist_ok=True)
    (media / "edge.svg").write_text(EDGE_SVG, encoding="utf-8")
    write_portrait_jpeg(media / "portrait.jpg")
    return root


def one_slide_deck(root: Path, markdown: str) -> Path:
    """A deck of a single chapter file holding `markdown`, with the sample media."""
    write_deck(root, {"01.md": markdown})
    media = root / "media"
    media.mkdir(exist_ok=True)
    (media / "edge.svg").write_text(EDGE_SVG, encoding="utf-8")
    write_portrait_jpeg(media / "portrait.jpg")
    return root


def to_pil(image: QImage) -> Image.Image:
    """A QImage as an RGB Pillow image, for fast pixel statistics."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.bytesPerLine() * rgb.height()]
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


def distinct_colors(image: Image.Image) -> int:
    return len(image.getcolors(maxcolors=1 << 24) or [])


def mask_near(image: Image.Image, color: tuple[int, int, int],
              tolerance: int = 40) -> Image.Image:
    """White where a pixel is within `tolerance` (per channel) of `color`, else black."""
    difference = ImageChops.difference(image, Image.new("RGB", image.size, color))
    red, green, blue = (band.point(lambda v: 255 if v <= tolerance else 0)
                        for band in difference.split())
    return ImageChops.darker(ImageChops.darker(red, green), blue)


def share_near(image: Image.Image, box: tuple[int, int, int, int],
               color: tuple[int, int, int], tolerance: int = 40) -> float:
    """The share of pixels in `box` within `tolerance` (per channel) of `color`."""
    region = image.crop(box)
    return mask_near(region, color, tolerance).histogram()[255] / max(
        1, region.width * region.height)

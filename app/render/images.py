"""The renderer's pictures: slots resolved once, rasters decoded to size and cached.

Rasters go through app.media (Pillow: EXIF orientation, safe decoding,
downscaling) and are decoded at the size they are shown, rounded up to a few
buckets so that a 4K export and a thumbnail do not share one blurry copy.
SVG illustrations stay vector: the provider keeps their bytes and each paint
draws them through a fresh QSvgRenderer, crisp at any size. Every method is
safe to call from a worker thread, so decoding can happen off the GUI thread.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, QSizeF
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer, QtSvg

from app.media.cache import ByteBoundedCache
from app.media.images import image_bytes_rgba, load_raster
from app.media.slots import SlotResult, resolve_slot

DEFAULT_BUDGET = 256 * 1024 * 1024  # decoded pixels kept, in bytes
FULL_HD = QSize(1920, 1080)
MAX_SVG_BYTES = 8 * 1024 * 1024
# Long-side sizes a raster is decoded at; the smallest one not below the need wins.
BUCKETS = (256, 512, 768, 1024, 1536, 2048, 2560, 3072, 4096, 6144, 8192)
# An SVG may only point inside itself (#id) or carry its data inline.
_EXTERNAL_REFERENCE = re.compile(
    rb"""(?:href|src)\s*=\s*["']\s*(?!#|data:)[^"'\s]""", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True)
class Svg:
    """An illustration's checked source and its natural size."""

    data: bytes
    size: QSizeF

    def renderer(self) -> QSvgRenderer:
        """A renderer of its own for each paint: QSvgRenderer is not shared across threads."""
        renderer = QSvgRenderer()
        renderer.setOptions(QtSvg.Option.DisableAnimations)
        renderer.load(QByteArray(self.data))
        return renderer


@dataclass(frozen=True)
class Loaded:
    """A decoded picture, or the reason there is none."""

    svg: Svg | None = None
    raster: QImage | None = None
    error: str | None = None


class ImageProvider:
    """Resolves a deck's image slots and hands out decoded pictures, cached."""

    def __init__(self, deck_root: Path, budget: int = DEFAULT_BUDGET) -> None:
        self.deck_root = deck_root
        self._lock = threading.Lock()
        self._slots: dict[str, SlotResult] = {}
        self._svgs: dict[Path, Svg | str] = {}
        self._natural: dict[Path, tuple[int, int]] = {}  # displayed size, known after a decode
        self._rasters: ByteBoundedCache[tuple[Path, int, int], QImage] = ByteBoundedCache(budget)

    def resolve(self, slot: str) -> SlotResult:
        """The file behind `slot` (cached: a slide repaints often, the disk does not change)."""
        with self._lock:
            found = self._slots.get(slot)
        if found is None:
            found = resolve_slot(self.deck_root, slot)
            with self._lock:
                self._slots[slot] = found
        return found

    def load(self, slot: str, need: QSize, cover: bool = False) -> Loaded:
        """The picture for `slot`, a raster decoded for a box of `need` device pixels.

        With `cover` the raster must fill the box (its short side covers it),
        otherwise it must fit inside it.
        """
        found = self.resolve(slot)
        if found.path is None:
            return Loaded(error=found.error or "файл не найден")
        if found.is_illustration:
            svg = self._svg(found.path)
            return Loaded(svg=svg) if isinstance(svg, Svg) else Loaded(error=svg)
        return self._raster(found.path, need, cover)

    def svg_size(self, slot: str) -> QSizeF | None:
        """The natural size of the illustration behind `slot`, if it is one that draws."""
        found = self.resolve(slot)
        if found.path is None or not found.is_illustration:
            return None
        svg = self._svg(found.path)
        return svg.size if isinstance(svg, Svg) else None

    def prefetch(self, slot: str, need: QSize | None = None, cover: bool = True) -> None:
        """Decode ahead of time, e.g. on a worker thread for the next slide.

        Without `need`, decodes for a full-bleed picture on a Full HD screen.
        """
        self.load(slot, need or FULL_HD, cover)

    def clear(self) -> None:
        """Forget everything, e.g. after the deck's media folder changed."""
        with self._lock:
            self._slots.clear()
            self._svgs.clear()
            self._natural.clear()
        self._rasters.clear()

    def _svg(self, path: Path) -> Svg | str:
        with self._lock:
            known = self._svgs.get(path)
        if known is None:
            known = _read_svg(path)
            with self._lock:
                self._svgs[path] = known
        return known

    def _raster(self, path: Path, need: QSize, cover: bool) -> Loaded:
        with self._lock:
            natural = self._natural.get(path)
        side = _bucket(_long_side(need, natural, cover))
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        key = (path, stamp, side)
        image = self._rasters.get(key)
        if image is not None:
            return Loaded(raster=image)
        loaded = load_raster(path, (side, side))
        if loaded.image is None:
            return Loaded(error=loaded.error or f"не удалось прочитать изображение: {path.name}")
        data, width, height = image_bytes_rgba(loaded.image)
        image = QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888)
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        with self._lock:
            self._natural[path] = loaded.size
        self._rasters.put(key, image, image.sizeInBytes())
        return Loaded(raster=image)


def _long_side(need: QSize, natural: tuple[int, int] | None, cover: bool) -> int:
    """The long side, in pixels, that a raster needs to be sharp in a `need` box."""
    box_w, box_h = max(1, need.width()), max(1, need.height())
    if natural is None or min(natural) < 1:
        return max(box_w, box_h)
    width, height = natural
    pick = max if cover else min
    scale = pick(box_w / width, box_h / height)
    return min(max(width, height), math.ceil(max(width, height) * scale))


def _bucket(side: int) -> int:
    return next((b for b in BUCKETS if b >= side), BUCKETS[-1])


def _read_svg(path: Path) -> Svg | str:
    """The checked SVG, or why it is not drawn."""
    try:
        if path.stat().st_size > MAX_SVG_BYTES:
            return f"иллюстрация слишком большая: {path.name}"
        data = path.read_bytes()
    except OSError:
        return f"нет доступа к файлу: {path.name}"
    if _EXTERNAL_REFERENCE.search(data) or _ENTITY.search(data):
        return f"иллюстрация ссылается на внешние файлы: {path.name}"
    svg = Svg(data, QSizeF())
    renderer = svg.renderer()
    if not renderer.isValid():
        return f"файл иллюстрации повреждён: {path.name}"
    box = renderer.viewBoxF()
    size = box.size() if not box.isEmpty() else QSizeF(renderer.defaultSize())
    if size.isEmpty():
        return f"у иллюстрации нет размера: {path.name}"
    return Svg(data, size)

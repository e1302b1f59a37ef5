"""The renderer's pictures: slots resolved and re-checked, rasters decoded to size, ahead.

Rasters go through app.media (Pillow: EXIF orientation, safe decoding,
downscaling) and are decoded at the size they are shown, rounded up to a few
buckets so that a 4K export and a thumbnail do not share one blurry copy.
Decoding a big photo takes half a second, too long for a paint on the GUI
thread, so `prefetch` decodes on a worker; a paint that needs a picture
still being decoded waits for that decode rather than starting another.
SVG illustrations stay vector (see illustrations).

A slot's file is looked up again once its answer is a second old, so a photo
dropped into media/ while the app runs shows from the next slide change; a
paint in between costs no disk access at all. Every method is thread-safe.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

from app.media.cache import ByteBoundedCache
from app.media.images import displayed_size, image_bytes_rgba, load_raster
from app.media.slots import SlotResult, resolve_slot
from app.render.illustrations import Svg, read_svg

DEFAULT_BUDGET = 256 * 1024 * 1024  # decoded pixels kept, in bytes
RECHECK_SECONDS = 1.0  # how old a slot's lookup may get before the disk is asked again
# Long-side sizes a raster is decoded at; the smallest one not below the need wins.
BUCKETS = (256, 512, 768, 1024, 1536, 2048, 2560, 3072, 4096, 6144, 8192)
# Shared by every provider; Pillow releases the GIL while it decodes.
_decoders = ThreadPoolExecutor(max_workers=2, thread_name_prefix="image-decode")

log = logging.getLogger(__name__)

RasterKey = tuple[Path, int, int]  # the file, its mtime, the decoded long side


@dataclass(frozen=True)
class Loaded:
    """A decoded picture, or the reason there is none."""

    svg: Svg | None = None
    raster: QImage | None = None
    error: str | None = None


@dataclass(frozen=True)
class _Lookup:
    """A slot's file as found at `checked`, with the file's mtime then (0 if none)."""

    found: SlotResult
    mtime: int
    checked: float


class ImageProvider:
    """Resolves a deck's image slots and hands out decoded pictures, cached."""

    def __init__(self, deck_root: Path, budget: int = DEFAULT_BUDGET,
                 clock: Callable[[], float] = time.monotonic, variant: str = "") -> None:
        self.deck_root = deck_root
        self.variant = variant  # the theme's drawings: "dark" takes `slot.dark.svg`
        self._clock = clock
        self._lock = threading.Lock()
        self._lookups: dict[str, _Lookup] = {}
        self._svgs: dict[Path, tuple[int, Svg | str]] = {}  # by path: (mtime, checked svg)
        self._natural: dict[tuple[Path, int], tuple[int, int] | None] = {}
        self._rasters: ByteBoundedCache[RasterKey, QImage] = ByteBoundedCache(budget)
        self._decoding: dict[RasterKey, Future[Loaded]] = {}

    def resolve(self, slot: str) -> SlotResult:
        """The file behind `slot`, as found at most RECHECK_SECONDS ago."""
        return self._lookup(slot).found

    def stamp(self, slot: str) -> tuple[SlotResult, int]:
        """What `slot` shows now, as a value that changes when its file does.

        Whatever was built from a slot's picture (a layout with its badge
        and credit) is stale once this differs.
        """
        lookup = self._lookup(slot)
        return lookup.found, lookup.mtime

    def load(self, slot: str, need: QSize, cover: bool = False) -> Loaded:
        """The picture for `slot`, a raster decoded for a box of `need` device pixels.

        With `cover` the raster must fill the box (its short side covers it),
        otherwise it must fit inside it.
        """
        lookup = self._lookup(slot)
        path = lookup.found.path
        if path is None:
            return Loaded(error=lookup.found.error or "файл не найден")
        if lookup.found.is_illustration:
            svg = self._svg(path, lookup.mtime)
            return Loaded(svg=svg) if isinstance(svg, Svg) else Loaded(error=svg)
        side = _bucket(_long_side(need, self._natural_size(path, lookup.mtime), cover))
        return self._decoded((path, lookup.mtime, side))

    def prefetch(self, slot: str, need: QSize, cover: bool = False) -> Future[Loaded]:
        """Start loading what `load(slot, need, cover)` will return, on a worker thread."""
        job = _decoders.submit(self.load, slot, need, cover)
        job.add_done_callback(_log_failure)
        return job

    def svg_size(self, slot: str) -> QSizeF | None:
        """The natural size of the illustration behind `slot`, if it is one that draws."""
        lookup = self._lookup(slot)
        if lookup.found.path is None or not lookup.found.is_illustration:
            return None
        svg = self._svg(lookup.found.path, lookup.mtime)
        return svg.size if isinstance(svg, Svg) else None

    def _lookup(self, slot: str) -> _Lookup:
        now = self._clock()
        with self._lock:
            known = self._lookups.get(slot)
        if known is not None and now - known.checked < RECHECK_SECONDS:
            return known
        found = resolve_slot(self.deck_root, slot, self.variant)
        known = _Lookup(found, _mtime(found.path), now)
        with self._lock:
            self._lookups[slot] = known
        return known

    def _svg(self, path: Path, mtime: int) -> Svg | str:
        with self._lock:
            known = self._svgs.get(path)
        if known is None or known[0] != mtime:
            known = (mtime, read_svg(path))
            with self._lock:
                self._svgs[path] = known
        return known[1]

    def _natural_size(self, path: Path, mtime: int) -> tuple[int, int] | None:
        """The photo's displayed size, read from its header once: it picks the bucket."""
        with self._lock:
            if (path, mtime) in self._natural:
                return self._natural[(path, mtime)]
        size = displayed_size(path)
        with self._lock:
            self._natural[(path, mtime)] = size
        return size

    def _decoded(self, key: RasterKey) -> Loaded:
        """The raster for `key`: cached, or being decoded (then waited for), or decoded here."""
        image = self._rasters.get(key)
        if image is not None:
            return Loaded(raster=image)
        with self._lock:
            job = self._decoding.get(key)
            mine = job is None
            if mine:
                job = self._decoding[key] = Future()
        if mine:
            try:
                job.set_result(self._decode(key))
            except BaseException as exc:  # waiters must not hang on a decode that died
                job.set_exception(exc)
                raise
            finally:
                with self._lock:
                    del self._decoding[key]
        return job.result()

    def _decode(self, key: RasterKey) -> Loaded:
        path, _mtime, side = key
        loaded = load_raster(path, (side, side))
        if loaded.image is None:
            return Loaded(error=loaded.error or f"не удалось прочитать изображение: {path.name}")
        data, width, height = image_bytes_rgba(loaded.image)
        image = QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888)
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        self._rasters.put(key, image, image.sizeInBytes())
        return Loaded(raster=image)


def _mtime(path: Path | None) -> int:
    try:
        return path.stat().st_mtime_ns if path is not None else 0
    except OSError:
        return 0


def _log_failure(job: Future[Loaded]) -> None:
    """A prefetch nobody waits for must still not fail silently."""
    if not job.cancelled() and job.exception() is not None:
        log.error("cannot prefetch a picture", exc_info=job.exception())


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

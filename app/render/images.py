"""The renderer's pictures: slots resolved and re-checked, rasters decoded to size.

Rasters go through app.media (Pillow: EXIF orientation, safe decoding,
downscaling) and are decoded at the size they are shown: a JPEG at the
smallest of the scales libjpeg decodes directly (1, 1/2, 1/4, 1/8) that is
still sharp there, other formats rounded up to a few buckets, so that a 4K
export and a thumbnail do not share one blurry copy, while a bigger copy
already decoded serves a slightly smaller need. A photo that covers its box
is kept only as far as the box shows it, cut before it is shrunk and turned.
Decoding a big photo takes a tenth of a second or more, too long for the GUI
thread: the slide views decode and paint on worker threads
(app.render.prerender), and a paint that needs a picture still being decoded
waits for that decode rather than starting another. SVG illustrations stay
vector (see illustrations).

Decoded pixels are kept in a cache bounded in bytes; a view sizes it from
its screen (`fit_screen`) and a talk empties it when it ends (`release`).

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
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from PIL.Image import Image as PilImage
from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

from app.deck.model import Slide
from app.media.cache import ByteBoundedCache
from app.media.images import WHOLE, displayed_size, load_raster
from app.media.slots import SlotResult, resolve_slot, slot_folder
from app.render.collector import collect_on_gui_thread

if TYPE_CHECKING:  # drawings import QtSvg: only a deck that has one pays for it
    from app.render.illustrations import Svg

log = logging.getLogger(__name__)

DEFAULT_BUDGET = 24 * 1024 * 1024  # decoded pixels kept, in bytes, until a screen asks more
PHOTO_SCREENS = 2  # a screen sizes the cache for this many photos of its own size
REUSE_LARGER = 2.0  # a cached raster up to this many times the size needed serves
JPEG_SUFFIXES = (".jpg", ".jpeg")
DRAFT_SCALES = (1, 2, 4, 8)  # libjpeg decodes at 1/1, 1/2, 1/4, 1/8 directly
# One decode at a time: a 12-megapixel photo needs ~40 MB while it is decoded, shrunk,
# turned and copied for Qt (more when shown whole), and two at once would double the
# talk's peak memory for little gain. Room for it in the cache is made first.
_decoding = threading.Semaphore(1)
RECHECK_SECONDS = 1.0  # how old a slot's lookup may get before the disk is asked again…
RESOLVE_SECONDS = 10.0  # …with two stats; after this, the folder is listed again in any case
# Long-side sizes a raster is decoded at; the smallest one not below the need wins.
BUCKETS = (256, 512, 768, 1024, 1536, 2048, 2560, 3072, 4096, 6144, 8192)
# A raster resampled anyway may also be resampled to these: 1920, the canvas's width, so
# that a photo covering a 1080p screen is shrunk once, by Pillow, to the pixels shown (at
# 2048 Qt would shrink it again as it paints, visibly softer).
RESAMPLED_SIDES = (1920,)

# A photo covering a box is kept only as far as the box shows it, the cut side rounded up
# to this fraction of the photo: boxes of one shape at other sizes (other whole pixels)
# share the cut, and the painter crops the sliver left over.
VISIBLE_STEPS = 64
Crop = tuple[float, float]  # the centred part of a photo kept: fractions of its width, height
RasterKey = tuple[Path, int, int, Crop]  # the file, its mtime, the decoded long side, the part


@dataclass(frozen=True)
class Loaded:
    """A decoded picture, or the reason there is none."""

    svg: Svg | None = None
    raster: QImage | None = None
    error: str | None = None


@dataclass(frozen=True)
class _Lookup:
    """A slot's file as found at `resolved`, with the file's mtime then (0 if none)
    and its folder's; `checked`: when those two were last seen unchanged."""

    found: SlotResult
    mtime: int
    folder_mtime: int
    resolved: float
    checked: float


class ImageProvider:
    """Resolves a deck's image slots and hands out decoded pictures, cached."""

    def __init__(self, deck_root: Path, budget: int = DEFAULT_BUDGET,
                 clock: Callable[[], float] = time.monotonic, variant: str = "") -> None:
        self.deck_root = deck_root
        # The theme's drawings: "dark" takes `slot.dark.svg`. Set at any time: a talk decodes
        # its first photos before the theme is known (app.ui.head_start).
        self.variant = variant
        self._clock = clock
        self._lock = threading.Lock()
        self._lookups: dict[tuple[str, str], _Lookup] = {}  # by (variant, slot)
        self._svgs: dict[Path, tuple[int, Svg | str]] = {}  # by path: (mtime, checked svg)
        self._natural: dict[tuple[Path, int], tuple[int, int] | None] = {}
        self._default_budget = budget
        self._rasters: ByteBoundedCache[RasterKey, QImage] = ByteBoundedCache(budget)
        self._sides: dict[tuple[Path, int, Crop], set[int]] = {}  # long sides decoded
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

        With `cover` the raster must fill the box (its short side covers it) and
        is only the part of the photo that the box shows (see VISIBLE_STEPS),
        otherwise it is the whole photo and must fit inside it.
        """
        found = self._raster_for(slot, need, cover)
        return self._decoded(found) if isinstance(found, tuple) else found

    def _raster_for(self, slot: str, need: QSize, cover: bool) -> RasterKey | Loaded:
        """Which raster of `slot` a `need` box takes (from the photo's header alone), or
        what shows instead: a drawing, or the reason there is nothing to show."""
        lookup = self._lookup(slot)
        path = lookup.found.path
        if path is None:
            return Loaded(error=lookup.found.error or "файл не найден")
        if lookup.found.is_illustration:
            svg = self._svg(path, lookup.mtime)
            return Loaded(error=svg) if isinstance(svg, str) else Loaded(svg=svg)
        natural = self._natural_size(path, lookup.mtime)
        crop = _visible(need, natural) if cover else WHOLE
        shown = _part(natural, crop)
        side = _decode_side(_long_side(need, shown, cover), shown,
                            path.suffix.lower() in JPEG_SUFFIXES)
        return path, lookup.mtime, side, crop

    def decode_soon(self, slot: str, need: QSize, cover: bool = False) -> None:
        """Start decoding `slot` for a `need` box on a thread of its own: a `load` of it
        later finds it decoded, or waits for this decode rather than starting another.

        The header is read here: alone, the thread would read it while this one runs
        on (importing the windows' modules, say), at half speed or worse. A drawing
        is left alone: it is painted from its vectors, and a talk asks before its
        theme has named the drawings' variant (app.ui.head_start).
        """
        if self._lookup(slot).found.is_illustration:
            return
        found = self._raster_for(slot, need, cover)
        if not isinstance(found, tuple):
            return

        def run() -> None:
            try:
                self._decoded(found)
            except Exception:  # only a head start: the slide's own load says what is wrong
                log.exception("cannot decode %s ahead", slot)

        threading.Thread(target=run, name="decode-soon", daemon=True).start()

    def fit_screen(self, pixels: QSize) -> None:
        """Keep room for PHOTO_SCREENS photos the size of a `pixels` screen (never less)."""
        wanted = PHOTO_SCREENS * max(0, pixels.width()) * max(0, pixels.height()) * 4
        if wanted > self._rasters.budget:
            self._rasters.set_budget(wanted)

    def release(self) -> None:
        """The talk is over: drop every decoded photo and return to the default budget."""
        self._rasters.clear()
        self._rasters.set_budget(self._default_budget)
        with self._lock:
            self._sides.clear()

    @property
    def bytes_used(self) -> int:
        """Decoded pixels held now."""
        return self._rasters.bytes_used

    @property
    def budget(self) -> int:
        return self._rasters.budget

    def svg_size(self, slot: str) -> QSizeF | None:
        """The natural size of the illustration behind `slot`, if it is one that draws."""
        lookup = self._lookup(slot)
        if lookup.found.path is None or not lookup.found.is_illustration:
            return None
        svg = self._svg(lookup.found.path, lookup.mtime)
        return None if isinstance(svg, str) else svg.size

    def _lookup(self, slot: str) -> _Lookup:
        """The slot's file, looked up again when it may have changed.

        Listing the folder on every key press costs a presenter milliseconds;
        two stats (the folder's mtime, the file's) tell whether it could have.
        """
        now, variant = self._clock(), self.variant
        with self._lock:
            known = self._lookups.get((variant, slot))
        if known is not None and now - known.checked < RECHECK_SECONDS:
            return known
        folder_mtime = _mtime(slot_folder(self.deck_root, slot))  # before the listing
        if (known is not None and now - known.resolved < RESOLVE_SECONDS
                and (known.folder_mtime, known.mtime) == (folder_mtime, _mtime(known.found.path))):
            known = replace(known, checked=now)
        else:
            found = resolve_slot(self.deck_root, slot, variant)
            known = _Lookup(found, _mtime(found.path), folder_mtime, now, now)
        with self._lock:
            self._lookups[(variant, slot)] = known
        return known

    def _svg(self, path: Path, mtime: int) -> Svg | str:
        with self._lock:
            known = self._svgs.get(path)
        if known is None or known[0] != mtime:
            from app.render.illustrations import read_svg

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
        image = self._cached(key)
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
        path, mtime, side, crop = key
        with _decoding:
            shown = _part(self._natural_size(path, mtime), crop)
            self._rasters.make_room(_raster_bytes(shown, side))
            loaded = load_raster(path, (side, side), crop)
            if loaded.image is None:
                reason = loaded.error or f"не удалось прочитать изображение: {path.name}"
                return Loaded(error=reason)
            image = to_qimage(loaded.image)
            loaded.image.close()
        if self._rasters.put(key, image, image.sizeInBytes()):
            with self._lock:
                self._sides.setdefault((path, mtime, crop), set()).add(side)
        return Loaded(raster=image)

    def _cached(self, key: RasterKey) -> QImage | None:
        """The raster for `key`, or a kept one of the same file a little bigger."""
        image = self._rasters.get(key)
        if image is not None:
            return image
        path, mtime, side, crop = key
        with self._lock:
            sides = sorted(s for s in self._sides.get((path, mtime, crop), ())
                           if side < s <= side * REUSE_LARGER)
        for bigger in sides:
            image = self._rasters.get((path, mtime, bigger, crop))
            if image is not None:
                return image
        return None


def decode_first_slide(slide: Slide, size: QSize, images: ImageProvider) -> None:
    """Start decoding the talk's first photos for a slide of `size` device pixels now,
    before the renderer's modules are even imported: the slide is up sooner.

    No layout is made for it: each photo is asked for the whole slide, which a
    full-bleed photo fills. A box of the same shape up to REUSE_LARGER times smaller
    takes the same raster; for another box the guess costs one decode on a spare core.
    """
    collect_on_gui_thread()  # before the first worker thread (see app.render.collector)
    for image in slide.images:
        images.decode_soon(image.slot, size, cover=image.fit == "cover")


def to_qimage(picture: PilImage) -> QImage:
    """Pillow's RGB or RGBA pixels in a QImage of their own, written by Pillow in place.

    Pillow keeps an RGB pixel in four bytes, as Qt's RGBX8888 does, so Pillow's
    core copies the photo as it is into an image laid over the QImage's own
    memory (`frombuffer`): one copy, made without holding the GIL (a photo
    decoded on a worker does not wait for the GUI thread's turn at it), with no
    conversion and no second full-size buffer (`Image.paste` would convert the
    whole photo to the RGBX of the image it pastes into first). An opaque photo
    ends as Format_RGB32, the format Qt scales and draws fastest (three times
    faster than RGB888 when a slide is painted).
    """
    rgba = picture.mode == "RGBA"
    image = QImage(picture.width, picture.height,
                   QImage.Format.Format_RGBA8888 if rgba else QImage.Format.Format_RGBX8888)
    raw = "RGBA" if rgba else "RGBX"
    over_image = Image.frombuffer(raw, picture.size, image.bits(), "raw", raw, 0, 1)
    picture.load()
    over_image.im.paste(picture.im, (0, 0, picture.width, picture.height))
    if not rgba:
        image.convertTo(QImage.Format.Format_RGB32)
    return image


def _mtime(path: Path | None) -> int:
    try:
        return path.stat().st_mtime_ns if path is not None else 0
    except OSError:
        return 0


def _visible(need: QSize, natural: tuple[int, int] | None) -> Crop:
    """What a `need` box that a photo of `natural` size covers shows of it, centred,
    the cut side rounded up to 1/VISIBLE_STEPS (all of it if the size is unknown)."""
    if natural is None or min(natural) < 1:
        return WHOLE
    box = max(1, need.width()) / max(1, need.height())
    shape = natural[0] / natural[1]
    if shape > box:  # wider than the box: its sides are cut
        return math.ceil(box / shape * VISIBLE_STEPS - 1e-9) / VISIBLE_STEPS, 1.0
    return 1.0, math.ceil(shape / box * VISIBLE_STEPS - 1e-9) / VISIBLE_STEPS


def _part(natural: tuple[int, int] | None, crop: Crop) -> tuple[int, int] | None:
    """The size of the `crop` of a photo of `natural` size, in its pixels, as shown."""
    if natural is None or min(natural) < 1:
        return natural
    return max(1, round(natural[0] * crop[0])), max(1, round(natural[1] * crop[1]))


def _raster_bytes(natural: tuple[int, int] | None, side: int) -> int:
    """What a raster decoded to fit `side` by `side` takes (the whole square if the
    photo's size is unknown): never enlarged, four bytes a pixel."""
    if natural is None or min(natural) < 1:
        return side * side * 4
    scale = min(1.0, side / max(natural))
    return max(1, round(natural[0] * scale)) * max(1, round(natural[1] * scale)) * 4


def _long_side(need: QSize, natural: tuple[int, int] | None, cover: bool) -> int:
    """The long side, in pixels, that a raster needs to be sharp in a `need` box."""
    box_w, box_h = max(1, need.width()), max(1, need.height())
    if natural is None or min(natural) < 1:
        return max(box_w, box_h)
    width, height = natural
    pick = max if cover else min
    scale = pick(box_w / width, box_h / height)
    return min(max(width, height), math.ceil(max(width, height) * scale))


def _decode_side(side: int, natural: tuple[int, int] | None, jpeg: bool) -> int:
    """The long side to decode at: a JPEG's own draft scale if no bigger than the bucket,
    otherwise the bucket or, closer still, one of RESAMPLED_SIDES.

    A draft scale needs no resampling at all; a portrait photo covering a
    landscape screen falls between two scales and is resampled rather than
    kept twice as big as it is shown.
    """
    bucket = next((b for b in BUCKETS if b >= side), BUCKETS[-1])
    resampled = min([b for b in RESAMPLED_SIDES if side <= b < bucket] or [bucket])
    if jpeg and natural is not None and min(natural) >= 1:
        full = max(natural)
        scales = [math.ceil(full / d) for d in DRAFT_SCALES if math.ceil(full / d) >= side]
        if scales and min(scales) <= bucket:
            return min(scales)
    return resampled

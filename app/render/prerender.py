"""Slides rendered ahead into images on worker threads, so that a slide change is a blit.

A slide with a 24-megapixel photo takes a tenth of a second or more to decode
and paint; done on the GUI thread, the presenter's key would wait for it in
front of the hall. Each view (the audience window, the console's two slides,
the reader) is a `Prerenderer`: it says which frames it wants, most wanted
first (the one on screen, the next, the previous, …) and which slides' photos
to decode ahead, and reads back finished frames without ever waiting for one.
Two shared worker threads take the most wanted job of all views (the audience
before the console at equal rank), lay the slide out, decode its photos (or
wait for the decode already running) and paint it into a QImage: painting on
a QImage is allowed off the GUI thread, a QPixmap is not. While the frame
the audience is waiting for is being rendered, and until the GUI thread has
announced it (the audience's view paints it then and there), nothing else
starts: on a two-core machine it gets a core of its own, the GUI thread the
other, and the blit does not wait for the GIL behind the next slides' layouts.

Finished frames are kept in a cache bounded in bytes, sized from the view
(`FRAMES` frames of its size), and announced on the GUI thread by the
mailbox's timer. A job started for an older size, theme or deck is dropped
when it finishes.

A worker makes no Qt call but typesetting and painting: no QObject, no emit.
An emit or a connect takes Qt's signal-slot lock (one of a small pool, shared
by unrelated objects) while the worker holds Python's GIL, and the GUI thread
takes that lock and then asks Python whether a slot is overridden: each waits
for the other for good (seen as a whole test suite hanging).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPainter

from app.deck.annotations import Region
from app.deck.model import Slide
from app.media.cache import ByteBoundedCache
from app.render.collector import collect_on_gui_thread
from app.render.context import RenderContext
from app.render.ink import zoomed_rect
from app.render.painter import CANVAS, canvas_target, layout_slide, paint_slide
from app.render.pictures import Picture

FRAMES = 5  # frames kept per view: the one shown, two ahead, two behind…
FRAME_BUDGET = 100 * 1024 * 1024  # …unless that is more bytes than this (at 4K: three)
WORKERS = 2  # the machine this runs on may have only two cores
BYTES_PER_PIXEL = 4  # frames are Format_RGB32: opaque, blitted to the screen as they are
DRAIN_S = 3.0  # how long quitting waits for a slide being painted (a huge photo's decode)
DELIVERY_MS = 2  # how often the GUI thread hands finished frames to their views while busy

log = logging.getLogger(__name__)

Media = tuple[object, ...]  # what a slide's image slots resolve to (ImageProvider.stamp)


@dataclass(frozen=True)
class FrameKey:
    """One frame: a slide at a step, at a size in device pixels, in one context."""

    context: int  # id() of the RenderContext (theme, deck, media)
    slide: int  # id() of the Slide
    step: int
    width: int
    height: int
    media: Media
    region: Region | None = None  # a zoomed frame: this part of the slide fills it


@dataclass
class _Job:
    """A frame to render, or (`decode_only`) a slide whose photos to decode."""

    client: Prerenderer
    key: FrameKey
    slide: Slide  # held so that its id is not reused while the job lives
    context: RenderContext
    generation: int
    decode_only: bool = False
    rank: int = 0  # lower is more wanted

    @property
    def token(self) -> FrameKey:
        """What marks the job as running: its frame, or (step -1) its slide's decode."""
        key = self.key
        return key if not self.decode_only else FrameKey(key.context, key.slide, -1, key.width,
                                                         key.height, key.media, key.region)


@dataclass
class _Queue:
    """The jobs of every view, and the workers that take them."""

    condition: threading.Condition = field(default_factory=threading.Condition)
    clients: list[Prerenderer] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)
    urgent: int = 0  # audience frames on screen being rendered or announced: nothing else starts
    painting: int = 0  # jobs the workers are running now

    # Frames to announce; True marks an urgent one, which holds the others back till then.
    finished: deque[tuple[Prerenderer, FrameKey, bool]] = field(default_factory=deque)
    mailbox: _Mailbox | None = None

    def start(self) -> None:
        """Start the workers and the mailbox (on the GUI thread, holding the condition):
        from then on cycles are collected there."""
        collect_on_gui_thread()
        app = QCoreApplication.instance()
        if self.mailbox is None and app is not None:
            self.mailbox = _Mailbox(app)
            app.aboutToQuit.connect(self.drain)
        if self.mailbox is not None:
            self.mailbox.timer.start()
        while len(self.threads) < WORKERS:
            thread = threading.Thread(target=self._work, name=f"slide-render-{len(self.threads)}",
                                      daemon=True)
            self.threads.append(thread)
            thread.start()

    def _take(self) -> _Job | None:
        """The most wanted job of all views (caller holds the condition)."""
        best: tuple[int, int, int] | None = None
        chosen: Prerenderer | None = None
        for order, client in enumerate(self.clients):
            if client.pending:
                rank = (client.pending[0].rank, client.priority, order)
                if best is None or rank < best:
                    best, chosen = rank, client
        if chosen is None or (self.urgent and best[:2] != (0, 0)):
            return None  # the frame the hall is waiting for gets the machine to itself
        job = chosen.pending.pop(0)
        self.urgent += _urgent(job)
        self.painting += 1
        chosen.running.add(job.token)
        return job

    def working(self) -> bool:
        """True while a job is queued or running, or a frame waits to be announced."""
        return bool(self.finished) or any(client.pending or client.running
                                           for client in self.clients)

    def _work(self) -> None:
        while True:
            with self.condition:
                job = self._take()
                while job is None:
                    self.condition.wait()
                    job = self._take()
            try:
                image = _run(job)
            except Exception:  # a worker must outlive any one slide
                log.exception("cannot prerender slide %s", job.slide.id)
                image = None
            held = False  # True: the mailbox lets the others go once it has announced it
            try:
                held = job.client._finish(job, image)
            except Exception:  # likewise
                log.exception("cannot keep the frame of slide %s", job.slide.id)
            with self.condition:
                if _urgent(job) and not held:
                    self.urgent -= 1
                self.painting -= 1
                self.condition.notify_all()

    def drain(self) -> None:
        """The application is quitting: nothing new starts, and what runs is let finish
        (for DRAIN_S at most), so no worker paints while Qt is being torn down."""
        with self.condition:
            for client in self.clients:
                client.pending = []
            self.condition.wait_for(lambda: self.painting == 0, timeout=DRAIN_S)


class _Mailbox(QObject):
    """On the GUI thread: announces the frames the workers finished, while there is work."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, interval=DELIVERY_MS)
        self.timer.timeout.connect(self.deliver)
        self.destroyed.connect(_forget_mailbox)

    def deliver(self) -> None:
        with _queue.condition:
            finished = list(_queue.finished)
            _queue.finished.clear()
            if not _queue.working():
                self.timer.stop()
        for client, key, urgent in finished:
            try:
                with contextlib.suppress(RuntimeError):  # the view was deleted meanwhile
                    client.ready.emit(key)
            finally:
                if urgent:  # painted by now (the audience's view repaints at once)
                    with _queue.condition:
                        _queue.urgent -= 1
                        _queue.condition.notify_all()


def _forget_mailbox(*_args: object) -> None:
    _queue.mailbox = None


_queue = _Queue()


def _urgent(job: _Job) -> bool:
    """The frame on the audience's screen: the most wanted of the most important view."""
    return job.rank == 0 and job.client.priority == 0 and not job.decode_only


def _run(job: _Job) -> QImage | None:
    """On a worker: decode the slide's photos, and unless `decode_only` paint the frame."""
    size = QSize(job.key.width, job.key.height)
    if job.decode_only:
        decode_pictures(job.slide, job.key.step, size, job.context)
        return None
    return render_frame(job.slide, job.key.step, size, job.context, job.key.region)


def decode_pictures(slide: Slide, step: int, size: QSize, context: RenderContext) -> int:
    """Decode (or find cached) the photos `slide` shows at `step` painted at `size`; bytes."""
    target = canvas_target(QRectF(0, 0, size.width(), size.height()))
    scale = target.width() / CANVAS.width()
    total = 0
    for element in layout_slide(slide, step, context).elements:
        if isinstance(element, Picture):
            loaded = context.images.load(element.slot, element.need(scale), element.cover)
            total += loaded.raster.sizeInBytes() if loaded.raster is not None else 0
    return total


def render_frame(slide: Slide, step: int, size: QSize, context: RenderContext,
                 region: Region | None = None) -> QImage:
    """The slide as an opaque image of `size` device pixels, ready to blit.

    With `region`, that part of the slide fills the image, painted at the
    enlarged size (text and drawings stay sharp, photos are decoded for it).
    """
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(context.theme.colors.background)
    painter = QPainter(image)
    try:
        full = QRectF(0, 0, size.width(), size.height())
        painter.setClipRect(full)
        paint_slide(painter, slide, step, zoomed_rect(full, region), context)
    finally:
        painter.end()
    return image


class _Notifier(QObject):
    """Lives on the GUI thread with its view: the mailbox emits `ready` there."""

    ready = Signal(object)  # the FrameKey just finished


class Prerenderer:
    """One view's frames: wanted in order, rendered by the shared workers, kept by bytes.

    Every method is called on the GUI thread and returns at once.
    """

    def __init__(self, priority: int = 1, owner: QObject | None = None) -> None:
        """`priority`: 0 for the audience, whose frames win over the console's at equal rank.

        `owner` (the view) owns the notifier, so that it is deleted on the GUI
        thread with the view, never on a worker; the view's end ends the work.
        """
        self.priority = priority
        self.notifier = _Notifier(owner)
        self.ready = self.notifier.ready
        self.notifier.destroyed.connect(self.release)
        self.pending: list[_Job] = []  # guarded by the queue's condition
        self.running: set[FrameKey] = set()  # likewise
        self._frames: ByteBoundedCache[FrameKey, QImage] = ByteBoundedCache(0)
        self._generation = 0
        self._size = QSize()
        self._wanted: set[FrameKey] = set()  # a frame finished but no longer wanted is not kept

    # -- asking -------------------------------------------------------------------

    def key(self, slide: Slide, step: int, size: QSize, context: RenderContext,
            region: Region | None = None) -> FrameKey:
        """The key of a frame; it changes when a photo behind the slide does."""
        media = tuple(context.images.stamp(image.slot) for image in slide.images)
        return FrameKey(id(context), id(slide), max(0, min(step, slide.step_count - 1)),
                        size.width(), size.height(), media, region)

    def frame(self, key: FrameKey) -> QImage | None:
        """The finished frame, if it is ready; never waits."""
        return self._frames.get(key)

    def want(self, wanted: Sequence[tuple[Slide, int]], size: QSize, context: RenderContext,
             decode: Sequence[tuple[Slide, int]] = (), region: Region | None = None) -> None:
        """Render `wanted` (most wanted first), then decode the photos of `decode`, ahead.

        Replaces what this view wanted before. A frame already kept or being
        rendered is not started again. `region`: the frames are zoomed to it.
        """
        if size.isEmpty():
            return
        if size != self._size:
            self._size = QSize(size)
            self.invalidate()
            self._frames.set_budget(frames_kept(size) * frame_bytes(size))
        jobs: list[_Job] = []
        keys = [self.key(slide, step, size, context, region)
                for slide, step in wanted[:frames_kept(size)]]
        missing = {key for key in keys if self._frames.get(key) is None}
        for key in reversed(keys):  # touched least wanted first: the most wanted is kept longest
            self._frames.get(key)
        for (slide, _step), key in zip(wanted, keys, strict=False):
            if key in missing:
                missing.discard(key)
                jobs.append(_Job(self, key, slide, context, self._generation, rank=len(jobs)))
        ahead = len(wanted)
        framed = {key.slide for key in keys}  # a frame kept or on its way needs no decode ahead
        for offset, (slide, step) in enumerate(decode):
            if slide.images and id(slide) not in framed:
                key = self.key(slide, step, size, context)
                jobs.append(_Job(self, key, slide, context, self._generation, decode_only=True,
                                 rank=ahead + offset))
        with _queue.condition:
            self._wanted = set(keys)
            self.pending = [job for job in jobs if job.token not in self.running]
            if self not in _queue.clients:
                _queue.clients.append(self)
            _queue.start()
            _queue.condition.notify_all()

    def invalidate(self) -> None:
        """Forget every frame (a resize, a theme, a reload): jobs in flight are dropped."""
        with _queue.condition:
            self._generation += 1
            self._frames.clear()
            self.pending = []

    def release(self, *_args: object) -> None:
        """The view is gone or hidden: no more work, no frames kept."""
        self.invalidate()
        self._size = QSize()
        with _queue.condition:
            if self in _queue.clients:
                _queue.clients.remove(self)

    @property
    def bytes_used(self) -> int:
        return self._frames.bytes_used

    @property
    def budget(self) -> int:
        return self._frames.budget

    def busy(self) -> bool:
        """True while any of this view's jobs is queued or running."""
        with _queue.condition:
            return bool(self.pending or self.running)

    def preparing(self, key: FrameKey) -> bool:
        """True while the frame `key` is queued or being rendered."""
        with _queue.condition:
            return key in self.running or any(job.key == key for job in self.pending)

    # -- on a worker ------------------------------------------------------------------

    def _finish(self, job: _Job, image: QImage | None) -> bool:
        """Keep the frame and have it announced; True if it is urgent and the mailbox,
        not the worker, is to let the other jobs go once it has announced it."""
        with _queue.condition:
            self.running.discard(job.token)
            if (image is None or job.generation != self._generation
                    or job.key not in self._wanted):  # stale: it must not push a wanted one out
                return False
            self._frames.put(job.key, image, image.sizeInBytes())
            held = _urgent(job) and _queue.mailbox is not None
            _queue.finished.append((self, job.key, held))
            return held


def frames_kept(size: QSize) -> int:
    """How many frames of `size` a view keeps: FRAMES, fewer if they would pass FRAME_BUDGET."""
    return max(1, min(FRAMES, FRAME_BUDGET // max(1, frame_bytes(size))))


def frame_bytes(size: QSize) -> int:
    """What one frame of `size` device pixels takes in memory."""
    return max(0, size.width()) * max(0, size.height()) * BYTES_PER_PIXEL

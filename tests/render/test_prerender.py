"""Frames are rendered ahead on worker threads, kept within a byte budget, never waited for."""

from __future__ import annotations

import threading

import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt

from app.deck.loader import load_deck
from app.render import images as images_module
from app.render import prerender
from app.render.context import RenderContext
from app.render.images import decode_first_slide
from app.render.prerender import FRAMES, Prerenderer, frame_bytes
from tests.helpers import write_deck

SIZE = QSize(480, 270)


@pytest.fixture
def photos(qapp, tmp_path):
    """Six photo slides, each with its own JPEG, and the deck's context."""
    chapters = "\n---\n".join(f"kind: photo\nimage: p{n}\ncaption: Фото {n}\n" for n in range(6))
    root = write_deck(tmp_path / "deck", {"a.md": chapters})
    (root / "media").mkdir()
    for n in range(6):
        Image.new("RGB", (800, 600), (40 * n, 100, 200)).save(root / "media" / f"p{n}.jpg")
    deck, diagnostics = load_deck(root)
    assert diagnostics == []
    return deck, RenderContext.for_deck(deck)


@pytest.fixture
def threads(monkeypatch) -> dict[str, list[int]]:
    """The threads every slide paint and every photo decode ran on."""
    seen: dict[str, list[int]] = {"paint": [], "decode": []}
    paint, decode = prerender.paint_slide, images_module.load_raster

    def painting(*args, **kwargs):
        seen["paint"].append(threading.get_ident())
        return paint(*args, **kwargs)

    def decoding(*args, **kwargs):
        seen["decode"].append(threading.get_ident())
        return decode(*args, **kwargs)

    monkeypatch.setattr(prerender, "paint_slide", painting)
    monkeypatch.setattr(images_module, "load_raster", decoding)
    return seen


def wait_idle(qtbot, renderer: Prerenderer) -> None:
    qtbot.waitUntil(lambda: not renderer.busy(), timeout=10000)


def test_wanted_frames_are_rendered_and_photos_decoded_on_workers(qtbot, photos, threads):
    deck, context = photos
    renderer = Prerenderer()
    slides = deck.slides
    wanted = {renderer.key(slide, 0, SIZE, context) for slide in slides[:2]}
    with qtbot.waitSignal(renderer.ready, timeout=10000) as first:  # queued to this thread
        renderer.want([(slides[0], 0), (slides[1], 0)], SIZE, context,
                      decode=[(slides[4], 0), (slides[5], 0)])
    assert first.args[0] in wanted
    wait_idle(qtbot, renderer)
    for slide in slides[:2]:
        frame = renderer.frame(renderer.key(slide, 0, SIZE, context))
        assert frame is not None
        assert frame.size() == SIZE
    assert renderer.frame(renderer.key(slides[4], 0, SIZE, context)) is None  # only decoded
    assert len(threads["paint"]) == 2
    assert len(threads["decode"]) == 4
    main = threading.get_ident()
    assert main not in threads["paint"] + threads["decode"]
    renderer.release()


def test_a_kept_frame_is_not_rendered_again(qtbot, photos, threads):
    deck, context = photos
    renderer = Prerenderer()
    for _ in range(3):
        renderer.want([(deck.slides[0], 0)], SIZE, context)
        wait_idle(qtbot, renderer)
    assert len(threads["paint"]) == 1
    renderer.release()


def test_a_slide_whose_frame_is_wanted_is_not_decoded_ahead_as_well(qtbot, photos, threads):
    """Its frame's render decodes it: a second decode (the first evicted by then) is waste."""
    deck, context = photos
    context.images._rasters.set_budget(0)  # nothing kept: every decode asked for is done
    renderer = Prerenderer()
    slides = deck.slides
    renderer.want([(slides[0], 0), (slides[1], 0)], SIZE, context,
                  decode=[(slides[0], 0), (slides[1], 0), (slides[2], 0)])
    wait_idle(qtbot, renderer)
    assert len(threads["paint"]) == 2
    assert len(threads["decode"]) == 3  # one for each slide, none twice
    renderer.release()


def test_frames_stay_within_their_byte_budget(qtbot, photos):
    deck, context = photos
    renderer = Prerenderer()
    renderer.want([(slide, 0) for slide in deck.slides], SIZE, context)
    wait_idle(qtbot, renderer)
    assert renderer.budget == FRAMES * frame_bytes(SIZE)
    assert renderer.bytes_used <= renderer.budget
    kept = [s for s in deck.slides if renderer.frame(renderer.key(s, 0, SIZE, context))]
    assert len(kept) == FRAMES < len(deck.slides)
    renderer.release()
    assert renderer.bytes_used == 0


def test_a_resize_drops_the_frames_of_the_old_size(qtbot, photos):
    deck, context = photos
    renderer = Prerenderer()
    renderer.want([(deck.slides[0], 0)], SIZE, context)
    wait_idle(qtbot, renderer)
    bigger = QSize(640, 360)
    renderer.want([(deck.slides[0], 0)], bigger, context)
    assert renderer.frame(renderer.key(deck.slides[0], 0, SIZE, context)) is None
    wait_idle(qtbot, renderer)
    assert renderer.frame(renderer.key(deck.slides[0], 0, bigger, context)).size() == bigger
    assert renderer.budget == FRAMES * frame_bytes(bigger)
    renderer.release()


def test_a_frame_finished_after_an_invalidation_is_dropped(qtbot, photos, monkeypatch):
    deck, context = photos
    started, release = threading.Event(), threading.Event()
    render = prerender.render_frame

    def slow(*args):
        started.set()
        assert release.wait(timeout=10)
        return render(*args)

    monkeypatch.setattr(prerender, "render_frame", slow)
    renderer = Prerenderer()
    renderer.want([(deck.slides[0], 0)], SIZE, context)
    assert started.wait(timeout=10)
    renderer.invalidate()  # a theme or a deck changed while the frame was being painted
    release.set()
    wait_idle(qtbot, renderer)
    assert renderer.frame(renderer.key(deck.slides[0], 0, SIZE, context)) is None
    assert renderer.bytes_used == 0
    renderer.release()


def test_the_audience_is_served_before_the_console(qtbot, photos, monkeypatch):
    deck, context = photos
    permits, order = threading.Semaphore(0), []
    render = prerender.render_frame

    def gated(slide, *args):
        order.append(slide.id)  # the order the workers took the jobs in
        assert permits.acquire(timeout=10)
        return render(slide, *args)

    monkeypatch.setattr(prerender, "render_frame", gated)
    blockers = [Prerenderer(priority=2), Prerenderer(priority=2)]  # both workers busy
    for blocker, slide in zip(blockers, deck.slides, strict=False):
        blocker.want([(slide, 0)], SIZE, context)
    qtbot.waitUntil(lambda: len(order) == 2)
    console, audience = Prerenderer(priority=1), Prerenderer(priority=0)
    console.want([(deck.slides[2], 0)], SIZE, context)
    audience.want([(deck.slides[3], 0)], SIZE, context)
    permits.release()  # one worker is free: it takes the audience's frame
    qtbot.waitUntil(lambda: len(order) == 3)
    permits.release(10)
    for renderer in (*blockers, console, audience):
        wait_idle(qtbot, renderer)
        renderer.release()
    assert order[2:] == [deck.slides[3].id, deck.slides[2].id]


def test_nothing_else_starts_while_the_audience_frame_renders(qtbot, photos, monkeypatch):
    deck, context = photos
    permits, order = threading.Semaphore(0), []
    render = prerender.render_frame

    def gated(slide, *args):
        order.append(slide.id)
        assert permits.acquire(timeout=10)
        return render(slide, *args)

    monkeypatch.setattr(prerender, "render_frame", gated)
    audience, console = Prerenderer(priority=0), Prerenderer(priority=1)
    audience.want([(deck.slides[0], 0), (deck.slides[1], 0)], SIZE, context)
    console.want([(deck.slides[2], 0)], SIZE, context)
    qtbot.waitUntil(lambda: len(order) == 1)
    qtbot.wait(100)  # the second worker is free, yet waits for the audience's frame
    assert order == [deck.slides[0].id]
    permits.release(3)
    for renderer in (audience, console):
        wait_idle(qtbot, renderer)
        renderer.release()
    assert order[0] == deck.slides[0].id
    assert set(order) == {slide.id for slide in deck.slides[:3]}


def test_the_others_wait_till_the_audience_frame_is_announced(qtbot, photos, monkeypatch):
    """Done is not enough: the GUI thread blits the hall's frame first, without the next
    slides' layouts holding the GIL."""
    deck, context = photos
    events: list[str] = []
    render = prerender.render_frame

    def recording(slide, *args):
        events.append(f"render {slide.id}")
        return render(slide, *args)

    monkeypatch.setattr(prerender, "render_frame", recording)
    audience = Prerenderer(priority=0)
    audience.ready.connect(lambda key: events.append(f"announced {key.slide}"))
    audience.want([(deck.slides[0], 0), (deck.slides[1], 0)], SIZE, context)
    wait_idle(qtbot, audience)
    qtbot.waitUntil(lambda: len(events) == 4)
    audience.release()
    first = deck.slides[0]
    assert events[:3] == [f"render {first.id}", f"announced {id(first)}",
                          f"render {deck.slides[1].id}"]


def test_a_frame_no_longer_wanted_is_not_kept(qtbot, photos, monkeypatch):
    deck, context = photos
    started, release = threading.Event(), threading.Event()
    render = prerender.render_frame

    def slow(slide, *args):
        if slide is deck.slides[0]:
            started.set()
            assert release.wait(timeout=10)
        return render(slide, *args)

    monkeypatch.setattr(prerender, "render_frame", slow)
    renderer = Prerenderer()
    renderer.want([(deck.slides[0], 0)], SIZE, context)
    assert started.wait(timeout=10)
    renderer.want([(deck.slides[1], 0)], SIZE, context)  # the presenter moved on
    release.set()
    wait_idle(qtbot, renderer)
    assert renderer.frame(renderer.key(deck.slides[0], 0, SIZE, context)) is None
    assert renderer.frame(renderer.key(deck.slides[1], 0, SIZE, context)) is not None
    assert renderer.bytes_used == frame_bytes(SIZE)
    renderer.release()


def test_a_4k_view_keeps_fewer_frames_within_the_frame_budget(qapp):
    assert prerender.frames_kept(QSize(1920, 1080)) == FRAMES
    kept = prerender.frames_kept(QSize(3840, 2160))
    assert 1 <= kept < FRAMES
    assert kept * frame_bytes(QSize(3840, 2160)) <= prerender.FRAME_BUDGET


def test_the_first_slide_decodes_ahead_for_the_frame_that_follows(qtbot, photos, threads):
    """Decoded for the whole slide with no layout made, the photo is the one the frame
    then asks for: it is not decoded twice."""
    deck, context = photos
    decode_first_slide(deck.slides[0], SIZE, context.images)
    qtbot.waitUntil(lambda: context.images.bytes_used > 0, timeout=10000)
    renderer = Prerenderer(priority=0)
    renderer.want([(deck.slides[0], 0)], SIZE, context)
    wait_idle(qtbot, renderer)
    assert renderer.frame(renderer.key(deck.slides[0], 0, SIZE, context)) is not None
    assert len(threads["decode"]) == 1  # the frame found the photo decoded ahead
    assert threading.get_ident() not in threads["decode"]
    renderer.release()


def test_a_slide_with_nothing_to_decode_starts_no_thread(qtbot, photos, threads):
    """A missing photo is told by the slide itself; the head start just does not happen."""
    deck, context = photos
    (deck.root / "media" / "p0.jpg").unlink()
    started = threading.active_count()
    decode_first_slide(deck.slides[0], SIZE, context.images)
    assert threading.active_count() == started
    assert threads["decode"] == []
    assert context.images.bytes_used == 0


def test_frames_are_announced_on_the_gui_thread_never_by_a_worker(qtbot, photos):
    # A worker that emits takes Qt's signal lock while holding the GIL: the
    # deadlock the mailbox exists to avoid. A direct connection shows the emitter.
    deck, context = photos
    renderer = Prerenderer()
    announced: list[int] = []
    renderer.ready.connect(lambda _key: announced.append(threading.get_ident()),
                           Qt.ConnectionType.DirectConnection)
    renderer.want([(slide, 0) for slide in deck.slides[:3]], SIZE, context)
    qtbot.waitUntil(lambda: len(announced) == 3, timeout=10000)
    assert set(announced) == {threading.get_ident()}
    renderer.release()


def test_quitting_lets_running_frames_finish_and_starts_no_more(qtbot, photos, monkeypatch):
    # A worker still painting while Qt is torn down at exit can abort the process.
    deck, context = photos
    go, started = threading.Event(), []
    render = prerender._run

    def slow(job):
        started.append(job.key)
        go.wait(10)
        return render(job)

    monkeypatch.setattr(prerender, "_run", slow)
    renderer = Prerenderer()
    renderer.want([(slide, 0) for slide in deck.slides], SIZE, context)
    qtbot.waitUntil(lambda: len(started) == prerender.WORKERS, timeout=10000)
    threading.Timer(0.2, go.set).start()
    prerender._queue.drain()
    assert prerender._queue.painting == 0
    assert renderer.pending == []
    assert len(started) == prerender.WORKERS  # nothing started after the drain
    renderer.release()

"""Laid-out slides kept for the next paint: one canvas layout serves every size.

Layouts are made on the 1920×1080 canvas, so the window, the console's
thumbnails and a 4K export of one slide at one step can share one; typesetting
it (fitting text by bisection) is most of a render's time. Entries are kept
per thread, because a layout holds QTextLayouts that two threads must not
paint at once; painting only reads a layout, so a kept one stays as built.
An entry serves only while its pictures still resolve to the same files: a
photo dropped in for a drawing changes the badge and the credit, not only
the pixels.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from app.deck.model import Slide
from app.media.slots import SlotResult
from app.render.images import ImageProvider
from app.render.pictures import Picture
from app.render.scene import SlideLayout
from app.render.theme import Theme

CAPACITY = 64  # layouts per thread: a whole deck's last steps, with room to spare

Media = tuple[tuple[SlotResult, int], ...]  # what a layout's pictures resolved to


@dataclass(frozen=True)
class _Entry:
    slide: Slide  # held, so that its id is not reused while the entry lives
    theme: Theme
    layout: SlideLayout
    media: Media


class LayoutCache:
    """A small per-thread LRU of layouts by (slide, step), for one theme and one deck's media."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._local = threading.local()

    def get(self, slide: Slide, step: int, theme: Theme, images: ImageProvider,
            build: Callable[[], SlideLayout]) -> SlideLayout:
        """The kept layout of `slide` at `step`, or a new one from `build`, kept."""
        entries = self._entries()
        key = (id(slide), step)
        entry = entries.get(key)
        if (entry is not None and entry.slide is slide and entry.theme is theme
                and entry.media == _media(entry.layout, images)):
            entries.move_to_end(key)
            return entry.layout
        layout = build()
        entries[key] = _Entry(slide, theme, layout, _media(layout, images))
        entries.move_to_end(key)
        while len(entries) > self._capacity:
            entries.popitem(last=False)
        return layout

    def _entries(self) -> OrderedDict[tuple[int, int], _Entry]:
        entries = getattr(self._local, "entries", None)
        if entries is None:
            entries = self._local.entries = OrderedDict()
        return entries


def _media(layout: SlideLayout, images: ImageProvider) -> Media:
    return tuple(images.stamp(element.slot) for element in layout.elements
                 if isinstance(element, Picture))

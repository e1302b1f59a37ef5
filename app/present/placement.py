"""Where the windows go on one screen: screen-share mode and the console on demand.

Plain rectangles, so the rule is tested for any screen without a display. The
rule: every window stays inside the screen's available area. The shared
audience window takes the top left (what a call shares); the console takes the
larger free strip beside or below it if the console fits there, else it sits
in the bottom-right corner over the audience window, which a call shares as
a window, not as the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSOLE_MIN = (600, 700)  # the smallest console that still shows everything, stacked
CONSOLE_SIZE = (1100, 700)  # a console window's size when the screen has room


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.right <= self.right and other.bottom <= self.bottom)

    def holds(self, size: tuple[int, int]) -> bool:
        return self.width >= size[0] and self.height >= size[1]


def console_window(area: Rect, size: tuple[int, int] = CONSOLE_SIZE) -> Rect:
    """A console window on `area`: its usual size or less, at the top left."""
    return Rect(area.x, area.y, min(size[0], area.width), min(size[1], area.height))


def shared_layout(area: Rect, audience: tuple[int, int],
                  console_min: tuple[int, int] = CONSOLE_MIN,
                  console_size: tuple[int, int] = CONSOLE_SIZE) -> tuple[Rect, Rect]:
    """The audience window of the asked size (cut to the area) and the console beside it."""
    shared = Rect(area.x, area.y, min(audience[0], area.width), min(audience[1], area.height))
    right = Rect(shared.right, area.y, area.right - shared.right, area.height)
    below = Rect(area.x, shared.bottom, area.width, area.bottom - shared.bottom)
    strips = [strip for strip in (right, below) if strip.holds(console_min)]
    if strips:
        return shared, max(strips, key=lambda strip: strip.width * strip.height)
    width, height = min(console_size[0], area.width), min(console_size[1], area.height)
    return shared, Rect(area.right - width, area.bottom - height, width, height)

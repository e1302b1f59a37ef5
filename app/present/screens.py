"""Which screen shows the audience view and which the console.

Wrong-screen placement is the most reported problem of presenters (pympress
#331, pdfpc #217 and many more), so the choice is plain logic over plain data,
tested without any display: the windows turn `QScreen`s into ScreenInfo, and
move themselves to the indices of the Placement.

Rules: a screen asked for (by index or by name/model) wins, then a choice
remembered for this very set of screens, then the default: the console on the
primary screen (or screen 0), the audience on the largest other screen. With a
single screen the audience gets it and the console is shown only on demand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    """What Qt tells about a screen (QScreen.name(), manufacturer(), model(), ...)."""

    name: str
    manufacturer: str
    model: str
    serial: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def key(self) -> str:
        """Identity that survives reordering and re-plugging."""
        return f"{self.name}|{self.model}|{self.serial}"

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)


@dataclass(frozen=True)
class Placement:
    """Indices into the screen list; console None means no separate console screen."""

    audience: int
    console: int | None


def setup_key(screens: Sequence[ScreenInfo]) -> str:
    """The set of connected screens, independent of their order."""
    return "+".join(sorted(screen.key for screen in screens))


def find_screen(screens: Sequence[ScreenInfo], requested: str | int | None) -> int | None:
    """A 0-based index, a digit string, or a name or model (any case); None if no match."""
    if isinstance(requested, bool) or requested is None:
        return None
    if isinstance(requested, str):
        wanted = requested.strip()
        if wanted.isdigit():
            requested = int(wanted)
        else:
            wanted = wanted.casefold()
            for field in ("name", "model"):
                for i, screen in enumerate(screens):
                    if wanted and getattr(screen, field).casefold() == wanted:
                        return i
            return None
    return requested if 0 <= requested < len(screens) else None


def choose_screens(
    screens: Sequence[ScreenInfo],
    remembered: Mapping[str, object] | None = None,
    requested: str | int | None = None,
) -> Placement:
    """The placement at start: requested, else remembered, else the default."""
    if len(screens) < 2:
        return Placement(0, None)
    asked = find_screen(screens, requested)
    if asked is not None:
        return _audience_on(screens, asked)
    return _recall(screens, remembered) or _default(screens)


def swap(placement: Placement) -> Placement:
    """Audience and console trade screens (S); nothing to swap on one screen."""
    if placement.console is None:
        return placement
    return Placement(placement.console, placement.audience)


def remember(
    remembered: Mapping[str, object] | None, screens: Sequence[ScreenInfo], placement: Placement
) -> dict[str, object]:
    """A copy of `remembered` with this setup's choice stored by screen identity."""
    updated = dict(remembered or {})
    if _valid(placement, len(screens)):
        updated[setup_key(screens)] = {
            "audience": screens[placement.audience].key,
            "console": screens[placement.console].key,
        }
    return updated


def on_screens_changed(
    old_placement: Placement,
    old_screens: Sequence[ScreenInfo],
    new_screens: Sequence[ScreenInfo],
    remembered: Mapping[str, object] | None = None,
) -> Placement:
    """Follow a hot-plug without sending the slides to the presenter's laptop.

    The audience stays on its screen while that screen is there. A projector
    plugged into a one-screen setup takes the audience (the old screen becomes
    the console); a projector pulled out hands the audience to what remains.
    """
    if len(new_screens) < 2:
        return Placement(0, None)
    audience = _locate(new_screens, old_screens, old_placement.audience)
    console = _locate(new_screens, old_screens, old_placement.console)
    if old_placement.console is None or len(old_screens) < 2:
        recalled = _recall(new_screens, remembered)
        if recalled:
            return recalled
        console = audience if audience is not None else _console_default(new_screens)
        return Placement(_largest_except(new_screens, console), console)
    if audience is not None:
        if console is None or console == audience:
            console = _largest_except(new_screens, audience)
        return Placement(audience, console)
    if console is None:
        console = _console_default(new_screens)
    return Placement(_largest_except(new_screens, console), console)


def _default(screens: Sequence[ScreenInfo]) -> Placement:
    console = _console_default(screens)
    return Placement(_largest_except(screens, console), console)


def _audience_on(screens: Sequence[ScreenInfo], audience: int) -> Placement:
    console = _console_default(screens)
    if console == audience:
        console = _largest_except(screens, audience)
    return Placement(audience, console)


def _console_default(screens: Sequence[ScreenInfo]) -> int:
    return next((i for i, screen in enumerate(screens) if screen.primary), 0)


def _largest_except(screens: Sequence[ScreenInfo], excluded: int) -> int:
    """The largest screen but one (the first of equals); needs two screens."""
    others = [i for i in range(len(screens)) if i != excluded]
    return max(others, key=lambda i: (screens[i].area, -i))


def _locate(
    new_screens: Sequence[ScreenInfo], old_screens: Sequence[ScreenInfo], old_index: int | None
) -> int | None:
    """Where an old screen is now, preferring its old index among identical ones."""
    if old_index is None or not 0 <= old_index < len(old_screens):
        return None
    key = old_screens[old_index].key
    matches = [i for i, screen in enumerate(new_screens) if screen.key == key]
    if old_index in matches:
        return old_index
    return matches[0] if matches else None


def _recall(
    screens: Sequence[ScreenInfo], remembered: Mapping[str, object] | None
) -> Placement | None:
    """The choice stored for exactly this set of screens, if it still makes sense."""
    entry = (remembered or {}).get(setup_key(screens))
    if not isinstance(entry, Mapping):
        return None
    keys = [screen.key for screen in screens]
    audience, console = entry.get("audience"), entry.get("console")
    if audience not in keys or console not in keys or audience == console:
        return None
    return Placement(keys.index(audience), keys.index(console))


def _valid(placement: Placement, count: int) -> bool:
    """Both windows on distinct, existing screens: the only placement worth remembering."""
    return (
        placement.console is not None
        and 0 <= placement.audience < count
        and 0 <= placement.console < count
        and placement.audience != placement.console
    )

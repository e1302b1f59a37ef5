"""The controller's screen commands: swap, pick, hot-plug; and what to remember of them.

Which screen gets which role is decided by `app.present.screens`; here the
controller keeps the current screens, the placement and the remembered choice
up to date, so the next talk on the same setup starts on the right screens.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.present.controller.guard import handler
from app.present.screens import (
    Placement,
    ScreenInfo,
    choose_screens,
    find_screen,
    on_screens_changed,
    remember,
    swap,
)


class ScreenCommands:
    """Screen commands of `PresentationController`."""

    _screens: tuple[ScreenInfo, ...]
    _remembered: dict[str, object]
    _placement: Placement

    @handler()
    def swap_screens(self) -> None:
        """S / X: audience and console trade screens; the choice is remembered."""
        self._set_placement(swap(self._placement))

    @handler(default=False)
    def set_audience_screen(self, requested: str | int) -> bool:
        """The screen picker: send the audience to a screen by index, name or model."""
        if len(self._screens) < 2 or find_screen(self._screens, requested) is None:
            return False
        self._set_placement(choose_screens(self._screens, None, requested))
        return True

    @handler()
    def screens_changed(self, new_screens: Sequence[ScreenInfo]) -> None:
        """A screen was plugged in or out: keep the slides on the projector."""
        new = tuple(new_screens)
        placement = on_screens_changed(self._placement, self._screens, new, self._remembered)
        self._screens = new
        self._placement = placement

    @property
    def screens(self) -> tuple[ScreenInfo, ...]:
        return self._screens

    @property
    def placement(self) -> Placement:
        return self._placement

    @property
    def remembered_screens(self) -> dict[str, object]:
        """What to store in the settings so the next talk on this setup starts right."""
        return dict(self._remembered)

    def _set_placement(self, placement: Placement) -> None:
        self._placement = placement
        self._remembered = remember(self._remembered, self._screens, placement)

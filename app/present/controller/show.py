"""What the hall and the console show besides the slide, and whether the show goes on.

Black, white and freeze are the audience's; the overlays (help, overview, go-to,
duration) are the console's alone. Esc clears them one per press and then holds
the show; F5 goes on, and only Enter while holding ends it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance

from app.present.controller.guard import handler
from app.present.ink import Ink
from app.present.navigation import Position
from app.present.readout import reading
from app.present.state import AudienceView, Blank, Overlay, Shown
from app.present.timer import TalkTimer


class ShowCommands:
    """Blank, freeze, overlays, Esc, F5 and the end of `PresentationController`."""

    finished: SignalInstance
    _position: Position
    _blank: Blank
    _frozen: Position | None
    _overlays: list[Overlay]
    _holding: bool  # Esc with nothing to clear: asking whether to end
    _ink: Ink
    _timer: TalkTimer
    _shown: Callable[[Position], Shown | None]

    # --- audience: blank and freeze -----------------------------------------

    @handler()
    def toggle_black(self) -> None:
        """B and `.`; from white it switches straight to black."""
        self._blank = Blank.NONE if self._blank is Blank.BLACK else Blank.BLACK

    @handler()
    def toggle_white(self) -> None:
        """W and `,`; from black it switches straight to white."""
        self._blank = Blank.NONE if self._blank is Blank.WHITE else Blank.WHITE

    @handler()
    def toggle_freeze(self) -> None:
        """The audience keeps the current position while the console moves on."""
        self._frozen = None if self._frozen is not None else self._position

    @property
    @reading(AudienceView(None, Blank.NONE))
    def audience_view(self) -> AudienceView:
        """The frozen position while frozen, else the current one; and the blank."""
        return AudienceView(self._shown(self._frozen or self._position), self._blank)

    @property
    def blank(self) -> Blank:
        return self._blank

    @property
    def frozen(self) -> bool:
        return self._frozen is not None

    # --- console overlays ------------------------------------------------------

    @handler()
    def toggle_overlay(self, overlay: Overlay) -> None:
        overlay = Overlay(overlay)
        if overlay in self._overlays:
            self._overlays.remove(overlay)
        else:
            self._overlays.append(overlay)

    @handler()
    def close_overlay(self, overlay: Overlay) -> None:
        overlay = Overlay(overlay)
        if overlay in self._overlays:
            self._overlays.remove(overlay)

    def is_open(self, overlay: Overlay) -> bool:
        return overlay in self._overlays

    @property
    def overlays(self) -> tuple[Overlay, ...]:
        """Open console overlays, the most recent last."""
        return tuple(self._overlays)

    # --- leaving and starting ----------------------------------------------

    @handler(default=False)
    def escape(self) -> bool:
        """Esc clears one thing per press: the last overlay, zoom, tool, blank, freeze.

        With nothing left it holds the show (True): the audience keeps the
        slide, the console asks whether to end. A clicker's start/stop button
        sends Esc and F5 in turn, so Esc alone never ends a talk: a second Esc
        (or F5, or any move) goes on, only `end_show` (Enter) ends.
        """
        if self._overlays:
            self._overlays.pop()
        elif self._ink.escape():
            pass  # the zoom, then the tool: the show goes on
        elif self._blank is not Blank.NONE:
            self._blank = Blank.NONE
        elif self._frozen is not None:
            self._frozen = None
        else:
            self._holding = not self._holding
        return self._holding

    @handler()
    def start_or_resume(self) -> None:
        """F5: go on after Esc, start or resume the timer; never quits, never reloads."""
        self._holding = False
        if not self._timer.start():
            self._timer.resume()

    @handler()
    def end_show(self) -> None:
        """The deliberate end (Enter while the console asks): emits `finished`."""
        self._holding = False
        self.finished.emit()

    @property
    def holding(self) -> bool:
        """After Esc: the audience keeps the slide, the console asks whether to end."""
        return self._holding

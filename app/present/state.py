"""What a running talk shows, as plain values: the windows paint these.

Kept apart from the controller (which changes them) so that a window, a test
or the remote can name a state without the machinery that moves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.deck.model import Slide


class Blank(StrEnum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


class Overlay(StrEnum):
    """Console-only layers: the audience never sees them."""

    HELP = "help"
    OVERVIEW = "overview"
    GOTO = "goto"
    DURATION = "duration"  # T: the planned length, typed on the console


@dataclass(frozen=True)
class Shown:
    """A slide at a build step, ready to paint."""

    index: int
    slide: Slide
    step: int


@dataclass(frozen=True)
class AudienceView:
    """Exactly what the projector shows; `shown` is None only for an empty deck."""

    shown: Shown | None
    blank: Blank

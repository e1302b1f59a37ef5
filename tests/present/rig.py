"""A PresentationController on a fake clock, with its errors collected."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pytestqt.qtbot import QtBot

from app.deck.model import Deck
from app.present.clock import FakeClock
from app.present.controller import PresentationController

from .decks import sample_deck

WALL = datetime(2024, 12, 20, 9, 5, 41)


@dataclass
class Rig:
    controller: PresentationController
    clock: FakeClock
    errors: list[str] = field(default_factory=list)

    def positions(self) -> tuple[int, int]:
        position = self.controller.position
        return position.slide, position.step


def make_rig(qtbot: QtBot, deck: Deck | None = None, **options: Any) -> Rig:
    """`qtbot` is asked for so that a QApplication exists for the controller's timer."""
    clock = FakeClock()
    options.setdefault("wall_clock", lambda: WALL)
    controller = PresentationController(
        deck if deck is not None else sample_deck(), clock=clock, **options
    )
    rig = Rig(controller, clock)
    controller.error.connect(rig.errors.append)
    return rig

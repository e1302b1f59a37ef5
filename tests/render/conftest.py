"""Fixtures for the renderer's tests: the sample deck and its render context."""

from __future__ import annotations

import pytest

from app.deck.loader import load_deck
from app.deck.model import Deck
from app.render.context import RenderContext
from tests.render.samples import write_sample_deck


@pytest.fixture
def sample(qapp, tmp_path) -> tuple[Deck, RenderContext]:
    """The sample deck (every kind once), loaded clean, and its context."""
    deck, diagnostics = load_deck(write_sample_deck(tmp_path / "deck"))
    assert diagnostics == []
    return deck, RenderContext.for_deck(deck)

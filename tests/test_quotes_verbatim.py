"""Every quote, dialogue turn and anecdote step of the shipped deck is someone's own words.

The source check (app/deck/source_check, run on the shipped deck in
test_shipped_deck) finds them verbatim in the report; here every piece names
its speaker, the Kawaguchi anecdote is her words in her order, and the check
catches the alteration this deck once had.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.deck.loader import load_deck
from app.deck.model import Kind, Span
from app.deck.source_check import check_source, quoted_speech
from tests.helpers import SHIPPED_DECK

SOURCE = SHIPPED_DECK / "source" / "report.txt"


@pytest.fixture(scope="module")
def deck():
    deck, _ = load_deck(SHIPPED_DECK)
    return deck


def test_every_quote_turn_and_step_has_its_speaker(deck):
    for slide in deck.slides:
        if slide.kind in (Kind.QUOTE, Kind.BUILD):
            assert slide.speaker, slide.id
        assert all(turn.speaker for turn in slide.turns), slide.id
    kinds = {speech.what for speech in quoted_speech(deck)}
    assert {"quote", "dialogue turn", "build step"} <= kinds


def test_the_anecdote_is_her_words_in_her_order(deck):
    anecdote = next(s for s in deck.slides if s.kind is Kind.BUILD)
    assert anecdote.speaker == "Ёрико Кавагучи"
    report = " ".join(SOURCE.read_text(encoding="utf-8").split())
    starts = [report.index(step.text[:30]) for step in anecdote.steps]
    assert starts == sorted(starts)
    assert anecdote.steps[2].text == "Я написала и отправила листок обратно."


def test_an_altered_step_is_caught():
    deck, _ = load_deck(SHIPPED_DECK)  # its own copy: this one gets altered
    anecdote = next(s for s in deck.slides if s.kind is Kind.BUILD)
    step = anecdote.steps[2]
    altered = (Span("Я написала: 川口順子 – и отправила листок обратно."),)
    anecdote.steps = (*anecdote.steps[:2], replace(step, spans=altered), *anecdote.steps[3:])
    report = check_source(deck, SOURCE, (SHIPPED_DECK / "deck.toml", 1))
    assert report.verbatim == report.quotes - 1

"""Every quote, dialogue turn and anecdote step of the shipped deck is the report's own words.

A newsroom puts its name to the deck: what a slide sets in quotation marks or
gives to a speaker must be found word for word in the report (a copy is kept
in tests/data), cuts marked «[…]». Typography may differ: quote marks, dash
lengths, an ellipsis typed as one character, line breaks.
"""

from __future__ import annotations

import re

import pytest

from app.deck.loader import load_deck
from app.deck.model import Kind, Slide
from tests.helpers import ROOT, SHIPPED_DECK

REPORT = ROOT / "tests" / "data" / "report.txt"
CUT = "[…]"


def normalised(text: str) -> str:
    text = re.sub(r"[«»„“”\"]", '"', text)
    text = re.sub(r"[—–]", "-", text).replace("...", "…")
    return " ".join(text.split())


def fragments(text: str) -> list[str]:
    """The pieces between cuts, without the punctuation a cut leaves at its edges."""
    pieces = [p.strip(" ,.;:-–—\"«»„“") for p in normalised(text).split(CUT)]
    return [p for p in pieces if p]


def spoken(slide: Slide) -> list[tuple[str, str]]:
    """(who, words) of everything the slide gives to a speaker."""
    if slide.kind is Kind.QUOTE:
        return [(slide.speaker, b.text) for b in slide.blocks if b.kind in ("quote", "paragraph")]
    if slide.kind is Kind.DIALOGUE:
        return [(turn.speaker, turn.text) for turn in slide.turns]
    if slide.kind is Kind.BUILD and slide.speaker:
        return [(slide.speaker, step.text) for step in slide.steps]
    return []


@pytest.fixture(scope="module")
def deck():
    deck, _ = load_deck(SHIPPED_DECK)
    return deck


def test_the_report_copy_is_the_report():
    text = REPORT.read_text(encoding="utf-8")
    assert text.startswith("Во второй день официального визита")
    assert "Фото: пресс-служба Акорды" in text


def test_every_quote_turn_and_step_is_verbatim(deck):
    report = normalised(REPORT.read_text(encoding="utf-8"))
    said = [(slide.id, who, words) for slide in deck.slides for who, words in spoken(slide)]
    assert len(said) > 20
    altered = [(slide_id, piece) for slide_id, _who, words in said
               for piece in fragments(words) if piece not in report]
    assert altered == []


def test_every_quote_turn_and_step_has_its_speaker(deck):
    for slide in deck.slides:
        for who, _words in spoken(slide):
            assert who.strip(), slide.id


def test_the_anecdote_is_her_own_words_in_order(deck):
    anecdote = next(s for s in deck.slides if s.kind is Kind.BUILD)
    report = normalised(REPORT.read_text(encoding="utf-8"))
    places = [report.index(fragments(step.text)[0]) for step in anecdote.steps]
    assert places == sorted(places)
    assert "Я написала и отправила листок обратно" in anecdote.steps[2].text


def test_the_check_catches_an_altered_quote():
    report = normalised(REPORT.read_text(encoding="utf-8"))
    altered = "Я написала: 川口順子 – и отправила листок обратно."
    assert any(piece not in report for piece in fragments(altered))
    assert all(piece in report for piece in fragments("Я посмотрела […] Я написала и отправила"))

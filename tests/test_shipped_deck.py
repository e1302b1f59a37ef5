"""The shipped deck carries the whole report, in the report's own chapters."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.deck.loader import load_deck
from app.deck.model import ChapterRole, Kind
from app.export.text import reader_text
from tests.helpers import FIDELITY, REPORT, SHIPPED_DECK

HEADINGS = ["Токио не любит сюрпризов", "Токио любит надолго", "Токио помнит"]

needs_shared = pytest.mark.skipif(not FIDELITY.exists(), reason="../shared is not beside the repo")


@pytest.fixture(scope="module")
def deck():
    deck, diagnostics = load_deck(SHIPPED_DECK)
    assert [d.format() for d in diagnostics] == []
    return deck


def test_chapters_are_the_reports_in_order(deck):
    assert [c.role for c in deck.chapters] == [
        ChapterRole.OPENING, *[ChapterRole.CHAPTER] * 3, ChapterRole.CLOSING]
    assert [c.title for c in deck.main_chapters] == HEADINGS
    for chapter in deck.main_chapters:
        first = chapter.slides[0]
        assert first.kind is Kind.CHAPTER
        assert first.heading == chapter.title


@needs_shared
def test_headings_are_the_reports_own_lines(deck):
    report_lines = [line.strip() for line in REPORT.read_text(encoding="utf-8").splitlines()]
    positions = [report_lines.index(h) for h in HEADINGS]
    assert positions == sorted(positions)


def test_opening_and_closing(deck):
    assert deck.chapters[0].slides[0].kind is Kind.TITLE
    credits = deck.chapters[-1].slides[-1]
    assert credits.kind is Kind.CREDITS
    shown = credits.shown_text
    assert "Автор: Айсултан Кульшманов" in shown
    assert "Фото: пресс-служба Акорды" in shown


def test_the_kawaguchi_anecdote_is_a_build_of_four_steps(deck):
    builds = [s for s in deck.slides if s.kind is Kind.BUILD]
    assert builds
    anecdote = builds[0]
    assert anecdote.step_count >= 4
    assert "J" in anecdote.steps[0].text
    assert "K" in anecdote.steps[0].text
    assert all(step.image is not None for step in anecdote.steps)
    assert anecdote.speaker == "Ёрико Кавагучи"  # her words, not the narrator's


def test_every_kind_is_used(deck):
    assert {s.kind for s in deck.slides} == set(Kind)


def test_quotes_keep_their_speaker(deck):
    quotes = [s for s in deck.slides if s.kind is Kind.QUOTE]
    assert len(quotes) >= 4
    assert all(q.speaker for q in quotes)
    speakers = {q.speaker for q in quotes}
    assert {"Юрико Коикэ", "Ёрико Кавагучи"} <= speakers


def test_facts_carry_the_key_figures(deck):
    figures = " ".join(f.value for s in deck.slides for f in s.facts)
    for figure in ("2,7", "21 декабря"):
        assert figure in figures


@needs_shared
def test_fidelity_of_the_deck_is_complete():
    result = subprocess.run([sys.executable, str(FIDELITY), str(SHIPPED_DECK)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("(100.0%)")


@needs_shared
def test_fidelity_of_the_text_export_is_complete(deck, tmp_path):
    folder = tmp_path / "text"
    folder.mkdir()
    (folder / "deck.txt").write_text(reader_text(deck), encoding="utf-8")
    result = subprocess.run([sys.executable, str(FIDELITY), str(folder)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout

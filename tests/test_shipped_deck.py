"""The shipped deck carries the whole report, in the report's own chapters."""

from __future__ import annotations

import pytest

from app.deck.loader import load_deck
from app.deck.model import ChapterRole, Kind
from app.deck.source_check import check_source, quoted_speech
from tests.helpers import REPORT, SHIPPED_DECK

HEADINGS = ["Токио не любит сюрпризов", "Токио любит надолго", "Токио помнит"]


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


def test_the_deck_declares_its_own_source(deck):
    assert deck.source == SHIPPED_DECK / "source" / "report.txt"
    assert deck.source.read_text(encoding="utf-8") == REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def source_report(deck):
    return check_source(deck, deck.source, (deck.root / "deck.toml", deck.source_line))


def test_the_deck_carries_every_sentence_of_its_source(source_report):
    assert source_report.read
    assert source_report.sentences > 100
    lost = [d.format() for d in source_report.diagnostics if "no longer carries" in d.message]
    assert lost == []
    assert source_report.carried == source_report.sentences


def test_every_quote_of_the_deck_is_verbatim(source_report):
    assert [d.format() for d in source_report.diagnostics] == []
    assert source_report.verbatim == source_report.quotes


def test_the_kawaguchi_note_is_checked_as_her_words(deck):
    """Her story of the note is her speech: a slide showing it must present it as quoted
    speech (a quote, a dialogue turn, or a build with `speaker:`), so the check covers it."""
    words = "Напишите своё имя китайскими иероглифами"
    shown = sum(words in slide.shown_text for slide in deck.slides)
    quoted = sum(words in speech.text for speech in quoted_speech(deck))
    assert shown > 0
    assert quoted >= shown


def test_a_talk_not_a_chopped_article(deck):
    """About 25–32 visible slides for a 20-minute talk: 1.25 to 1.6 slides a minute."""
    visible = deck.exported_slides()
    assert deck.duration_minutes
    assert 1.25 * deck.duration_minutes <= len(visible) <= 1.6 * deck.duration_minutes


def test_backup_slides_are_marked_by_the_deck_not_by_their_titles(deck):
    # the outline, the sidebar and the folio mark a hidden slide; a title saying so doubles it
    assert any(slide.hidden for slide in deck.slides)
    assert not any("запасн" in slide.title.lower() for slide in deck.slides)

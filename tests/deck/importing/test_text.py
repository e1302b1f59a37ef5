"""Sentences, words and escapes the importer is built on."""

from __future__ import annotations

from app.deck.importing.text import escape_line, first_sentence, sentences, shorten_words


def test_sentences_end_before_a_capital_a_digit_a_quote_or_a_dash():
    text = "Первое. Второе! «Третье?» — Четвёртое… 5 мая пятое."
    assert sentences(text) == ["Первое.", "Второе!", "«Третье?»", "— Четвёртое…",
                               "5 мая пятое."]


def test_initials_and_abbreviations_do_not_end_a_sentence():
    assert first_sentence("Аким Ж. Касымбек приехал. Потом уехал.") == \
        "Аким Ж. Касымбек приехал."
    assert first_sentence("Mr. Smith met Dr. Brown. Then left.") == "Mr. Smith met Dr. Brown."
    assert first_sentence("Дом на ул. Абая снесут. Скоро.") == "Дом на ул. Абая снесут."


def test_a_megabyte_of_abbreviation_like_text_is_one_sentence():
    text = "a. " * 350_000  # lower case after every stop: no sentence ends anywhere
    assert sentences(text) == [text.strip()]


def test_shortening_counts_words_not_dashes():
    assert shorten_words("раз – два три", 3) == "раз – два три"
    assert shorten_words("раз – два три четыре", 3) == "раз – два три…"
    assert shorten_words("раз, два, три, четыре", 2) == "раз, два…"


def test_a_line_that_would_be_markdown_stays_text():
    assert escape_line("- не список") == "\\- не список"
    assert escape_line("1964. Год") == "1964\\. Год"
    assert escape_line("**не жирный**") == "\\*\\*не жирный\\*\\*"

"""Sentences of a report, and the two ways the source check compares words."""

from __future__ import annotations

import pytest

from app.deck.sentences import Sentence, speech_tokens, split_sentences, words


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_line_is_a_paragraph_and_sentences_keep_their_line():
    assert split_sentences("Один. Два!\n\nТри?\n") == [
        Sentence("Один.", 1), Sentence("Два!", 1), Sentence("Три?", 3)]


@pytest.mark.parametrize(("text", "expected"), [
    # closing quotes stay with their sentence; a quote may open the next one
    ('Он сказал "да". "Нет", – ответила она.', ['Он сказал "да".', '"Нет", – ответила она.']),
    ("Сказал: «Приду!» Потом ушёл.", ["Сказал: «Приду!»", "Потом ушёл."]),
    # a dialogue dash or a digit opens a sentence too
    ("Итак. — Вопрос? 21 декабря.", ["Итак.", "— Вопрос?", "21 декабря."]),
    # an initial is not an end; nor is a mark before a small letter or without a space
    ("Аким Ж. Касымбек приехал.", ["Аким Ж. Касымбек приехал."]),
    ("Было 2,7 трлн… и т. д. потом.", ["Было 2,7 трлн… и т. д. потом."]),
    ("Сайт example.com Работает.", ["Сайт example.com Работает."]),
    # runs of marks
    ("Что?! Да... Нет.", ["Что?!", "Да...", "Нет."]),
])
def test_where_a_sentence_ends(text, expected):
    assert texts(text) == expected


def test_lines_without_words_are_not_sentences():
    assert texts("***\n—\n   \nСлово") == ["Слово"]


def test_words_fold_case_and_yo_and_drop_punctuation():
    assert words("Ёлка, «ЕЛКА» – ёлка-палка! 2,7") == ["елка", "елка", "елка", "палка", "2", "7"]


def tokens(text: str) -> list[str]:
    return [t.text for t in speech_tokens(text)]


def test_speech_tokens_keep_words_and_punctuation_as_written():
    assert tokens("Мы, конечно, Рады.") == ["Мы", ",", "конечно", ",", "Рады", "."]


def test_speech_tokens_normalise_only_typography():
    # quotation marks of any style are left out, whatever the nesting
    assert tokens('«Он сказал „да“»') == tokens('"Он сказал "да""') == ["Он", "сказал", "да"]
    # dashes of every width, and a hyphen-minus typed with spaces, are one dash
    assert tokens("А – Б — В - Г") == ["А", "–", "Б", "–", "В", "–", "Г"]
    # a hyphen inside a word stays a hyphen
    assert tokens("Просят-просят") == ["Просят", "-", "просят"]
    # three dots and the ellipsis are one mark; whitespace of any kind is no token
    assert tokens("Да...") == tokens("Да…") == ["Да", "…"]
    assert tokens("в\u00a0Токио\u202fи\tтут") == tokens("в Токио и тут")
    # ё is е; case is kept
    assert tokens("Всё Её") == ["Все", "Ее"]


def test_speech_tokens_know_where_they_were():
    text = "Да – «нет»."
    assert [(t.start, t.end) for t in speech_tokens(text)] == [(0, 2), (3, 4), (6, 9), (10, 11)]


def test_hostile_text_is_split_in_one_pass():
    """Very long lines with every mark: the result is right (the tests never time it)."""
    text = ("А. " * 50_000) + "\n" + ("Б! в? " * 50_000) + "\n" + "-" * 100_000
    sentences = split_sentences(text)
    assert sentences[0] == Sentence(("А. " * 50_000).strip(), 1)  # initials, every one
    assert sentences[1:] == [Sentence("Б! в?", 2)] * 50_000  # «в» is no start; «Б» is
    assert len(speech_tokens("-" * 100_000)) == 100_000

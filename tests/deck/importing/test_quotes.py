"""Direct speech and who said it; names and terms in quotes are not quotes."""

from __future__ import annotations

import pytest

from app.deck.importing.names import index_people
from app.deck.importing.quotes import find_quote, quote_spans, split_attribution

PEOPLE = index_people("Аким района Серик Ержанов и мэр Анна Ли. Mayor Tom Barrow.")


def test_nested_straight_quotes_pair_up():
    text = '"Как писал он, "гармония превыше всего". Так и есть".'
    assert quote_spans(text) == ([(0, len(text) - 1)], None)
    assert quote_spans("«Открыто и не закрыто") == ([], 0)


@pytest.mark.parametrize(("paragraph", "speaker", "words"), [
    ("«Мы откроем школу в сентябре», – сказал аким района Серик Ержанов.",
     "Серик Ержанов", ["Мы откроем школу в сентябре"]),
    ("„Работа продолжится до зимы“, - добавил Ержанов.", "Серик Ержанов",
     ["Работа продолжится до зимы"]),
    ("“We waited nine years for this,” said Mayor Tom Barrow.", "Tom Barrow",
     ["We waited nine years for this"]),
    ('"Новый пункт сократит очереди", - добавил глава государства.', "Глава государства",
     ["Новый пункт сократит очереди"]),
    ("Ержанов сказал: «Дорогу построим вдоль реки до конца года».", "Серик Ержанов",
     ["Дорогу построим вдоль реки до конца года"]),
])
def test_quotes_with_their_speakers(paragraph, speaker, words):
    quote = find_quote(paragraph, "", PEOPLE, 10_000)
    assert quote.speaker == speaker
    assert quote.parts == words


@pytest.mark.parametrize("paragraph", [
    "Газета «Вечерний город» называет ремонт «долгожданным».",
    'Тема звучала так: "Восстановление доверия в эпоху турбулентности и перемен".',
    "«Мы откроем школу в сентябре», – написано на плакате у входа.",
])
def test_names_terms_and_unattributed_words_are_not_quotes(paragraph):
    assert find_quote(paragraph, "", PEOPLE, 10_000) is None


def test_a_whole_paragraph_quote_takes_its_speaker_from_the_paragraph_before():
    quote = find_quote("«Мы будем работать без выходных до самой осени».",
                       "Мэр Анна Ли обратилась к жителям.", PEOPLE, 10_000)
    assert quote.speaker == "Анна Ли"


def test_an_attribution_inside_the_quote_is_cut_and_marked():
    assert split_attribution("Мы готовы, – сказал он. – Начнём завтра") == [
        "Мы готовы", "Начнём завтра"]

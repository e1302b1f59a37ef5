"""The book's XHTML from a deck: what each slide gives, typeset, and nothing twice."""

from __future__ import annotations

from app.deck.loader import load_deck
from app.export.book import BookWriter, Figure
from tests.helpers import write_deck

MANIFEST = """title = "Книга"
language = "ru"

[[chapters]]
title = "Глава"
file = "a.md"
"""


def body(tmp_path, text: str) -> str:
    deck, _ = load_deck(write_deck(tmp_path / "d", {"a.md": text}, MANIFEST))
    writer = BookWriter(deck, lambda image: Figure(f"{image.slot}.jpg", 16, 9, "Фото: Ф"))
    return writer.chapters()[0].body


def test_a_backup_slide_that_repeats_is_read_once_one_with_its_own_words_stays(tmp_path):
    html = body(tmp_path, "# Первый\n\n::: reader\nРабота в Женеве и в Нью-Йорке.\n"
                          "---\nhidden: true\n\n# Запасной\n\n- работа в Женеве\n"
                          "---\nhidden: true\n\n# Другой\n\n- только здесь\n")
    assert "Запасной" not in html
    assert "только здесь" in html


def test_a_caption_the_text_already_says_is_not_repeated_the_credit_is_kept(tmp_path):
    html = body(tmp_path, "kind: photo\ntitle: Утро\nimage: a\ncaption: Город утром.\nalt: Вид\n\n"
                          "::: reader\nГород утром. Потом день.\n"
                          "---\nkind: photo\nimage: b\ncaption: Своя подпись.\nalt: Вид\n\n"
                          "::: reader\nДругое.\n")
    assert html.count("Город утром.") == 1
    assert "<figcaption>Своя подпись." in html
    assert html.count('<span class="credit">Фото: Ф</span>') == 2


def test_russian_typography_quotes_nested_names_unbroken(tmp_path):
    html = body(tmp_path, '# Т\n\n::: reader\nОн сказал: "слово "в слове"" — и Касым-Жомарт '
                          "ушёл в 14-миллионный город.\n")
    assert "«слово „в\u00a0слове“»" in html
    assert '<span class="nobreak">Касым-Жомарт</span>' in html
    assert '<span class="nobreak">14-миллионный</span>' in html  # a number keeps its word
    assert "в\u00a0" in html  # a one-letter word keeps to the next

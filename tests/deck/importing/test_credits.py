"""Credit lines in three languages, and bare names."""

from __future__ import annotations

import pytest

from app.deck.importing.credits import bare_name, labelled_credit
from app.deck.importing.language import LABELS

RU, EN = LABELS["ru"], LABELS["en"]


@pytest.mark.parametrize(("line", "kind", "name", "shown"), [
    ("Автор: Иван Петров", "author", "Иван Петров", "Автор: Иван Петров"),
    ("Авторы: Иван Петров, Анна Ли.", "author", "Иван Петров, Анна Ли",
     "Авторы: Иван Петров, Анна Ли"),
    ("Фото: пресс-служба Акорды.", "photo", "пресс-служба Акорды", "Фото: пресс-служба Акорды"),
    ("Сурет: Нұрлан Бекұлы", "photo", "Нұрлан Бекұлы", "Сурет: Нұрлан Бекұлы"),
    ("By Jane Doe", "author", "Jane Doe", "Автор: Jane Doe"),
    ("© Reuters / John Smith", "photo", "Reuters / John Smith", "© Reuters / John Smith"),
])
def test_labelled_credits(line, kind, name, shown):
    credit = labelled_credit(line, RU)
    assert (credit.kind, credit.name, credit.shown, credit.line) == (kind, name, shown, line)


def test_a_long_line_that_starts_like_a_credit_is_a_paragraph():
    assert labelled_credit("Фото: " + "очень длинная подпись " * 10, RU) is None
    assert labelled_credit("Текст закона приняли во втором чтении.", RU) is None


def test_bare_names_and_what_is_not_one():
    assert bare_name("Айгерим Сапарова", RU).shown == "Автор: Айгерим Сапарова"
    assert bare_name("Jane Doe", EN).shown == "Author: Jane Doe"
    assert bare_name("Ж. Касымбек", RU) is not None
    for line in ("Токио помнит", "The New Bridge", "Президент Казахстана", "Иван Петров."):
        assert bare_name(line, RU) is None, line

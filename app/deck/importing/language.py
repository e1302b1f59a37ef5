"""Which language a report is in (ru, kk or en), and the words a draft deck uses in it.

Kazakh shares the Cyrillic alphabet with Russian but has nine letters of its own
(ә ғ қ ң ө ұ ү һ і); a Russian report quoting a Kazakh greeting has a few of
them, a Kazakh report has them in every other sentence. English is Latin.
"""

from __future__ import annotations

from dataclasses import dataclass

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_SHARE = 0.02  # of the Cyrillic letters: a Kazakh text has several times more
LATIN_SHARE = 0.5  # of all letters


@dataclass(frozen=True)
class Labels:
    """The draft deck's own words in the report's language."""

    opening: str
    closing: str
    question: str
    answer: str
    correspondent: str
    fallback_title: str
    author: str
    photo: str


LABELS = {
    "ru": Labels("Вступление", "Авторы", "Вопрос", "Ответ", "Корреспондент", "Репортаж",
                 "Автор", "Фото"),
    "kk": Labels("Кіріспе", "Авторлар", "Сұрақ", "Жауап", "Тілші", "Репортаж",
                 "Автор", "Фото"),
    "en": Labels("Introduction", "Credits", "Question", "Answer", "Correspondent", "Report",
                 "Author", "Photo"),
}


def detect_language(text: str) -> str:
    """'en' when most letters are Latin, 'kk' when Kazakh letters are frequent, else 'ru'."""
    latin = cyrillic = kazakh = 0
    for char in text:
        if not char.isalpha():
            continue
        if char in KAZAKH_LETTERS:
            kazakh += 1
            cyrillic += 1
        elif "\u0400" <= char <= "\u04ff":
            cyrillic += 1
        elif char.isascii():
            latin += 1
    if latin > LATIN_SHARE * (latin + cyrillic):
        return "en"
    if cyrillic and kazakh >= KAZAKH_SHARE * cyrillic:
        return "kk"
    return "ru"

"""The few words an export adds to the deck's own, in the deck's language.

A chapter's heading, the contents, the colophon: a book made from a Kazakh or
an English deck says them in Kazakh or English, not in the app's Russian.
Pure Python: the text export uses it without Qt.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "chapter": "Глава {n}. {title}",
        "contents": "Содержание",
        "landmarks": "Ориентиры",
        "about": "О книге",
        "colophon": "«{title}» — книга из колоды Reportage {version}: полный текст репортажа, "
                    "главы и иллюстрации со слайдов.",
        "fonts": "Шрифты Noto встроены по лицензии SIL Open Font License 1.1:",
        "summary": "Полный текст репортажа; у каждой иллюстрации есть текстовое описание.",
    },
    "kk": {
        "chapter": "{n}-тарау. {title}",
        "contents": "Мазмұны",
        "landmarks": "Бағдарлар",
        "about": "Кітап туралы",
        "colophon": "«{title}» — Reportage {version} колодасынан жасалған кітап: репортаждың "
                    "толық мәтіні, тараулары және слайдтардағы суреттер.",
        "fonts": "Noto қаріптері SIL Open Font License 1.1 лицензиясы бойынша енгізілген:",
        "summary": "Репортаждың толық мәтіні; әр суреттің мәтіндік сипаттамасы бар.",
    },
    "en": {
        "chapter": "Chapter {n}. {title}",
        "contents": "Contents",
        "landmarks": "Landmarks",
        "about": "About this book",
        "colophon": "“{title}” is a book made from a Reportage {version} deck: the report’s "
                    "full text, its chapters and the slides’ illustrations.",
        "fonts": "The Noto fonts are embedded under the SIL Open Font License 1.1:",
        "summary": "The report’s full text; every illustration has a text description.",
    },
}


def wording(language: str) -> dict[str, str]:
    """The words for `language` (a BCP 47 tag); Russian, the app's own, for any other."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["ru"])

"""Credits wherever a report puts them: «Автор: …», «Фото: …», «By …», «© …», a bare name.

A labelled or «©» line is a credit anywhere in the report. A bare name line
(«Айгерим Сапарова») is one only where bylines stand: before the first paragraph
of the story or after its last one; elsewhere two capitalised words may be a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.deck.importing.language import Labels
from app.deck.importing.names import TITLE_WORDS

AUTHOR_LABELS = ("автор", "авторы", "авторлар", "текст", "мәтін", "author", "authors", "text",
                 "words", "reporting", "by")
PHOTO_LABELS = ("фото", "фотограф", "фотографии", "фотосурет", "сурет", "суреттер", "суретші",
                "photo", "photos", "photograph", "photographs", "photography", "picture",
                "pictures", "image", "images")
OTHER_LABELS = ("видео", "бейне", "иллюстрации", "иллюстрация", "инфографика", "редактор",
                "video", "illustration", "illustrations", "graphics", "editor", "editing")
LABELLED = re.compile(
    r"^(?P<label>" + "|".join(sorted(AUTHOR_LABELS + PHOTO_LABELS + OTHER_LABELS,
                                     key=len, reverse=True))
    + r")\s*(?::|\s[—–-])\s*(?P<name>\S.*)$", re.IGNORECASE)
BYLINE = re.compile(r"^(?P<label>[Bb]y|[Аа]втор)\s+(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ].*)$")
COPYRIGHT = re.compile(r"^(?:©|\(c\))\s*(?P<name>\S.*)$", re.IGNORECASE)
UPPER, LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі'’"
NAME_WORD = rf"(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?|[{UPPER}]\.)"
BARE_NAME = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}$")
NOT_NAMES = frozenset({"the", "a", "an", "and", "of", "in", "on", "for", "to", "with", "new",
                       "how", "why", "what", "when", "where", "who", "our", "my", "your", "is",
                       "are", "day", "news", "world", "city", "итоги", "новости", "день"})
CREDIT_CHARS = 160  # a longer line is a paragraph, whatever it starts with


@dataclass
class Credit:
    """One credit line of the report and what the closing slide shows for it."""

    line: str  # as typed in the report
    shown: str  # «Автор: Name», the label in the report's language if it had none
    kind: str  # "author", "photo" or "other"
    name: str


def _clean(name: str) -> str:
    return name.strip().rstrip(".").strip()


def labelled_credit(line: str, labels: Labels) -> Credit | None:
    """A credit that says what it is: «Фото: …», «By …», «© …»."""
    if len(line) > CREDIT_CHARS:
        return None
    match = LABELLED.match(line) or BYLINE.match(line)
    if match:
        label = match.group("label").lower()
        kind = ("author" if label in AUTHOR_LABELS else
                "photo" if label in PHOTO_LABELS else "other")
        name = _clean(match.group("name"))
        if kind == "author" and label in ("by", "автор") and ":" not in line[:len(label) + 2]:
            return Credit(line, f"{labels.author}: {name}", kind, name)
        return Credit(line, _clean(line), kind, name)
    match = COPYRIGHT.match(line)
    if match:
        return Credit(line, _clean(line), "photo", _clean(match.group("name")))
    return None


def bare_name(line: str, labels: Labels) -> Credit | None:
    """A line that is only a person's name: a byline without its label."""
    if not BARE_NAME.match(line):
        return None
    words = line.split()
    if any(w.lower().rstrip(".") in NOT_NAMES or w.lower() in TITLE_WORDS for w in words):
        return None
    return Credit(line, f"{labels.author}: {line}", "author", line)

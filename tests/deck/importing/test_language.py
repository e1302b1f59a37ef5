"""Which language a report is in."""

from __future__ import annotations

import pytest

from app.deck.importing.language import LABELS, detect_language


@pytest.mark.parametrize(("text", "language"), [
    ("Губернатор встретила делегацию словами «Қош келдіңіз!» и улыбнулась. "
     + "Потом гости осмотрели здание и поговорили о городском хозяйстве. " * 4, "ru"),
    ("Жаңа мектеп үш жүз оқушыға арналған. Ғимаратта спорт залы бар.", "kk"),
    ("The first electric ferry made its maiden crossing on Monday.", "en"),
    ("В Sony PlayStation играют дети, а вопросы задают министру.", "ru"),
])
def test_detects_the_language(text, language):
    assert detect_language(text) == language


def test_every_language_has_every_label():
    assert set(LABELS) == {"ru", "kk", "en"}
    assert LABELS["kk"].question == "Сұрақ"
    assert LABELS["en"].closing == "Credits"

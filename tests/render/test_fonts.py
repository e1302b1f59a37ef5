"""The bundled fonts: registered once, and honest about what they cannot draw."""

from __future__ import annotations

import pytest

from app.render.fonts import ensure_fonts, missing_glyphs

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


@pytest.fixture
def families(qapp):
    return ensure_fonts()


def test_bundled_families_are_registered(families):
    assert families.serif == "Noto Serif"
    assert families.sans == "Noto Sans"
    assert families.japanese == "Noto Serif CJK JP"
    assert ensure_fonts() is families


@pytest.mark.usefixtures("families")
@pytest.mark.parametrize("char", ["\U0001F600", "ሀ", "ก"])
def test_characters_no_bundled_font_draws(char):
    assert missing_glyphs(f"Токио {char}") == {char}


@pytest.mark.usefixtures("families")
@pytest.mark.parametrize("text", [
    KAZAKH, "川口順子", "Қош келдіңіз!", "«Токио» — 14 млн, №1, €5",
    "пробел\u00a0неразрывный\tи\nперевод\u200b", "Ёжик ёлка",
])
def test_report_text_is_fully_covered(text):
    assert missing_glyphs(text) == set()

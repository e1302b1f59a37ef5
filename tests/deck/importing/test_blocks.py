"""Blocks: paragraphs with their surroundings, datelines, © lines split from captions."""

from __future__ import annotations

import pytest

from app.deck.importing.blocks import dateline, read_blocks


@pytest.mark.parametrize(("text", "found"), [
    ("НУР-СУЛТАН, 2 мая — Sputnik.", "НУР-СУЛТАН, 2 мая — Sputnik."),
    ("АСТАНА. KAZINFORM – Мемлекет басшысы", "АСТАНА. KAZINFORM –"),
    ("ASTANA, May 2 (Reuters) - The government said", "ASTANA, May 2 (Reuters) -"),
    ("ООН – часть биографии", ""),
    ("Токио не любит сюрпризов", ""),
])
def test_datelines(text, found):
    assert dateline(text) == found


def test_blocks_keep_blank_lines_markdown_levels_and_split_credits():
    blocks = read_blocks("\ufeff## Глава\n\nПодпись к фото. © Агентство / Имя\n***\nКонец.")
    assert [b.text for b in blocks] == ["Глава", "Подпись к фото.", "© Агентство / Имя",
                                        "Конец."]
    assert blocks[0].markdown_level == 2
    assert blocks[1].reader == "Подпись к фото. © Агентство / Имя"
    assert blocks[2].reader == "© Агентство / Имя"
    assert [b.blank_before for b in blocks] == [False, True, False, True]

"""Text export: the whole report in order, reader text first, chapters titled, no Qt."""

from __future__ import annotations

import subprocess
import sys

from app.deck.loader import load_deck
from app.deck.source_check import lost_sentences
from app.export.text import reader_text
from tests.helpers import ROOT, write_deck

MANIFEST = """title = "Репортаж"
subtitle = "Подзаголовок"
author = "Автор"

[[chapters]]
title = "Вступление"
file = "a.md"
role = "opening"

[[chapters]]
title = "Город"
file = "b.md"

[[chapters]]
title = "Память"
file = "c.md"
"""


def test_slides_in_order_with_reader_text_or_shown_text(tmp_path):
    root = write_deck(tmp_path / "d", {
        "a.md": "# Обложка\n\n::: reader\nПервое предложение отчёта.\n",
        "b.md": "# Показано\n\n::: reader\nВторое.\n\nТретье.\n\n::: notes\nЗаметка.\n"
                "---\nkind: quote\nspeaker: Коикэ\nrole: губернатор\n\n> Қош келдіңіз!\n",
        "c.md": "kind: facts\n\n- **1964** монорельс\n",
    }, MANIFEST)
    deck, _ = load_deck(root)
    text = reader_text(deck)
    order = ["Репортаж", "Подзаголовок", "Автор", "Вступление", "Первое предложение отчёта.",
             "Глава 1. Город", "Второе.", "Третье.", "Қош келдіңіз!", "Коикэ, губернатор",
             "Глава 2. Память", "1964 монорельс"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "Показано" not in text  # the reader text stands for the slide
    assert "Заметка" not in text
    assert text.endswith("\n")


def test_the_shipped_deck_carries_the_whole_report(shipped_deck):
    """`export --text` alone, without the deck, still holds every sentence of the source."""
    source = shipped_deck.source.read_text(encoding="utf-8")
    total, lost = lost_sentences(source, [reader_text(shipped_deck)])
    assert total > 100
    assert [s.text for s in lost] == []


def test_text_export_does_not_load_qt():
    code = ("import sys; import app.export.text; "
            "print(any(name.startswith('PySide6') for name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"

"""The reading pane: a slide's full text, however much of it a deck holds, without a freeze."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.deck.slides import MAX_SECTION, parse_chapter_file
from app.ui.reading_pane import ReadingPane


@pytest.mark.timeout(60)  # a hang guard: span by span, Qt relaid the text out each time (79 s)
def test_the_most_reader_text_a_slide_may_hold_shows_whole(qtbot):
    lines = ["*a" * 2500] * (MAX_SECTION["reader"] // 5001)
    slide = parse_chapter_file(Path("x.md"), "# T\n\nx\n\n::: reader\n" + "\n".join(lines), [])[0]
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_slide(slide, "Глава")
    assert pane.toPlainText().count("a") >= 2500 * len(lines)

"""PDF export: one page per slide (or per build step), 16:9 pages, or A4 handouts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.deck.loader import load_deck
from app.export.pdf import export_pdf, pages
from app.render.context import RenderContext
from tests.helpers import write_deck

MARKDOWN = "# Один\n---\nkind: build\n\n- шаг\n- шаг\n- шаг\n---\n# Три\n\n::: notes\nЗаметка.\n"


def page_boxes(pdf: Path) -> list[tuple[float, float]]:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    count = len(re.findall(rb"/Type\s*/Page[^s]", data))
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    return [(float(w), float(h)) for w, h in boxes][:count] or [(0.0, 0.0)] * count


@pytest.fixture
def deck(tmp_path):
    return load_deck(write_deck(tmp_path / "d", {"a.md": MARKDOWN}))[0]


def test_one_page_per_slide_on_16_9_pages(qapp, deck, tmp_path):
    out = tmp_path / "out" / "deck.pdf"
    assert export_pdf(deck, out, RenderContext.for_deck(deck)) == 3
    boxes = page_boxes(out)
    assert len(boxes) == 3
    width, height = boxes[0]
    assert width / height == pytest.approx(16 / 9, rel=0.01)


def test_every_build_step_on_its_own_page(qapp, deck, tmp_path):
    assert [step for _, step in pages(deck, every_step=True)] == [0, 0, 1, 2, 0]
    out = tmp_path / "steps.pdf"
    assert export_pdf(deck, out, RenderContext.for_deck(deck), every_step=True) == 5


def test_handouts_are_a4_portrait(qapp, deck, tmp_path):
    out = tmp_path / "handout.pdf"
    export_pdf(deck, out, RenderContext.for_deck(deck), notes=True)
    width, height = page_boxes(out)[0]
    assert (round(width), round(height)) == (595, 842)


def test_progress_is_reported(qapp, deck, tmp_path):
    seen = []
    export_pdf(deck, tmp_path / "p.pdf", RenderContext.for_deck(deck),
               progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_an_unwritable_target_raises_oserror(qapp, deck, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError, match="file"):
        export_pdf(deck, blocker / "deck.pdf", RenderContext.for_deck(deck))


def test_backup_slides_are_left_out_unless_asked(qapp, tmp_path):
    root = write_deck(tmp_path / "h", {"a.md": "# Один\n---\nhidden: true\n\n# Запасной\n"
                                                "---\n# Два\n"})
    deck = load_deck(root)[0]
    assert [slide.title for slide, _ in pages(deck, every_step=False)] == ["Один", "Два"]
    assert len(pages(deck, every_step=False, hidden=True)) == 3
    context = RenderContext.for_deck(deck)
    assert export_pdf(deck, tmp_path / "a.pdf", context) == 2
    assert len(page_boxes(tmp_path / "a.pdf")) == 2
    assert export_pdf(deck, tmp_path / "b.pdf", context, hidden=True) == 3

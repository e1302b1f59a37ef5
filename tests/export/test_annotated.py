"""The annotated PDF: the slide export with the talk's strokes drawn where they were drawn."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader

from app.deck.annotations import Pen, Stroke
from app.deck.loader import load_deck
from app.export.annotated import export_annotated_pdf
from app.export.pdf import export_pdf
from app.render.context import RenderContext
from tests.helpers import write_deck

SLIDES = """kind: text
title: Первый

Текст первого слайда.

---
kind: text
title: Второй

Текст второго слайда.

---
kind: text
title: Запасной
hidden: true

Запасной слайд.
"""

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="poppler-utils is not installed")


def page_png(pdf, page: int, out_prefix) -> Image.Image:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out_prefix)], check=True, timeout=60)
    return Image.open(f"{out_prefix}.png").convert("RGB")


def red_share(image: Image.Image, box) -> float:
    """The share of the box's columns with a red pixel in them."""
    part = image.crop(box)
    width, height = part.size

    def red(x: int, y: int) -> bool:
        r, g, b = part.getpixel((x, y))
        return r > 170 and g < 110 and b < 110

    return sum(any(red(x, y) for y in range(height)) for x in range(width)) / width


@pytest.fixture
def sample(qapp, tmp_path):
    deck, diagnostics = load_deck(write_deck(tmp_path / "deck", {"01.md": SLIDES}))
    assert [s.hidden for s in deck.slides] == [False, False, True], diagnostics
    return deck, RenderContext.for_deck(deck)


@pytest.fixture
def drawn(sample):
    deck, context = sample
    slide = deck.exported_slides()[1]
    stroke = Stroke(Pen.PEN, tuple((0.1 + i * 0.02, 0.5) for i in range(41)))  # 0.1 → 0.9
    return deck, context, slide, {slide.index: (stroke,)}


def test_the_annotated_pdf_has_every_slide_and_the_strokes(drawn, tmp_path):
    deck, context, slide, strokes = drawn
    plain, annotated = tmp_path / "plain.pdf", tmp_path / "annotated.pdf"
    pages = export_pdf(deck, plain, context)
    assert export_annotated_pdf(deck, annotated, context, strokes) == pages
    plain_pages, marked_pages = PdfReader(plain).pages, PdfReader(annotated).pages
    assert len(marked_pages) == pages
    assert marked_pages[0].get_contents().get_data() == plain_pages[0].get_contents().get_data()
    assert marked_pages[1].get_contents().get_data() != plain_pages[1].get_contents().get_data()


@needs_poppler
def test_the_stroke_is_on_its_page_where_it_was_drawn(drawn, tmp_path):
    deck, context, slide, strokes = drawn
    pdf = tmp_path / "annotated.pdf"
    export_annotated_pdf(deck, pdf, context, strokes)
    page = page_png(pdf, 2, tmp_path / "p2")
    width, height = page.size
    y = height // 2
    assert red_share(page, (width // 5, y - 3, width * 4 // 5, y + 3)) > 0.95  # along the line
    assert red_share(page, (width // 5, 0, width * 4 // 5, height // 4)) < 0.05  # not above it
    other = page_png(pdf, 1, tmp_path / "p1")
    assert red_share(other, (width // 5, y - 3, width * 4 // 5, y + 3)) < 0.05


def test_a_backup_slide_drawn_on_is_included(sample, tmp_path):
    deck, context = sample
    hidden = [s for s in deck.slides if s.hidden]
    strokes = {hidden[0].index: (Stroke(Pen.HIGHLIGHTER, ((0.2, 0.2), (0.8, 0.2))),)}
    out = tmp_path / "a.pdf"
    assert export_annotated_pdf(deck, out, context, strokes) == len(deck.slides)
    assert export_annotated_pdf(deck, out, context, {}) == len(deck.slides) - 1

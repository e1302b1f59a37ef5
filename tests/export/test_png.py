"""PNG export: one file per slide, at its last build step, named and sized as asked."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.export.png import export_png
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from tests.render.samples import to_pil, write_sample_deck


@pytest.fixture
def deck(qapp, tmp_path):
    root = write_sample_deck(tmp_path / "deck")
    chapter = root / "01-main.md"
    chapter.write_text(chapter.read_text(encoding="utf-8")
                       + "\n---\nhidden: true\nid: backup\n\n# Запасной слайд\n",
                       encoding="utf-8")
    deck, _ = load_deck(root)
    return deck


def test_one_png_per_numbered_slide_named_by_its_number(deck, tmp_path):
    calls = []
    out = tmp_path / "out" / "nested"
    paths = export_png(deck, out, QSize(640, 360), RenderContext.for_deck(deck),
                       progress=lambda done, total: calls.append((done, total)))
    numbered = [s for s in deck.slides if not s.hidden]
    count = len(numbered)
    assert count == len(deck.slides) - 1
    numbers = deck.slide_numbers()
    assert [p.name for p in paths] == [f"{numbers[s.index]:03d}-{s.id}.png" for s in numbered]
    assert not any(p.name.endswith("-backup.png") for p in paths)
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in paths]
    assert calls == [(n, count) for n in range(1, count + 1)]
    for path in paths:
        with Image.open(path) as image:
            assert image.size == (640, 360)


def test_hidden_slides_on_request_keep_the_numbers_of_the_others(deck, tmp_path):
    paths = export_png(deck, tmp_path / "out", QSize(64, 36), RenderContext.for_deck(deck),
                       hidden=True)
    backup = deck.slide_by_id("backup")
    before = deck.slide_numbers()[backup.index - 1]
    names = [p.name for p in paths]
    assert len(names) == len(deck.slides)
    assert names[backup.index] == f"{before:03d}.1-backup.png"
    assert names[backup.index + 1] == f"{before + 1:03d}-{deck.slides[backup.index + 1].id}.png"
    assert sorted(names) == names  # a file manager lists them in deck order


def test_builds_are_exported_at_their_last_step(deck, tmp_path):
    context = RenderContext.for_deck(deck)
    paths = export_png(deck, tmp_path / "out", QSize(640, 360), context)
    slide = deck.slide_by_id("dialogue-slide")
    exported = Image.open(paths[slide.index]).convert("RGB")
    last = to_pil(render_slide_image(slide, slide.step_count - 1, QSize(640, 360), context))
    first = to_pil(render_slide_image(slide, 0, QSize(640, 360), context))
    assert ImageChops.difference(exported, last).getbbox() is None
    assert ImageChops.difference(exported, first).getbbox() is not None


def test_a_file_in_the_way_is_an_error(deck, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(FileExistsError):
        export_png(deck, blocker, QSize(64, 36), RenderContext.for_deck(deck))

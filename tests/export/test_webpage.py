"""The offline page: one self-contained file with the whole report and chapter anchors."""

from __future__ import annotations

import pytest

from app.deck.loader import load_deck
from app.deck.source_check import lost_sentences
from app.export.book import chapter_anchor
from app.export.webpage import export_html
from app.render.context import RenderContext
from tests.export.book_checks import (
    HOSTILE_DECK,
    PIC_SVG,
    XHTML,
    assert_hostile_text_stays_text,
    images,
    parse,
    text_lines,
)
from tests.helpers import write_deck


@pytest.fixture(scope="module")
def page(qapp, shipped_deck, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html") / "out"
    path = export_html(shipped_deck, folder, RenderContext.for_deck(shipped_deck))
    return folder, path


def test_one_file_that_needs_nothing_else(page):
    folder, path = page
    assert [p.name for p in folder.iterdir()] == ["index.html"] == [path.name]
    root = parse(path.read_bytes())
    for element in root.iter():
        for attribute in ("src", "href"):
            value = element.get(attribute)
            if value is not None:
                assert value.startswith(("data:", "#")), value
    style = "".join(e.text or "" for e in root.iter(f"{XHTML}style"))
    assert "url(\"fonts/" not in style
    assert "data:font/ttf;base64," in style
    assert all(img.get("alt", "").strip() for img in images(root))
    assert len(images(root)) >= 10


def test_contents_link_to_every_chapter(page, shipped_deck):
    _, path = page
    root = parse(path.read_bytes())
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    toc = next(n for n in root.iter(f"{XHTML}nav") if n.get("id") == "toc")
    links = [(a.get("href"), "".join(a.itertext())) for a in toc.iter(f"{XHTML}a")]
    assert [href for href, _ in links] == [f"#{chapter_anchor(shipped_deck, c)}"
                                           for c in shipped_deck.chapters]
    assert all(href[1:] in ids for href, _ in links)
    for number, chapter in enumerate(shipped_deck.main_chapters, 1):
        assert (f"#chapter-{number}", f"Глава {number}. {chapter.title}") in links
    assert root.get("lang") == shipped_deck.language


def test_the_page_carries_every_sentence_of_the_report(page, shipped_deck):
    _, path = page
    lines = text_lines(parse(path.read_bytes()))
    total, lost = lost_sentences(shipped_deck.source.read_text(encoding="utf-8"),
                                 ["\n".join(lines)])
    assert total > 100
    assert [s.text for s in lost] == []


def test_a_hostile_deck_stays_text(qapp, tmp_path):
    root = write_deck(tmp_path / "deck", HOSTILE_DECK)
    (root / "media").mkdir()
    (root / "media" / "pic.svg").write_text(PIC_SVG, encoding="utf-8")
    deck, _ = load_deck(root)
    path = export_html(deck, tmp_path / "out", RenderContext.for_deck(deck))
    assert_hostile_text_stays_text(parse(path.read_bytes()))

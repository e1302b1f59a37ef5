"""The article view: the whole report on one page, in step with the slide both ways."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextFormat

from app.deck.loader import load_deck
from app.deck.model import Kind
from app.ui.article_view import chapter_anchor
from tests.helpers import SHIPPED_DECK, open_reader


@pytest.fixture
def deck():
    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture
def window(qtbot, deck):
    win = open_reader(qtbot, deck)
    win.actions["article"].trigger()
    return win


def fragments(document):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def test_the_article_holds_every_chapter_and_every_shown_slide(window, deck):
    assert window.area.text.currentWidget() is window.article
    text = window.article.toPlainText()
    anchors = {name for fragment in fragments(window.article.document())
               for name in fragment.charFormat().anchorNames()}
    for number, chapter in enumerate(deck.chapters):
        assert chapter.title in text
        assert chapter_anchor(number) in anchors
    shown = [s for s in deck.slides if not s.hidden and s.kind is not Kind.CHAPTER]
    for slide in shown:
        assert f"slide-{slide.id}" in anchors
        blocks = slide.reader or slide.blocks
        words = [w for w in blocks[0].text.split() if w.isalpha()] if blocks else []
        if words:
            assert words[0] in text


def test_the_article_shows_the_pictures_with_alt_text_and_captions(window, deck):
    pictures = [fragment.charFormat().toImageFormat() for fragment in
                fragments(window.article.document()) if fragment.charFormat().isImageFormat()]
    images = [image for s in deck.slides if not s.hidden for image in s.images]
    assert len(pictures) == len(images)
    alts = [fmt.property(QTextFormat.Property.ImageAltText) for fmt in pictures]
    assert alts == [image.alt for image in images]
    text = window.article.toPlainText()
    captioned = next(image for image in images if image.caption)
    assert captioned.caption.split()[0] in text
    width = window.article.viewport().width()
    assert all(fmt.width() <= width for fmt in pictures)


def test_paging_moves_the_article(qtbot, window, deck):
    targets = [s.index for s in deck.slides if not s.hidden]
    for index in targets:
        window.go_to(index)
        assert window.article.slide_at_reading_line() == index


def test_scrolling_the_article_moves_the_slide(qtbot, window, deck):
    article = window.article
    target = [s for s in deck.slides if not s.hidden][-3]
    at = article._indices.index(target.index)
    block = article.document().findBlock(article._starts[at])
    top = article.document().documentLayout().blockBoundingRect(block).top()
    article.verticalScrollBar().setValue(int(top))
    assert window.index == target.index
    assert window.view.slide is target


def test_the_article_view_is_remembered(qtbot, window, deck):
    window.close()
    again = open_reader(qtbot, deck)
    assert again.actions["article"].isChecked()
    assert again.area.text.currentWidget() is again.article
    assert again.article.toPlainText()


def test_the_article_is_typeset_and_keeps_the_notes_to_itself(window, deck):
    text = window.article.document().toRawText()
    assert '"' not in text
    assert "Касым\u2011Жомарт" in text
    noted = next(s for s in deck.slides if s.notes and not s.hidden)
    note = noted.notes[0].text.split()[0:3]
    assert "Заметки докладчика" not in text
    window.actions["show_notes"].trigger()
    assert "Заметки докладчика" in window.article.toPlainText()
    assert " ".join(note).split()[0] in window.article.toPlainText()


def test_a_rebuild_reuses_the_pictures_and_another_theme_redraws_them(window):
    drawn = dict(window.article._drawn)
    assert drawn
    window.actions["show_notes"].trigger()  # rebuilds the page
    assert all(window.article._drawn[key] is image for key, image in drawn.items())
    window.set_theme("dark")
    assert window.article._drawn.keys() != drawn.keys()  # the drawings' dark variants
    assert len(window.article._drawn) <= len(drawn)


def test_rebuilding_the_article_keeps_the_reader_where_they_are(qtbot, deck):
    window = open_reader(qtbot, deck)
    target = [s.index for s in deck.slides if not s.hidden][12]
    window.go_to(target)
    window.actions["article"].trigger()
    assert window.index == target
    assert window.article.slide_at_reading_line() == target
    for action in ("text_bigger", "show_notes", "next_theme"):
        window.actions[action].trigger()
        assert window.index == target, action
        assert window.article.slide_at_reading_line() == target, action


def test_pictures_follow_the_pages_width_and_the_slide_stays(qtbot, window, deck):
    target = [s.index for s in deck.slides if not s.hidden][8]
    window.go_to(target)
    window.area.setSizes([900, 300])
    article = window.article

    def pictures_fit() -> bool:
        widths = [f.charFormat().toImageFormat().width() for f in fragments(article.document())
                  if f.charFormat().isImageFormat()]
        return (bool(widths) and max(widths) <= article.viewport().width() - 16
                and article.horizontalScrollBar().maximum() == 0)

    qtbot.waitUntil(pictures_fit)
    assert window.index == target


def test_a_search_hit_is_marked_in_the_article_without_moving_it(qtbot, window, deck):
    slide = [s for s in deck.slides if not s.hidden and s.reader][10]
    word = max((w for w in slide.reader[0].text.split() if w.isalpha()), key=len)
    window.open_search()
    window.search.field.setText(word)
    qtbot.waitUntil(lambda: any(hit.slide_index == slide.index for hit in window.search.hits))
    window.search.hit_chosen.emit(slide.index, word)
    assert window.index == slide.index
    assert window.article.slide_at_reading_line() == slide.index
    marks = [s.cursor.selectedText() for s in window.article.extraSelections()]
    assert marks
    assert all(mark.lower() == word.lower() for mark in marks)
    window.close_search()
    assert window.article.extraSelections() == []


def test_a_picture_tooltip_shows_its_alt_text_as_words(qtbot, tmp_path):
    from tests.helpers import write_deck

    alt = "<img src='/etc/x.png'><b>жирный</b>"
    source = SHIPPED_DECK / "media" / "akasaka.svg"
    slide = f"kind: photo\nimage: akasaka\nalt: {alt}\n\n# Т\n"
    root = write_deck(tmp_path / "alt", {"a.md": slide})
    (root / "media").mkdir(exist_ok=True)
    (root / "media" / "akasaka.svg").write_bytes(source.read_bytes())
    win = open_reader(qtbot, load_deck(root)[0])
    win.actions["article"].trigger()
    tips = [fragment.charFormat().toolTip() for fragment in fragments(win.article.document())
            if fragment.charFormat().isImageFormat()]
    assert tips
    assert all("<b>" not in tip and "&lt;b&gt;" in tip for tip in tips)

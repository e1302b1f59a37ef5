"""PDF export through Qt: deterministic, no headless browser.

Slides are painted by the one renderer straight into the PDF, so text stays
text (selectable, searchable); pictures go in at 200 pixels per inch of the
page (see pictures), so every viewer shows what the screen shows and the
file stays small. Two layouts: slides only (16:9 pages), or handouts with
the notes and the full text under each slide (A4), for a conference desk or
a reader who wants paper. Bookmarks by chapter and slide, page labels that
are the slides' numbers and the document's metadata are added afterwards
(pdf_marks).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from app.deck.model import Block, Deck, Slide
from app.export.pdf_marks import Description, PageMark, finish_pdf
from app.render.context import RenderContext
from app.render.fonts import ensure_fonts
from app.render.painter import paint_slide

SLIDE_PAGE = QPageSize(QSizeF(254, 142.875), QPageSize.Unit.Millimeter, "Slide 16:9")
# dpi of the PDF's coordinate system; text and vectors stay vectors, and pictures are
# decoded (photos) or drawn (illustrations) at this many pixels per inch of the page:
# sharp in print, small enough to send by mail
RESOLUTION = 200
MARGIN_MM = 15

# Paints over a slide once it is on the page: (painter, slide, step, the rect it was painted into).
Overlay = Callable[[QPainter, Slide, int, QRectF], None]


def pages(deck: Deck, every_step: bool, hidden: bool = False) -> list[tuple[Slide, int]]:
    """(slide, step) per page: the finished slide, or each build step on its own page.

    Backup (hidden) slides are left out unless `hidden`: page n is then slide n, as the
    reader, the console and the footers number them.
    """
    out = []
    for slide in deck.exported_slides(hidden):
        steps = range(slide.step_count) if every_step else [slide.step_count - 1]
        out += [(slide, step) for step in steps]
    return out


def export_pdf(deck: Deck, out: Path, context: RenderContext, *, notes: bool = False,
               every_step: bool = False, hidden: bool = False,
               progress: Callable[[int, int], None] | None = None,
               overlay: Overlay | None = None) -> int:
    """Write the PDF; the number of pages. Raises OSError when it cannot be written.

    `overlay` paints over each slide (the presenter's pen strokes, see annotated).
    """
    ensure_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setTitle(deck.title)
    writer.setCreator("Reportage")
    if notes:
        size, orientation, margin = QPageSize(QPageSize.PageSizeId.A4), \
            QPageLayout.Orientation.Portrait, MARGIN_MM
    else:
        size, orientation, margin = SLIDE_PAGE, QPageLayout.Orientation.Portrait, 0  # already wide
    writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(margin, margin, margin,
                                                                  margin)))
    todo = pages(deck, every_step, hidden)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {out}")
    try:
        for number, (slide, step) in enumerate(todo, 1):
            if number > 1:
                writer.newPage()
            area = QRectF(painter.viewport())
            if notes:
                slide_area = _handout_page(painter, slide, step, area, context, deck)
            else:
                slide_area = area
                paint_slide(painter, slide, step, area, context)
            if overlay is not None:
                overlay(painter, slide, step, slide_area)
            if progress is not None:
                progress(number, len(todo))
    finally:
        painter.end()
    finish_pdf(out, page_marks(deck, todo, context),
               Description(deck.title, deck.author, deck.subtitle, deck.language))
    return len(todo)


def page_marks(deck: Deck, todo: list[tuple[Slide, int]],
               context: RenderContext) -> list[PageMark]:
    """Each page's chapter, slide title and label («12», «12.3» for a build step)."""
    marks = []
    for index, (slide, step) in enumerate(todo):
        number = context.slide_numbers.get(slide.index)
        label = str(number) if number is not None else "запасной"
        first = index == 0 or todo[index - 1][0] is not slide
        alone = first and (index + 1 == len(todo) or todo[index + 1][0] is not slide)
        if not alone:
            label = f"{label}.{step + 1}"
        chapter = deck.chapters[slide.chapter].title if deck.chapters else ""
        marks.append(PageMark(chapter, slide.title, label, first))
    return marks


def _handout_page(painter: QPainter, slide: Slide, step: int, area: QRectF,
                  context: RenderContext, deck: Deck) -> QRectF:
    """The slide on top, then its speaker notes and the report's full text; the slide's rect."""
    slide_rect = QRectF(area.left(), area.top(), area.width(), area.width() * 9 / 16)
    paint_slide(painter, slide, step, slide_rect, context)
    gap = area.width() * 0.04
    text_rect = QRectF(area.left(), slide_rect.bottom() + gap, area.width(),
                       area.bottom() - slide_rect.bottom() - gap)
    document = _notes_document(slide, deck, text_rect.width(), painter)
    painter.save()
    painter.translate(text_rect.topLeft())
    document.drawContents(painter, QRectF(0, 0, text_rect.width(), text_rect.height()))
    painter.restore()
    return slide_rect


def _notes_document(slide: Slide, deck: Deck, width: float, painter: QPainter) -> QTextDocument:
    """Notes and full text as a text document, inserted as text (never as HTML)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(context_family(), 10)
    document.setDefaultFont(font)
    document.documentLayout().setPaintDevice(painter.device())
    document.setTextWidth(width)
    cursor = QTextCursor(document)
    chapter = deck.chapters[slide.chapter].title if deck.chapters else ""
    sections = [("Заметки докладчика", slide.notes), ("Полный текст", slide.reader)]
    cursor.insertText(" · ".join(p for p in (chapter, slide.title) if p))
    for title, blocks in sections:
        if blocks:
            _insert_section(cursor, title, blocks)
    return document


def _insert_section(cursor: QTextCursor, title: str, blocks: tuple[Block, ...]) -> None:
    heading = cursor.charFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    plain = cursor.charFormat()
    plain.setFontWeight(QFont.Weight.Normal)
    cursor.insertBlock()
    cursor.insertBlock()
    cursor.insertText(title, heading)
    for block in blocks:
        cursor.insertBlock()
        prefix = "•  " if block.kind == "item" else ""
        cursor.insertText(prefix + block.text, plain)


def context_family() -> str:
    """The body face of the deck's fonts, for the handout's text."""
    return ensure_fonts().sans

"""The whole report as one scrolling page, kept in step with the slide.

Every numbered slide's reader text under its heading, chapter by chapter,
with the slides' pictures, their captions, credits and alt text. Scrolling
the page moves the reader to the slide being read; paging the slides scrolls
the page to that slide's part. Set by app.ui.text_writer like the reading pane.
"""

from __future__ import annotations

import html
from bisect import bisect_right

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.deck.model import Deck, Image, Kind, Slide
from app.render.context import RenderContext
from app.render.layouts.common import credit_line
from app.ui.reading_pane import BASE_POINT_SIZE, ZOOM_LIMITS, mark_matches
from app.ui.text_writer import TextWriter, Typefaces, body_font, keep_measure

IMAGE_WIDTH = (120, 720)  # logical pixels: a picture's width follows the page, within these
READING_LINE = 16  # px under the page's top: the part that crosses it is the slide being read
END_ROOM = 0.8  # blank after the end, in page heights, so the last parts can reach the top
CHAPTER_SCALE = 1.8
SLIDE_SCALE = 1.25


def chapter_anchor(number: int) -> str:
    """The anchor of chapter `number` (0-based, as in Deck.chapters)."""
    return f"chapter-{number}"


class ArticleView(QTextBrowser):
    """Builds the page once per deck, theme or option; emits the slide scrolled to."""

    slide_reached = Signal(int)  # index into Deck.slides

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Статья: весь репортаж"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(24)
        self.faces = Typefaces()
        self.zoom = 0
        self._starts: list[int] = []  # document position of each part's heading, in order
        self._indices: list[int] = []  # the slide index of each part
        self._following = False  # scrolling to a slide: do not report it back
        self._pictures: list[tuple[int, float]] = []  # each picture's position, height/width
        self._drawn: dict[object, QImage | None] = {}  # pictures drawn once, kept for rebuilds
        self._kept: dict[object, QImage | None] = {}  # the last build's, while building
        self._fit = QTimer(self, singleShot=True, interval=120)
        self._fit.timeout.connect(self._fit_pictures)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], zoom))

    def build(self, deck: Deck, context: RenderContext, notes: bool = False) -> None:
        """Write the whole page: chapters, slide parts, pictures (notes only if asked).

        The page jumps while it is rewritten: that is no reader scrolling, so it is
        not reported; the window scrolls it back to its slide afterwards.
        """
        self._following = True
        try:
            self._build(deck, context, notes)
        finally:
            self._following = False

    def _build(self, deck: Deck, context: RenderContext, notes: bool) -> None:
        size = BASE_POINT_SIZE * (1.1 ** self.zoom)
        self.document().clear()
        self.document().setDefaultFont(body_font(self.font(), self.faces, size))
        keep_measure(self)  # the pictures are sized to the column
        writer = TextWriter(size, self.faces, self.palette().placeholderText())
        self._starts, self._indices, self._pictures = [], [], []
        self._kept, self._drawn = self._drawn, {}  # keep only what this build shows
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setBlockFormat(QTextBlockFormat())
        writer.small(cursor, deck.title)
        for number, chapter in enumerate(deck.chapters):
            slides = [slide for slide in chapter.slides if not slide.hidden]
            if not slides:
                continue
            for place, slide in enumerate(slides):
                self._starts.append(cursor.position() + 1)  # where the next block begins
                self._indices.append(slide.index)
                if place == 0:  # the chapter's first slide is read from its heading on
                    writer.heading(cursor, chapter.title, CHAPTER_SCALE, top=36,
                                   anchor=chapter_anchor(number))
                self._write_slide(cursor, writer, slide, context, notes)
        cursor.endEditBlock()
        self._kept = {}
        keep_measure(self)
        self._room_at_end()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def highlight(self, query: str) -> int:
        """Mark the search's matches on the whole page; the page stays where the slide put it."""
        return mark_matches(self, query, scroll=False)

    def _write_slide(self, cursor: QTextCursor, writer: TextWriter, slide: Slide,
                     context: RenderContext, notes: bool) -> None:
        if slide.kind is not Kind.CHAPTER:  # a chapter's cover repeats the chapter heading
            writer.heading(cursor, slide.heading or slide.title, SLIDE_SCALE, top=22,
                           anchor=f"slide-{slide.id}")
        for image in slide.images:
            self._picture(cursor, writer, image, context)
        for block in slide.reader or slide.blocks:
            writer.block(cursor, block)
        if notes and slide.notes:
            writer.small(cursor, self.tr("Заметки докладчика"), top=18)
            for block in slide.notes:
                writer.block(cursor, block)

    def _picture(self, cursor: QTextCursor, writer: TextWriter, image: Image,
                 context: RenderContext) -> None:
        """The picture at the page's width, its alt text kept, caption and credit under it."""
        ratio = self.devicePixelRatioF()
        key = (context.images.stamp(image.slot), ratio)  # the file (theme's variant), its mtime
        if key not in self._drawn:
            self._drawn[key] = self._kept.pop(key, None) or \
                _draw(context, image.slot, IMAGE_WIDTH[1], ratio)
        picture = self._drawn[key]
        if picture is not None:
            name = f"picture:{image.slot}"
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                                        picture)
            block = QTextBlockFormat()
            block.setTopMargin(14)
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cursor.insertBlock(block)
            fmt = QTextImageFormat()
            fmt.setName(name)
            aspect = picture.height() / picture.width()
            width = self._image_width()
            fmt.setWidth(width)
            fmt.setHeight(width * aspect)
            fmt.setProperty(QTextFormat.Property.ImageAltText, image.alt)
            fmt.setToolTip(html.escape(image.alt))  # a tooltip would render markup
            self._pictures.append((cursor.position(), aspect))
            cursor.insertImage(fmt)
        credit = credit_line(context, image, context.images.resolve(image.slot))
        if picture is None and image.alt:  # the words stand in for the picture
            writer.small(cursor, image.alt, top=4)
        for top, line in ((4, image.caption), (0, credit)):
            if line:
                writer.small(cursor, line, top=top)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        keep_measure(self)
        self._room_at_end()
        if self._pictures:
            self._fit.start()

    def _fit_pictures(self) -> None:
        """Pictures at the page's new width, the slide being read kept in view."""
        reading = self.slide_at_reading_line()
        width = self._image_width()
        cursor = QTextCursor(self.document())
        self._following = True
        try:
            for position, aspect in self._pictures:
                cursor.setPosition(position)
                cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
                fmt = cursor.charFormat().toImageFormat()
                if fmt.isValid() and round(fmt.width()) != width:
                    fmt.setWidth(width)
                    fmt.setHeight(width * aspect)
                    cursor.setCharFormat(fmt)
        finally:
            self._following = False
        if reading is not None:
            self._scroll_to(reading)

    def _room_at_end(self) -> None:
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        room = round(self.viewport().height() * END_ROOM)
        if round(fmt.bottomMargin()) != room:
            fmt.setBottomMargin(room)
            frame.setFrameFormat(fmt)

    def _image_width(self) -> int:
        margins = self.document().rootFrame().frameFormat()
        room = self.viewport().width() - int(margins.leftMargin() + margins.rightMargin()) - 8
        return max(IMAGE_WIDTH[0], min(IMAGE_WIDTH[1], room))

    # -- keeping in step with the slide -------------------------------------

    def slide_at_reading_line(self) -> int | None:
        """The slide whose part crosses the reading line, or None before the first part."""
        if not self._starts:
            return None
        line = self.verticalScrollBar().value() + READING_LINE
        layout = self.document().documentLayout()
        tops = [layout.blockBoundingRect(self.document().findBlock(p)).top()
                for p in self._starts]
        at = bisect_right(tops, line) - 1
        return self._indices[max(0, at)]

    def follow(self, index: int) -> None:
        """Scroll to slide `index`'s part (a hidden slide: the part before it), quietly."""
        at = bisect_right(self._indices, index) - 1
        if at < 0 or not self._starts:
            return
        if self.slide_at_reading_line() == self._indices[at]:
            return  # already being read: leave the page where the reader has it
        self._scroll_to(index)

    def _scroll_to(self, index: int) -> None:
        at = max(0, bisect_right(self._indices, index) - 1)
        block = self.document().findBlock(self._starts[at])
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self._following = True
        try:
            self.verticalScrollBar().setValue(int(top))
        finally:
            self._following = False

    def _scrolled(self, _value: int) -> None:
        if self._following:
            return
        index = self.slide_at_reading_line()
        if index is not None:
            self.slide_reached.emit(index)


def _draw(context: RenderContext, slot: str, width: int, ratio: float) -> QImage | None:
    """The slot's picture scaled to `width` logical pixels, or None when it cannot be shown."""
    pixels = max(1, round(width * ratio))
    loaded = context.images.load(slot, QSize(pixels, pixels))
    if loaded.svg is not None:
        size = loaded.svg.size
        if size.width() <= 0 or size.height() <= 0:
            return None
        image = QImage(pixels, max(1, round(pixels * size.height() / size.width())),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        loaded.svg.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
    elif loaded.raster is not None and not loaded.raster.isNull():
        image = loaded.raster.scaledToWidth(pixels, Qt.TransformationMode.SmoothTransformation)
    else:
        return None
    image.setDevicePixelRatio(ratio)
    return image

"""The full text of the current slide, beside it, as a reader sees it.

Set by app.ui.text_writer: the deck's typefaces, Russian typography, no HTML.
"""

from __future__ import annotations

from itertools import accumulate

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from app.deck.model import Block, Slide
from app.deck.search import compile_query, normalise
from app.ui.accessibility import scaled_points
from app.ui.text_writer import TextWriter, Typefaces, body_font, keep_measure

BASE_POINT_SIZE = 12
ZOOM_LIMITS = (-5, 10)
# Amber at 40 %: dark text on it stays readable on white, light text on it on near-black.
HIGHLIGHT = QColor(0xFE, 0xC5, 0x0C, 102)


class ReadingPane(QTextBrowser):
    """Shows a slide's heading, full reader text and, below, its notes."""

    def __init__(self, parent: QWidget | None = None, base_point_size: float = BASE_POINT_SIZE):
        super().__init__(parent)
        self.base_point_size = scaled_points(base_point_size)  # follows the desktop's font
        self.setObjectName("readingPane")
        self.setAccessibleName(self.tr("Полный текст слайда"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.zoom = 0
        self.faces = Typefaces()
        self.document().setDocumentMargin(18)
        self._apply_zoom()

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], zoom))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        size = self.base_point_size * (1.1 ** self.zoom)
        self.document().setDefaultFont(body_font(self.font(), self.faces, size))

    def set_typefaces(self, faces: Typefaces) -> None:
        """The deck's typefaces (the slides' own) instead of the desktop's."""
        self.faces = faces
        self._apply_zoom()

    def show_slide(self, slide: Slide, chapter_title: str, notes: bool = False) -> None:
        """Reader mode: the full text; the speaker notes after it only when asked for."""
        self._show(chapter_title, slide.heading or slide.title,
                   [("", slide.reader or slide.blocks),
                    (self.tr("Заметки докладчика"), slide.notes if notes else ())])

    def show_notes(self, slide: Slide, chapter_title: str) -> None:
        """Presenter console: one small line saying where, then the notes and nothing else.

        On a 1280×800 laptop the notes get the whole pane: the title is on the
        slide beside them, and the article's text is the reader's, not the speaker's.
        """
        where = " · ".join(part for part in (chapter_title, slide.title) if part)
        if not slide.notes:
            where += " · " + self.tr("заметок нет")
        self._show(where, None, [("", slide.notes)])

    def highlight(self, query: str) -> int:
        """Mark every match of `query`, as search finds them, and scroll to the first.

        Returns how many there are; an empty or too short query clears the marks.
        """
        return mark_matches(self, query, scroll=True)

    def _show(self, over: str, heading: str | None,
              sections: list[tuple[str, tuple[Block, ...]]]) -> None:
        """`over` small and grey; `heading` large and bold unless None; then the sections."""
        self.clear()
        writer = TextWriter(self.document().defaultFont().pointSizeF(), self.faces,
                            self.palette().placeholderText())
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one layout at the end, not one per span (quadratic)
        writer.small(cursor, over)
        if heading is not None:
            writer.heading(cursor, heading)
        for label, blocks in sections:
            if not blocks:
                continue
            if label:
                writer.small(cursor, label, top=24)
            for block in blocks:
                writer.block(cursor, block)
        cursor.endEditBlock()
        keep_measure(self)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        keep_measure(self)


def mark_matches(browser: QTextEdit, query: str, scroll: bool) -> int:
    """Mark every match of `query` in `browser` (search's rules); with `scroll`, show the first.

    Returns how many there are; an empty or too short query clears the marks.
    """
    document = browser.document()
    pattern = compile_query(query)
    text = document.toPlainText()
    matches = list(pattern.finditer(normalise(text))) if pattern else []
    position = _qt_positions(text) if matches else []
    mark = QTextCharFormat()
    mark.setBackground(HIGHLIGHT)
    selections = []
    for match in matches:
        cursor = QTextCursor(document)
        cursor.setPosition(position[match.start()])
        cursor.setPosition(position[match.end()], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = cursor, mark
        selections.append(selection)
    browser.setExtraSelections(selections)
    if matches and scroll:
        first = QTextCursor(document)
        first.setPosition(position[matches[0].start()])
        browser.setTextCursor(first)
        browser.ensureCursorVisible()
    return len(matches)


def _qt_positions(text: str) -> list[int]:
    """Python index -> document position: Qt counts a character past U+FFFF twice."""
    return list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))

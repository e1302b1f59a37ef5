"""The full text of the current slide, beside it, as a reader sees it.

Text is inserted through QTextCursor with character formats, never as HTML,
so whatever a deck holds is shown as typed.
"""

from __future__ import annotations

from itertools import accumulate

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from app.deck.model import Block, Slide
from app.deck.search import compile_query, normalise

BASE_POINT_SIZE = 12
ZOOM_LIMITS = (-5, 10)
# Amber at 40 %: dark text on it stays readable on white, light text on it on near-black.
HIGHLIGHT = QColor(0xFE, 0xC5, 0x0C, 102)


class ReadingPane(QTextBrowser):
    """Shows a slide's heading, full reader text and, below, its notes."""

    def __init__(self, parent: QWidget | None = None, base_point_size: float = BASE_POINT_SIZE):
        super().__init__(parent)
        self.base_point_size = base_point_size
        self.setObjectName("readingPane")
        self.setAccessibleName(self.tr("Полный текст слайда"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.zoom = 0
        self.document().setDocumentMargin(18)
        self._apply_zoom()

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], zoom))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.base_point_size * (1.1 ** self.zoom))
        self.document().setDefaultFont(font)

    def show_slide(self, slide: Slide, chapter_title: str) -> None:
        """Reader mode: the full text first, the speaker notes after it."""
        self._show(chapter_title, slide.heading or slide.title,
                   [("", slide.reader or slide.blocks),
                    (self.tr("Заметки докладчика"), slide.notes)])

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
        pattern = compile_query(query)
        text = self.document().toPlainText()
        matches = list(pattern.finditer(normalise(text))) if pattern else []
        position = _qt_positions(text) if matches else []
        mark = QTextCharFormat()
        mark.setBackground(HIGHLIGHT)
        selections = []
        for match in matches:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position[match.start()])
            cursor.setPosition(position[match.end()], QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, mark
            selections.append(selection)
        self.setExtraSelections(selections)
        if matches:
            first = QTextCursor(self.document())
            first.setPosition(position[matches[0].start()])
            self.setTextCursor(first)
            self.ensureCursorVisible()
        return len(matches)

    def _show(self, over: str, heading: str | None,
              sections: list[tuple[str, tuple[Block, ...]]]) -> None:
        """`over` small and grey; `heading` large and bold unless None; then the sections."""
        self.clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one layout at the end, not one per span (quadratic)
        small = QTextCharFormat()
        small.setFontPointSize(self.document().defaultFont().pointSizeF() * 0.8)
        small.setForeground(self.palette().placeholderText())
        cursor.insertText(over, small)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontPointSize(self.document().defaultFont().pointSizeF() * 1.35)
        if heading is not None:
            cursor.insertBlock(_spaced())
            cursor.insertText(heading, bold)
        for label, blocks in sections:
            if not blocks:
                continue
            if label:
                cursor.insertBlock(_spaced(24))
                cursor.insertText(label, small)
            for block in blocks:
                self._insert_block(cursor, block)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_block(self, cursor: QTextCursor, block: Block) -> None:
        fmt = _spaced()
        if block.kind in ("quote", "item"):
            fmt.setLeftMargin(18 * max(1, block.level))
        cursor.insertBlock(fmt)
        if block.kind == "item":
            cursor.insertText("•  ", QTextCharFormat())
        for span in block.spans:
            char = QTextCharFormat()
            if span.bold or block.kind == "heading":
                char.setFontWeight(QFont.Weight.Bold)
            if span.italic or block.kind == "quote":
                char.setFontItalic(True)
            if span.code:
                char.setFontFamilies(["monospace"])
            cursor.insertText(span.text, char)


def _qt_positions(text: str) -> list[int]:
    """Python index -> document position: Qt counts a character past U+FFFF twice."""
    return list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))


def _spaced(top: float = 10) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt

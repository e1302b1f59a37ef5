"""A slide's words set for reading: the deck's own typefaces and Russian typography.

The reading pane and the article view both write through here, so the text a
reader sees beside one slide and in the whole report is set the same way.
Text goes in through QTextCursor with character formats, never as HTML, so
whatever a deck holds is shown as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit

from app.deck.model import Block
from app.render.theme import Theme
from app.render.typography import keep_hyphenated, set_paragraph

MEASURE = 75  # the longest comfortable line, in average characters of the body text
HEADING_SCALE = 1.35
SMALL_SCALE = 0.8


@dataclass(frozen=True)
class Typefaces:
    """Family lists (fallbacks last) for running text and for headings."""

    body: tuple[str, ...] = ()
    heading: tuple[str, ...] = ()

    @classmethod
    def of(cls, theme: Theme) -> Typefaces:
        """The slides' own: the body role's family for text, the heading role's for titles."""
        return cls(theme.fonts[theme.type.body.font], theme.fonts[theme.type.heading.font])


def reading_texts(texts: list[str]) -> list[str]:
    """A paragraph's span texts with the slides' typography plus unbreakable hyphenated
    names; every rule keeps the length, so search positions stay valid.

    The last word is not glued to the one before, as it is on a slide: a pane can be
    narrow, and «энергобезопасность Японии» glued would be cut inside a word there.
    """
    return set_paragraph([keep_hyphenated(text) for text in texts], last_word=False)


class TextWriter:
    """Inserts headings, labels and deck blocks at a cursor, in one document's sizes."""

    def __init__(self, point_size: float, faces: Typefaces, muted: QBrush):
        self.point_size = point_size
        self.faces = faces
        self.muted = muted

    def small(self, cursor: QTextCursor, text: str, top: float | None = None) -> None:
        """A muted line in small type (a chapter over a heading, a section label)."""
        if top is not None:
            cursor.insertBlock(spaced(top))
        char = QTextCharFormat()
        char.setFontPointSize(self.point_size * SMALL_SCALE)
        char.setForeground(self.muted)
        cursor.insertText(reading_texts([text])[0], char)

    def heading(self, cursor: QTextCursor, text: str, scale: float = HEADING_SCALE,
                top: float = 10, anchor: str = "") -> None:
        """A heading in the deck's heading face; `anchor` names it for scrollToAnchor."""
        cursor.insertBlock(spaced(top))
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setFontPointSize(self.point_size * scale)
        if self.faces.heading:
            char.setFontFamilies(list(self.faces.heading))
        if anchor:
            char.setAnchor(True)
            char.setAnchorNames([anchor])
        cursor.insertText(reading_texts([text])[0], char)

    def block(self, cursor: QTextCursor, block: Block) -> None:
        fmt = spaced()
        if block.kind in ("quote", "item"):
            fmt.setLeftMargin(18 * max(1, block.level))
        cursor.insertBlock(fmt)
        if block.kind == "item":
            cursor.insertText("•  ", QTextCharFormat())
        texts = reading_texts([span.text for span in block.spans])
        for span, text in zip(block.spans, texts, strict=True):
            char = QTextCharFormat()
            if span.bold or block.kind == "heading":
                char.setFontWeight(QFont.Weight.Bold)
            if block.kind == "heading" and self.faces.heading:
                char.setFontFamilies(list(self.faces.heading))
            if span.italic or block.kind == "quote":
                char.setFontItalic(True)
            if span.code:
                char.setFontFamilies(["monospace"])
                text = span.text  # code is shown exactly as written
            cursor.insertText(text, char)


def body_font(base: QFont, faces: Typefaces, point_size: float) -> QFont:
    """The document's default font: the deck's body face at the reader's size."""
    font = QFont(base)
    if faces.body:
        font.setFamilies(list(faces.body))
    font.setPointSizeF(point_size)
    return font


def keep_measure(browser: QTextEdit) -> None:
    """Lines no longer than MEASURE characters: a wide pane centres a column of text."""
    document = browser.document()
    column = QFontMetricsF(document.defaultFont()).averageCharWidth() * MEASURE
    margin = document.documentMargin()
    side = margin + max(0.0, (browser.viewport().width() - 2 * margin - column) / 2)
    frame = document.rootFrame()
    fmt = frame.frameFormat()
    if abs(fmt.leftMargin() - side) >= 1:
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        frame.setFrameFormat(fmt)


def spaced(top: float = 10) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt

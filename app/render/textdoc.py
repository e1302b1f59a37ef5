"""Paragraphs typeset into a QTextDocument: fonts, line heights, hanging marks, balance.

Qt does the line breaking; this module tells it how the deck wants its text
set (the typography rules applied first, each role's size and leading,
quote marks hung into the margin, display lines balanced), so every layout
gets the same careful setting from one place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from app.deck.model import Span
from app.render.fonts import bundled_only, role_font
from app.render.theme import Theme, TypeRole
from app.render.typography import set_paragraph

LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph
HANGING = "«„“\"("  # marks that may hang into the margin
BALANCE_STEPS = 7  # bisection steps when balancing a paragraph's lines


class Marker(Enum):
    NONE = "none"
    BULLET = "bullet"  # a small square before the first line
    BAR = "bar"  # a vertical rule along the whole paragraph
    BAR_SPACE = "bar_space"  # the bar's indent without the bar, so lines keep their place


@dataclass(frozen=True)
class Para:
    """One paragraph: its spans, type role and colour, and how it is set."""

    spans: tuple[Span, ...]
    role: TypeRole
    color: QColor
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    marker: Marker = Marker.NONE
    marker_color: QColor | None = None
    space_after: float = 0.55  # in ems of this paragraph's own size
    hang: bool = False  # an opening quote mark hangs left of the text's edge
    balance: bool = False  # lines of even length (headings, quotes), no lone last word

    @classmethod
    def plain(cls, text: str, role: TypeRole, color: QColor, **options) -> Para:
        return cls((Span(text),), role, color, **options)


def _char_format(theme: Theme, para: Para, span: Span, scale: float) -> QTextCharFormat:
    role = para.role
    if span.bold or span.italic:
        role = replace(role, bold=role.bold or span.bold, italic=role.italic or span.italic)
    font = role_font(theme, role, scale)
    fmt = QTextCharFormat()
    fmt.setFont(font)
    fmt.setFontFamilies(font.families())
    fmt.setForeground(para.color)
    return fmt


def _line_height_percent(theme: Theme, para: Para, scale: float) -> float:
    """The role's line height (in ems) as Qt's percentage of the font's own line spacing."""
    font = role_font(theme, para.role, scale)
    natural = QFontMetricsF(font).lineSpacing()
    return 100.0 * para.role.line_height * font.pixelSize() / natural if natural else 100.0


def _set_texts(spans: tuple[Span, ...]) -> list[str]:
    """Each span's text after the typography rules."""
    return set_paragraph([span.text for span in spans])


def build_document(theme: Theme, paras: list[Para], width: float, scale: float) -> QTextDocument:
    """The paragraphs as a QTextDocument laid out at `width` canvas pixels."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
    # One edit block: otherwise Qt re-lays out the paragraph after every span,
    # which makes a paragraph of many short spans quadratic.
    cursor.beginEditBlock()
    gutter = 0.0  # room left of the text for hanging marks
    for index, para in enumerate(paras):
        size = para.role.px(scale)
        block = QTextBlockFormat()
        block.setAlignment(para.align)
        block.setLineHeight(_line_height_percent(theme, para, scale),
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if index < len(paras) - 1:
            block.setBottomMargin(para.space_after * size)
        if para.marker is Marker.BULLET:
            block.setLeftMargin(size * 0.95)
        elif para.marker in (Marker.BAR, Marker.BAR_SPACE):
            block.setLeftMargin(size * 0.75)
        base = _char_format(theme, para, Span(""), scale)
        first = para.spans[0].text[:1] if para.spans else ""
        if para.hang and first and first in HANGING:
            mark = QFontMetricsF(base.font()).horizontalAdvance(first)
            block.setTextIndent(-mark)
            gutter = max(gutter, mark)
        if index:
            cursor.insertBlock(block, base)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(base)
        for span, text in zip(para.spans, _set_texts(para.spans), strict=True):
            cursor.insertText(bundled_only(text).replace("\n", LINE_SEPARATOR),
                              _char_format(theme, para, span, scale))
    cursor.endEditBlock()
    if gutter:
        frame = doc.rootFrame().frameFormat()
        frame.setLeftMargin(gutter)
        doc.rootFrame().setFrameFormat(frame)
    doc.setTextWidth(width + gutter)
    return doc


def _ends_on_a_lone_word(block: QTextBlock) -> bool:
    """True when the paragraph's last line (of several) holds one word: a caption
    ending «…Азия –» / «Япония»» after a dash the typography rules cannot glue."""
    layout = block.layout()
    if layout.lineCount() < 2:
        return False
    last = layout.lineAt(layout.lineCount() - 1)
    text = block.text()[last.textStart():last.textStart() + last.textLength()]
    return len(text.split()) == 1  # a non-breaking space splits too: «в\u00a0Калифорнии» is two


def balance_lines(doc: QTextDocument, paras: list[Para]) -> None:
    """Even out the lines of display paragraphs, and of any paragraph that would end
    on a lone word, so no heading or caption ends on one.

    The paragraph's measure is narrowed as far as it goes without adding a
    line, so the text keeps its height and only the breaks move.
    """
    for number, para in enumerate(paras):
        block = doc.findBlockByNumber(number)
        if not block.isValid() or not (para.balance or _ends_on_a_lone_word(block)):
            continue
        lines = block.layout().lineCount()
        if lines < 2:
            continue
        base = block.blockFormat().rightMargin()
        low, high = 0.0, doc.textWidth() * 0.6
        for _ in range(BALANCE_STEPS):
            middle = (low + high) / 2
            if _lines_when_narrowed(doc, number, base + middle) == lines:
                low = middle
            else:
                high = middle
        _lines_when_narrowed(doc, number, base + low)


def _lines_when_narrowed(doc: QTextDocument, number: int, right_margin: float) -> int:
    """Set paragraph `number`'s right margin, lay out again, count its lines."""
    block = doc.findBlockByNumber(number)
    fmt = block.blockFormat()
    fmt.setRightMargin(right_margin)
    QTextCursor(block).setBlockFormat(fmt)
    doc.size()  # forces the layout
    return doc.findBlockByNumber(number).layout().lineCount()

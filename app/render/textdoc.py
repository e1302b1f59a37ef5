"""Paragraphs typeset with QTextLayout: fonts, line heights, hanging marks, balance.

Qt does the line breaking; this module tells it how the deck wants its text
set (the typography rules applied first, each role's size and leading,
quote marks hung into the margin, display lines balanced), so every layout
gets the same careful setting from one place.

Slides are typeset on worker threads, so nothing here may be a QObject: a
QTextDocument connects signals when it lays itself out, which takes Qt's
signal-slot lock while the worker holds Python's GIL, and a GUI thread doing
the reverse (a disconnect that asks Python for an override) deadlocks with it.
A QTextLayout per paragraph, placed here the way QTextDocument places its
blocks, is plain data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextLayout,
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


@dataclass
class _Paragraph:
    """One paragraph's layout and where it sits: the layout's position is the
    paragraph's top left corner; its lines sit at the paragraph's margins."""

    layout: QTextLayout
    left_margin: float
    right_margin: float
    indent: float  # the first line's, negative when a mark hangs
    line_factor: float  # the role's line height over the font's own
    space_after: float
    height: float = 0.0


class Typeset:
    """Paragraphs laid out at a text width, the way a QTextDocument would set them."""

    def __init__(self, theme: Theme, paras: list[Para], width: float, scale: float) -> None:
        self.paras = paras
        self.width = width  # the measure, not counting the gutter
        self.gutter = 0.0  # room left of the text for hanging marks
        self._paragraphs = [self._paragraph(theme, para, scale, last=index == len(paras) - 1)
                            for index, para in enumerate(paras)]
        for paragraph in self._paragraphs:
            self._lay_out(paragraph)
        self._stack()

    def _paragraph(self, theme: Theme, para: Para, scale: float, last: bool) -> _Paragraph:
        size = para.role.px(scale)
        base = _char_format(theme, para, Span(""), scale)
        texts = set_paragraph([span.text for span in para.spans])
        text, formats, start = "", [], 0
        for span, part in zip(para.spans, texts, strict=True):
            part = bundled_only(part).replace("\n", LINE_SEPARATOR)
            run = QTextLayout.FormatRange()
            run.start, run.length = start, len(part)
            run.format = _char_format(theme, para, span, scale)
            formats.append(run)
            text += part
            start += len(part)
        layout = QTextLayout(text, base.font())
        layout.setCacheEnabled(True)
        layout.setFormats(formats)
        option = QTextOption(para.align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setUseDesignMetrics(True)
        layout.setTextOption(option)
        margin = 0.0
        if para.marker is Marker.BULLET:
            margin = size * 0.95
        elif para.marker in (Marker.BAR, Marker.BAR_SPACE):
            margin = size * 0.75
        metrics = QFontMetricsF(base.font())
        indent = 0.0
        first = text[:1]
        if para.hang and first and first in HANGING:
            indent = -metrics.horizontalAdvance(first)
            self.gutter = max(self.gutter, -indent)
        natural = metrics.lineSpacing()
        factor = para.role.line_height * base.font().pixelSize() / natural if natural else 1.0
        return _Paragraph(layout, margin, 0.0, indent, factor,
                          0.0 if last else para.space_after * size)

    def _lay_out(self, paragraph: _Paragraph) -> None:
        """Break the paragraph into lines; each is as tall as its role's leading asks."""
        layout = paragraph.layout
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            indent = paragraph.indent if line.lineNumber() == 0 else 0.0
            line.setLineWidth(max(0.0, self.width - paragraph.left_margin
                                  - paragraph.right_margin - indent))
            line.setPosition(QPointF(paragraph.left_margin + indent, y))
            y += math.ceil(line.ascent() + line.descent() + line.leading()) * paragraph.line_factor
        layout.endLayout()
        paragraph.height = y

    def _stack(self) -> None:
        """Place the paragraphs one under another, right of the gutter."""
        y = 0.0
        for paragraph in self._paragraphs:
            paragraph.layout.setPosition(QPointF(self.gutter, y))
            y += paragraph.height + paragraph.space_after
        self._height = y

    # -- reading ------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._paragraphs)

    def layout(self, index: int) -> QTextLayout:
        """Paragraph `index`'s layout, positioned in the typeset's coordinates."""
        return self._paragraphs[index].layout

    def left_margin(self, index: int) -> float:
        return self._paragraphs[index].left_margin

    def plain_text(self) -> str:
        """The text as a reader would copy it: one paragraph a line, line breaks inside
        one as newlines, non-breaking spaces as spaces."""
        return "\n".join(paragraph.layout.text().replace(LINE_SEPARATOR, "\n")
                         .replace("\u00a0", " ") for paragraph in self._paragraphs)

    def size(self) -> QSizeF:
        return QSizeF(self.width + self.gutter, self._height)

    def ideal_width(self) -> float:
        """How wide the text really is: its longest line's right edge (a word longer
        than the measure makes it wider than the measure)."""
        right = 0.0
        for paragraph in self._paragraphs:
            layout = paragraph.layout
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                right = max(right, line.x() + line.naturalTextWidth())
        return self.gutter + right

    def draw(self, painter: QPainter) -> None:
        for paragraph in self._paragraphs:
            paragraph.layout.draw(painter, QPointF())

    # -- balancing ----------------------------------------------------------------

    def balance(self) -> None:
        """Even out the lines of display paragraphs, and of any paragraph that would end
        on a lone word, so no heading or caption ends on one.

        The paragraph's measure is narrowed as far as it goes without adding a
        line, so the text keeps its height and only the breaks move.
        """
        for para, paragraph in zip(self.paras, self._paragraphs, strict=True):
            lines = paragraph.layout.lineCount()
            if lines < 2 or not (para.balance or _ends_on_a_lone_word(paragraph.layout)):
                continue
            low, high = 0.0, (self.width + self.gutter) * 0.6
            for _ in range(BALANCE_STEPS):
                middle = (low + high) / 2
                if self._lines_when_narrowed(paragraph, middle) == lines:
                    low = middle
                else:
                    high = middle
            self._lines_when_narrowed(paragraph, low)
        self._stack()

    def _lines_when_narrowed(self, paragraph: _Paragraph, right_margin: float) -> int:
        paragraph.right_margin = right_margin
        self._lay_out(paragraph)
        return paragraph.layout.lineCount()


def _ends_on_a_lone_word(layout: QTextLayout) -> bool:
    """True when the paragraph's last line (of several) holds one word: a caption
    ending «…Азия –» / «Япония»» after a dash the typography rules cannot glue."""
    if layout.lineCount() < 2:
        return False
    last = layout.lineAt(layout.lineCount() - 1)
    text = layout.text()[last.textStart():last.textStart() + last.textLength()]
    return len(text.split()) == 1  # a non-breaking space splits too: «в\u00a0Калифорнии» is two

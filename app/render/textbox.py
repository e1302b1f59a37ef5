"""Text that fits its box: Qt lays it out, and shrinks it within readable limits.

Every piece of text on a slide is a TextBox. Qt's QTextDocument does the line
breaking (with the typography rules applied first); the box only chooses the
largest uniform scale, down to the theme's readable minimum, at which the text
fits. What still does not fit is reported and clipped, never painted outside.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from app.deck.model import Span
from app.render.fonts import role_font
from app.render.theme import Theme, TypeRole
from app.render.typography import typeset

LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph
HANGING = "«„“\"("  # marks that may hang into the margin
_SEARCH_STEPS = 7  # bisection steps between the readable minimum and full size


class Marker(Enum):
    NONE = "none"
    BULLET = "bullet"  # a small square before the first line
    BAR = "bar"  # a vertical rule along the whole paragraph
    BAR_SPACE = "bar_space"  # the bar's indent without the bar, so lines keep their place


class VAlign(Enum):
    """Where text sits in a taller box: the share of the free space above it."""

    TOP = 0.0
    OPTICAL = 0.42  # a touch above the middle, where a centred block looks centred
    CENTER = 0.5
    BOTTOM = 1.0


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


def build_document(theme: Theme, paras: list[Para], width: float, scale: float) -> QTextDocument:
    """The paragraphs as a QTextDocument laid out at `width` canvas pixels."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
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
            block.setLeftMargin(block.leftMargin() + mark)
            block.setTextIndent(-mark)
        if index:
            cursor.insertBlock(block, base)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(base)
        for span in para.spans:
            text = typeset(span.text).replace("\n", LINE_SEPARATOR)
            cursor.insertText(text, _char_format(theme, para, span, scale))
    doc.setTextWidth(width)
    return doc


def _fits(doc: QTextDocument, size: QSizeF) -> bool:
    return (doc.size().height() <= size.height() + 0.5
            and doc.idealWidth() <= size.width() + 0.5)


@dataclass
class TextBox:
    """Paragraphs fitted into `rect`: the element that paints them, clipped to it."""

    paras: list[Para]
    rect: QRectF
    doc: QTextDocument
    scale: float
    overflow: bool
    valign: VAlign = VAlign.TOP

    @property
    def height(self) -> float:
        """Height the text takes, never more than its box."""
        return min(self.doc.size().height(), self.rect.height())

    @property
    def top(self) -> float:
        return self.rect.top() + (self.rect.height() - self.height) * self.valign.value

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def block_rect(self, index: int) -> QRectF:
        """Canvas rectangle of paragraph `index`'s text, from its first line's top to the
        last line's descent and across its widest line, to hang rules and bars on."""
        layout = self.doc.findBlockByNumber(index).layout()
        if not layout.lineCount():
            return QRectF()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        left = min(line.naturalTextRect().left() for line in lines)
        right = max(line.naturalTextRect().right() for line in lines)
        bottom = lines[-1].y() + lines[-1].ascent() + lines[-1].descent()
        origin = layout.position()
        return QRectF(self.rect.left() + origin.x() + left, self.top + origin.y(),
                      right - left, bottom)

    def baseline(self, index: int) -> float:
        """Canvas y of the baseline of paragraph `index`'s last line."""
        layout = self.doc.findBlockByNumber(index).layout()
        if not layout.lineCount():
            return self.top
        last = layout.lineAt(layout.lineCount() - 1)
        return self.top + layout.position().y() + last.y() + last.ascent()

    def paint(self, painter: QPainter) -> None:
        painter.setClipRect(self.rect, Qt.ClipOperation.IntersectClip)
        painter.translate(QPointF(self.rect.left(), self.top))
        self._paint_markers(painter)
        self.doc.drawContents(painter)

    def _paint_markers(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        block = self.doc.begin()
        for para in self.paras:
            if not block.isValid():
                break
            layout = block.layout()
            if para.marker in (Marker.BULLET, Marker.BAR) and layout.lineCount():
                painter.setBrush(para.marker_color or para.color)
                size = para.role.px(self.scale)
                indent = block.blockFormat().leftMargin()
                origin = layout.position()
                first = layout.lineAt(0)
                if para.marker is Marker.BULLET:
                    side = size * 0.26
                    middle = origin.y() + first.y() + first.ascent() - size * 0.36
                    painter.drawRect(QRectF(indent - size * 0.7, middle - side / 2, side, side))
                else:
                    height = layout.boundingRect().height()
                    painter.drawRect(QRectF(indent - size * 0.75, origin.y() + size * 0.08,
                                            max(3.0, size * 0.08), height - size * 0.16))
            block = block.next()


def fit_text(theme: Theme, paras: list[Para], rect: QRectF,
             valign: VAlign = VAlign.TOP, max_scale: float = 1.0) -> TextBox:
    """The largest scale (≤ max_scale) at which `paras` fit, no role below its minimum.

    Each role shrinks with the scale until it reaches its readable minimum
    and stays there, so a long quote can shrink further than the speaker's
    name under it.

    `max_scale` lets neighbours share one size: fit each, then refit all at
    the smallest scale any of them needed.
    """
    floor = min((p.role.minimum / p.role.size for p in paras), default=1.0)
    ceiling = max(min(max_scale, 1.0), floor)
    doc, scale, overflow = _search(theme, paras, rect.size(), floor, ceiling)
    _balance(doc, paras)
    return TextBox(paras, rect, doc, scale, overflow, valign)


def _search(theme: Theme, paras: list[Para], size: QSizeF, floor: float,
            ceiling: float) -> tuple[QTextDocument, float, bool]:
    """Bisect for the largest scale that fits: (document, scale, overflow)."""
    doc = build_document(theme, paras, size.width(), ceiling)
    if _fits(doc, size) or ceiling <= floor:
        return doc, ceiling, not _fits(doc, size)
    low_doc = build_document(theme, paras, size.width(), floor)
    if not _fits(low_doc, size):
        return low_doc, floor, True
    low, high = floor, ceiling
    for _ in range(_SEARCH_STEPS):
        middle = (low + high) / 2
        candidate = build_document(theme, paras, size.width(), middle)
        if _fits(candidate, size):
            low, low_doc = middle, candidate
        else:
            high = middle
    return low_doc, low, False


def _balance(doc: QTextDocument, paras: list[Para]) -> None:
    """Even out the lines of display paragraphs, so no heading ends on a lone word.

    The paragraph's measure is narrowed as far as it goes without adding a
    line, so the text keeps its height and only the breaks move.
    """
    for number, para in enumerate(paras):
        block = doc.findBlockByNumber(number)
        if not para.balance or not block.isValid():
            continue
        lines = block.layout().lineCount()
        if lines < 2:
            continue
        base = block.blockFormat().rightMargin()
        low, high = 0.0, doc.textWidth() * 0.6
        for _ in range(_SEARCH_STEPS):
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

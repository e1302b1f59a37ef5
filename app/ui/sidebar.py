"""The chapter tree: chapters with their slide titles; click to go.

Titles wrap instead of being cut, and each shows in full on hover; the
current slide's chapter is open and the current slide in view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.deck.model import Deck
from app.ui.labels import slide_label

INDEX_ROLE = Qt.ItemDataRole.UserRole


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their title wrapped at the column's width.

    A tree asks a row's size without saying its width, so by default a long
    title gets one line and is cut; this answers with the width the row has.
    """

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 8
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box = QFontMetrics(font).boundingRect(QRect(0, 0, max(40, width), 10_000),
                                              Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


class ChapterTree(QTreeWidget):
    """Opening, the report's chapters and closing, each with its slides."""

    slide_chosen = Signal(int)

    def __init__(self, deck: Deck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("chapterTree")
        self.setAccessibleName(self.tr("Оглавление"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(False)  # a wrapped title takes two lines
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._slide_items: list[QTreeWidgetItem] = []
        self._build(deck)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _build(self, deck: Deck) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        numbers = deck.slide_numbers()
        for chapter in deck.chapters:
            top = QTreeWidgetItem([chapter.title])
            top.setFont(0, bold)
            top.setToolTip(0, html.escape(chapter.title))
            first = chapter.slides[0].index if chapter.slides else -1
            top.setData(0, INDEX_ROLE, first)
            for slide in chapter.slides:
                label = slide_label(slide, numbers)
                child = QTreeWidgetItem([label])
                child.setToolTip(0, html.escape(label))
                child.setData(0, INDEX_ROLE, slide.index)
                top.addChild(child)
                self._slide_items.append(child)
            self.addTopLevelItem(top)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, INDEX_ROLE)
        if isinstance(index, int) and index >= 0:
            self.slide_chosen.emit(index)

    def set_current(self, index: int) -> None:
        """Highlight slide `index` without emitting `slide_chosen`; its chapter open."""
        if 0 <= index < len(self._slide_items):
            item = self._slide_items[index]
            item.parent().setExpanded(True)
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self._reveal()

    def _reveal(self) -> None:
        """The current slide in view, with its chapter's heading when both fit."""
        item = self.currentItem()
        if item is None:
            return
        if item.parent() is not None:
            self.scrollToItem(item.parent(), QAbstractItemView.ScrollHint.EnsureVisible)
        self.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """At launch the tree had no size when the slide was set: scroll once shown."""
        super().showEvent(event)
        self._reveal()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the rows' heights follow the width
        self._reveal()

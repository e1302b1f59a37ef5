"""The chapter tree: chapters with their slide titles; click to go."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.deck.model import Deck
from app.ui.labels import slide_label

INDEX_ROLE = Qt.ItemDataRole.UserRole


class ChapterTree(QTreeWidget):
    """Opening, the report's chapters and closing, each with its slides."""

    slide_chosen = Signal(int)

    def __init__(self, deck: Deck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("chapterTree")
        self.setAccessibleName(self.tr("Оглавление"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
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
                child = QTreeWidgetItem([slide_label(slide, numbers)])
                child.setToolTip(0, html.escape(slide.title))
                child.setData(0, INDEX_ROLE, slide.index)
                top.addChild(child)
                self._slide_items.append(child)
            self.addTopLevelItem(top)
        self.expandAll()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, INDEX_ROLE)
        if isinstance(index, int) and index >= 0:
            self.slide_chosen.emit(index)

    def set_current(self, index: int) -> None:
        """Highlight slide `index` without emitting `slide_chosen`."""
        if 0 <= index < len(self._slide_items):
            item = self._slide_items[index]
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)

"""The slide and its text sharing the reader's window: beside or one under the other.

The reader drags the handle and picks the orientation; both are remembered.
Until they have, the split gives the slide all the room a 16:9 picture can
use and the text the rest, so neither pane is grey bands around the other.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

MIN_TEXT = (320, 180)  # the text's least width beside the slide, height under it
TEXT_SHARE = 0.28  # what the text gets at least, as a share of the area, by default


class ReadingArea(QSplitter):
    """Slide view first, then the text: the single slide's or the whole article."""

    def __init__(self, view: QWidget, pane: QWidget, article: QWidget,
                 parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("readingArea")
        self.view = view
        self.text = QStackedWidget(self)
        self.text.setObjectName("textStack")
        self.text.addWidget(pane)
        self.text.addWidget(article)
        self.pane, self.article = pane, article
        self.addWidget(view)
        self.addWidget(self.text)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 1)  # a bigger window is a bigger slide
        self.setStretchFactor(1, 0)
        self.placed = False  # the reader dragged the handle or a saved split was restored
        self.splitterMoved.connect(self._dragged)

    def _dragged(self, _pos: int, _index: int) -> None:
        self.placed = True

    def restore(self, state: QByteArray) -> bool:
        """A saved split (QSplitter.saveState); True if it applied."""
        self.placed = bool(self.restoreState(state))
        return self.placed

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self.placed:
            self.share()

    @property
    def below(self) -> bool:
        return self.orientation() is Qt.Orientation.Vertical

    def set_below(self, below: bool) -> None:
        """Text under the slide (True) or beside it; the space is shared afresh."""
        wanted = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        if self.orientation() is not wanted:
            self.setOrientation(wanted)
            self.share()

    def show_article(self, article: bool) -> None:
        self.text.setCurrentWidget(self.article if article else self.pane)

    def share(self) -> None:
        """The default split: the slide as large as 16:9 allows, the text at least its share."""
        length = self.width() if not self.below else self.height()
        across = self.height() if not self.below else self.width()
        if length <= 0:
            return
        least = max(MIN_TEXT[self.below], round(length * TEXT_SHARE))
        fitting = across * 16 // 9 if not self.below else across * 9 // 16
        slide = max(0, min(length - least, fitting))
        self.setSizes([slide, length - slide])

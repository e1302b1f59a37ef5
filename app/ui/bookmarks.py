"""Bookmarks: slides a reader marked (Ctrl+D), kept per deck, listed in a menu to jump.

Stored as the slides' ids (stable across edits that move slides), space-separated,
under the deck's key; on reading, anything that is not an id of this deck is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from app.deck.model import Deck, Slide
from app.settings import OPTIONS, Settings
from app.ui.labels import slide_label
from app.ui.mnemonics import numbered


class Bookmarks(QObject):
    """The bookmarked slides of one deck, in deck order."""

    changed = Signal()

    def __init__(self, deck: Deck, settings: Settings, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self.deck, self.settings, self.key = deck, settings, key

    def ids(self) -> list[str]:
        """The bookmarked ids that name slides of this deck, in deck order."""
        stored = set(self.settings.get("deck/bookmarks", self.key).split())
        return [slide.id for slide in self.deck.slides if slide.id in stored]

    def has(self, slide: Slide) -> bool:
        return slide.id in self.ids()

    def toggle(self, slide: Slide) -> bool | None:
        """Mark or unmark `slide`; True if it is bookmarked now, None if there is no room
        left for another (the settings cap the list's length)."""
        ids = self.ids()
        marked = slide.id not in ids
        ids = [i for i in ids if i != slide.id] + ([slide.id] if marked else [])
        order = {s.id: s.index for s in self.deck.slides}
        text = " ".join(sorted(ids, key=order.__getitem__))
        if len(text) > OPTIONS["deck/bookmarks"].max_length:
            return None
        self.settings.set("deck/bookmarks", text, self.key)
        self.settings.sync()
        self.changed.emit()
        return marked

    def fill(self, menu: QMenu, go: Callable[[int], None], keep: int) -> None:
        """Put one entry per bookmark in `menu` after its first `keep` actions."""
        for action in menu.actions()[keep:]:
            menu.removeAction(action)
            action.deleteLater()
        ids = self.ids()
        menu.addSeparator()
        if not ids:
            empty = menu.addAction(self.tr("Закладок &пока нет"))
            empty.setEnabled(False)
            return
        numbers = self.deck.slide_numbers()
        slides = [s for s in map(self.deck.slide_by_id, ids) if s is not None]
        for position, slide in enumerate(slides):
            entry = menu.addAction(numbered(position, slide_label(slide, numbers)))
            entry.triggered.connect(lambda _=False, i=slide.index: go(i))

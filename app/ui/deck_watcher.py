"""Notice when a deck's files change on disk, so the reader can show the edit at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.deck.model import Deck

SETTLE_MS = 300  # editors save in several writes (temp file, rename): wait for the last


class DeckWatcher(QObject):
    """Emits `changed` once after the manifest, a chapter file or media/ changes."""

    changed = Signal()

    def __init__(self, deck: Deck, parent: QObject | None = None):
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self.watch(deck)

    def watch(self, deck: Deck) -> None:
        """Follow `deck`'s files (again: a rename-on-save drops a file from the watch)."""
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        candidates = [deck.root, deck.root / "deck.toml", deck.root / "media",
                      *(chapter.file for chapter in deck.chapters)]
        existing = [str(path) for path in candidates if Path(path).exists()]
        if existing:
            self._watcher.addPaths(existing)

    def _touched(self, _path: str) -> None:
        self._settle.start()

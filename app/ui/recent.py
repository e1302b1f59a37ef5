"""Decks the reader opened lately (File → Recent), and opening one by dropping it.

The list is a JSON array of absolute folder paths in the settings; on reading,
anything else in there is ignored and folders that are no longer decks are
pruned, so a hand-edited or stale list never offers a dead entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu

from app.deck.manifest import MANIFEST
from app.settings import Settings
from app.ui.mnemonics import numbered

MAX_RECENT = 10


def is_deck(folder: Path) -> bool:
    return (folder / MANIFEST).is_file()


def recent_decks(settings: Settings) -> list[Path]:
    """The remembered deck folders, newest first, only those still decks on disk."""
    try:
        stored = json.loads(settings.get("ui/recent") or "[]")
    except ValueError:
        return []
    if not isinstance(stored, list):
        return []
    paths = [Path(item) for item in stored if isinstance(item, str) and item]
    return [path for path in paths if path.is_absolute() and is_deck(path)][:MAX_RECENT]


def remember_deck(settings: Settings, folder: Path) -> None:
    """Put `folder` first in the list (once), keep at most MAX_RECENT."""
    folder = folder.resolve()
    kept = [folder] + [path for path in recent_decks(settings) if path != folder]
    text = json.dumps([str(path) for path in kept[:MAX_RECENT]], ensure_ascii=False)
    while len(text) > 60000 and kept:  # pathological path lengths: drop the oldest
        kept.pop()
        text = json.dumps([str(path) for path in kept], ensure_ascii=False)
    settings.set("ui/recent", text)
    settings.sync()


def fill_recent_menu(menu: QMenu, settings: Settings, current: Path,
                     open_deck: Callable[[Path], None]) -> None:
    """The recent decks other than `current`, newest first; a note when there are none."""
    menu.clear()
    paths = [path for path in recent_decks(settings) if path != current.resolve()]
    for position, path in enumerate(paths):
        entry = menu.addAction(numbered(position, str(path)))
        entry.triggered.connect(lambda _=False, p=path: open_deck(p))
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("recent", "&Недавних колод нет"))
        empty.setEnabled(False)


def dropped_deck(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The deck folder a drag carries: a folder with deck.toml, or a deck.toml itself."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        folder = path.parent if path.name == MANIFEST else path
        if folder.is_dir() and is_deck(folder):
            return folder
    return None


class DeckDrop(QObject):
    """Installed on a window: a deck dropped anywhere on it asks to be opened."""

    dropped = Signal(Path)

    def __init__(self, window: QObject):
        super().__init__(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_deck(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            folder = dropped_deck(event)
            if folder is not None:
                event.acceptProposedAction()
                self.dropped.emit(folder)
                return True
        return False

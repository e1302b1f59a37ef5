"""Every user setting, declared once: key, type, default, meaning.

Reads go through `Settings.get`, which validates the stored value and falls
back to the default, so a hand-edited or corrupt settings file never breaks
the app. Per-deck and per-screen values are keyed by a stable hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    doc: str


OPTIONS = {
    option.key: option
    for option in (
        Option("reader/show_text", bool, True, "Show the full-text pane beside the slide."),
        Option("reader/show_sidebar", bool, True, "Show the chapter tree."),
        Option("reader/text_zoom", int, 0, "Reading pane font size step, -5…+10."),
        Option("reader/geometry", bytes, b"", "The reader window's geometry."),
        Option("deck/position", str, "", "Last slide id and step per deck (deck-keyed)."),
        Option("present/audience_screen", str, "", "Audience screen per screen setup."),
        Option("present/notes_zoom", int, 0, "Speaker notes font size step."),
        Option("present/duration", float, 0.0, "Planned talk in minutes per deck; 0 = manifest."),
        Option("ui/theme", str, "", "Slide theme override: '', 'light' or 'dark'."),
    )
}


def deck_key(root: Path) -> str:
    """A stable key for per-deck values (the folder's absolute path, hashed)."""
    return hashlib.sha1(str(root.resolve()).encode("utf-8")).hexdigest()[:16]


class Settings:
    """Typed access to QSettings; the one place the app stores anything."""

    def __init__(self, store: QSettings | None = None):
        self._store = store or QSettings("Reportage", "Reportage")

    def get(self, key: str, scope: str = "") -> Any:
        option = OPTIONS[key]
        value = self._store.value(self._full_key(key, scope), option.default)
        return _coerce(value, option)

    def set(self, key: str, value: Any, scope: str = "") -> None:
        option = OPTIONS[key]
        if _coerce(value, option) != value:
            raise TypeError(f"{key} takes {option.type.__name__}, not {value!r}")
        self._store.setValue(self._full_key(key, scope), value)

    def sync(self) -> None:
        self._store.sync()

    @staticmethod
    def _full_key(key: str, scope: str) -> str:
        return f"{key}/{scope}" if scope else key


def _coerce(value: Any, option: Option) -> Any:
    """The stored value as the option's type, or its default if it is not one."""
    if option.type is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return option.default
    if option.type is bytes:
        if isinstance(value, bytes | bytearray):
            return bytes(value)
        data = getattr(value, "data", None)  # QByteArray
        return bytes(data()) if callable(data) else option.default
    try:
        coerced = option.type(value)
    except (TypeError, ValueError):
        return option.default
    return coerced

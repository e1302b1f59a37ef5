"""Every user setting, declared once: key, type, default, meaning, allowed values.

A settings file is data from outside the app (a user may be handed one), so
it is treated like a deck:
- Qt's INI reader decodes `@Variant(...)` values through QDataStream when it
  parses the file — for every key, not only the ones asked for — and
  PySide6 turns a `PySide::PyObjectWrapper` in there into `pickle.loads`.
  So the raw file is screened *before* QSettings ever sees it
  (`screen_ini`): a line that could decode to any `@` form is dropped with a
  logged warning, and the app itself writes only plain text (QByteArray
  values as base64), so its own lines always pass.
- Reads go through `Settings.get`, which checks the value against its Option
  (type, range, choices, length) and falls back to the default with a logged
  warning, so a hand-edited or corrupt file never breaks the app.
Per-deck and per-screen values are keyed by a stable hash. Keys are
`section/name` (one level: deeper keys make Qt write backslashes, which the
screen refuses).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from app.deck.manifest import THEMES

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1 << 20  # a settings file is a few kilobytes; a bigger one is not ours
MAX_TEXT = 4096  # characters in any one text value unless its Option says otherwise
_SCOPE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class Option:
    """One setting. `choices` and `bounds` narrow the type; text is capped at `max_length`."""

    key: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()
    bounds: tuple[float, float] | None = None
    max_length: int = MAX_TEXT


OPTIONS = {
    option.key: option
    for option in (
        Option("reader/show_text", bool, True, "Show the full-text pane beside the slide."),
        Option("reader/show_sidebar", bool, True, "Show the chapter tree."),
        Option("reader/text_zoom", int, 0, "Reading pane font size step.", bounds=(-5, 10)),
        Option("reader/geometry", QByteArray, QByteArray(), "The reader window's geometry.",
               max_length=16384),
        Option("reader/splitter", QByteArray, QByteArray(),
               "Widths of the chapter tree and the reading area.", max_length=4096),
        Option("reader/text_splitter", QByteArray, QByteArray(),
               "How the slide and the text share the reading area.", max_length=4096),
        Option("reader/text_below", bool, False, "The text under the slide, not beside it."),
        Option("reader/article", bool, False,
               "The text pane shows the whole report as one page (the article view)."),
        Option("reader/show_notes", bool, False, "Show the presenter's notes to the reader."),
        Option("reader/step_by_step", bool, False,
               "Show builds step by step while reading (else complete)."),
        Option("deck/position", str, "", "Last slide id and step per deck (deck-keyed).",
               max_length=512),
        Option("deck/bookmarks", str, "", "Bookmarked slide ids per deck, space-separated "
               "(deck-keyed).", max_length=8192),
        Option("ui/recent", str, "", "Recently opened deck folders, a JSON list of paths.",
               max_length=65536),
        Option("present/audience_screen", str, "", "Audience screen per screen setup (JSON)."),
        Option("present/notes_zoom", int, 0, "Speaker notes font size step.", bounds=(-5, 10)),
        Option("present/duration", float, 0.0, "Planned talk in minutes per deck; 0 = manifest.",
               bounds=(0.0, 24 * 60.0)),
        Option("ui/theme", str, "", "Theme by name; '' = the system's preference, "
               "else the deck's own.", choices=("", *THEMES)),
        Option("ui/language", str, "auto", "UI language; 'auto' = the system's.",
               choices=("auto", "ru", "kk", "en")),
    )
}


def deck_key(root: Path) -> str:
    """A stable key for per-deck values (the folder's absolute path, hashed)."""
    return hashlib.sha1(str(root.resolve()).encode("utf-8")).hexdigest()[:16]


def settings_path() -> Path:
    """Where the user's settings live, worked out without opening them through QSettings."""
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / "Reportage" / "Reportage.conf"


class Settings:
    """Typed, validated access to one INI file; the one place the app stores anything."""

    def __init__(self, path: Path | None = None):
        self.path = _usable_path(path or settings_path())
        screen_file(self.path)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._warned: set[str] = set()

    def get(self, key: str, scope: str = "") -> Any:
        option = OPTIONS[key]
        full_key = _full_key(key, scope)
        stored = self._store.value(full_key, None)
        if stored is None:
            return _copy(option.default)
        value = _decode(stored, option)
        if value is None:
            if full_key not in self._warned:
                self._warned.add(full_key)
                log.warning("settings: ignoring %s (%s); using the default", full_key,
                            _describe(stored))
            return _copy(option.default)
        return value

    def set(self, key: str, value: Any, scope: str = "") -> None:
        option = OPTIONS[key]
        if not _valid(value, option):
            raise TypeError(f"{key} takes {option.type.__name__} within its limits, not {value!r}")
        self._store.setValue(_full_key(key, scope), _encode(value, option))

    def sync(self) -> None:
        """Write pending values (Qt re-reads a file changed meanwhile: screen it first)."""
        screen_file(self.path)
        self._store.sync()


def _full_key(key: str, scope: str) -> str:
    """`section/name` or `section/name.scope`: one level deep, so Qt writes no `\\` in keys."""
    if scope and not _SCOPE.fullmatch(scope):
        raise ValueError(f"a settings scope is a plain name or hash, not {scope!r}")
    return f"{key}.{scope}" if scope else key


def _copy(value: Any) -> Any:
    return QByteArray(value) if isinstance(value, QByteArray) else value


# -- values -----------------------------------------------------------------------------

def _valid(value: Any, option: Option) -> bool:
    """Whether `value` is exactly of the option's type and within its limits."""
    if option.type is bool:
        ok = isinstance(value, bool)
    elif option.type is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif option.type is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    elif option.type is str:
        ok = isinstance(value, str) and len(value) <= option.max_length
    elif option.type is QByteArray:
        ok = isinstance(value, QByteArray) and value.size() <= option.max_length
    else:
        ok = False
    if ok and option.bounds is not None:
        ok = option.bounds[0] <= value <= option.bounds[1]
    if ok and option.choices:
        ok = value in option.choices
    return ok


def _encode(value: Any, option: Option) -> Any:
    """What goes into the file: plain text and numbers only, never a Python object."""
    if option.type is QByteArray:
        return bytes(value.toBase64().data()).decode("ascii")
    return float(value) if option.type is float else value


_INT = re.compile(r"[+-]?\d{1,9}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


def _decode(stored: Any, option: Option) -> Any:
    """The stored text as the option's type, or None when it is not a valid one."""
    if option.type in (bool, int, float) and isinstance(stored, bool | int | float):
        # a value set in this session comes back from Qt's cache typed
        return option.type(stored) if _valid(stored, option) else None
    if not isinstance(stored, str):  # a list (commas), a QRect/QSize, bytes: never ours
        return None
    value: Any = None
    if option.type is bool and stored in ("true", "false"):
        value = stored == "true"
    elif option.type is int and _INT.fullmatch(stored):
        value = int(stored)
    elif option.type is float:
        try:
            value = float(stored)
        except ValueError:
            return None
    elif option.type is str:
        value = stored
    elif option.type is QByteArray and len(stored) <= option.max_length * 4 // 3 + 4 \
            and _BASE64.fullmatch(stored):
        value = QByteArray.fromBase64(stored.encode("ascii"))
    return value if value is not None and _valid(value, option) else None


def _describe(stored: Any) -> str:
    """A short, safe account of a rejected value for the log."""
    if isinstance(stored, str):
        return f"'{stored[:40]}'{'…' if len(stored) > 40 else ''} is not allowed"
    return f"a {type(stored).__name__} is not a plain value"


# -- the file ---------------------------------------------------------------------------

def _usable_path(path: Path) -> Path:
    """`path`, or a throwaway file if it is something other than a regular file.

    QSettings would block forever opening a FIFO and would read a device.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError as exc:
        log.warning("settings: cannot use %s (%s); settings will not be kept", path, exc)
        return _throwaway()
    if stat.S_ISREG(mode):
        return path
    log.warning("settings: %s is not a regular file; settings will not be kept", path)
    return _throwaway()


def _throwaway() -> Path:
    return Path(tempfile.mkdtemp(prefix="reportage-settings-")) / "Reportage.conf"


def screen_file(path: Path) -> None:
    """Drop every line of the INI file at `path` that Qt could decode to a non-plain value."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("settings: cannot read %s (%s)", path, exc)
        return
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            return
        raw = file.read(MAX_FILE_BYTES + 1)
    too_big = len(raw) > MAX_FILE_BYTES
    if too_big:
        log.warning("settings: %s is larger than %d bytes; starting afresh", path, MAX_FILE_BYTES)
        raw = b""
    kept, dropped = screen_ini(raw)
    for number, line in dropped:
        log.warning("settings: %s:%d dropped (not a plain value): %.60r", path, number, line)
    if dropped or too_big:
        _replace(path, kept)


def screen_ini(raw: bytes) -> tuple[bytes, list[tuple[int, bytes]]]:
    """The lines of `raw` that are safe to hand to QSettings, and the dropped ones by number.

    Qt's INI values become non-text only through a leading `@` in a
    comma-separated element (`@Variant(`, `@DateTime(`, `@Rect(`…), which
    escapes (`\\x40`, `\\100`) or line continuations can also spell. A line
    is kept only if it has no such escape, no control character, and every
    `@` in it directly follows a literal letter, digit or `._-:/` (so no
    element can begin with `@`).
    """
    kept: list[bytes] = []
    dropped: list[tuple[int, bytes]] = []
    for number, line in enumerate(re.split(rb"\r\n|\r|\n", raw), start=1):
        if _plain_line(line):
            kept.append(line)
        else:
            dropped.append((number, line))
    return b"\n".join(kept), dropped


_SAFE_ESCAPE = frozenset('\\"\'?abfnrtv')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _plain_line(raw: bytes) -> bool:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if _CONTROL.search(line):
        return False
    previous_literal = ""  # the last character, if it was literal (not part of an escape)
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            if index + 1 >= len(line) or line[index + 1] not in _SAFE_ESCAPE:
                return False  # \x, octal, unknown escapes and continuations
            previous_literal, index = "", index + 2
            continue
        if char == "@" and not (previous_literal.isalnum() or previous_literal in "._-:/"):
            return False
        previous_literal, index = char, index + 1
    return True


def _replace(path: Path, content: bytes) -> None:
    """Write `content` to `path` atomically (a crash leaves the old or the new file)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".Reportage-", suffix=".conf")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content + b"\n" if content else b"")
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        log.warning("settings: cannot rewrite %s (%s)", path, exc)

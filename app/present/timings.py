"""The rehearsal timings file: beside the deck folder, never inside it.

`slides/` is the user's content and may be read-only or under version control,
so timings go to the sibling `slides.timings.json`; if that place is not
writable, to a path the caller provides (an app data dir). Writes are atomic
(temp file + os.replace) so a crash never leaves half a file; a missing or
corrupt file reads as "no rehearsal" with a message, never as an exception.
"""

from __future__ import annotations

import json
import logging
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.assets import inside_package
from app.deck.files import DeckFileError, read_deck_text
from app.deck.paths import is_inside
from app.present.wording import Wording

_log = logging.getLogger(__name__)

FORMAT = 1
MAX_TIMINGS_BYTES = 1024 * 1024  # a rehearsal of a few hundred slides is a few kilobytes


@dataclass(frozen=True)
class Rehearsal:
    """Seconds per slide (by slide id) and per chapter (by title) of one run."""

    deck_title: str
    recorded_at: str  # ISO 8601, local time
    total: float
    slides: dict[str, float]
    chapters: dict[str, float]


@dataclass(frozen=True)
class LoadResult:
    rehearsal: Rehearsal | None
    message: str


@dataclass(frozen=True)
class SaveResult:
    path: Path | None  # None: nothing was written
    message: str


def timings_path(deck_root: Path) -> Path:
    """`<deck folder>.timings.json`, the deck folder's sibling."""
    root = Path(deck_root).absolute()
    return root.parent / f"{root.name}.timings.json"


class TimingsStore:
    """Where one deck's rehearsal timings are read from and written to."""

    def __init__(self, deck_root: Path, fallback: Path | None = None) -> None:
        self._root = Path(deck_root).absolute()
        # The shipped deck of a wheel or a bundle lives inside the package: its timings
        # go only to the fallback, never among the installed files.
        primary = timings_path(self._root)
        self.primary = None if inside_package(primary) else primary
        self.fallback = Path(fallback).absolute() if fallback else None

    def save(self, rehearsal: Rehearsal) -> SaveResult:
        problems = []
        for path in (self.primary, self.fallback):
            if path is None:
                continue
            if is_inside(self._root, path):
                problems.append(Wording.tr("{path}: внутри папки презентации, туда не пишем")
                                .format(path=path))
                continue
            try:
                _write_atomically(path, _encode(rehearsal))
            except OSError as exc:
                _log.warning("cannot write timings to %s: %s", path, exc)
                problems.append(f"{path}: {exc.strerror or exc}")
                continue
            return SaveResult(path, Wording.tr("Тайминги репетиции сохранены: {path}")
                              .format(path=path))
        return SaveResult(None, Wording.tr("Не удалось сохранить тайминги репетиции: {why}")
                          .format(why="; ".join(problems)))

    def load(self) -> LoadResult:
        """The most recent rehearsal found at either place."""
        found: list[Rehearsal] = []
        messages: list[str] = []
        for path in (self.primary, self.fallback):
            if path is None or not os.path.lexists(path):
                continue
            try:
                # a regular file where it says, never a FIFO or a link elsewhere
                found.append(_decode(read_deck_text(path.parent, path, MAX_TIMINGS_BYTES)))
            except (DeckFileError, UnicodeDecodeError, ValueError, RecursionError) as exc:
                _log.warning("ignoring timings file %s: %s", path, exc)
                messages.append(Wording.tr("{path}: файл таймингов повреждён или не читается "
                                           "({why})").format(path=path, why=exc))
        if not found:
            return LoadResult(None, "; ".join(messages) or Wording.tr("Репетиций ещё не было"))
        latest = max(found, key=lambda r: r.recorded_at)
        return LoadResult(latest, "; ".join(messages)
                          or Wording.tr("Репетиция от {date}").format(date=latest.recorded_at))


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _encode(rehearsal: Rehearsal) -> str:
    data = {
        "format": FORMAT,
        "deck": rehearsal.deck_title,
        "recorded_at": rehearsal.recorded_at,
        "total_seconds": round(rehearsal.total, 3),
        "slides": {k: round(v, 3) for k, v in rehearsal.slides.items()},
        "chapters": {k: round(v, 3) for k, v in rehearsal.chapters.items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _decode(text: str) -> Rehearsal:
    """Parse and validate; any deviation is a ValueError."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(Wording.tr("неизвестный формат"))
    deck, recorded = data.get("deck"), data.get("recorded_at")
    if not isinstance(deck, str) or not isinstance(recorded, str):
        raise ValueError(Wording.tr("нет названия или даты"))
    return Rehearsal(
        deck_title=deck,
        recorded_at=recorded,
        total=_seconds(data.get("total_seconds")),
        slides=_seconds_map(data.get("slides")),
        chapters=_seconds_map(data.get("chapters")),
    )


def _seconds_map(value: object) -> dict[str, float]:
    if not isinstance(value, dict):
        raise ValueError(Wording.tr("ожидался словарь секунд"))
    return {str(key): _seconds(seconds) for key, seconds in value.items()}


def _seconds(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(Wording.tr("не число секунд: {value}").format(value=repr(value)))
    if not math.isfinite(value) or value < 0:
        raise ValueError(Wording.tr("неверное число секунд: {value}").format(value=repr(value)))
    return float(value)

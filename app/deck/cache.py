"""Chapters parsed once, kept for the next start of the same text.

A start pays for Markdown twice: importing markdown-it (45 ms on a slow
machine, before a talk's first slide) and parsing the chapters (25 ms for
the shipped deck). Neither changes the slides unless the chapters' text or
the parser does, so the slides and problems found last time are kept, one
file per deck folder in the user's cache folder, under a key made of:

- every chapter file's name and text;
- the parser: the size and time of each module of app.deck and of
  markdown-it's package.

Any other key, or a file that is not what was written, is a miss: the deck
is parsed as ever and kept again. The file is JSON, not pickle: what is
read back is only data, and only the deck model's own classes are built
from it. Nothing is written inside the deck folder.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import logging
import os
import sys
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path

from app import __version__
from app.deck.diagnostics import Diagnostic, Severity
from app.deck.model import Block, Fact, Image, Kind, Slide, Span, Step, Turn

log = logging.getLogger(__name__)

FORMAT = 1  # raised whenever what a file holds changes shape
CLASSES = {cls.__name__: cls for cls in (Slide, Block, Span, Image, Turn, Fact, Step, Diagnostic)}
ENUMS = {cls.__name__: cls for cls in (Kind, Severity)}

Parsed = tuple[list[list[Slide]], list[Diagnostic]]  # each chapter's slides; the problems found


class ChapterCache:
    """The parsed chapters of the decks opened before, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_user(cls) -> ChapterCache:
        return cls(user_cache_folder() / "reportage" / "chapters")

    def get(self, root: Path, chapters: list[tuple[Path, str | None]]) -> Parsed | None:
        """What parsing these chapters gave last time, or None (then parse, and `put`)."""
        try:
            kept = json.loads(self._file(root).read_text(encoding="utf-8"))
            if kept.get("key") != _key(chapters):
                return None
            slides = [[_decode(slide) for slide in chapter] for chapter in kept["slides"]]
            return slides, [_decode(problem) for problem in kept["problems"]]
        except FileNotFoundError:
            return None
        except Exception as exc:  # a file cut short, edited, or of an older shape: a miss
            log.info("a kept parse of %s is not usable (%s): parsing", root, exc)
            return None

    def put(self, root: Path, chapters: list[tuple[Path, str | None]], parsed: Parsed) -> None:
        """Keep `parsed` for the next start; a folder that cannot be written only costs that."""
        slides, problems = parsed
        kept = {"key": _key(chapters),
                "slides": [[_encode(slide) for slide in chapter] for chapter in slides],
                "problems": [_encode(problem) for problem in problems]}
        path = self._file(root)
        partial = path.with_suffix(f".{os.getpid()}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
            partial.replace(path)  # whole or not at all, whoever reads it meanwhile
        except OSError as exc:
            log.info("cannot keep the parse of %s in %s: %s", root, path.parent, exc)
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)

    def _file(self, root: Path) -> Path:
        """One file per deck folder: a new text replaces what the old one gave."""
        name = hashlib.sha256(str(root.absolute()).encode("utf-8")).hexdigest()[:24]
        return self.folder / f"{name}.json"


def user_cache_folder() -> Path:
    """Where a user's programs keep what can be made again (XDG, macOS, Windows)."""
    given = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(given):
        return Path(given)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"])
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    return Path.home() / ".cache"


def _key(chapters: list[tuple[Path, str | None]]) -> str:
    digest = hashlib.sha256()
    for part in (str(FORMAT), __version__, *_parser_stamps()):
        digest.update(part.encode("utf-8") + b"\0")
    for file, text in chapters:
        digest.update(str(file).encode("utf-8") + b"\0")
        digest.update(b"-" if text is None else b"+" + text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


@functools.cache
def _parser_stamps() -> tuple[str, ...]:
    """What tells one parser from another: its modules' sizes and times, markdown-it's too.

    Read once: this process parses with the modules it has, whatever happens to the files.
    """
    deck_package = Path(__file__).parent
    sources = sorted(deck_package.rglob("*.py"))
    spec = importlib.util.find_spec("markdown_it")
    if spec is not None and spec.origin:
        sources.append(Path(spec.origin))
    stamps = []
    for source in sources:
        stat = source.stat()
        stamps.append(f"{source}:{stat.st_size}:{stat.st_mtime_ns}")
    return tuple(stamps)


def _encode(value: object) -> object:
    """The model's value as JSON data, each object and path tagged with what it was."""
    if is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in CLASSES:
            raise TypeError(f"{name} is not part of the kept model")
        return {"@": name, "=": [_encode(getattr(value, f.name)) for f in fields(value)]}
    if isinstance(value, Enum):
        return {"@enum": type(value).__name__, "=": value.value}
    if isinstance(value, Path):
        return {"@path": str(value)}
    if isinstance(value, tuple):
        return {"@tuple": [_encode(item) for item in value]}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"{type(value).__name__} cannot be kept")


def _decode(data: object) -> object:
    """The value `_encode` made `data` from; only the model's classes are built."""
    if isinstance(data, list):
        return [_decode(item) for item in data]
    if not isinstance(data, dict):
        return data
    if "@" in data:
        return CLASSES[data["@"]](*[_decode(item) for item in data["="]])
    if "@enum" in data:
        return ENUMS[data["@enum"]](data["="])
    if "@path" in data:
        return Path(data["@path"])
    return tuple(_decode(item) for item in data["@tuple"])

"""deck.toml: the deck's metadata and its ordered chapters."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from app.deck.diagnostics import Diagnostic, Severity, did_you_mean
from app.deck.files import DeckFileError, read_deck_text
from app.deck.model import Chapter, ChapterRole, Deck
from app.deck.paths import is_inside

MANIFEST = "deck.toml"

DECK_KEYS = ("title", "subtitle", "language", "author", "photo_credit", "theme", "duration",
             "source", "chapters")
CHAPTER_KEYS = ("title", "file", "role", "budget")
THEMES = ("light", "dark", "sepia", "contrast")
MAX_CHAPTERS = 500
_CHAPTER_HEADER = re.compile(r"^\s*\[\[\s*chapters\s*\]\]")
_KEY_LINE = re.compile(r"\s*([\w-]+)\s*=")


class NotADeckError(Exception):
    """The path is not a deck folder at all (no folder, or no deck.toml)."""


def manifest_path(root: Path) -> Path:
    """The deck.toml of a deck folder; raises NotADeckError if there is none."""
    path = root / MANIFEST
    # lexists: a link is the deck's entry whatever it points at; reading it says
    # why it is refused, the same whether or not its target exists.
    if not root.is_dir() or not os.path.lexists(path):
        raise NotADeckError(f"{root}: not a deck (no {MANIFEST} in that folder)")
    return path


def _text(value: object, key: str, where: Path, line: int, out: list[Diagnostic]) -> str:
    if isinstance(value, str):
        return value.strip()
    out.append(Diagnostic(where, line, Severity.ERROR, f"'{key}' must be text"))
    return ""


def _minutes(value: object, key: str, where: Path, line: int,
             out: list[Diagnostic]) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    out.append(Diagnostic(where, line, Severity.ERROR,
                          f"'{key}' must be a positive number of minutes"))
    return None


def read_manifest(root: Path) -> tuple[Deck, list[Diagnostic]]:
    """The deck as deck.toml describes it, chapters still without slides.

    Every problem becomes a diagnostic, never an exception; a deck without a
    usable title is named after its folder.
    """
    path = manifest_path(root)
    deck = Deck(root=root, title=root.name)
    out: list[Diagnostic] = []
    try:
        raw_text = read_deck_text(root, path)
    except (DeckFileError, UnicodeDecodeError) as exc:
        out.append(Diagnostic(path, 1, Severity.ERROR, f"cannot read the manifest: {exc}"))
        return deck, out
    lines = raw_text.splitlines()
    try:
        data = tomllib.loads(raw_text)
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        out.append(Diagnostic(path, 1, Severity.ERROR, "bad TOML: values nested too deeply"))
        return deck, out
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else 1
        out.append(Diagnostic(path, line, Severity.ERROR, f"bad TOML: {exc}"))
        return deck, out

    key_lines: dict[str, int] = {}  # one pass: a search per key would be quadratic
    for number, text in enumerate(lines, 1):
        match = _KEY_LINE.match(text)
        if match:
            key_lines.setdefault(match.group(1), number)

    def line_of_key(key: str) -> int:
        return key_lines.get(key, 1)

    for key in data:
        if key not in DECK_KEYS:
            out.append(Diagnostic(path, line_of_key(key), Severity.WARNING,
                                  f"unknown manifest key '{key}'{did_you_mean(key, DECK_KEYS)}"))
    title = _text(data.get("title", ""), "title", path, line_of_key("title"), out)
    if title:
        deck.title = title
    else:
        out.append(Diagnostic(path, 1, Severity.ERROR, "the deck has no 'title'"))
    for key in ("subtitle", "language", "author", "photo_credit"):
        if key in data:
            setattr(deck, key, _text(data[key], key, path, line_of_key(key), out))
    theme = _text(data.get("theme", "light"), "theme", path, line_of_key("theme"), out)
    if theme in THEMES:
        deck.theme = theme
    else:
        out.append(Diagnostic(path, line_of_key("theme"), Severity.WARNING,
                              f"unknown theme '{theme}'{did_you_mean(theme, THEMES)}; "
                              "using 'light'"))
    deck.duration_minutes = _minutes(data.get("duration"), "duration", path,
                                     line_of_key("duration"), out)
    if "source" in data:
        deck.source_line = line_of_key("source")
        deck.source = _source(data["source"], root, path, deck.source_line, out)
    deck.chapters = _chapters(data.get("chapters"), root, path, lines, out)
    return deck, out


def _source(value: object, root: Path, path: Path, line: int,
            out: list[Diagnostic]) -> Path | None:
    """The report the deck is made from: a file inside the deck folder, never outside."""
    name = _text(value, "source", path, line, out)
    if not name:
        return None
    file = root / name
    if not is_inside(root, file):
        out.append(Diagnostic(path, line, Severity.ERROR,
                              f"source '{name}' is outside the deck folder"))
        return None
    return file


def _chapters(raw: object, root: Path, path: Path, lines: list[str],
              out: list[Diagnostic]) -> list[Chapter]:
    """The [[chapters]] entries in order; an entry with no usable file is left out."""
    if not isinstance(raw, list) or not raw:
        out.append(Diagnostic(path, 1, Severity.ERROR,
                              "the deck lists no chapters ([[chapters]] with title and file)"))
        return []
    if len(raw) > MAX_CHAPTERS:
        out.append(Diagnostic(path, 1, Severity.ERROR,
                              f"the deck lists {len(raw)} chapters; only the first "
                              f"{MAX_CHAPTERS} are read"))
        raw = raw[:MAX_CHAPTERS]
    chapters: list[Chapter] = []
    headers = [n for n, text in enumerate(lines, 1) if _CHAPTER_HEADER.search(text)]
    for number, item in enumerate(raw, 1):
        line = headers[number - 1] if number <= len(headers) else 1
        if not isinstance(item, dict):
            out.append(Diagnostic(path, line, Severity.ERROR, f"chapter {number} is not a table"))
            continue
        for key in item:
            if key not in CHAPTER_KEYS:
                out.append(Diagnostic(path, line, Severity.WARNING,
                                      f"unknown chapter key '{key}'"
                                      f"{did_you_mean(key, CHAPTER_KEYS)}"))
        title = _text(item.get("title", ""), "title", path, line, out)
        file_name = _text(item.get("file", ""), "file", path, line, out)
        if not title:
            out.append(Diagnostic(path, line, Severity.ERROR, f"chapter {number} has no title"))
        if not file_name:
            out.append(Diagnostic(path, line, Severity.ERROR, f"chapter {number} has no file"))
            continue
        role_name = item.get("role", "chapter")
        try:
            role = ChapterRole(role_name)
        except ValueError:
            roles = tuple(r.value for r in ChapterRole)
            out.append(Diagnostic(path, line, Severity.ERROR,
                                  f"unknown chapter role '{role_name}'"
                                  f"{did_you_mean(str(role_name), roles)}"))
            role = ChapterRole.CHAPTER
        file = root / file_name
        if not is_inside(root, file):
            out.append(Diagnostic(path, line, Severity.ERROR,
                                  f"chapter file '{file_name}' is outside the deck folder"))
            continue
        budget = _minutes(item.get("budget"), "budget", path, line, out)
        chapters.append(Chapter(title, file, role, budget, line))
    return chapters


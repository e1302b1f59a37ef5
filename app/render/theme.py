"""Themes as data: colours, type roles and margins read from the bundled themes/*.toml.

A theme file may name a `base` theme and give only what differs (the dark
theme changes colours and keeps the light theme's type), so the two never
drift apart.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor

from app.assets import THEMES_DIR

log = logging.getLogger(__name__)

DEFAULT_THEME = "light"


class ThemeError(Exception):
    """A theme file is missing, malformed or incomplete."""


@dataclass(frozen=True)
class Colors:
    background: QColor
    ink: QColor
    muted: QColor
    faint: QColor
    hairline: QColor
    panel: QColor
    accent: QColor
    accent_ink: QColor
    gold: QColor
    gold_ink: QColor
    vermilion: QColor
    caption_bar: QColor
    caption_ink: QColor
    caption_muted: QColor
    scrim: QColor
    on_scrim: QColor


@dataclass(frozen=True)
class TypeRole:
    """One typographic role: which family list, how big, how far it may shrink."""

    font: str  # a key of Theme.fonts: "serif" or "sans"
    size: float  # canvas pixels
    minimum: float  # the readable minimum, canvas pixels
    bold: bool = False
    italic: bool = False
    uppercase: bool = False
    tracking: float = 0.0  # letter spacing, thousandths of an em
    line_height: float = 1.2

    def px(self, scale: float) -> float:
        """The size at `scale`, never below the readable minimum."""
        return max(self.size * scale, min(self.minimum, self.size))


@dataclass(frozen=True)
class Typography:
    title: TypeRole
    subtitle: TypeRole
    overline: TypeRole
    chapter_title: TypeRole
    lede: TypeRole
    heading: TypeRole
    body: TypeRole
    text_body: TypeRole
    statement: TypeRole
    quote: TypeRole
    quote_short: TypeRole
    speaker: TypeRole
    speaker_role: TypeRole
    figure: TypeRole
    figure_label: TypeRole
    caption: TypeRole
    credit: TypeRole
    turn_speaker: TypeRole
    turn: TypeRole
    step: TypeRole
    credits: TypeRole
    folio: TypeRole
    badge: TypeRole


@dataclass(frozen=True, eq=False)
class Theme:
    name: str
    colors: Colors
    type: Typography
    fonts: dict[str, tuple[str, ...]]  # role ("serif", "sans") -> families, fallbacks last
    margin: float
    gutter: float
    # which variant of the deck's drawings suits this theme's ground ("" = the drawings
    # as they are; "dark" = `slot.dark.svg`, drawn for a dark palette, where one exists)
    illustrations: str = ""

    @classmethod
    def load(cls, name: str | None = None, folder: Path = THEMES_DIR) -> Theme:
        """The named theme; a name that is not one of `folder`'s themes means the default.

        Names come from decks and settings, so they are looked up among the
        files that exist, never joined into a path.
        """
        files = theme_files(folder)
        if name not in files:
            if name:
                log.warning("unknown theme %.40r; using '%s'", name, DEFAULT_THEME)
            name = DEFAULT_THEME
        return cls.from_data(_read(files, name, set()))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Theme:
        try:
            colors = Colors(**{f.name: _color(data["colors"][f.name]) for f in fields(Colors)})
            roles = {f.name: TypeRole(**data["type"][f.name]) for f in fields(Typography)}
            fonts = {key: tuple(value) for key, value in data["fonts"].items()}
            theme = cls(str(data["name"]), colors, Typography(**roles), fonts,
                        float(data["margin"]), float(data["gutter"]),
                        _variant_name(data.get("illustrations", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ThemeError(f"theme '{data.get('name', '?')}' is incomplete: {exc}") from exc
        for role_name, role in roles.items():
            if role.font not in fonts:
                raise ThemeError(f"type role '{role_name}' names unknown font '{role.font}'")
        return theme


def theme_files(folder: Path = THEMES_DIR) -> dict[str, Path]:
    """The themes in `folder` by name: the only names a theme can be chosen by."""
    return {path.stem: path for path in sorted(folder.glob("*.toml")) if path.is_file()}


def _variant_name(value: object) -> str:
    """A drawings variant is a plain lower-case word: it becomes part of a file name."""
    text = str(value)
    if text and not (text.isascii() and text.isalpha() and text.islower()):
        raise ValueError(f"illustrations = '{text}' is not a plain lower-case word")
    return text


def _read(files: dict[str, Path], name: str, seen: set[str]) -> dict[str, Any]:
    """The theme's table merged over its base's, recursively."""
    if name in seen:
        raise ThemeError(f"theme '{name}' is its own base")
    if name not in files:
        raise ThemeError(f"theme base '{name:.40}' is not a theme")
    seen.add(name)
    try:
        data = tomllib.loads(files[name].read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ThemeError(f"cannot read theme '{name}': {exc}") from exc
    base = data.pop("base", None)
    return _merge(_read(files, str(base), seen), data) if base else data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _color(text: str) -> QColor:
    color = QColor(text)
    if not color.isValid():
        raise ValueError(f"'{text}' is not a colour")
    return color

"""The bundled fonts: registered once, turned into QFonts, and asked what they can draw.

The deck is typeset only with the bundled fonts (resources/fonts, OFL), so a slide
looks the same on every machine; `missing_glyphs` tells the deck checker which
characters would fall back to whatever the system happens to have.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from app.assets import FONTS_DIR
from app.render.theme import Theme, TypeRole

FONT_SUFFIXES = (".ttf", ".otf")
# Categories that are not drawn as glyphs: spaces, separators, controls, format marks.
_INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}
REPLACEMENT = "\u2047"  # ⁇: the bundled fonts have it (the subset has no U+FFFD or box)

_lock = threading.Lock()
_families: FontFamilies | None = None
_local = threading.local()  # per thread: see _bundled_raw_fonts


@dataclass(frozen=True)
class FontFamilies:
    """Family names of the registered bundled fonts, by role."""

    serif: str
    sans: str
    japanese: str
    symbols: tuple[str, ...]


@functools.lru_cache(maxsize=4)
def _font_files(folder: Path = FONTS_DIR) -> tuple[Path, ...]:
    return tuple(sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES))


def ensure_fonts() -> FontFamilies:
    """Register every bundled font once (needs a QGuiApplication) and name the families."""
    global _families
    with _lock:
        if _families is None:
            by_file: dict[str, str] = {}
            for path in _font_files():
                font_id = QFontDatabase.addApplicationFont(str(path))
                names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if names:
                    by_file[path.stem] = names[0]
            _families = FontFamilies(
                serif=_pick(by_file, "NotoSerif-", "Noto Serif"),
                sans=_pick(by_file, "NotoSans-", "Noto Sans"),
                japanese=_pick(by_file, "NotoSerifJP", "Noto Serif CJK JP"),
                symbols=tuple(sorted({name for stem, name in by_file.items()
                                      if stem.startswith("NotoSansSymbols")})),
            )
        return _families


def _pick(by_file: dict[str, str], prefix: str, default: str) -> str:
    return next((name for stem, name in by_file.items() if stem.startswith(prefix)), default)


def role_font(theme: Theme, role: TypeRole, scale: float = 1.0) -> QFont:
    """The QFont of a type role at `scale`, with the theme's fallback families.

    Hinting is off and sizes are in pixels so that a layout made on the
    1920×1080 canvas keeps its line breaks when painted at any other size.
    """
    font = QFont()
    font.setFamilies(list(theme.fonts[role.font]))
    size = role.px(scale)
    font.setPixelSize(max(1, round(size)))
    font.setBold(role.bold)
    font.setItalic(role.italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    if role.uppercase:
        font.setCapitalization(QFont.Capitalization.AllUppercase)
    if role.tracking:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing,
                              size * role.tracking / 1000)
    return font


def _bundled_raw_fonts() -> Iterator[QRawFont]:
    """This thread's own QRawFonts of the bundled files, each opened when first asked for.

    Qt's font engines belong to the thread that made them and die with it; a
    QRawFont shared with the prerender threads answered «no glyph» for Cyrillic
    letters at random, and the slides showed ⁇ in front of the hall. Opened
    one by one, a slide in one script opens one font, not all nine (4 ms of a
    talk's first slide on a slow machine).
    """
    opened = getattr(_local, "raw_fonts", None)
    if opened is None:
        opened = _local.raw_fonts = {}
    for path in _font_files():
        if path not in opened:
            opened[path] = QRawFont(str(path), 16)
        if opened[path].isValid():
            yield opened[path]


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` that no bundled font can draw (spaces and controls ignored)."""
    return {char for char in set(text) if not _drawable(char)}


@functools.lru_cache(maxsize=65536)
def _drawable(char: str) -> bool:
    if unicodedata.category(char) in _INVISIBLE:
        return True
    return any(font.supportsCharacter(ord(char)) for font in _bundled_raw_fonts())


def bundled_only(text: str) -> str:
    """`text` with every character no bundled font can draw shown as REPLACEMENT.

    `check` names those characters. Left in, Qt would search every installed
    font for each of their scripts at each size tried (seconds for a slide of
    mixed scripts), and the slide would look different on every machine.
    """
    missing = missing_glyphs(text)
    return text.translate(dict.fromkeys(map(ord, missing), REPLACEMENT)) if missing else text

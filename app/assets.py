"""Where the bundled data lives: fonts, themes, icons and the shipped deck.

The package carries them as `app/resources` and `app/slides`. In a checkout
these are symlinks to the repository's top-level `resources/` and `slides/`;
in a wheel or a PyInstaller bundle they are real copies. Either way they are
found the same way, through importlib.resources, so a source run, an editable
install, an installed wheel and a bundle cannot disagree about where they are.
This module is the only place that knows it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = Path(str(files("app")))


def inside_package(path: Path) -> bool:
    """Whether `path` lies in the installed package (a wheel's or a bundle's own files).

    Nothing is written there: it is not the user's folder and an upgrade replaces it.
    In a checkout, the top-level `slides/` and its siblings are outside `app/`.
    """
    return Path(path).resolve().is_relative_to(PACKAGE.resolve())


def _bundled(name: str) -> Path:
    """A folder inside the installed package, as a real path (Qt and the loader need one)."""
    folder = files("app") / name
    if not isinstance(folder, Path):
        raise RuntimeError(f"Reportage's {name} must be on disk, not inside an archive")
    return folder.resolve()


RESOURCES = _bundled("resources")
FONTS_DIR = RESOURCES / "fonts"
THEMES_DIR = RESOURCES / "themes"
ICONS_DIR = RESOURCES / "icons"
TRANSLATIONS_DIR = RESOURCES / "translations"
SHIPPED_DECK = _bundled("slides")
BOOK_CSS = RESOURCES / "book.css"  # the EPUB's and the offline page's style sheet

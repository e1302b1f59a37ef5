"""Where the bundled data lives: fonts, themes, icons and the shipped deck.

The package carries them as `app/resources` and `app/slides`. In a checkout
these are symlinks to the repository's top-level `resources/` and `slides/`;
in a wheel or a PyInstaller bundle they are real copies. Either way they are
found the same way, beside this module's own file, so a source run, an
editable install, an installed wheel and a bundle cannot disagree about where
they are. (`importlib.resources` says the same for a package on disk, and
would cost a talk's start 7 ms of imports.) This module is the only place
that knows it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).parent


def inside_package(path: Path) -> bool:
    """Whether `path` lies in the installed package (a wheel's or a bundle's own files).

    Nothing is written there: it is not the user's folder and an upgrade replaces it.
    In a checkout, the top-level `slides/` and its siblings are outside `app/`.
    """
    return Path(path).resolve().is_relative_to(PACKAGE.resolve())


def _bundled(name: str) -> Path:
    """A folder inside the installed package, as a real path (Qt and the loader need one)."""
    folder = PACKAGE / name
    if not folder.is_dir():
        raise RuntimeError(f"Reportage's {name} must be a folder on disk, not in an archive")
    return folder.resolve()


RESOURCES = _bundled("resources")
FONTS_DIR = RESOURCES / "fonts"
THEMES_DIR = RESOURCES / "themes"
ICONS_DIR = RESOURCES / "icons"
TRANSLATIONS_DIR = RESOURCES / "translations"
SHIPPED_DECK = _bundled("slides")
BOOK_CSS = RESOURCES / "book.css"  # the EPUB's and the offline page's style sheet

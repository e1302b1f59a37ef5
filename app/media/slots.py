"""Find the file behind a slide's image slot, never reading outside the deck.

A deck is untrusted text: a slot name must not reach the network or any file
outside the deck folder, however it is spelled or wherever its symlinks point.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from app.deck.paths import is_inside

MEDIA_DIR = "media"
# First existing wins: a real photo dropped in beside the drawn .svg replaces it.
EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".svg")
ILLUSTRATION_EXTENSION = ".svg"

NETWORK = "сетевые адреса не читаются"
ABSOLUTE = "абсолютные пути не читаются"
OUTSIDE = "путь ведёт за пределы папки доклада"
INVALID = "недопустимое имя изображения"
UNREADABLE = "папка media недоступна"


@dataclass(frozen=True)
class SlotResult:
    """The file a slot names, or a short Russian reason to show instead."""

    path: Path | None
    is_illustration: bool = False
    error: str | None = None


def _failure(reason: str) -> SlotResult:
    return SlotResult(path=None, error=reason)


def _refusal(slot: str) -> str | None:
    """Why a slot name is refused before touching the disk, or None if it is fine."""
    if "://" in slot or slot.startswith(("//", "\\\\")):
        return NETWORK
    if not slot.strip() or any(ord(c) < 0x20 for c in slot):
        return INVALID
    if PurePosixPath(slot).is_absolute() or PureWindowsPath(slot).anchor:
        return ABSOLUTE
    parts = _parts(slot)
    if ".." in parts:
        return OUTSIDE
    if parts in ([], [MEDIA_DIR]):
        return INVALID
    return None


def _parts(slot: str) -> list[str]:
    """The slot's path parts, either separator, without empty or "." parts."""
    return [p for p in slot.replace("\\", "/").split("/") if p not in ("", ".")]


def _media_parts(slot: str) -> list[str]:
    """Parts below media/, the last one without a known extension."""
    parts = _parts(slot)
    if parts[0] == MEDIA_DIR:
        parts = parts[1:]
    stem, ext = os.path.splitext(parts[-1])
    if stem and ext.lower() in EXTENSIONS:
        parts[-1] = stem
    return parts


def _find(root: Path, folder: Path, stem: str) -> Path | None:
    """The first stem.<ext> in priority order that is a regular file or a link out of the deck.

    A link out is returned unfollowed (the caller refuses it) whether or not
    its target exists, so the answer never tells what lies outside.
    Extensions ignore case.
    """
    by_ext: dict[str, Path] = {}
    for entry in sorted(folder.iterdir()):
        name, ext = os.path.splitext(entry.name)
        if name != stem:
            continue
        if _links_out(root, entry) or entry.is_file():  # is_file: False for FIFOs, devices,
            by_ext.setdefault(ext.lower(), entry)  # dangling or looping links
    return next((by_ext[ext] for ext in EXTENSIONS if ext in by_ext), None)


def _links_out(root: Path, entry: Path) -> bool:
    """Whether `entry` is a symlink whose target lies outside the deck (existing or not)."""
    try:
        return entry.is_symlink() and not is_inside(root, entry)
    except RuntimeError:  # a symlink loop: it leads nowhere, outside or not
        return False


def _variant(root: Path, found: Path, folder: Path, stem: str, variant: str) -> Path:
    """The drawing's variant for the theme (`monorail.dark.svg`) if there is one.

    Only drawings have variants: a real photo is shown as it is in every theme.
    """
    if not variant or found.suffix.lower() != ILLUSTRATION_EXTENSION:
        return found
    drawn = _find(root, folder, f"{stem}.{variant}")
    return drawn if drawn is not None and drawn.suffix.lower() == ILLUSTRATION_EXTENSION \
        else found


def slot_folder(deck_root: Path, slot: str) -> Path | None:
    """The folder `resolve_slot` looks in for `slot` (None for a refused name).

    A file added to it, renamed or taken away changes its mtime: a caller that
    keeps a lookup knows from it, and from the file's own mtime, whether the
    lookup still holds, without listing the folder again.
    """
    if _refusal(slot):
        return None
    return deck_root.joinpath(MEDIA_DIR, *_media_parts(slot)[:-1])


def resolve_slot(deck_root: Path, slot: str, variant: str = "") -> SlotResult:
    """Resolve a slot ("monorail", "media/monorail.svg", …) to a file in deck_root/media.

    With a `variant` (a theme's, e.g. "dark") a drawing `<slot>.<variant>.svg`
    beside the slot's own drawing is taken instead. Never raises: refused
    names and missing files come back as `error`. The returned path is the
    real path (symlinks followed) that was checked.
    """
    reason = _refusal(slot)
    if reason:
        return _failure(reason)
    parts = _media_parts(slot)
    shown = "/".join([MEDIA_DIR, *parts])
    try:
        root = deck_root.resolve()
        folder = root.joinpath(MEDIA_DIR, *parts[:-1])
        if not is_inside(root, folder):  # a linked folder: neither listed nor looked into
            return _failure(OUTSIDE)
        found = _find(root, folder, parts[-1]) if folder.is_dir() else None
        if found is None:
            return _failure(f"файл не найден: {shown}.*")
        found = _variant(root, found, folder, parts[-1], variant)
        real = found.resolve()
        if not real.is_relative_to(root):
            return _failure(OUTSIDE)
        if not real.is_file():
            return _failure(f"файл не найден: {shown}.*")
    except (OSError, ValueError, RuntimeError):
        return _failure(UNREADABLE)
    return SlotResult(path=real, is_illustration=found.suffix.lower() == ILLUSTRATION_EXTENSION)

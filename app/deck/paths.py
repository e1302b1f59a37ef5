"""Path containment, shared by every layer that must keep to (or out of) a deck folder."""

from __future__ import annotations

from pathlib import Path


def is_inside(root: Path, path: Path) -> bool:
    """Whether `path` is `root` or lies under it, once `..` and symlinks are resolved.

    Resolving first matters: `a/../../x` and a symlink out of the folder look
    inside by their spelling alone.
    """
    return path.resolve().is_relative_to(root.resolve())

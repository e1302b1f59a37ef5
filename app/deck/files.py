"""Reading a deck's own files: regular files inside the deck folder only, never blocking.

A deck folder may come from anyone. Its deck.toml or a chapter may be a
symlink out of the folder, a FIFO (opening it for reading waits for a writer
forever) or a device; a file may be huge. So every file is checked where it
really lies before it is opened, opened without following a link again and
without blocking, and checked once more on the open descriptor. The messages
say what is wrong with the deck's entry, never whether something outside the
folder exists.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.deck.paths import is_inside

MAX_TEXT_BYTES = 4 * 1024 * 1024  # a manifest or a chapter; the report itself is ~100 KB
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) \
    | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class DeckFileError(Exception):
    """A deck file that may not or cannot be read; the message is safe to show."""


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file; never blocks, follows no final link.

    `path` should already be the real path (resolved), so a link there means
    it was swapped after the check. Raises OSError as `open` does, and
    DeckFileError for anything but a regular file.
    """
    fd = os.open(path, _FLAGS)
    file = os.fdopen(fd, "rb")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DeckFileError("is not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        file.close()
        raise
    return file


def read_deck_bytes(root: Path, path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of `path`, a regular file inside the deck folder `root`, at most `limit`."""
    if not is_inside(root, path):
        raise DeckFileError("is outside the deck folder")
    try:
        with open_regular(path.resolve()) as file:
            data = file.read(limit + 1)
    except FileNotFoundError:
        raise DeckFileError("does not exist") from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise DeckFileError(f"cannot be opened ({getattr(exc, 'strerror', None) or exc})") \
            from None
    if len(data) > limit:
        raise DeckFileError(f"is larger than {limit // (1024 * 1024)} MB")
    return data


def read_deck_text(root: Path, path: Path, limit: int = MAX_TEXT_BYTES) -> str:
    """The UTF-8 text of a deck file (a BOM from Windows Notepad dropped).

    Raises DeckFileError when the file may not or cannot be read, and
    UnicodeDecodeError when it is read but is not UTF-8.
    """
    return read_deck_bytes(root, path, limit).decode("utf-8-sig")

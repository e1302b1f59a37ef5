"""Menu mnemonics: the `&` before a menu text's Alt+letter, shown in menus, stripped elsewhere.

The fixed menus carry theirs in their (translated) strings, chosen by hand to be
unique in each menu in each language; lists made of data (recent decks,
bookmarks) are numbered with `numbered`.
"""

from __future__ import annotations

import re

_MARK = re.compile("&(.)")
_KEYS = "1234567890"  # a list's first ten entries; more have no key of their own


def plain(text: str) -> str:
    """`text` without its mnemonic, for the key help and tooltips (`&&` is one `&`)."""
    return _MARK.sub(r"\1", text)


def numbered(position: int, text: str) -> str:
    """The menu text of a list's entry at `position` (from 0): `&1 · text`, the data's own
    `&` shown as itself."""
    data = text.replace("&", "&&")
    return f"&{_KEYS[position]} · {data}" if position < len(_KEYS) else data

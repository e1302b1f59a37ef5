"""Russian typesetting rules that Qt's line breaker does not know.

A line must not end on a one-letter word or a short preposition («в», «на»,
«не» …), a number must not be parted from its unit or month («14 млн»,
«21 декабря»), and a dash must not start a line; all read as mistakes in
large type. Non-breaking spaces keep those words with their neighbours.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
SHORT_WORDS = ("не", "на", "по", "за", "из", "от", "до")

# A one-letter word or a short word, standing alone (not the end of a longer
# word or of a hyphenated one), followed by ordinary spaces.
_BEFORE_NEXT = re.compile(
    r"(?<![\w\-])(\w|" + "|".join(SHORT_WORDS) + r")[ \t]+(?=\S)",
    re.IGNORECASE,
)
_AFTER_NUMBER = re.compile(r"(?<![\w\-])(\d+)[ \t]+(?=\w)")
# Only from the start of a run of spaces: trying every position inside a long
# run that no dash follows would take time quadratic in its length.
_BEFORE_DASH = re.compile(r"(?<![ \t])[ \t]+(?=[—–])")


def typeset(text: str) -> str:
    """`text` with non-breaking spaces after short words and numbers, and before dashes."""
    text = _BEFORE_NEXT.sub(lambda m: m.group(1) + NBSP, text)
    text = _AFTER_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    return _BEFORE_DASH.sub(NBSP, text)

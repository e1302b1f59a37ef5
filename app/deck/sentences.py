"""A report's sentences and the two ways the source check compares words.

Pure Python and linear in the text: one pass per line, no backtracking regular
expressions, so a hostile file costs time in proportion to its size only.

- `words()` is for "is this sentence still in the deck?": letters and digits only,
  case and ё folded, punctuation ignored.
- `speech_tokens()` is for "is this quote verbatim?": every word as written (only ё
  folded) and every punctuation mark, with typographic variants made one (dashes,
  «...» and «…»), whitespace ignored, and quotation marks left out: a slide shows a
  quote as a quote and the report quotes in its own way («», "", „“), so neither the
  renderer's non-breaking spaces nor the marks ever count as a change of the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENDS = ".!?…"
CLOSERS = "»\"”’')]"  # closing quotes and brackets after a sentence's last mark
OPENERS = "«\"„“([—–-"  # what a new sentence may start with, besides a capital or a digit

_WORD = re.compile(r"\w+")
_SPEECH_TOKEN = re.compile(r"\w+|\.\.\.|\S")
QUOTE_MARKS = "«»„“”\"‘‚‹›"
DASHES = "–—‒―−"
DASH, ELLIPSIS = "–", "…"


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # 1-based line of the source it comes from


@dataclass(frozen=True)
class Token:
    """One normalised token of a text, with where it was in that text."""

    text: str
    start: int
    end: int


def fold_yo(text: str) -> str:
    """ё and е are one letter for the check: Russian print leaves the dots out at will."""
    return text.replace("ё", "е").replace("Ё", "Е")


def _is_initial(line: str, mark: int) -> bool:
    """«Ж. Касымбек»: a single capital before a full stop is an initial, not an end."""
    if line[mark] != "." or mark == 0 or not line[mark - 1].isupper():
        return False
    return mark == 1 or not line[mark - 2].isalnum()


def _split_line(line: str) -> list[str]:
    """The sentences of one paragraph.

    A sentence ends at . ! ? … (with closing quotes or brackets) followed by
    whitespace and then a capital, a digit, an opening quote or a dash.
    """
    out: list[str] = []
    start, index, size = 0, 0, len(line)
    while index < size:
        if line[index] not in ENDS:
            index += 1
            continue
        after = index + 1
        while after < size and line[after] in ENDS:
            after += 1
        while after < size and line[after] in CLOSERS:
            after += 1
        gap = after
        while gap < size and line[gap].isspace():
            gap += 1
        starts_anew = gap < size and (line[gap].isupper() or line[gap].isdigit()
                                      or line[gap] in OPENERS)
        if gap > after and starts_anew and not _is_initial(line, index):
            out.append(line[start:after].strip())
            start = gap
        index = max(after, index + 1)
    out.append(line[start:].strip())
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of a plain text, each with its line; a line is a paragraph."""
    out: list[Sentence] = []
    for number, line in enumerate(text.splitlines(), 1):
        out += [Sentence(s, number) for s in _split_line(line) if _WORD.search(s)]
    return out


def words(text: str) -> list[str]:
    """The words of `text`, case and ё folded: what "carried" compares."""
    return _WORD.findall(fold_yo(text.casefold()))


def _dash_or_hyphen(text: str, start: int) -> str:
    """A hyphen-minus with a space beside it is a dash typed on a keyboard."""
    spaced = (start == 0 or text[start - 1].isspace()
              or start + 1 == len(text) or text[start + 1].isspace())
    return DASH if spaced else "-"


def speech_tokens(text: str) -> list[Token]:
    """Words and punctuation of `text`, normalised only where it is typography."""
    out: list[Token] = []
    for match in _SPEECH_TOKEN.finditer(text):
        token = match.group()
        if token in QUOTE_MARKS:
            continue
        if token in DASHES:
            token = DASH
        elif token == "-":
            token = _dash_or_hyphen(text, match.start())
        elif token == "...":
            token = ELLIPSIS
        else:
            token = fold_yo(token)
        out.append(Token(token, match.start(), match.end()))
    return out

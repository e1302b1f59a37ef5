"""A report's text as blocks: one paragraph a line, with what a reader sees around it.

A block keeps the facts a structure guess needs: its text (Markdown heading marks
taken off), whether a blank line stands before or after it, and its position.
A «© Agency / Name» credit typed at the end of a caption becomes a block of its
own, so the caption stays text and the credit goes to the credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.deck.importing.text import WORDLIKE

MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
COPYRIGHT = re.compile(r"\s(©|\(c\)|\(C\))\s*\S")
# «НУР-СУЛТАН, 2 мая — Sputnik.», «ASTANA, May 2 (Reuters) -», «АСТАНА. 5 мамыр. KAZINFORM –»:
# a place in capitals, an optional date, an optional agency, a dash or a full stop.
DATELINE = re.compile(
    r"^(?P<place>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ '-]{1,40}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
    r"(?:[,.]\s+(?P<date>[^\s.—–-][^.—–(]{0,30}?))?"
    r"(?:[,.]\s+(?P<wire>[A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,30}))?\s*(?:\((?P<agency>[^)]{1,40})\))?"
    r"\s*[.]?\s*[—–-]+\s*(?:(?P<tail>[^\s.]{1,30}(?:\s[^\s.]{1,30}){0,2})\.)?")


@dataclass
class Block:
    """One paragraph of the report, as typed (whitespace runs made single)."""

    text: str
    index: int
    blank_before: bool = False
    blank_after: bool = False
    markdown_level: int = 0  # 1-6 for a `#` heading, its marks taken off
    line: str = ""  # the whole line when it held more than this block (a caption and its ©)

    @property
    def reader(self) -> str:
        """What a reader sees of this block: the line as the report has it."""
        return self.line or self.text


def read_blocks(text: str) -> list[Block]:
    """The report's paragraphs; lines without a letter or digit («***», «---») are breaks."""
    blocks: list[Block] = []
    blank = False
    for raw in text.lstrip("\ufeff").splitlines():
        line = " ".join(raw.split())
        if not WORDLIKE.search(line):
            blank = True
            if blocks:
                blocks[-1].blank_after = True
            continue
        level = 0
        heading = MARKDOWN_HEADING.match(line)
        if heading and WORDLIKE.search(heading.group(2)):
            level, line = len(heading.group(1)), heading.group(2)
        parts = _split_credit(line)
        for part in parts:
            blocks.append(Block(part, len(blocks), blank_before=blank, markdown_level=level,
                                line=line if len(parts) > 1 and part is parts[0] else ""))
            blank = False
    if blocks:
        blocks[-1].blank_after = True
    return blocks


def _split_credit(line: str) -> list[str]:
    """A caption and the «© …» credit typed after it, as two blocks."""
    match = COPYRIGHT.search(line)
    if not match or match.start() == 0:
        return [line]
    caption, credit = line[:match.start()].strip(), line[match.start():].strip()
    if not WORDLIKE.search(caption):
        return [line]
    return [caption, credit]


def dateline(text: str) -> str:
    """The dateline that opens `text` («НУР-СУЛТАН, 2 мая — Sputnik.»), or ''."""
    match = DATELINE.match(text)
    if not match:
        return ""
    place = match.group("place")
    if sum(ch.isalpha() for ch in place) < 3:
        return ""
    if not any(match.group(name) for name in ("date", "wire", "agency", "tail")):
        return ""
    return match.group().strip()

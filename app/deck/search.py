"""Full-text search over a deck: what each slide shows, the reader's text, the notes.

Matching folds case and ё into е, so «Ёрико» and «ерико» find the same words, and
the folding never changes a string's length, so a position found in the folded
text is valid in the original: the reading pane highlights with the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.deck.model import Deck, Kind, Slide

Place = Literal["slide", "text", "notes"]

MIN_QUERY = 2  # non-space characters: a single letter would match nearly every slide
SNIPPET_WIDTH = 80
LEAD = 30  # context kept before a match, so the match sits near the start of a line
ELLIPSIS = "…"

# ё as е; a non-breaking hyphen (set by the reading typography) as a hyphen
_YO = str.maketrans("ёЁ\u2011", "ее-")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """The first match in one field of one slide, with enough context to list it."""

    slide_index: int
    where: Place  # "slide": what the slide shows; "text": the reader's text; "notes"
    snippet: str  # whitespace collapsed, «…» where it was cut
    start: int  # the match inside `snippet`, for the list to set it in bold
    length: int
    count: int  # matches in this field


def normalise(text: str) -> str:
    """Fold case and ё→е, keeping the length so positions carry over to `text`."""
    folded = text.lower()
    if len(folded) != len(text):  # a few letters lower to two characters («İ»)
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return folded.translate(_YO)


def compile_query(query: str) -> re.Pattern[str] | None:
    """The query as a pattern over normalised text, or None if too short to be useful.

    Words may be split by any run of whitespace, line breaks included, since the deck
    wraps its text where the author pleased.
    """
    words = normalise(query).split()
    if sum(len(word) for word in words) < MIN_QUERY:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def search(deck: Deck, query: str) -> list[Hit]:
    """Every (slide, field) that holds the query, hidden slides included, in deck order."""
    pattern = compile_query(query)
    if pattern is None:
        return []
    return [hit for slide in deck.slides for hit in _slide_hits(slide, pattern)]


def step_showing(slide: Slide, query: str) -> int | None:
    """The first build step whose own words (a build's step, a dialogue's turn) hold
    `query`: the step a search hit should open. None when no step's words do."""
    pattern = compile_query(query)
    if pattern is None:
        return None
    if slide.kind is Kind.BUILD:
        parts = [step.text for step in slide.steps]
    elif slide.kind is Kind.DIALOGUE:
        parts = [f"{turn.speaker}: {turn.text}" for turn in slide.turns]
    else:
        return None
    return next((i for i, text in enumerate(parts) if pattern.search(normalise(text))), None)


def _slide_hits(slide: Slide, pattern: re.Pattern[str]) -> list[Hit]:
    fields: tuple[tuple[Place, str], ...] = (
        ("slide", slide.shown_text), ("text", slide.reader_text), ("notes", slide.notes_text))
    hits = []
    for where, text in fields:
        folded = normalise(text)
        first = pattern.search(folded)
        if first is None:
            continue
        snippet, start, length = _snippet(text, first.start(), first.end())
        hits.append(Hit(slide.index, where, snippet, start, length,
                        count=len(pattern.findall(folded))))
    return hits


def _snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    """About SNIPPET_WIDTH characters around text[start:end]; the match's place in them."""
    before = _SPACE.sub(" ", text[:start]).lstrip()
    match = _SPACE.sub(" ", text[start:end])
    after = _SPACE.sub(" ", text[end:]).rstrip()
    room = max(0, SNIPPET_WIDTH - len(match))
    # Short text after the match leaves more room for the text before it.
    head = _keep_end(before, min(room, max(LEAD, room - len(after))))
    tail = _keep_start(after, max(0, room - len(head)))
    return head + match + tail, len(head), len(match)


def _keep_end(text: str, keep: int) -> str:
    """The last `keep` characters or fewer, from a word's start, «…» if cut."""
    if len(text) <= keep:
        return text
    cut = len(text) - keep
    if text[cut - 1] != " " and (space := text.find(" ", cut)) != -1:
        cut = space + 1
    return ELLIPSIS + text[cut:]


def _keep_start(text: str, keep: int) -> str:
    """The first `keep` characters or fewer, up to a word's end, «…» if cut."""
    if len(text) <= keep:
        return text
    cut = keep
    if text[cut] != " " and (space := text.rfind(" ", 0, cut)) != -1:
        cut = space
    return text[:cut].rstrip() + ELLIPSIS

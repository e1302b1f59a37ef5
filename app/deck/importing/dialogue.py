"""Interview turns: who asks and who answers, across the narration between them.

A run of dash lines alternates question and answer, but a reporter's narration
often sits between an answer and the next («Кавагучи делает короткую паузу.»):
after narration that names the interviewee, the next line is the interviewee's
again. What a line says about itself wins over alternation: «– спрашиваю я» is
the correspondent, «– улыбается Нагаспаев» the answer, a label «Вопрос:» is what it says.
An answer standing alone between narration, by a named speaker, is a quote.
"""

from __future__ import annotations

import re

from app.deck.importing.draft import Item, Turn
from app.deck.importing.language import Labels
from app.deck.importing.names import PRONOUNS, People, Person, is_title_case, role_word
from app.deck.importing.quotes import Quote, has_speech_cue, split_attribution
from app.deck.importing.text import WORD

FIRST_PERSON = re.compile(
    r"(?:говорю|спрашиваю|уточняю|интересуюсь|переспрашиваю|продолжаю|замечаю|задаю|"
    r"спросила?\s+я|сказала?\s+я|I\s+ask(?:ed)?|I\s+say|I\s+said|I\s+wonder(?:ed)?|"
    r"сұраймын|деймін|сұрадым)\b", re.IGNORECASE)
TAIL_ATTRIBUTION = re.compile(r"[,.!?…]\s+[–—-]+\s+([^–—]{1,120})$")
INTERLUDE_ITEMS = 2  # narration this long or shorter keeps a conversation going


def narration_start(said: str) -> int | None:
    """Where the narrator's words closing a turn begin («…, – улыбается Нагаспаев.»)."""
    match = TAIL_ATTRIBUTION.search(said)
    if not match:
        return None
    words = [m.group() for m in WORD.finditer(match.group(1))]
    if (has_speech_cue(match.group(1)) or FIRST_PERSON.search(match.group(1))
            or any(w.lower() in PRONOUNS or role_word(w) for w in words)
            or any(is_title_case(w) for w in words[1:])):
        return match.start() + 1
    return None


def _tail(said: str) -> str:
    start = narration_start(said)
    return said[start:].strip(" –—-") if start is not None else ""


def _names_third_person(text: str, people: People) -> Person | bool:
    """The person narration is about, True for a bare «она/он», else False."""
    found = people.mentioned(text)
    if found:
        return found
    words = [m.group().lower() for m in WORD.finditer(text)]
    return any(w in PRONOUNS for w in words) and "я" not in words


def _conversations(items: list[Item]) -> list[list[int]]:
    """Indexes of the dialogue items that belong to one conversation each."""
    groups: list[list[int]] = []
    gap = INTERLUDE_ITEMS + 1
    for index, item in enumerate(items):
        if item.kind == "dialogue":
            if groups and gap <= INTERLUDE_ITEMS:
                groups[-1].append(index)
            else:
                groups.append([index])
            gap = 0
        else:
            gap += 1
    return groups


def assign_speakers(items: list[Item], people: People, labels: Labels) -> list[Item]:
    """Speakers for every dialogue of a chapter; lone named answers become quotes."""
    for group in _conversations(items):
        _assign(items, group, people, labels)
    return [_as_quote(item, labels) or item for item in items]


def _assign(items: list[Item], group: list[int], people: People, labels: Labels) -> None:
    turns = [turn for index in group for turn in items[index].turns]
    first_person = any(FIRST_PERSON.search(turn.said) for turn in turns)
    asker = labels.correspondent if first_person else labels.question
    before = " ".join(line for item in items[max(0, group[0] - 2):group[0]] for line in item.lines)
    answerer: Person | None = None
    previous: Turn | None = None
    for position, index in enumerate(group):
        interlude = ""
        if position:
            interlude = " ".join(line for item in items[group[position - 1] + 1:index]
                                 for line in item.lines)
        about = _names_third_person(interlude, people) if interlude else False
        if isinstance(about, Person):
            answerer = answerer or about
        for number, turn in enumerate(items[index].turns):
            tail = _tail(turn.said)
            named = people.mentioned(tail) if tail else None
            if turn.label:
                turn.question = turn.label == "q"
            elif FIRST_PERSON.search(turn.said):
                turn.question = True
            elif tail and not FIRST_PERSON.search(tail):
                turn.question = False
            elif previous is None:
                turn.question = True
            elif number == 0 and about:
                turn.question = False
            elif number == 0 and interlude and turn.said.rstrip().endswith("?"):
                turn.question = True
            else:
                turn.question = not previous.question
            if not turn.question and named:
                answerer = answerer or named
            previous = turn
    answerer = answerer or people.mentioned(before)
    for index in group:
        for turn in items[index].turns:
            turn.speaker = asker if turn.question else (
                answerer.name if answerer else labels.answer)
    for index in group:
        items[index].role = answerer.role if answerer else ""


def _as_quote(item: Item, labels: Labels) -> Item | None:
    """A dialogue of one answer by a named speaker, as a quote slide."""
    if item.kind != "dialogue" or len(item.turns) != 1:
        return None
    turn = item.turns[0]
    if turn.question or turn.speaker == labels.answer:
        return None
    said = turn.said
    start = narration_start(said)
    if start is not None:
        said = said[:start].rstrip(",")
    parts = split_attribution(said)
    return Item("quote", item.lines, quote=Quote(parts, turn.speaker, item.role,
                                                 list(item.lines)))

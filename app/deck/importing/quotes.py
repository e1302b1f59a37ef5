"""Direct speech in a paragraph: the words in quotation marks and who said them.

Words in «…», „…“, “…” or "…" are a quote when they read as speech (a sentence,
or at least a few words) and something around them says who spoke: «, – сказал
X», «, - добавил глава государства», «X said:», or a paragraph that is nothing
but the quote after one that names its speaker. A name or a term in quotes
(«Коммерсант», «средних держав») is not a quote. The shown words are exactly the
speaker's: an attribution typed inside the quote is cut out and the cut marked «[…]».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.deck.importing.names import PRONOUNS, People, Person, role_word
from app.deck.importing.text import WORD, capitalized, word_count

SPEECH_STEMS = (
    "сказа", "заяви", "заявл", "добави", "добавл", "отмети", "отмеча", "подчеркн", "подчёркн",
    "поясни", "поясня", "сообщи", "рассказ", "ответи", "отвеча", "признал", "признаё",
    "говори", "напомни", "напомина", "уточни", "уточня", "спрашива", "спроси", "слов", "фраз",
    "написа", "призва", "заключи",
    "said", "says", "say", "added", "adds", "told", "tells", "noted", "notes", "stated",
    "explained", "asked", "asks", "replied", "according", "wrote", "insisted", "warned",
    "деді", "айтты", "атап", "мәлімде", "қосты", "түсіндір", "сөзінше", "жазды",
)
CUT = " […] "
SPEECH_WORDS = 6  # this many words in quotes read as speech even without a final mark
ATTRIBUTED_WORDS = 3  # fewer words are speech only with a mark: «Нет!», – сказал он
WINDOW = 90  # characters around a quote searched for who said it
PAIRS = {"«": "»", "„": "“", "“": "”", '"': '"'}
END_MARKS = ".!?…"
ATTRIBUTION_AFTER = re.compile(r"^\s*[,.!?…]?\s*(?P<dash>[–—-]+\s+)?(?P<words>[^.!?]{1,120})")
CUE_REACH = 3  # words: «», said X» / «», сказал он» without a dash name the speaker at once
ATTRIBUTION_INSIDE = re.compile(r"[,.!?…]?\s+[–—-]+\s+([^–—]{1,80}?)[,.]\s+[–—-]+\s+")


@dataclass
class Quote:
    """Words someone said, as they appear in the report, and who said them."""

    parts: list[str]  # the speaker's words, in order; cuts between them
    speaker: str
    role: str = ""
    reader: list[str] = field(default_factory=list)  # the report's paragraphs

    @property
    def words(self) -> str:
        return CUT.join(self.parts)


def has_speech_cue(text: str) -> bool:
    return any(match.group().lower().startswith(SPEECH_STEMS) for match in WORD.finditer(text))


def quote_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Outermost quoted spans (start of the opening mark, end after the closing one),
    and where an outermost quote opens that is not closed in `text` (or None)."""
    stack: list[tuple[str, int]] = []
    spans = []
    for index, char in enumerate(text):
        if char not in "«»„“”\"":
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        top = stack[-1][0] if stack else ""
        opener_place = (before.isspace() or before in "([«„“—–-\"") and not after.isspace()
        if char == '"' and top == '"' and not (opener_place and after.isalnum()):
            closing = True
        elif char in "»”" or (char == "“" and top == "„"):
            closing = bool(stack) and PAIRS[top] == char
        else:
            closing = False
        if closing:
            _, start = stack.pop()
            if not stack:
                spans.append((start, index + 1))
        elif char in PAIRS and (char != '"' or opener_place):
            stack.append((char, index))
    return spans, (stack[0][1] if stack else None)


def inner(text: str) -> str:
    """The words inside one pair of marks (the marks and a final full stop outside off)."""
    return text.strip()[1:].rstrip(".").rstrip()[:-1].strip()


def is_speech(words: str) -> bool:
    """A sentence, or enough words to be one: not a name or a term."""
    stripped = words.rstrip("»”“\"' ")
    return word_count(words) >= SPEECH_WORDS or (
        word_count(words) >= 1 and stripped.endswith(tuple(END_MARKS)))


def split_attribution(words: str) -> list[str]:
    """The speaker's words around an attribution typed inside them («…, – сказал он. – …»)."""
    parts, start = [], 0
    for match in ATTRIBUTION_INSIDE.finditer(words):
        if has_speech_cue(match.group(1)) or _names_someone(match.group(1)):
            parts.append(words[start:match.start()].strip())
            start = match.end()
    parts.append(words[start:].strip())
    return [capitalized(part) if index else part for index, part in enumerate(parts) if part]


def _names_someone(text: str) -> bool:
    return any(w.lower() in PRONOUNS or w.lower() == "я" for w in text.split())


def attribution_after(text: str) -> str:
    """The «– сказал X» right after a quote or a turn, or ''."""
    match = ATTRIBUTION_AFTER.match(text)
    if not match:
        return ""
    words = match.group("words")
    if match.group("dash"):
        return words if has_speech_cue(words) or _names_someone(words) else ""
    return words if has_speech_cue(" ".join(words.split()[:CUE_REACH])) else ""


def speaker_in(attribution: str, people: People, context: Person | None,
               offset: int) -> Person | None:
    """Who an attribution names: a person, a role («глава государства»), or «он» in context."""
    found = people.mentioned(attribution, offset)
    if found:
        return found
    words = [m.group() for m in WORD.finditer(attribution)]
    if any(word.lower() in PRONOUNS for word in words):
        return context
    # «добавил глава государства»: the report's own words for the speaker, a role
    for index, word in enumerate(words[:-1]):
        if word.lower().startswith(SPEECH_STEMS) and role_word(words[index + 1]):
            return Person(capitalized(" ".join(words[index + 1:index + 3])))
    return None


def find_quote(paragraph: str, previous: str, people: People, offset: int) -> Quote | None:
    """The direct speech in `paragraph`, with its speaker, or None.

    `previous` is the paragraph before (where a quote standing alone names its
    speaker); `offset` is where `paragraph` starts in the report (for role words).
    """
    if not any(mark in paragraph for mark in PAIRS):
        return None
    spans, _ = quote_spans(paragraph)
    context = people.mentioned(previous, offset - len(previous))
    parts: list[str] = []
    speaker: Person | None = None
    for start, end in spans:
        words = paragraph[start + 1:end - 1].strip()
        after = attribution_after(paragraph[end:end + WINDOW * 2])
        if not (is_speech(words) or (after and word_count(words) >= ATTRIBUTED_WORDS)):
            continue
        whole = not paragraph[:start].strip() and not paragraph[end:].strip(" .,")
        before = paragraph[max(0, start - WINDOW):start]
        who = None
        if after:
            who = speaker_in(after, people, context or people.mentioned(paragraph[:start]),
                             offset + end)
        elif whole:
            who = context
        elif has_speech_cue(before):
            who = (people.mentioned(paragraph[:start], offset)
                   or speaker_in(before, people, context, offset + start - len(before))
                   or context)
        if who is None:
            continue
        if speaker is not None and who.name != speaker.name:
            break  # a second speaker in one paragraph: the first one's quote is enough
        speaker = who
        parts += split_attribution(words.rstrip(","))
    if speaker is None or not parts:
        return None
    return Quote(parts, speaker.name, speaker.role, [paragraph])


def open_quote(paragraph: str) -> bool:
    """The paragraph starts a quote that runs on into the next paragraphs."""
    spans, unclosed = quote_spans(paragraph)
    return unclosed == 0 and not spans


def closes_quote(paragraph: str) -> bool:
    """The paragraph ends a quote that began in an earlier one."""
    stripped = paragraph.rstrip(" .")
    return stripped.endswith(("»", "“", "”", '"'))


def running_quote(paragraphs: list[str], previous: str, people: People,
                  offset: int) -> Quote | None:
    """A quote over several paragraphs (opened in the first, closed in the last)."""
    speaker = people.mentioned(previous, offset - len(previous))
    if speaker is None:
        return None
    parts = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.strip()
        if index == 0:
            text = text[1:]
        if index == len(paragraphs) - 1:
            text = text.rstrip(" .")[:-1]
        parts += split_attribution(text.strip())
    return Quote(parts, speaker.name, speaker.role, list(paragraphs))

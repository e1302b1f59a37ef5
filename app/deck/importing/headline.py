"""A slide's own headline: the key phrase of a sentence, not its opening words.

Russian and Kazakh news put the new thing late in the sentence, English after
a colon or a dash, and a named thing anywhere: the candidates are the
sentence's clauses (split at colons, dashes, brackets, semicolons and, in a long
clause, commas) and the terms it puts in quotes. The best is a few words long,
names something, and is not the clause the sentence opens with, which the
slide's body shows anyway. A short sentence with nothing better is its own headline.
"""

from __future__ import annotations

import re

from app.deck.importing.quotes import quote_spans
from app.deck.importing.text import (
    WORDLIKE,
    capitalized,
    drop_full_stop,
    sentence_ends,
    word_count,
)

MAJOR = re.compile(r"\s*(?::|;|\s[–—-]\s|\(|\)|\.\.\.|…)\s*")
MINOR = re.compile(r",\s+")
IDEAL_WORDS = 5
MAX_WORDS = 10
MAX_CHARS = 60  # what a sidebar or an outline shows of a title before it cuts it
WHOLE_SENTENCE_WORDS = 12
SUBORDINATE = frozenset({
    "который", "которая", "которое", "которые", "которых", "которым", "что", "чтобы", "где",
    "когда", "если", "хотя", "потому", "поскольку", "как", "чем", "which", "who", "that",
    "when", "where", "if", "though", "although", "because", "while", "whose", "өйткені",
    "себебі", "егер", "бірақ",
})
LEADING = frozenset({"и", "а", "но", "да", "или", "and", "but", "or", "so", "және", "ал",
                     "мен", "тем", "also"})
PREPOSITIONS = frozenset({
    "в", "во", "на", "с", "со", "к", "ко", "о", "об", "по", "для", "от", "до", "из", "за", "при",
    "без", "между", "через", "у", "над", "под", "in", "on", "at", "for", "with", "from", "to",
    "of", "by", "about", "over", "after", "before", "into", "under",
})
TAIL_WORDS = (3, 7)
TRIM = " ,.;:–—-«»\"“”„()"


def _clauses(sentence: str) -> list[tuple[str, bool, bool]]:
    """(clause, opens the sentence, follows a colon or a dash), in order."""
    out: list[tuple[str, bool, bool]] = []
    position = 0
    elaboration = False
    for match in [*MAJOR.finditer(sentence), None]:
        end = match.start() if match else len(sentence)
        chunk = sentence[position:end]
        pieces = MINOR.split(chunk) if word_count(chunk) > MAX_WORDS else [chunk]
        for index, piece in enumerate(pieces):
            out.append((piece, position == 0 and index == 0, elaboration and index == 0))
        if match:
            elaboration = match.group().strip()[:1] in ":–—-"
            position = match.end()
    return out


def _tidy(clause: str) -> str:
    words = clause.strip(TRIM).split()
    while words and words[0].lower() in LEADING:
        words.pop(0)
    return drop_full_stop(" ".join(words).strip(TRIM))


def _score(clause: str, opening: bool, elaboration: bool) -> float:
    words = clause.split()
    count = word_count(clause)
    score = 10.0 - abs(count - IDEAL_WORDS)
    if any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        score += 2  # names a person, a place, a number
    if opening:
        score -= 7
    if elaboration:
        score += 2
    if words and words[0].lower() in SUBORDINATE:
        score -= 6  # «которые…», «как…» hang off a word the headline does not have
    return score


def _quoted_terms(sentence: str, marks: tuple[str, str]) -> list[str]:
    spans, _ = quote_spans(sentence)
    terms = []
    for start, end in spans:
        term = sentence[start + 1:end - 1].strip()
        if 2 <= word_count(term) <= 6 and not term.endswith((".", "!", "?")):
            terms.append(f"{marks[0]}{capitalized(term)}{marks[1]}")
    return terms


def key_phrase(sentence: str, marks: tuple[str, str] = ("«", "»"),
               allow_opening: bool = False) -> str:
    """The sentence's key phrase as a headline (capitalised, no final full stop).

    A short sentence with nothing better is its own headline; a long one gives its
    last phrase. `allow_opening` accepts the opening clause too (a title, speech).
    """
    sentence = " ".join(sentence.split())
    terms = _quoted_terms(sentence, marks)
    if terms:
        return terms[0]
    best, best_score = "", float("-inf")
    for clause, opening, elaboration in _clauses(sentence):
        tidy = _tidy(clause)
        count = word_count(tidy)
        if not WORDLIKE.search(tidy) or count < 2 or count > MAX_WORDS:
            continue
        if len(tidy) > MAX_CHARS and not allow_opening:  # a deck title may wrap; a slide's not
            continue
        if opening and not allow_opening:
            continue  # the slide's body opens with it: a title repeating it says nothing
        score = _score(tidy, opening, elaboration)
        if score > best_score:
            best, best_score = tidy, score
    whole = drop_full_stop(sentence.strip())
    if best and (best_score > 0 or allow_opening) and _tidy(whole) != best:
        return capitalized(best)
    if word_count(whole) <= WHOLE_SENTENCE_WORDS and len(whole) <= MAX_CHARS:
        return capitalized(whole)
    return _tail(whole)


def opening_phrase(text: str) -> str:
    """What a quote or an interview opens with, as its title: the first sentence when
    short, else its first clause, else its key phrase (speech is headlined by its start)."""
    sentence = " ".join(text.split())
    sentence = sentence[:next(iter(sentence_ends(sentence)), len(sentence))].strip()
    if word_count(sentence) <= MAX_WORDS:
        return capitalized(drop_full_stop(sentence))
    first, _, _ = _clauses(sentence)[0]
    if 3 <= word_count(_tidy(first)) <= MAX_WORDS:
        return capitalized(_tidy(first)) + "…"
    return key_phrase(sentence, allow_opening=True)


def _tail(sentence: str) -> str:
    """The sentence's last phrase, from a preposition a few words before its end."""
    words = sentence.strip(TRIM).split()
    low, high = TAIL_WORDS
    for start in range(max(1, len(words) - high), len(words) - low + 1):
        if words[start].lower() in PREPOSITIONS:
            return capitalized(_tidy(" ".join(words[start:])))
    return capitalized(_tidy(" ".join(words[-low - 1:])))

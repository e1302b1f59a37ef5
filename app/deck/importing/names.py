"""People named in a report: who «Нагаспаев», «она» or «губернатор» is at a given point.

A person is two capitalised words in a row («Ёрико Кавагучи», «Касым-Жомарт
Токаев»), not a title word and a name («Президент Казахстана»). A later mention by
surname in any case form («Токаева», «по словам Токаева») is matched on the
surname's stem, and the shortest form found (the nominative, for Russian and
Kazakh surnames) is the one written on a slide. A role word typed before a name
(«губернатор Токио Юрико Коикэ») lets a later «губернатор» stand for her.
One pass over the words: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.deck.importing.text import WORD

STEM = 5  # letters of a surname that identify it across case endings
TITLE_WORDS = frozenset({
    "президент", "премьер", "министр", "глава", "губернатор", "аким", "мэр", "посол", "госпожа",
    "господин", "генсек", "председатель", "директор", "спикер", "депутат", "сенатор", "король",
    "принц", "принцесса", "королева", "император", "канцлер", "mr", "mrs", "ms", "dr", "sir",
    "president", "prime", "minister", "mayor", "governor", "ambassador", "senator", "king",
    "queen", "prince", "princess", "chancellor", "secretary", "general", "chairman", "mister",
    "әкім", "министрі", "президенті", "елшісі", "төрағасы",
})
ROLE_WORDS = ("президент", "премьер", "министр", "глава", "губернатор", "аким", "мэр", "посол",
              "председател", "директор", "спикер", "депутат", "сенатор", "руководител",
              "заместител", "представител", "эксперт", "советник", "генсек", "president",
              "minister", "mayor", "governor", "ambassador", "chair", "director", "spokes",
              "adviser", "advisor", "expert", "secretary", "head", "әкім", "министр", "басшы",
              "төраға", "елші", "сарапшы")
PRONOUNS = frozenset({"он", "она", "его", "её", "ее", "ему", "ей", "he", "she", "him", "her",
                      "his", "ол", "оның", "оған"})
ROLE_REACH = 4  # words between a role word and the name it belongs to
# A Kazakh role word in the possessive («директоры», «әкімі») belongs to the word before
# it («мектеп директоры», «ауыл әкімі»), unless that word is a verb of saying («деді»).
KAZAKH_POSSESSIVE = re.compile(r"(?:ы|і|сы|сі)$")
PAST_VERB = re.compile(r"(?:ды|ді|ты|ті)$")


def is_title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def stem(word: str) -> str:
    return word.lower()[:STEM]


def role_word(word: str) -> bool:
    low = word.lower()
    return low.startswith(ROLE_WORDS)


@dataclass
class Person:
    name: str  # as written on a slide: the shortest form of the surname found
    role: str = ""  # what the report calls them before their name, if anything


@dataclass
class People:
    """Everyone named in the report, found by surname stem or by role word."""

    by_stem: dict[str, tuple[str, str]] = field(default_factory=dict)  # the shortest form
    roles: dict[str, str] = field(default_factory=dict)  # "first last" -> role phrase
    by_role: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # stem -> (pos, name)

    def add(self, first: str, last: str) -> None:
        """Keep, per surname stem, the first pair with the shortest surname form."""
        known = self.by_stem.get(stem(last))
        if known is None or len(last) < len(known[1]):
            self.by_stem[stem(last)] = (first, last)

    def person(self, word: str) -> Person | None:
        """The person a surname (in any case form) or a full name stands for."""
        pair = self.by_stem.get(stem(word))
        if pair is None:
            return None
        name = f"{pair[0]} {pair[1]}"
        # a role typed next to another case form would be in that case too: not shown
        return Person(name, self.roles.get(name, ""))

    def by_role_word(self, word: str, position: int) -> Person | None:
        """The person last introduced with this role word before `position`."""
        introduced = self.by_role.get(stem(word), [])  # in text order
        before = bisect.bisect_left(introduced, (position, ""))
        if not before:
            return None
        return self.person(introduced[before - 1][1].split()[-1])

    def mentioned(self, text: str, offset: int = 0) -> Person | None:
        """The last person `text` names: by surname, else by a role word."""
        best: Person | None = None
        for match in WORD.finditer(text):
            word = match.group()
            found = None
            if is_title_case(word):
                found = self.person(word)
            if found is None and role_word(word):
                found = self.by_role_word(word, offset + match.start())
            best = found or best
        return best


def _runs(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of capitalised words with only spaces between them (word, start, end)."""
    runs: list[list[tuple[str, int, int]]] = []
    run: list[tuple[str, int, int]] = []
    for match in WORD.finditer(text):
        word = (match.group(), match.start(), match.end())
        if is_title_case(word[0]) and run and text[run[-1][2]:word[1]].isspace():
            run.append(word)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [word] if is_title_case(word[0]) else []
    if len(run) > 1:
        runs.append(run)
    return runs


def index_people(text: str, language: str = "ru") -> People:
    """The last two words of every run of capitalised words, unless a title and a name.

    A role word up to a few words before the run, in the same sentence, is kept as
    that person's role («министр промышленности и строительства»; in Kazakh, with the
    word a possessive role word belongs to: «мектеп директоры»).
    """
    people = People()
    roles_at = [(m.start(), m.group()) for m in WORD.finditer(text) if role_word(m.group())]
    cursor = 0
    for run in _runs(text):
        (first, first_start, _), (last, _, _) = run[-2], run[-1]
        if first.lower() in TITLE_WORDS or role_word(first):
            continue
        people.add(first, last)
        name = f"{first} {last}"
        while cursor < len(roles_at) and roles_at[cursor][0] < first_start:
            cursor += 1
        if cursor and name not in people.roles:
            pos, word = roles_at[cursor - 1]
            between = text[pos:first_start]
            if len(between.split()) <= ROLE_REACH and not re.search(r"[.!?;:]", between):
                owner = _kazakh_owner(text, pos, word) if language == "kk" else ""
                people.roles[name] = (owner + between).strip(" ,–—-")
                people.by_role.setdefault(stem(word), []).append((pos, name))
    return people


def _kazakh_owner(text: str, pos: int, word: str) -> str:
    """The word a Kazakh possessive role word belongs to, with its space («мектеп »), or ""."""
    if not KAZAKH_POSSESSIVE.search(word):
        return ""
    before = re.search(r"(^|[.!?…]\s+|[^.!?…\s]\s*)([^\W\d_]+)\s+$", text[max(0, pos - 40):pos])
    if before is None or PAST_VERB.search(before.group(2)):
        return ""
    opens_sentence = not before.group(1).strip() or before.group(1).strip()[-1] in ".!?…"
    if not (before.group(2).islower() or opens_sentence):
        return ""  # a capitalised word inside a sentence is a name, not what the role is of
    return before.group(2) + " "

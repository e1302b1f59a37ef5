"""A draft's decisions as deck files: deck.toml and one Markdown file per chapter.

Every paragraph keeps its exact words in its slide's `::: reader` section. What a
slide shows is short and is the report's own: a text slide a key phrase over its
first sentence, a quote the speaker's words only (cuts marked «[…]»), a dialogue
its turns. What would not fit one slide goes on to the next: a long quote is
split between sentences, a long interview into slides of a few turns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.deck.importing.dialogue import narration_start
from app.deck.importing.draft import Draft, Item, Turn
from app.deck.importing.headline import key_phrase, opening_phrase
from app.deck.importing.quotes import CUT, Quote
from app.deck.importing.text import (
    drop_full_stop,
    escape_inline,
    escape_line,
    first_sentence,
    sentences,
    shorten_words,
    slugify,
    toml_string,
)
from app.deck.source_check import SOURCE_LIMIT

MANIFEST = "deck.toml"
SOURCE = "source/report.txt"  # the report itself, so that `check` compares the deck with it
THEME = "light"
SECONDS_PER_SLIDE = 20
BODY_WORDS = 35  # a text slide's shown sentence
LIST_WORDS = 16  # a list item's shown words
ITEMS_PER_SLIDE = 5
TURNS_PER_SLIDE = 4
DIALOGUE_CHARS = 520  # the turns of one dialogue slide, together
TURN_CHARS = 360  # a longer turn is shown over several steps, sentence by sentence
QUOTE_CHARS = 320  # the words of one quote slide
MARKS = {"en": ("“", "”")}


@dataclass
class _Chapter:
    title: str
    slug: str
    file: str
    role: str
    slides: list[str] = field(default_factory=list)

    def add(self, kind: str, body: list[str], reader: list[str],
            attributes: list[tuple[str, str]] = ()) -> None:
        head = [("kind", kind), ("id", f"{self.slug}-{len(self.slides) + 1}"), *attributes]
        parts = ["\n".join(f"{key}: {' '.join(value.split())}" for key, value in head if value)]
        # the blank line after the attributes ends their block: no body line is read as one
        parts += body
        if reader:
            parts.append("::: reader\n" + "\n\n".join(escape_line(line) for line in reader))
        self.slides.append("\n\n".join(parts))

    def text(self) -> str:
        return "\n\n---\n".join(self.slides) + "\n"


def _marks(draft: Draft) -> tuple[str, str]:
    return MARKS.get(draft.language, ("«", "»"))


def _headline(text: str, draft: Draft, allow_opening: bool = False) -> str:
    return key_phrase(first_sentence(text), _marks(draft), allow_opening)


def _text_slide(chapter: _Chapter, item: Item, draft: Draft) -> None:
    sentence = first_sentence(item.body)
    heading = _headline(item.body, draft)
    if heading and heading == drop_full_stop(sentence).strip():
        # a sentence short enough to be its own headline is set large, as a statement
        chapter.add("text", [escape_line(sentence)], item.lines, [("title", heading)])
        return
    body = [f"# {escape_inline(heading)}"] if heading else []
    body.append(escape_line(shorten_words(sentence, BODY_WORDS)))
    chapter.add("text", body, item.lines)


def _list_slides(chapter: _Chapter, item: Item, draft: Draft) -> None:
    for start in range(0, len(item.lines), ITEMS_PER_SLIDE):
        lines = item.lines[start:start + ITEMS_PER_SLIDE]
        said = [line.lstrip("-").strip() for line in lines]
        heading = _headline(said[0], draft, allow_opening=True)
        bullets = "\n".join(f"- {escape_inline(shorten_words(s, LIST_WORDS))}" for s in said)
        chapter.add("text", [f"# {escape_inline(heading)}", bullets], lines)


def _chunks(texts: list[str], limit: int) -> list[list[str]]:
    """Consecutive texts grouped so that each group stays within `limit` characters."""
    groups: list[list[str]] = []
    size = limit + 1
    for text in texts:
        if size + len(text) > limit:
            groups.append([])
            size = 0
        groups[-1].append(text)
        size += len(text) + 1
    return groups


def _quote_pages(quote: Quote) -> list[str]:
    """The quote's words split between sentences into slides of at most QUOTE_CHARS."""
    pieces: list[str] = []  # sentences; a cut is kept as a piece of its own
    for index, part in enumerate(quote.parts):
        if index:
            pieces.append(CUT.strip())
        pieces += sentences(part)
    pages = []
    for group in _chunks(pieces, QUOTE_CHARS):
        while group and group[0] == CUT.strip() and pages:
            group = group[1:]
        if group and group[-1] == CUT.strip():
            group = group[:-1]
        if group:
            pages.append(" ".join(group))
    return pages


def _quote_slides(chapter: _Chapter, item: Item, draft: Draft) -> None:
    quote = item.quote
    assert quote is not None
    opening, closing = _marks(draft)
    for number, page in enumerate(_quote_pages(quote)):
        title = f"{quote.speaker}: {opening}{opening_phrase(page)}{closing}"
        attributes = [("title", title), ("speaker", quote.speaker), ("role", quote.role)]
        chapter.add("quote", [f"> {escape_inline(page)}"],
                    item.lines if number == 0 else [], attributes)


def _turn_pieces(turns: list[Turn]) -> list[tuple[int, str, str]]:
    """(turn number, speaker, words); a very long turn in pieces between sentences."""
    out = []
    for number, turn in enumerate(turns):
        if len(turn.said) <= TURN_CHARS:
            out.append((number, turn.speaker, turn.said))
            continue
        out += [(number, turn.speaker, " ".join(group))
                for group in _chunks(sentences(turn.said), TURN_CHARS)]
    return out


def _turn_text(said: str) -> str:
    """A turn as Markdown: the narrator's closing words («– улыбается он.») in italics."""
    start = narration_start(said)
    if start is None:
        return escape_inline(said)
    return f"{escape_inline(said[:start].rstrip())} *{escape_inline(said[start:].strip())}*"


def _dialogue_slides(chapter: _Chapter, item: Item, draft: Draft) -> None:
    groups: list[list[tuple[int, str, str]]] = []
    size = DIALOGUE_CHARS + 1
    for piece in _turn_pieces(item.turns):
        if size + len(piece[2]) > DIALOGUE_CHARS or len(groups[-1]) >= TURNS_PER_SLIDE:
            groups.append([])
            size = 0
        groups[-1].append(piece)
        size += len(piece[2])
    given = -1  # the last turn whose line is already some slide's reader text
    for group in groups:
        lines = "\n".join(f"- **{escape_inline(speaker)}:** {_turn_text(said)}"
                          for _, speaker, said in group)
        title = opening_phrase(group[0][2])
        reader = [item.turns[number].line for number in range(given + 1, group[-1][0] + 1)]
        given = group[-1][0]
        chapter.add("dialogue", [lines], reader, [("title", title)])


WRITERS = {"text": _text_slide, "list": _list_slides, "quote": _quote_slides,
           "dialogue": _dialogue_slides}


def _budgets(counts: list[int], duration: int) -> list[float]:
    """Minutes per chapter in proportion to its slides, in tenths summing to `duration`."""
    total = sum(counts)
    tenths = duration * 10
    raw = [tenths * count / total for count in counts]
    shares = [math.floor(r) for r in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - shares[i], reverse=True)
    for i in by_remainder[: tenths - sum(shares)]:
        shares[i] += 1
    return [max(share, 1) / 10 for share in shares]


def _manifest(draft: Draft, chapters: list[_Chapter], source: bool) -> str:
    counts = [len(chapter.slides) for chapter in chapters]
    duration = max(1, math.ceil(sum(counts) * SECONDS_PER_SLIDE / 60))
    lines = [f"title = {toml_string(draft.title)}"]
    optional = [("subtitle", draft.subtitle if draft.title_source == "headline" else ""),
                ("language", draft.language), ("author", draft.credit("author")),
                ("photo_credit", draft.credit("photo")), ("theme", THEME)]
    lines += [f"{key} = {toml_string(value)}" for key, value in optional if value]
    lines.append(f"duration = {duration}")
    if source:
        lines.append(f"source = {toml_string(SOURCE)}")
    for chapter, budget in zip(chapters, _budgets(counts, duration), strict=True):
        lines += ["", "[[chapters]]",
                  f"title = {toml_string(chapter.title)}",
                  f"file = {toml_string(chapter.file)}",
                  f"role = {toml_string(chapter.role)}",
                  f"budget = {budget:.1f}"]
    return "\n".join(lines) + "\n"


def deck_files(draft: Draft, report: str = "") -> dict[str, str]:
    """File name -> content: deck.toml, 00-opening.md, NN-slug.md…, 99-closing.md, and
    the report itself as source/report.txt (when given and not beyond what `check` reads).

    The closing chapter (the credits) is there only when the report credits someone.
    """
    labels = draft.labels
    opening = _Chapter(labels.opening, "opening", "00-opening.md", "opening")
    body = [f"# {escape_inline(draft.title)}"]
    if draft.subtitle:
        body.append(escape_line(draft.subtitle))
    # the title in full in the sidebar and the outline too, however long
    opening.add("title", body, draft.title_lines, [("title", draft.title)])
    chapters = [opening]
    taken = {"opening", "closing"}
    for section in draft.sections:
        chapter = opening
        if section.heading is not None:
            base = slug = slugify(section.heading)
            suffix = 2
            while slug in taken:
                slug, suffix = f"{base}-{suffix}", suffix + 1
            taken.add(slug)
            chapter = _Chapter(section.heading, slug, f"{len(chapters):02d}-{slug}.md",
                               "chapter")
            chapter.add("chapter", [f"# {escape_inline(section.heading)}"], [])
            chapters.append(chapter)
        for item in section.items:
            WRITERS[item.kind](chapter, item, draft)
    if draft.credits:
        closing = _Chapter(labels.closing, "closing", "99-closing.md", "closing")
        shown = "\n".join(escape_line(credit.shown) for credit in draft.credits)
        closing.add("credits", [shown], [credit.line for credit in draft.credits],
                    [("title", labels.closing)])
        chapters.append(closing)
    source = bool(report) and len(report) <= SOURCE_LIMIT
    files = {MANIFEST: _manifest(draft, chapters, source)}
    files.update((chapter.file, chapter.text()) for chapter in chapters)
    if source:
        files[SOURCE] = report
    return files

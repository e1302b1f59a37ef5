"""A plain-text news report to a draft deck: deck.toml and one Markdown file per chapter.

The report is read line by line, one paragraph a line: the first paragraph is the
lede; a short line without sentence-final punctuation is a chapter heading; lines
opening with a dash («— », «– ») are an interview; the closing «Автор: …» and
«Фото: …» lines are the credits. The draft invents nothing: every paragraph keeps
its exact words in the slide's `::: reader` section, the shown text is only the
paragraph's first sentence, and dialogue speakers are the neutral «Вопрос» and
«Ответ» for the presenter to rename. `write_deck` never writes into a folder that
already holds anything, so nobody's work is overwritten.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

__all__ = ["import_report", "write_deck"]

MANIFEST = "deck.toml"
MEDIA = "media"
LANGUAGE = "ru"
THEME = "light"
FALLBACK_TITLE = "Репортаж"
OPENING_TITLE, OPENING_SLUG = "Вступление", "opening"
CLOSING_TITLE, CLOSING_SLUG = "Авторы", "closing"
QUESTION, ANSWER = "Вопрос", "Ответ"

SECONDS_PER_SLIDE = 20
TITLE_CHARS = 60  # the deck title made from the lede
HEADING_CHARS = 60  # a longer line is never a chapter heading
HEADING_WORDS = 8  # a text slide's heading
BODY_WORDS = 35  # a text slide's shown sentence
TURNS_PER_SLIDE = 4
SLUG_CHARS = 40

WORDLIKE = re.compile(r"\w")
INTERVIEW = re.compile(r"^[—–]\s")
CREDIT = re.compile(
    r"^(автор|авторы|текст|фото|фотограф|фотографии|видео|иллюстрации|инфографика)"
    r"\s*:\s*\S", re.IGNORECASE)
AUTHOR_LABELS = ("автор", "авторы", "текст")
PHOTO_LABELS = ("фото", "фотограф", "фотографии")
CLOSERS = "»\"”’')]"  # closing quotes and brackets after a sentence's last mark
OPENERS = "«\"„“(['—–-"  # what a new sentence may start with, besides a capital or a digit
FINAL_MARKS = ".!?…:;,"  # a heading ends with none of these
SENTENCE_END = re.compile(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*(?=\s)")
DANGLING = ",;:–—-."  # stripped from a cut text before its «…»

# Markdown: characters escaped wherever they are, and the ones only a line's start makes
# meaningful (a list, a quote, a `---` separator, a `::: section` marker, `1.` lists).
INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<&#~])")
LINE_START_SPECIAL = ">-+:=|"
NON_SPACE = re.compile(r"\S")
INITIAL_WINDOW = 64  # characters before a full stop enough to see the word it ends
ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")

TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}


# --- text helpers --------------------------------------------------------------------


def _is_interview(line: str) -> bool:
    return bool(INTERVIEW.match(line))


def _is_heading_like(line: str) -> bool:
    """Short, with letters, and without the mark that ends a sentence."""
    if len(line) > HEADING_CHARS or not WORDLIKE.search(line):
        return False
    return not line.rstrip(CLOSERS).endswith(tuple(FINAL_MARKS))


def first_sentence(text: str) -> str:
    """The paragraph up to its first sentence end (the whole of it if there is none).

    A sentence ends at . ! ? … (with closing quotes) before a capital, a digit, an
    opening quote or a dash; a single capital before a full stop is an initial.
    """
    for match in SENTENCE_END.finditer(text):
        # No slices of the rest or of all that came before: a long paragraph of
        # short "sentences" would make that quadratic.
        following = NON_SPACE.search(text, match.end())
        if following is None:
            break
        nxt = following.group()
        if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
            continue
        before = text[max(0, match.start() - INITIAL_WINDOW):match.start()].split()
        if match.group().startswith(".") and before and len(before[-1]) == 1 \
                and before[-1].isupper():
            continue  # «Ж. Касымбек»: an initial, not the end of a sentence
        return text[:match.end()]
    return text


def _cut(tokens: list[str]) -> str:
    """The kept words with «…», without a dangling dash or comma before it."""
    tokens = list(tokens)
    while tokens and not WORDLIKE.search(tokens[-1]):
        tokens.pop()
    return " ".join(tokens).rstrip(DANGLING).rstrip() + "…"


def shorten_words(text: str, limit: int) -> str:
    """`text` cut after `limit` words at a word boundary, with «…» if it was cut.

    Only tokens with a letter or a digit count as words: a dash is not one.
    """
    tokens = text.split()
    count = 0
    for index, token in enumerate(tokens):
        if WORDLIKE.search(token):
            count += 1
            if count > limit:
                return _cut(tokens[:index])
    return " ".join(tokens)


def shorten_chars(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, «…» included."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept: list[str] = []
    for token in text.split():
        if len(" ".join([*kept, token])) + 1 > limit:
            break
        kept.append(token)
    if not kept:  # one enormous word
        return text[: limit - 1] + "…"
    return _cut(kept)


def _drop_full_stop(text: str) -> str:
    """A heading or a title without its final full stop (an ellipsis stays)."""
    if text.endswith(".") and not text.endswith(".."):
        return text[:-1].rstrip()
    return text


def slugify(text: str) -> str:
    """An ASCII slug: Cyrillic transliterated, anything else but letters and digits a '-'."""
    ascii_text = "".join(TRANSLIT.get(ch, ch) for ch in text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > SLUG_CHARS:
        cut = slug[:SLUG_CHARS]
        slug = cut.rsplit("-", 1)[0] if slug[SLUG_CHARS] != "-" and "-" in cut else cut
        slug = slug.strip("-")
    return slug or "chapter"


def escape_inline(text: str) -> str:
    """Text that Markdown shows exactly as typed inside a line (emphasis, code, links,
    entities, `#` closing sequences escaped with a backslash)."""
    return INLINE_SPECIAL.sub(r"\\\1", text)


def escape_line(text: str) -> str:
    """A whole line of text as one literal Markdown paragraph.

    Besides the inline escapes, a line start that would open a list, a quote, a
    heading, a `---` slide separator or a `::: section` marker is escaped too.
    """
    text = escape_inline(" ".join(text.split()))
    if text[:1] in LINE_START_SPECIAL:
        return "\\" + text
    return ORDERED_ITEM.sub(r"\1\\\2", text)


def _toml_string(value: str) -> str:
    out = []
    for ch in value:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


# --- the report's structure ----------------------------------------------------------


@dataclass
class _Section:
    """The lines under one heading (no heading: the lines before the first one)."""

    heading: str | None
    lines: list[str] = field(default_factory=list)


@dataclass
class _Report:
    lede: str = ""
    sections: list[_Section] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def _parse(text: str) -> _Report:
    # One paragraph a line; blank lines and word-less ornaments («***») carry nothing.
    lines = [" ".join(line.split()) for line in text.lstrip("\ufeff").splitlines()]
    lines = [line for line in lines if WORDLIKE.search(line)]
    report = _Report()
    while lines and CREDIT.match(lines[-1]):
        report.credits.insert(0, lines.pop())
    if not lines:
        return report
    report.lede, rest = lines[0], lines[1:]
    current = _Section(None)
    report.sections.append(current)
    for index, line in enumerate(rest):
        inside_interview = (0 < index < len(rest) - 1 and _is_interview(rest[index - 1])
                            and _is_interview(rest[index + 1]))
        if not _is_interview(line) and not inside_interview and _is_heading_like(line):
            current = _Section(line)
            report.sections.append(current)
        else:
            current.lines.append(line)
    return report


def _credit(lines: list[str], labels: tuple[str, ...]) -> str:
    """The name after the first «Label: name» line with one of `labels`, no final stop."""
    for line in lines:
        label, _, name = line.partition(":")
        if label.strip().lower() in labels:
            return name.strip().rstrip(".").strip()
    return ""


def _title_from_lede(lede: str) -> str:
    if not lede:
        return FALLBACK_TITLE
    return shorten_chars(_drop_full_stop(first_sentence(lede)), TITLE_CHARS) or FALLBACK_TITLE


# --- slides --------------------------------------------------------------------------


def _slide(attributes: list[tuple[str, str]], body: list[str], reader: list[str]) -> str:
    """One slide's Markdown; the blank line after the attributes ends their block, so no
    line of the body can ever be read as an attribute."""
    parts = ["\n".join(f"{key}: {' '.join(value.split())}" for key, value in attributes)]
    parts += body
    if reader:
        parts.append("::: reader\n" + "\n\n".join(escape_line(line) for line in reader))
    return "\n\n".join(parts)


@dataclass
class _Chapter:
    title: str
    slug: str
    file: str
    role: str
    slides: list[str] = field(default_factory=list)

    def add(self, kind: str, body: list[str], reader: list[str],
            title: str = "") -> None:
        attributes = [("kind", kind), ("id", f"{self.slug}-{len(self.slides) + 1}")]
        if title:
            attributes.append(("title", title))
        self.slides.append(_slide(attributes, body, reader))

    def text(self) -> str:
        return "\n\n---\n".join(self.slides) + "\n"


def _add_paragraph(chapter: _Chapter, paragraph: str) -> None:
    sentence = first_sentence(paragraph)
    heading = _drop_full_stop(shorten_words(sentence, HEADING_WORDS))
    shown = shorten_words(sentence, BODY_WORDS)
    body = [f"# {escape_inline(heading)}"]
    if heading != _drop_full_stop(shown):  # a short sentence is the heading already
        body.append(escape_line(shown))
    chapter.add("text", body, [paragraph])


def _add_interview(chapter: _Chapter, turns: list[str]) -> None:
    """≤ 4 turns a slide; odd turns of the run are the question, even ones the answer."""
    for start in range(0, len(turns), TURNS_PER_SLIDE):
        group = turns[start:start + TURNS_PER_SLIDE]
        items = []
        for number, line in enumerate(group, start + 1):
            speaker = QUESTION if number % 2 else ANSWER
            said = INTERVIEW.sub("", line, count=1).strip()
            items.append(f"- **{speaker}:** {escape_inline(said)}")
        first = first_sentence(INTERVIEW.sub("", group[0], count=1).strip())
        title = _drop_full_stop(shorten_words(first, HEADING_WORDS))
        chapter.add("dialogue", ["\n".join(items)], group, title=title)


def _add_lines(chapter: _Chapter, lines: list[str]) -> None:
    run: list[str] = []
    for line in lines:
        if _is_interview(line):
            run.append(line)
            continue
        if run:
            _add_interview(chapter, run)
            run = []
        _add_paragraph(chapter, line)
    if run:
        _add_interview(chapter, run)


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


def _manifest(title: str, author: str, photo_credit: str, chapters: list[_Chapter]) -> str:
    counts = [len(chapter.slides) for chapter in chapters]
    duration = max(1, math.ceil(sum(counts) * SECONDS_PER_SLIDE / 60))
    lines = [f"title = {_toml_string(title)}", f"language = {_toml_string(LANGUAGE)}"]
    if author:
        lines.append(f"author = {_toml_string(author)}")
    if photo_credit:
        lines.append(f"photo_credit = {_toml_string(photo_credit)}")
    lines += [f"theme = {_toml_string(THEME)}", f"duration = {duration}"]
    for chapter, budget in zip(chapters, _budgets(counts, duration), strict=True):
        lines += ["", "[[chapters]]",
                  f"title = {_toml_string(chapter.title)}",
                  f"file = {_toml_string(chapter.file)}",
                  f"role = {_toml_string(chapter.role)}",
                  f"budget = {budget:.1f}"]
    return "\n".join(lines) + "\n"


def import_report(text: str, title: str | None = None) -> dict[str, str]:
    """A draft deck made from a report's plain text: file name -> file content.

    The first entry is deck.toml, then the chapter files in order: 00-opening.md
    (the title slide, the lede as its reader text), one NN-slug.md per heading of
    the report, and 99-closing.md (the credits). Never raises on odd input: an
    empty report gives just the opening and the closing.
    """
    report = _parse(text)
    title = " ".join((title or "").split()) or _title_from_lede(report.lede)

    opening = _Chapter(OPENING_TITLE, OPENING_SLUG, f"00-{OPENING_SLUG}.md", "opening")
    opening.add("title", [f"# {escape_inline(title)}"], [report.lede] if report.lede else [])
    chapters = [opening]
    taken = {OPENING_SLUG, CLOSING_SLUG}
    for section in report.sections:
        if section.heading is None:
            _add_lines(opening, section.lines)
            continue
        base = slug = slugify(section.heading)
        suffix = 2
        while slug in taken:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(slug)
        chapter = _Chapter(section.heading, slug, f"{len(chapters):02d}-{slug}.md", "chapter")
        chapter.add("chapter", [f"# {escape_inline(section.heading)}"], [])
        _add_lines(chapter, section.lines)
        chapters.append(chapter)

    closing = _Chapter(CLOSING_TITLE, CLOSING_SLUG, f"99-{CLOSING_SLUG}.md", "closing")
    shown = [escape_line(_drop_full_stop(line)) for line in report.credits]
    closing.add("credits", shown or [f"# {CLOSING_TITLE}"], report.credits, title=CLOSING_TITLE)
    chapters.append(closing)

    author = _credit(report.credits, AUTHOR_LABELS)
    photo_credit = _credit(report.credits, PHOTO_LABELS)
    files = {MANIFEST: _manifest(title, author, photo_credit, chapters)}
    files.update((chapter.file, chapter.text()) for chapter in chapters)
    return files


# --- writing -------------------------------------------------------------------------


def _relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name \
            or path.parts[:1] in ((), (".",)):
        raise ValueError(f"'{name}' is not a file name inside the deck folder")
    return path


def write_deck(files: dict[str, str], out: Path) -> None:
    """Write the deck's files into `out` (created if needed), plus an empty media/.

    Refuses, with FileExistsError and before writing anything, when `out` exists
    and is not an empty folder: an import never overwrites anybody's work.
    """
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise FileExistsError(f"{out} exists and is not a folder; "
                                  "choose a new folder for the imported deck")
        if any(out.iterdir()):
            raise FileExistsError(f"{out} is not empty; nothing was written. "
                                  "Choose a new or empty folder for the imported deck")
    names = [_relative(name) for name in files]
    out.mkdir(parents=True, exist_ok=True)
    (out / MEDIA).mkdir(exist_ok=True)
    for name, content in zip(names, files.values(), strict=True):
        path = out.joinpath(*name.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        # "x": even a file that appeared meanwhile is never overwritten.
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(content)

"""The report as a book: the XHTML that the EPUB and the offline page share.

Pure Python (no Qt). Every slide gives its full reader text, as `export --text`
does, or, when it has none, what it shows (quote with its speaker, dialogue
turns, figures, build steps), so the book carries every sentence of the report;
its pictures come with their alt text, a caption the text does not already
say, and the credit. Every word of the deck goes through `text()`: a deck is
data, and `<b>` typed on a slide reads as `<b>` in the book.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app import __version__
from app.assets import FONTS_DIR
from app.deck.model import Block, Chapter, ChapterRole, Deck, Image, Kind, Slide, Span
from app.deck.sentences import words
from app.export.text import chapter_heading
from app.export.wording import wording
from app.render.typography import NB_HYPHEN, keep_hyphenated, set_paragraph

# Characters XML 1.0 does not allow, even escaped: a hostile deck may hold them.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
TYPESET_LANGUAGES = ("ru", "kk")  # guillemets and the Russian non-breaking spaces
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_FONT_URL = re.compile(r'url\("(fonts/[^"]+)"\)')
FONT_TYPES = {".ttf": "font/ttf", ".otf": "font/otf"}
_KEPT = re.compile(rf"[^\s<>&;]*{NB_HYPHEN}[^\s<>&;]*")  # a word keep_hyphenated joined
STYLE_LINK = '<link rel="stylesheet" type="text/css" href="book.css"/>'


@dataclass(frozen=True)
class Figure:
    """A picture as the book shows it: where its pixels are, and the credit it carries."""

    src: str
    width: int
    height: int
    credit: str = ""


Figures = Callable[[Image], Figure | None]  # None: the picture cannot be shown


@dataclass(frozen=True)
class BookChapter:
    """One chapter of the deck: its anchor, its heading and its XHTML body."""

    anchor: str  # "opening", "chapter-1", "closing", … : stable, never from the deck's text
    heading: str
    body: str


def text(value: str) -> str:
    """Deck text made safe for XHTML: escaped, and without characters XML forbids."""
    return html.escape(_NOT_XML.sub("", value), quote=True)


def chapter_anchor(deck: Deck, chapter: Chapter) -> str:
    if chapter.role is ChapterRole.CHAPTER:
        return f"chapter-{deck.main_chapters.index(chapter) + 1}"
    same = [c for c in deck.chapters if c.role is chapter.role]
    suffix = f"-{same.index(chapter) + 1}" if len(same) > 1 else ""
    return f"{chapter.role.value}{suffix}"


def language(deck: Deck) -> str:
    """The deck's language as a BCP 47 tag; `und` when deck.toml gives none that is one."""
    return deck.language if _LANGUAGE.fullmatch(deck.language or "") else "und"


def font_files(css: str) -> list[str]:
    """The bundled font files the style sheet names, in its order."""
    return list(dict.fromkeys(_FONT_URL.findall(css)))


def xhtml_page(lang: str, title: str, body: str, head: str = STYLE_LINK) -> bytes:
    """A complete XHTML document around an already escaped body (also read as HTML)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" lang="{lang}" xml:lang="{lang}">\n'
            f'<head>\n<meta charset="UTF-8"/>\n<title>{text(title)}</title>\n'
            f"{head}\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n").encode()


def colophon(deck: Deck) -> str:
    """Who made the book and with what; the fonts' licence, which must travel with them."""
    licence = (FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    words = wording(deck.language)
    made = words["colophon"].format(title=deck.title, version=__version__)
    return (f'<section epub:type="colophon" role="doc-colophon" class="colophon" '
            f'id="colophon">\n<h1>{text(words["about"])}</h1>\n'
            f"<p>{text(made)}</p>\n<p>{text(words['fonts'])}</p>\n"
            f"<pre>{text(licence)}</pre>\n</section>")


class BookWriter:
    """Turns a deck into XHTML fragments; `figures` supplies each picture's file."""

    def __init__(self, deck: Deck, figures: Figures):
        self.deck, self.figures = deck, figures
        self.typeset = deck.language.split("-")[0].lower() in TYPESET_LANGUAGES
        self._said: str | None = None  # the numbered slides' words, for backup slides

    def chapters(self) -> list[BookChapter]:
        return [BookChapter(chapter_anchor(self.deck, chapter),
                            chapter_heading(self.deck, chapter), self.chapter_body(chapter))
                for chapter in self.deck.chapters]

    def title_page(self) -> str:
        deck = self.deck
        lines = [f'<h1 class="book-title">{self.words(deck.title)}</h1>']
        if deck.subtitle:
            lines.append(f'<p class="subtitle">{self.words(deck.subtitle)}</p>')
        if deck.author:
            lines.append(f'<p class="author">{self.words(deck.author)}</p>')
        return "\n".join(lines)

    def chapter_body(self, chapter: Chapter) -> str:
        heading = chapter_heading(self.deck, chapter)
        parts = [f"<h1>{self.words(heading)}</h1>"]
        parts += [self.slide(slide, chapter) for slide in chapter.slides
                  if not (slide.hidden and self._repeats(slide))]
        return "\n".join(part for part in parts if part)

    def _repeats(self, slide: Slide) -> bool:
        """Whether a backup slide's words only repeat what the numbered slides say:
        a book reads it once (a backup slide with words of its own stays)."""
        if self._said is None:
            self._said = " ".join(" ".join(words(s.full_text))
                                  for s in self.deck.slides if not s.hidden)
        lines = [line for line in slide.full_text.splitlines()
                 if line not in (slide.heading, slide.title)]  # its title is a label only
        return all(_contains(self._said, line) for line in lines)

    def slide(self, slide: Slide, chapter: Chapter) -> str:
        """One slide as a section: its heading, its pictures, then its text."""
        parts: list[str] = []
        headed = {chapter.title, self.deck.title}  # headings the reader has just read
        title = slide.heading or slide.title
        if title and title not in headed and slide.kind not in (Kind.TITLE, Kind.CHAPTER):
            parts.append(f"<h2>{self.words(title)}</h2>")
            headed.add(title)
        said = " ".join(words(slide.reader_text)) if slide.reader else ""
        for image, caption in _pictures(slide):
            shown = caption if not said or not _contains(said, caption) else ""
            parts.append(self.figure(image, shown))
        if slide.reader:
            parts += self.blocks(slide.reader)
        else:
            parts += self.shown(slide, headed)
        if not parts:
            return ""
        return f'<section class="slide {slide.kind.value}" id="s{slide.index + 1}">\n' \
               + "\n".join(parts) + "\n</section>"

    def shown(self, slide: Slide, headed: set[str]) -> list[str]:
        """What a slide without reader text shows, in reading order (captions excepted:
        each is under its picture)."""
        parts: list[str] = []
        if slide.heading and slide.heading not in headed:
            parts.append(f"<h2>{self.words(slide.heading)}</h2>")
        parts += self.blocks(tuple(b for b in slide.blocks if b.image is None))
        if slide.speaker:
            who = ", ".join(p for p in (slide.speaker, slide.role) if p)
            parts.append(f'<p class="speaker">— {self.words(who)}</p>')
        parts += [f'<p class="turn"><strong>{self.words(turn.speaker)}:</strong> '
                  f"{self.spans(turn.spans)}</p>" for turn in slide.turns]
        parts += [f'<p class="fact"><strong>{self.words(fact.value)}</strong> '
                  f"{self.words(fact.label)}</p>" for fact in slide.facts]
        parts += [f"<p>{self.spans(step.spans)}</p>" for step in slide.steps
                  if step.image is None]
        return parts

    def figure(self, image: Image, caption: str) -> str:
        figure = self.figures(image)
        if figure is None:
            return ""
        img = (f'<img src="{text(figure.src)}" alt="{text(image.alt)}" '
               f'width="{figure.width}" height="{figure.height}"/>')
        notes = [f"{self.words(caption)}"] if caption else []
        if figure.credit:
            notes.append(f'<span class="credit">{self.words(figure.credit)}</span>')
        under = f"\n<figcaption>{' '.join(notes)}</figcaption>" if notes else ""
        return f"<figure>\n{img}{under}\n</figure>"

    def blocks(self, blocks: Iterable[Block]) -> list[str]:
        """Paragraphs, headings, quotes, code, and runs of list items as one list."""
        out: list[str] = []
        for kind, run in _runs(blocks):
            inner = [self.spans(block.spans) for block in run]
            if kind == "item":
                out.append("<ul>\n" + "\n".join(f"<li>{i}</li>" for i in inner) + "\n</ul>")
            elif kind == "quote":
                out.append("<blockquote>\n" + "\n".join(f"<p>{i}</p>" for i in inner)
                           + "\n</blockquote>")
            elif kind == "heading":
                out += [f"<h3>{i}</h3>" for i in inner]
            elif kind == "code":
                out += [f"<pre>{text(b.text)}</pre>" for b in run]
            else:
                out += [f"<p>{i}</p>" for i in inner]
        return out

    def spans(self, spans: tuple[Span, ...]) -> str:
        """Styled runs as <strong>/<em>/<code>, set as the reading pane sets them: quotes
        nested, short words and names kept with their neighbours (code left as typed)."""
        raw = [span.text for span in spans]
        # any column width: an e-reader's is the reader's choice, so no glued last word
        texts = set_paragraph(raw, last_word=False) if self.typeset else raw
        out = []
        for span, piece in zip(spans, texts, strict=True):
            body = text(span.text if span.code else piece)
            if self.typeset and not span.code:
                body = _KEPT.sub(_unbroken, keep_hyphenated(body))
            body = body.replace("\n", "<br/>")
            if span.code:
                body = f"<code>{body}</code>"
            if span.italic:
                body = f"<em>{body}</em>"
            if span.bold:
                body = f"<strong>{body}</strong>"
            out.append(body)
        return "".join(out)

    def words(self, value: str) -> str:
        """A line of the deck's text (a title, a credit) set as the body text is."""
        return self.spans((Span(value),))


def _unbroken(match: re.Match[str]) -> str:
    """A word whose hyphen must not break («Касым-Жомарт») kept on one line by style,
    its hyphen left as typed so a reader's search still finds it."""
    return f'<span class="nobreak">{match.group(0).replace(NB_HYPHEN, "-")}</span>'


def _pictures(slide: Slide) -> list[tuple[Image, str]]:
    """Each picture of a slide with the words that go under it."""
    found: list[tuple[Image, str]] = []
    if slide.image is not None:
        found.append((slide.image, slide.image.caption))
    found += [(step.image, step.text) for step in slide.steps if step.image is not None]
    found += [(block.image, block.text) for block in slide.blocks if block.image is not None]
    return found


def _contains(said: str, caption: str) -> bool:
    """Whether the slide's text already says the caption, word for word."""
    return f" {' '.join(words(caption))} " in f" {said} "


def _runs(blocks: Iterable[Block]) -> Iterator[tuple[str, list[Block]]]:
    """Neighbouring blocks of one kind, together."""
    run: list[Block] = []
    for block in blocks:
        if run and block.kind != run[-1].kind:
            yield run[-1].kind, run
            run = []
        run.append(block)
    if run:
        yield run[-1].kind, run

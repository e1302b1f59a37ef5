"""The deck as typed data.

Completely independent from the GUI: the renderer, the reader window, the
presenter and every exporter read these objects and never the Markdown.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Kind(StrEnum):
    """What a slide is; each kind has its own layout."""

    TITLE = "title"
    CHAPTER = "chapter"
    TEXT = "text"
    PHOTO = "photo"
    QUOTE = "quote"
    DIALOGUE = "dialogue"
    FACTS = "facts"
    BUILD = "build"
    CREDITS = "credits"


class ChapterRole(StrEnum):
    OPENING = "opening"
    CHAPTER = "chapter"
    CLOSING = "closing"


@dataclass(frozen=True)
class Span:
    """A run of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


def spans_text(spans: Iterable[Span]) -> str:
    """The plain text of styled spans: what search, titles and the reader work on."""
    return "".join(span.text for span in spans)


@dataclass(frozen=True)
class Image:
    """A photo slot with its caption, credit and alt text kept apart."""

    slot: str
    caption: str = ""
    credit: str = ""
    alt: str = ""
    fit: str = "cover"  # "cover" (full-bleed) or "contain" (framed)


@dataclass(frozen=True)
class Block:
    """A paragraph-level element: paragraph, heading, list item or quote."""

    kind: str  # "paragraph" | "heading" | "item" | "quote" | "code"
    spans: tuple[Span, ...]
    line: int
    level: int = 0  # heading level, or list nesting depth
    image: Image | None = None  # an inline ![alt](slot) at the start of the block

    @property
    def text(self) -> str:
        return spans_text(self.spans)


@dataclass(frozen=True)
class Turn:
    """One line of a dialogue."""

    speaker: str
    spans: tuple[Span, ...]
    line: int

    @property
    def text(self) -> str:
        return spans_text(self.spans)


@dataclass(frozen=True)
class Fact:
    """A big figure with its label."""

    value: str
    label: str
    line: int


@dataclass(frozen=True)
class Step:
    """One step of a build: its text and, optionally, its own image."""

    spans: tuple[Span, ...]
    line: int
    image: Image | None = None

    @property
    def text(self) -> str:
        return spans_text(self.spans)


@dataclass
class Slide:
    """One slide: what it shows, the reader's full text and the speaker notes."""

    kind: Kind
    id: str
    title: str  # for the sidebar and the outline
    file: Path
    line: int
    heading: str = ""  # the slide's own heading, drawn large
    blocks: tuple[Block, ...] = ()
    reader: tuple[Block, ...] = ()
    notes: tuple[Block, ...] = ()
    image: Image | None = None
    speaker: str = ""
    role: str = ""
    turns: tuple[Turn, ...] = ()
    facts: tuple[Fact, ...] = ()
    steps: tuple[Step, ...] = ()
    hidden: bool = False
    chapter: int = 0  # index into Deck.chapters
    index: int = 0  # position in Deck.slides

    @property
    def step_count(self) -> int:
        """How many times Next stays on this slide, plus one."""
        if self.kind is Kind.BUILD:
            return max(1, len(self.steps))
        if self.kind is Kind.DIALOGUE:
            return max(1, len(self.turns))
        return 1

    @property
    def builds_up(self) -> bool:
        """Each step adds to the ones before, so the last step shows the whole slide.

        A build with pictures shows one step at a time over its own picture;
        a reader cannot see it complete in one frame.
        """
        if self.kind is Kind.DIALOGUE:
            return True
        return self.kind is Kind.BUILD and not (self.image or any(s.image for s in self.steps))

    @property
    def images(self) -> list[Image]:
        """Every picture the slide can show: its photo, its build steps', inline ones."""
        found = [self.image, *(step.image for step in self.steps),
                 *(block.image for block in self.blocks)]
        return [image for image in found if image is not None]

    @property
    def reader_text(self) -> str:
        """The full text a reader sees beside the slide (plain)."""
        return "\n\n".join(block.text for block in self.reader)

    @property
    def full_text(self) -> str:
        """What the deck carries of the report for this slide: its reader text, else its
        shown text. The text export and the source check read exactly this."""
        return self.reader_text or self.shown_text

    @property
    def notes_text(self) -> str:
        return "\n\n".join(block.text for block in self.notes)

    @property
    def shown_text(self) -> str:
        """Every word the slide itself can show, in reading order.

        A picture's credit is left out: whether it is printed depends on what
        the slot holds (a drawing is credited as an illustration, never with
        the credit written for a photo), which only the renderer knows.
        """
        parts = [self.heading] + [block.text for block in self.blocks]
        parts += [f"{turn.speaker}: {turn.text}" for turn in self.turns]
        parts += [f"{fact.value} {fact.label}" for fact in self.facts]
        parts += [step.text for step in self.steps]
        if self.speaker:
            parts.append(", ".join(p for p in (self.speaker, self.role) if p))
        if self.image:
            parts.append(self.image.caption)
        return "\n".join(p for p in parts if p)


@dataclass
class Chapter:
    title: str
    file: Path
    role: ChapterRole = ChapterRole.CHAPTER
    budget_minutes: float | None = None
    line: int = 0  # line of its entry in deck.toml
    slides: list[Slide] = field(default_factory=list)


@dataclass
class Deck:
    root: Path
    title: str
    subtitle: str = ""
    language: str = "ru"
    author: str = ""
    photo_credit: str = ""
    theme: str = "light"
    duration_minutes: float | None = None
    source: Path | None = None  # the report the deck is made from (`source` in deck.toml)
    source_line: int = 0  # where deck.toml names it
    chapters: list[Chapter] = field(default_factory=list)

    @property
    def slides(self) -> list[Slide]:
        return [slide for chapter in self.chapters for slide in chapter.slides]

    def exported_slides(self, hidden: bool = False) -> list[Slide]:
        """The slides an export holds: the numbered ones, backup slides only if asked."""
        return [slide for slide in self.slides if hidden or not slide.hidden]

    def slide_numbers(self) -> dict[int, int]:
        """Slide index -> its number in «n/N»; hidden (backup) slides have none."""
        visible = (slide for slide in self.slides if not slide.hidden)
        return {slide.index: number for number, slide in enumerate(visible, 1)}

    @property
    def main_chapters(self) -> list[Chapter]:
        """The report's own chapters, the ones Ctrl+1/2/3 jump to."""
        return [c for c in self.chapters if c.role is ChapterRole.CHAPTER]

    def slide_by_id(self, slide_id: str) -> Slide | None:
        return next((s for s in self.slides if s.id == slide_id), None)


class SlidePlaces:
    """Which slide's text holds a line of a chapter file (where a problem was found).

    Built once for a deck and asked once per problem: a hostile deck may have
    tens of thousands of both.
    """

    def __init__(self, deck: Deck) -> None:
        by_file: dict[Path, list[Slide]] = {}
        for slide in deck.slides:
            by_file.setdefault(slide.file, []).append(slide)
        self._starts: dict[Path, tuple[list[int], list[Slide]]] = {}
        for file, slides in by_file.items():
            slides.sort(key=lambda slide: slide.line)
            self._starts[file] = ([slide.line for slide in slides], slides)

    def slide_at(self, file: Path, line: int) -> Slide | None:
        """The last slide of `file` that starts at or before `line`, if any."""
        lines, slides = self._starts.get(file, ([], []))
        found = bisect.bisect_right(lines, line)
        return slides[found - 1] if found else None

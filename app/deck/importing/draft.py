"""What the importer decided about a report, before any Markdown is written.

The decisions are kept apart from the files so that `import --dry-run` can show
them to the editor and the writer only has to lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.deck.importing.credits import Credit
from app.deck.importing.language import Labels
from app.deck.importing.quotes import Quote


class ReportRefused(ValueError):
    """The input is not a report the importer can read; the message is one line."""


@dataclass
class Turn:
    """One line of an interview."""

    line: str  # as typed in the report
    said: str  # without its dash or «Вопрос:» label
    question: bool = False
    speaker: str = ""
    label: str = ""  # "q" or "a" when the report labelled the line itself


@dataclass
class Item:
    """One piece of a chapter: a text, a list, a quote or a dialogue (one slide or more)."""

    kind: str  # "text" | "list" | "quote" | "dialogue"
    lines: list[str]  # the report's own lines: the reader text
    body: str = ""  # the text a text slide shows a sentence of (a dateline taken off)
    quote: Quote | None = None
    turns: list[Turn] = field(default_factory=list)
    role: str = ""  # a dialogue's answering speaker's role, as the report gives it


@dataclass
class Section:
    """A chapter of the report: its heading (None before the first) and its items."""

    heading: str | None
    items: list[Item] = field(default_factory=list)


@dataclass
class Draft:
    """The report's structure as the importer understood it."""

    language: str
    labels: Labels
    title: str
    title_source: str  # "headline", "lede" or "given"
    title_lines: list[str]  # the report's lines behind the title slide
    subtitle: str = ""
    credits: list[Credit] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def items(self, kind: str) -> list[Item]:
        return [item for section in self.sections for item in section.items
                if item.kind == kind]

    @property
    def chapters(self) -> list[str]:
        return [s.heading for s in self.sections if s.heading is not None]

    def credit(self, kind: str) -> str:
        """The names of one kind of credit, joined: the manifest's author or photo_credit."""
        return ", ".join(dict.fromkeys(c.name for c in self.credits if c.kind == kind))

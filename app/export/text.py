"""Plain-text export: the whole report as a reader would read it, slide by slide.

Pure Python (no Qt), so `export --text` starts instantly. Each slide gives
its full reader text, or what it shows when it has none, so the output
carries every sentence of the report, in order, under its chapter's title.
"""

from __future__ import annotations

from app.deck.model import Chapter, ChapterRole, Deck
from app.export.wording import wording


def chapter_heading(deck: Deck, chapter: Chapter) -> str:
    """«Глава 2. Токио любит надолго» (in the deck's language) for the report's own
    chapters, else the bare title."""
    if chapter.role is ChapterRole.CHAPTER:
        number = next(i for i, c in enumerate(deck.main_chapters, 1) if c is chapter)
        return wording(deck.language)["chapter"].format(n=number, title=chapter.title)
    return chapter.title


def _underlined(title: str, mark: str) -> str:
    return f"{title}\n{mark * len(title)}"


def reader_text(deck: Deck) -> str:
    """Every slide in order: its reader text, or its shown text; chapters titled."""
    parts = [_underlined(deck.title, "=")]
    parts += [line for line in (deck.subtitle, deck.author) if line]
    for chapter in deck.chapters:
        parts.append(_underlined(chapter_heading(deck, chapter), "-"))
        for slide in chapter.slides:
            text = slide.full_text
            if text.strip():
                parts.append(text.strip())
    return "\n\n".join(parts) + "\n"

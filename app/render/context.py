"""Everything a slide needs from outside itself to be painted.

A slide alone does not know its chapter's number, the deck's author or where
its media live; the context carries those, built once per deck and passed in
explicitly (no globals), so every caller paints the same slide the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.deck.model import ChapterRole, Deck, Slide
from app.render.images import ImageProvider
from app.render.layout_cache import LayoutCache
from app.render.theme import Theme


@dataclass
class RenderContext:
    theme: Theme
    deck_root: Path
    images: ImageProvider  # resolves slots, caches decoded images
    deck_title: str = ""
    author: str = ""
    photo_credit: str = ""
    slide_numbers: dict[int, int] = field(default_factory=dict)  # slide index -> «n» of n/N
    visible_total: int = 0  # N of n/N: hidden (backup) slides are not counted
    chapter_numbers: dict[int, int] = field(default_factory=dict)  # chapter index -> 1, 2, 3
    chapter_titles: dict[int, str] = field(default_factory=dict)
    # layouts already made; a copy of the context (dataclasses.replace) starts empty
    layouts: LayoutCache = field(default_factory=LayoutCache, init=False, repr=False,
                                 compare=False)

    @classmethod
    def for_deck(cls, deck: Deck, theme: Theme | str | None = None,
                 images: ImageProvider | None = None) -> RenderContext:
        """The context of `deck`, in its own theme unless `theme` (one loaded, or a
        theme's name) overrides it.

        `images`: a provider already at work on the deck (made for the same theme).
        """
        own = [i for i, chapter in enumerate(deck.chapters) if chapter.role is ChapterRole.CHAPTER]
        numbers = deck.slide_numbers()
        if not isinstance(theme, Theme):
            theme = Theme.load(theme or deck.theme)
        return cls(
            theme=theme,
            deck_root=deck.root,
            images=images or ImageProvider(deck.root, variant=theme.illustrations),
            deck_title=deck.title,
            author=deck.author,
            photo_credit=deck.photo_credit,
            slide_numbers=numbers,
            visible_total=len(numbers),
            chapter_numbers={index: number for number, index in enumerate(own, 1)},
            chapter_titles={i: chapter.title for i, chapter in enumerate(deck.chapters)},
        )

    def page_label(self, slide: Slide) -> str:
        """«5 / 53», the same numbering as the presenter console; nothing when hidden.

        A backup slide is shown to answer a question: the hall must not read
        «запасной» in its corner. The console and the reader say it instead.
        """
        number = self.slide_numbers.get(slide.index)
        return "" if number is None else f"{number} / {self.visible_total}"

    def chapter_label(self, slide: Slide) -> str:
        """«Глава N» for a slide in one of the report's own chapters, else ''."""
        number = self.chapter_numbers.get(slide.chapter)
        return f"Глава {number}" if number else ""

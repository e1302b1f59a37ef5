"""Small decks built straight from the model's dataclasses: no files, no parser."""

from __future__ import annotations

from pathlib import Path

from app.deck.model import Chapter, ChapterRole, Deck, Kind, Slide, Span, Step, Turn

ROOT = Path("/nonexistent/slides")


def text(slide_id: str, *, hidden: bool = False) -> Slide:
    return Slide(Kind.TEXT, slide_id, slide_id, ROOT / "x.md", 1, hidden=hidden)


def build(slide_id: str, steps: int, *, hidden: bool = False) -> Slide:
    parts = tuple(Step((Span(f"шаг {n}"),), n) for n in range(steps))
    return Slide(Kind.BUILD, slide_id, slide_id, ROOT / "x.md", 1, steps=parts, hidden=hidden)


def dialogue(slide_id: str, turns: int) -> Slide:
    lines = tuple(Turn("Вопрос" if n % 2 else "Ответ", (Span("…"),), n) for n in range(turns))
    return Slide(Kind.DIALOGUE, slide_id, slide_id, ROOT / "x.md", 1, turns=lines)


def chapter(
    title: str,
    *slides: Slide,
    budget: float | None = None,
    role: ChapterRole = ChapterRole.CHAPTER,
) -> Chapter:
    return Chapter(title, ROOT / f"{title}.md", role=role, budget_minutes=budget,
                   slides=list(slides))


def deck(*chapters: Chapter, duration: float | None = None, root: Path = ROOT) -> Deck:
    """A deck whose slides know their chapter and index, as the loader sets them."""
    result = Deck(root=root, title="Токио", duration_minutes=duration, chapters=list(chapters))
    for index, slide in enumerate(result.slides):
        slide.index = index
    for number, part in enumerate(result.chapters):
        for slide in part.slides:
            slide.chapter = number
    return result


def sample_deck(root: Path = ROOT) -> Deck:
    """Ten slides in four chapters, with builds, a dialogue and hidden backups.

    index  id   kind               chapter                      visible number
    0      t0   text               0 «Вступление» (1 min)       1
    1      a1   text               1 «Токио не любит…» (6 min)  2
    2      b1   build, 3 steps     1                            3
    3      h1   text, hidden       1                            –
    4      a2   text               1                            4
    5      c1   text               2 «Токио помнит» (no budget) 5
    6      d1   dialogue, 2 turns  2                            6
    7      c2   text               2                            7
    8      z1   text               3 «Авторы» (0.5 min)         8
    9      z2   text, hidden       3                            –
    Planned 20 minutes: chapter 2 gets the remaining 12.5.
    """
    return deck(
        chapter("Вступление", text("t0"), budget=1, role=ChapterRole.OPENING),
        chapter("Токио не любит сюрпризов", text("a1"), build("b1", 3), text("h1", hidden=True),
                text("a2"), budget=6),
        chapter("Токио помнит", text("c1"), dialogue("d1", 2), text("c2")),
        chapter("Авторы", text("z1"), text("z2", hidden=True), budget=0.5,
                role=ChapterRole.CLOSING),
        duration=20,
        root=root,
    )

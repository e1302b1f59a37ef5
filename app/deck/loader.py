"""Load a whole deck folder: manifest, chapter files, cross-slide checks."""

from __future__ import annotations

from pathlib import Path

from app.deck.cache import ChapterCache, Parsed
from app.deck.diagnostics import Diagnostic, Severity
from app.deck.files import DeckFileError, read_deck_text
from app.deck.manifest import MANIFEST, NotADeckError, read_manifest
from app.deck.model import Chapter, Deck, Slide

__all__ = ["NotADeckError", "load_deck"]


def load_deck(root: Path | str, cache: ChapterCache | None = None) -> tuple[Deck, list[Diagnostic]]:
    """The deck and every problem found in it; with `cache`, chapters parsed before are kept.

    Raises NotADeckError only when `root` is not a deck folder at all; any
    problem inside a deck is a diagnostic, and the deck still loads as far as
    it can, so a reader or a talk never stops on a typo.
    """
    root = Path(root)
    deck, out = read_manifest(root)
    texts = [(chapter.file, _chapter_text(chapter, root, out)) for chapter in deck.chapters]
    parsed = cache.get(root, texts) if cache is not None else None
    if parsed is None:
        parsed = _parse(texts)
        if cache is not None:
            cache.put(root, texts, parsed)
    slides, problems = parsed
    for chapter, kept in zip(deck.chapters, slides, strict=True):
        chapter.slides = kept
    out += problems
    _number(deck)
    out += _duplicate_ids(deck)
    return deck, out


def _parse(texts: list[tuple[Path, str | None]]) -> Parsed:
    """Each chapter's slides, and the problems found in them.

    A chapter whose file cannot be read keeps its place, empty: dropping it
    would renumber every later chapter («Глава N», Ctrl+N, budgets).
    """
    from app.deck.slides import parse_chapter_file  # markdown-it: only when there is a parse

    slides: list[list[Slide]] = []
    problems: list[Diagnostic] = []
    for file, text in texts:
        found = [] if text is None else parse_chapter_file(file, text, problems)
        if text is not None and not found:
            problems.append(Diagnostic(file, 1, Severity.WARNING, "the chapter has no slides"))
        slides.append(found)
    return slides, problems


def _chapter_text(chapter: Chapter, root: Path, out: list[Diagnostic]) -> str | None:
    """The chapter file's text, or None with the reason reported."""
    try:
        # utf-8-sig: a BOM from Windows Notepad would hide the first attribute line.
        return read_deck_text(root, chapter.file)
    except DeckFileError as exc:
        out.append(Diagnostic(root / MANIFEST, chapter.line, Severity.ERROR,
                              f"chapter file '{chapter.file.name}' {exc}"))
    except UnicodeDecodeError as exc:
        out.append(Diagnostic(chapter.file, 1, Severity.ERROR,
                              f"cannot read the chapter file: {exc}"))
    return None


def _number(deck: Deck) -> None:
    index = 0
    for number, chapter in enumerate(deck.chapters):
        for slide in chapter.slides:
            slide.chapter, slide.index = number, index
            index += 1


def _duplicate_ids(deck: Deck) -> list[Diagnostic]:
    seen: dict[str, tuple[Path, int]] = {}
    out = []
    for slide in deck.slides:
        if slide.id in seen:
            first_file, first_line = seen[slide.id]
            out.append(Diagnostic(slide.file, slide.line, Severity.ERROR,
                                  f"duplicate slide id '{slide.id}' "
                                  f"(first used at {first_file.name}:{first_line})"))
        else:
            seen[slide.id] = (slide.file, slide.line)
    return out

"""Load a whole deck folder: manifest, chapter files, cross-slide checks."""

from __future__ import annotations

from pathlib import Path

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.files import DeckFileError, read_deck_text
from app.deck.manifest import MANIFEST, NotADeckError, read_manifest
from app.deck.model import Chapter, Deck
from app.deck.slides import parse_chapter_file

__all__ = ["NotADeckError", "load_deck"]


def load_deck(root: Path | str) -> tuple[Deck, list[Diagnostic]]:
    """The deck and every problem found in it.

    Raises NotADeckError only when `root` is not a deck folder at all; any
    problem inside a deck is a diagnostic, and the deck still loads as far as
    it can, so a reader or a talk never stops on a typo.
    """
    root = Path(root)
    deck, out = read_manifest(root)
    for chapter in deck.chapters:
        # A chapter whose file cannot be read keeps its place, empty: dropping it
        # would renumber every later chapter («Глава N», Ctrl+N, budgets).
        text = _chapter_text(chapter, root, out)
        if text is None:
            continue
        chapter.slides = parse_chapter_file(chapter.file, text, out)
        if not chapter.slides:
            out.append(Diagnostic(chapter.file, 1, Severity.WARNING, "the chapter has no slides"))
    _number(deck)
    out += _duplicate_ids(deck)
    return deck, out


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

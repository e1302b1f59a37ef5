"""Load a whole deck folder: manifest, chapter files, cross-slide checks."""

from __future__ import annotations

from pathlib import Path

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.manifest import NotADeckError, read_manifest
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
    manifest, out = read_manifest(root)
    deck = Deck(
        root=root,
        title=manifest.title or root.name,
        subtitle=manifest.subtitle,
        language=manifest.language,
        author=manifest.author,
        photo_credit=manifest.photo_credit,
        theme=manifest.theme,
        duration_minutes=manifest.duration_minutes,
    )
    for entry in manifest.chapters:
        chapter = Chapter(entry.title, entry.file, entry.role, entry.budget_minutes, entry.line)
        try:
            text = entry.file.read_text(encoding="utf-8")
        except FileNotFoundError:
            out.append(Diagnostic(root / "deck.toml", entry.line, Severity.ERROR,
                                  f"chapter file '{entry.file.name}' does not exist"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            out.append(Diagnostic(entry.file, 1, Severity.ERROR,
                                  f"cannot read the chapter file: {exc}"))
            continue
        chapter.slides = parse_chapter_file(entry.file, text, out)
        if not chapter.slides:
            out.append(Diagnostic(entry.file, 1, Severity.WARNING, "the chapter has no slides"))
        deck.chapters.append(chapter)
    _number(deck)
    out += _duplicate_ids(deck)
    return deck, out


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

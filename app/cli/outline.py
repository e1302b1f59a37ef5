"""`reportage outline [DECK] [--json]`: the chapters and their slide titles."""

from __future__ import annotations

import argparse
import json

from app.cli.shared import print_errors
from app.deck.diagnostics import Diagnostic
from app.deck.model import Deck


def outline_data(deck: Deck) -> dict:
    """The `outline --json` document: chapters in order with their slides.

    `number` is the slide's number as the reader, the console, go-to and the footers
    show it (null for a backup slide); `index` is its position in the deck files.
    """
    numbers = deck.slide_numbers()
    return {
        "title": deck.title,
        "chapters": [
            {
                "title": chapter.title,
                "role": chapter.role.value,
                "slides": [
                    {"number": numbers.get(slide.index), "index": slide.index + 1,
                     "kind": slide.kind.value, "title": slide.title, "hidden": slide.hidden}
                    for slide in chapter.slides
                ],
            }
            for chapter in deck.chapters
        ],
    }


def run(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    """The outline as far as the deck loads; exit 1 when it has errors (named on stderr)."""
    status = 1 if print_errors(diagnostics) else 0
    data = outline_data(deck)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return status
    print(data["title"])
    for chapter in data["chapters"]:
        print(f"\n{chapter['title']}")
        for slide in chapter["slides"]:
            number = slide["number"] or "–"  # a backup slide has no number
            hidden = " (запасной)" if slide["hidden"] else ""
            print(f"  {number:>3}  {slide['title']}{hidden}")
    return status

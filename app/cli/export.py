"""`reportage export`: PDF, PNG, EPUB, an offline page or the reader text, never by accident
from a broken deck."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.cli.shared import headless_app, print_errors
from app.deck.diagnostics import Diagnostic
from app.deck.model import Deck

if TYPE_CHECKING:
    from app.render.context import RenderContext


def run(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    """A broken deck is not exported by accident: its errors are named, exit 2."""
    if args.text:
        if _refused(args, deck, diagnostics):
            return 2
        from app.export.text import reader_text

        sys.stdout.write(reader_text(deck))
        return 0
    _app = headless_app()
    from PySide6.QtCore import QSize

    from app.export.pdf import export_pdf
    from app.export.png import export_png
    from app.render.checks import render_diagnostics
    from app.render.context import RenderContext

    context = RenderContext.for_deck(deck, args.theme)
    if _refused(args, deck, diagnostics + render_diagnostics(deck, context)):
        return 2

    progress = _progress_counter()
    lead = "\n" if progress else ""  # end the counter's line first
    target = args.pdf or args.png or args.epub or args.html
    try:
        if args.epub or args.html:
            done = _book(args, deck, context, progress)
        elif args.pdf:
            count = export_pdf(deck, args.pdf, context, notes=args.notes,
                               every_step=args.steps, hidden=args.hidden, progress=progress)
            done = f"{count} pages in {args.pdf}"
        else:
            count = len(export_png(deck, args.png, QSize(*args.size), context, progress,
                                   hidden=args.hidden))
            done = f"{count} PNG files in {args.png}"
    except OSError as exc:
        print(f"{lead}reportage: cannot write to {target}: {exc}", file=sys.stderr)
        return 2
    print(f"{lead}{done}", file=sys.stderr)
    return 0


def _book(args: argparse.Namespace, deck: Deck, context: RenderContext,
          progress: Callable[[int, int], None] | None) -> str:
    """The report as a book: an EPUB, or one offline page."""
    if args.epub:
        from app.export.epub import export_epub

        chapters = export_epub(deck, args.epub, context, progress)
        return f"{chapters} chapters in {args.epub}"
    from app.export.webpage import export_html

    page = export_html(deck, args.html, context, progress)
    return f"{len(deck.chapters)} chapters in {page}"


def _progress_counter() -> Callable[[int, int], None] | None:
    """A counter redrawn with \r, for a person watching; a log or a pipe gets none."""
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    return progress


def _refused(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> bool:
    """Errors (unless --force) or no slides at all: say so and export nothing."""
    if print_errors(diagnostics) and not args.force:
        print("reportage: the deck has errors (see above); fix them, or export anyway "
              "with --force", file=sys.stderr)
        return True
    if not deck.slides:
        print(f"reportage: {args.deck}: no slides to export", file=sys.stderr)
        return True
    return False

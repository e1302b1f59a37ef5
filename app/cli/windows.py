"""The commands with windows: `read` (the default) and `present`; Qt starts only here."""

from __future__ import annotations

import argparse
import gc
import sys

from app.cli.arguments import UsageError
from app.cli.shared import print_errors
from app.deck.diagnostics import Diagnostic
from app.deck.model import Deck
from app.startup import display_problem, import_qt


def read(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    if problem := display_problem():
        raise UsageError(problem)
    _no_collection_till_qt()
    import_qt()
    from app.ui.application import run_reader

    return run_reader(deck, diagnostics)


def present(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    numbers = deck.slide_numbers()
    if not numbers:
        print_errors(diagnostics)
        print(f"reportage: {args.deck}: no slides to present", file=sys.stderr)
        return 2
    start = next((index for index, number in numbers.items() if number == args.start), None)
    if start is None:
        print(f"reportage: no slide {args.start}: the deck has slides 1–{len(numbers)}",
              file=sys.stderr)
        return 2
    if args.loop != (args.advance is not None):
        print("reportage: --loop and --advance SECONDS go together "
              "(for example: present --loop --advance 8)", file=sys.stderr)
        return 2
    if problem := display_problem():
        raise UsageError(problem)
    _no_collection_till_qt()
    import_qt()
    from app.ui.head_start import decode_first_photos  # before the rest is even imported

    images = decode_first_photos(deck.root, deck.slides[start], args.screen, args.window)
    from app.ui.application import run_presentation

    return run_presentation(deck, diagnostics, screen=args.screen, console=not args.no_console,
                            start=start, window_size=args.window, rehearse=args.rehearse,
                            advance_seconds=args.advance, remote_port=_remote_port(args),
                            images=images)


def _no_collection_till_qt() -> None:
    """Python's cycle collector waits for the Qt application, whose GUI thread then
    collects (create_application): a window's start allocates much and frees little,
    and the passes over it cost a talk's first slide 8 ms (`python main.py bench`)."""
    gc.disable()


def _remote_port(args: argparse.Namespace) -> int | None:
    """None: no remote (the default); else the port to listen on, 0 for any."""
    if args.remote_port is not None:
        return args.remote_port
    return 0 if args.remote else None

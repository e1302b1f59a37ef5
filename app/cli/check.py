"""`reportage check [DECK]`: every diagnostic as FILE:LINE, exit 0 clean, 1 warnings, 2 errors."""

from __future__ import annotations

import argparse
import sys

from app.cli.shared import headless_app
from app.deck.diagnostics import Diagnostic, exit_code
from app.deck.manifest import MANIFEST
from app.deck.model import Deck


def run(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    """Deck and render diagnostics, then the source check; its summary goes to stderr."""
    source = None
    try:
        _app = headless_app()
        from app.deck.source_check import check_source
        from app.render.checks import render_diagnostics
        from app.render.context import RenderContext

        diagnostics = diagnostics + render_diagnostics(deck, RenderContext.for_deck(deck))
        if args.source is not None:
            source = check_source(deck, args.source, (args.source, 1))
        elif deck.source is not None:
            source = check_source(deck, deck.source, (deck.root / MANIFEST, deck.source_line))
    except Exception as exc:  # noqa: BLE001 - `check` never prints a traceback
        print(f"{args.deck}: error: the check itself failed: {exc}")
        return 2
    if source is not None:
        diagnostics = diagnostics + source.diagnostics
    for diagnostic in sorted(diagnostics, key=lambda d: (str(d.file), d.line)):
        print(diagnostic.format())
    if source is not None and source.read:
        print(source.summary(), file=sys.stderr)
    return exit_code(diagnostics)

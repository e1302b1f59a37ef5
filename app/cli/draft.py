"""`reportage import REPORT.txt --out DIR`: a draft deck from a plain-text report."""

from __future__ import annotations

import argparse
import sys

from app.deck.diagnostics import exit_code
from app.deck.loader import load_deck
from app.startup import own_command


def run(args: argparse.Namespace) -> int:
    """Print what the report's structure was taken to be, then write a draft deck;
    never into a folder that already holds something."""
    from app.deck.importer import ReportRefused, decode_report, describe, plan, write_deck
    from app.deck.importing.writer import deck_files

    if args.out is None and not args.dry_run:
        print("reportage: import needs --out FOLDER (or --dry-run)", file=sys.stderr)
        return 2
    try:
        text = decode_report(args.report.read_bytes())
        draft = plan(text, args.title)
    except OSError as exc:
        print(f"reportage: cannot read {args.report}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except ReportRefused as exc:
        print(f"reportage: {args.report}: {exc}", file=sys.stderr)
        return 2
    for line in describe(draft):
        print(line)
    if args.dry_run:
        return 0
    try:
        write_deck(deck_files(draft, text), args.out)
    except (FileExistsError, OSError, ValueError) as exc:
        print(f"reportage: {exc}", file=sys.stderr)
        return 2
    deck, diagnostics = load_deck(args.out)
    print(f"{len(deck.slides)} slides in {args.out}; edit them, then: "
          f"{own_command()} check {args.out}", file=sys.stderr)
    return exit_code(diagnostics)

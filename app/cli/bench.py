"""`reportage bench [--json]`: the benchmark suite, in child Python processes."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from app.cli.arguments import UsageError
from app.cli.shared import headless_app
from app.deck.diagnostics import Diagnostic
from app.deck.model import Deck


def run(args: argparse.Namespace, deck: Deck, _diagnostics: list[Diagnostic]) -> int:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle has no Python to start children
        raise UsageError("bench measures in child Python processes: run it from a checkout "
                         "or a pip install, not from the bundle")
    _app = headless_app()
    from app.bench import format_table, run_bench

    try:
        results = run_bench(args.deck, quick=args.quick)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        print(f"reportage: bench: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(format_table(results))
    return 0

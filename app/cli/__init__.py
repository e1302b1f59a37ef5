"""The command line: sub-commands, each starting Qt only if it needs it.

`arguments` reads the command line; each command has its module (check, outline,
export, draft for `import`, windows for `read` and `present`, bench), which
imports Qt, the windows or the exporters only when it runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from collections.abc import Callable

from app.cli import bench, check, draft, export, outline, windows
from app.cli.arguments import UsageError, build_parser, deck_folder, with_default_command
from app.deck.cache import ChapterCache
from app.deck.diagnostics import Diagnostic
from app.deck.loader import NotADeckError, load_deck
from app.deck.model import Deck
from app.memory import return_big_buffers
from app.startup import hand_over_quickly

Command = Callable[[argparse.Namespace, Deck, list[Diagnostic]], int]

_HANDLERS: dict[str, Command] = {
    "read": windows.read,
    "present": windows.present,
    "export": export.run,
    "check": check.run,
    "outline": outline.run,
    "bench": bench.run,
}


def main(argv: list[str] | None = None) -> int:
    """Run one command; a user's mistake is one line on stderr, never a traceback."""
    warnings.showwarning = _warning_as_log_line
    return_big_buffers()
    hand_over_quickly()
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        print(f"reportage: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `reportage outline | head -1`: the reader has gone; stop quietly, and keep
        # Python from complaining when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(with_default_command(argv))
    if args.command == "import":
        return draft.run(args)
    try:
        args.deck = deck_folder(args.deck)
    except UsageError as exc:
        if getattr(args, "text", False):  # `export --text OUT.txt`: the name was taken as the deck
            raise UsageError(f"{exc}; --text writes to standard output: "
                             "reportage export [DECK] --text > FILE") from None
        raise
    try:
        deck, diagnostics = load_deck(args.deck, ChapterCache.for_user())
    except NotADeckError as exc:
        raise UsageError(str(exc)) from None
    return _HANDLERS[args.command](args, deck, diagnostics)


def _warning_as_log_line(message: Warning | str, category: type[Warning], filename: str,
                         lineno: int, file: object = None, line: str | None = None) -> None:
    """A library's warning (Pillow's on a photo's odd EXIF, say) as one log line.

    Python would print its source file, line and code to stderr: noise to a
    user, and nothing they can act on; the slide shows what matters.
    """
    logging.getLogger("reportage").warning("%s", message)

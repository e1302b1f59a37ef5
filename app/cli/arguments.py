"""Reading the command line: the sub-commands, their options and their values' checks.

A usage mistake is one line on stderr that points at --help, exit 2 (`_Parser`,
`UsageError`); `reportage [DECK]` means `reportage read [DECK]`.
"""

from __future__ import annotations

import argparse
import difflib
import os
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.assets import SHIPPED_DECK
from app.deck.manifest import MANIFEST, THEMES

COMMANDS = ("read", "present", "export", "check", "outline", "import", "bench")


def _size(text: str) -> tuple[int, int]:
    """Parse `WxH` (e.g. 1920x1080)."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got '{text}'") from None
    if not (16 <= width <= 16384 and 16 <= height <= 16384):
        raise argparse.ArgumentTypeError(f"size out of range: '{text}'")
    return width, height


def _seconds(text: str) -> float:
    """`--advance 8`: seconds per step, from 1 to a day."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: '{text}'") from None
    if not 1 <= seconds <= 86400:
        raise argparse.ArgumentTypeError(f"seconds from 1 to 86400, not '{text}'")
    return seconds


def _screen(text: str) -> int | str:
    """`--screen 2` is the second screen (as the console's picker counts); else a name."""
    if not text.isdecimal():
        return text
    if int(text) < 1:
        raise argparse.ArgumentTypeError("screens are numbered from 1")
    return int(text) - 1


def _port(text: str) -> int:
    """A TCP port for the phone remote; 0 lets the system pick a free one."""
    if not text.isdecimal() or not (int(text) == 0 or 1024 <= int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"expected a port 1024–65535 (or 0), got '{text}'")
    return int(text)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage mistake told in one line that points at --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reportage",
        description="Reportage: a long-form report as a slide reader and a presentation.",
        epilog="Without a command, opens DECK (default: the shipped deck) in the reader window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def deck_arg(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("deck", nargs="?", type=Path, default=SHIPPED_DECK,
                         help="deck folder (default: the shipped deck)")

    read = commands.add_parser("read", help="open the reader window (the default)")
    deck_arg(read)

    present = commands.add_parser("present", help="present fullscreen with a presenter console")
    deck_arg(present)
    present.add_argument("--screen", type=_screen,
                         help="audience screen: its number (1 = first) or its name/model")
    present.add_argument("--no-console", action="store_true", help="no presenter console")
    present.add_argument("--start", type=int, default=1,
                         help="first slide, by its number n of n/N (default 1)")
    present.add_argument("--window", type=_size, metavar="WxH",
                         help="screen-share mode: a borderless audience window of this size")
    present.add_argument("--rehearse", action="store_true",
                         help="record the time of each slide beside the deck")
    present.add_argument("--loop", action="store_true",
                         help="lobby screen: turn the slides by themselves, round and round "
                              "(needs --advance); a key pauses, a minute of quiet resumes")
    present.add_argument("--advance", type=_seconds, metavar="SECONDS",
                         help="with --loop: seconds on each step before the next")
    present.add_argument("--remote", action="store_true",
                         help="a phone as a remote: serve a page on the local network, "
                              "paired by a code shown on the console (off unless asked)")
    present.add_argument("--remote-port", type=_port, metavar="N",
                         help="the remote's port (default: any free one; implies --remote)")

    export = commands.add_parser("export", help="export slides as PDF or PNG, the report as "
                                 "EPUB, an offline page or plain text")
    deck_arg(export)
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="a PDF, one page per slide")
    what.add_argument("--png", type=Path, metavar="DIR", help="one PNG per slide into DIR")
    what.add_argument("--text", action="store_true", help="the full reader text, to stdout")
    what.add_argument("--epub", type=Path, metavar="OUT.epub",
                      help="an EPUB 3 book: the chapters, the full text, the pictures")
    what.add_argument("--html", type=Path, metavar="DIR",
                      help="one self-contained offline page, DIR/index.html")
    export.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH",
                        help="PNG size (default 1920x1080)")
    export.add_argument("--force", action="store_true",
                        help="export even when the deck has errors (pictures become "
                             "placeholders)")
    export.add_argument("--notes", action="store_true",
                        help="PDF handouts: each slide with its notes and full text (A4)")
    export.add_argument("--steps", action="store_true",
                        help="PDF: one page per build step, not just the finished slide")
    export.add_argument("--hidden", action="store_true",
                        help="PDF/PNG: include the backup (hidden) slides, which have no number")
    export.add_argument("--theme", choices=THEMES,
                        help="PDF/PNG: the slides in this theme (default: the deck's own)")

    check = commands.add_parser("check", help="validate a deck (and compare it with its source)")
    deck_arg(check)
    check.add_argument("--source", type=Path, metavar="FILE",
                       help="compare with this report instead of the deck's declared 'source'")

    outline = commands.add_parser("outline", help="chapters and slide titles")
    deck_arg(outline)
    outline.add_argument("--json", action="store_true", help="machine-readable output")

    draft = commands.add_parser("import", help="a draft deck from a plain-text report")
    draft.add_argument("report", type=Path, help="the report, plain UTF-8 text")
    draft.add_argument("--out", type=Path, help="a new or empty folder (required unless "
                                                "--dry-run)")
    draft.add_argument("--title", help="the deck's title (default: the report's headline, "
                                       "else the lede's key phrase)")
    draft.add_argument("--dry-run", action="store_true",
                       help="only print what the import found; write nothing")

    bench = commands.add_parser("bench", help="measure start, slide changes, memory, export "
                                "beside a minimal Qt program")
    deck_arg(bench)
    bench.add_argument("--json", action="store_true", help="machine-readable output")
    bench.add_argument("--quick", action="store_true",
                       help="a short run that only proves every measure works (for CI)")
    return parser


class UsageError(Exception):
    """A mistake on the command line: one line on stderr, exit 2."""


def with_default_command(argv: list[str]) -> list[str]:
    """`reportage [DECK]` means `reportage read [DECK]`; a mistyped command is not a deck."""
    if argv and (argv[0] in COMMANDS or argv[0].startswith("-")):
        return argv
    if argv and not Path(argv[0]).exists() and os.sep not in argv[0] and "." not in argv[0]:
        close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UsageError(f"'{argv[0]}' is neither a command nor a deck; {hint}"
                         f"commands: {', '.join(COMMANDS)} (see --help)")
    return ["read", *argv]


def deck_folder(path: Path) -> Path:
    """The deck folder a path names: the folder itself, or the folder of its deck.toml."""
    if path.name == MANIFEST and path.is_file():
        return path.parent
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    if not path.is_dir():
        raise UsageError(f"{path}: not a deck (a deck is a folder with a {MANIFEST})")
    return path

"""The command line: sub-commands, each starting Qt only if it needs it."""

from __future__ import annotations

import argparse
import difflib
import json
import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.assets import SHIPPED_DECK
from app.deck.diagnostics import Diagnostic, Severity, exit_code
from app.deck.loader import NotADeckError, load_deck
from app.deck.manifest import MANIFEST, THEMES
from app.deck.model import Deck
from app.memory import return_big_buffers
from app.startup import display_problem, own_command, qt_start_guard

if TYPE_CHECKING:
    from app.render.context import RenderContext

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


def _with_default_command(argv: list[str]) -> list[str]:
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


def main(argv: list[str] | None = None) -> int:
    """Run one command; a user's mistake is one line on stderr, never a traceback."""
    warnings.showwarning = _warning_as_log_line
    return_big_buffers()
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
    args = build_parser().parse_args(_with_default_command(argv))
    if args.command == "import":
        return _import(args)
    try:
        args.deck = deck_folder(args.deck)
    except UsageError as exc:
        if getattr(args, "text", False):  # `export --text OUT.txt`: the name was taken as the deck
            raise UsageError(f"{exc}; --text writes to standard output: "
                             "reportage export [DECK] --text > FILE") from None
        raise
    try:
        deck, diagnostics = load_deck(args.deck)
    except NotADeckError as exc:
        raise UsageError(str(exc)) from None
    handler: Callable[[argparse.Namespace, Deck, list[Diagnostic]], int] = _HANDLERS[args.command]
    return handler(args, deck, diagnostics)


def _warning_as_log_line(message: Warning | str, category: type[Warning], filename: str,
                         lineno: int, file: object = None, line: str | None = None) -> None:
    """A library's warning (Pillow's on a photo's odd EXIF, say) as one log line.

    Python would print its source file, line and code to stderr: noise to a
    user, and nothing they can act on; the slide shows what matters.
    """
    logging.getLogger("reportage").warning("%s", message)


def _import(args: argparse.Namespace) -> int:
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


def _headless_app():
    """A QGuiApplication for commands that render but show no window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    with qt_start_guard():
        return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def _check(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    """Deck and render diagnostics, then the source check; its summary goes to stderr."""
    source = None
    try:
        _app = _headless_app()
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


def _errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The deck's errors, printed to stderr as `check` prints them."""
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    for diagnostic in errors:
        print(diagnostic.format(), file=sys.stderr)
    return errors


def _outline(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    """The outline as far as the deck loads; exit 1 when it has errors (named on stderr)."""
    status = 1 if _errors(diagnostics) else 0
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


def _export(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    """A broken deck is not exported by accident: its errors are named, exit 2."""
    if args.text:
        if _refused(args, deck, diagnostics):
            return 2
        from app.export.text import reader_text

        sys.stdout.write(reader_text(deck))
        return 0
    _app = _headless_app()
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
    if _errors(diagnostics) and not args.force:
        print("reportage: the deck has errors (see above); fix them, or export anyway "
              "with --force", file=sys.stderr)
        return True
    if not deck.slides:
        print(f"reportage: {args.deck}: no slides to export", file=sys.stderr)
        return True
    return False


def _read(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    if problem := display_problem():
        raise UsageError(problem)
    from app.ui.application import run_reader

    return run_reader(deck, diagnostics)


def _present(args: argparse.Namespace, deck: Deck, diagnostics: list[Diagnostic]) -> int:
    numbers = deck.slide_numbers()
    if not numbers:
        _errors(diagnostics)
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
    from app.ui.application import run_presentation

    return run_presentation(deck, diagnostics, screen=args.screen, console=not args.no_console,
                            start=start, window_size=args.window, rehearse=args.rehearse,
                            advance_seconds=args.advance, remote_port=_remote_port(args))


def _remote_port(args: argparse.Namespace) -> int | None:
    """None: no remote (the default); else the port to listen on, 0 for any."""
    if args.remote_port is not None:
        return args.remote_port
    return 0 if args.remote else None


def _bench(args: argparse.Namespace, deck: Deck, _diagnostics: list[Diagnostic]) -> int:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle has no Python to start children
        raise UsageError("bench measures in child Python processes: run it from a checkout "
                         "or a pip install, not from the bundle")
    _app = _headless_app()
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


_HANDLERS = {
    "read": _read,
    "present": _present,
    "export": _export,
    "check": _check,
    "outline": _outline,
    "bench": _bench,
}

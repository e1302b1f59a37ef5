"""The `reportage` command's first step: the app's modules imported with no collector passes.

Importing the app builds thousands of classes, functions and dicts and frees
almost nothing, yet each few hundred allocations wake Python's cycle
collector, which walks them all again: a dozen passes, 10 ms before a
talk's first slide on a slow machine (`python main.py bench`). Collection
resumes once the imports are done; a window command then hands it to the GUI
thread (app.render.collector).
"""

from __future__ import annotations

import gc
from collections.abc import Callable


def main(argv: list[str] | None = None) -> int:
    """Run the command line (app.cli.main), its modules imported first without collection."""
    return _command_line()(argv)


def _command_line() -> Callable[[list[str] | None], int]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        from app.cli import main as run
    finally:
        if collecting:
            gc.enable()
    return run

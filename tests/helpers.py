"""Helpers shared by the tests: paths and small decks written on the fly."""

from __future__ import annotations

from pathlib import Path

from app.deck.loader import load_deck
from app.deck.model import Deck

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_DECK = ROOT / "slides"
REPORT = SHIPPED_DECK / "source" / "report.txt"  # the report the shipped deck is made from


def write_deck(root: Path, chapters: dict[str, str], manifest: str | None = None) -> Path:
    """Write a small deck: `chapters` maps file name to Markdown text."""
    root.mkdir(parents=True, exist_ok=True)
    if manifest is None:
        entries = "\n".join(
            f'[[chapters]]\ntitle = "Глава {n}"\nfile = "{name}"\n'
            for n, name in enumerate(chapters, 1)
        )
        manifest = f'title = "Тестовая колода"\nduration = 10\n\n{entries}'
    (root / "deck.toml").write_text(manifest, encoding="utf-8")
    for name, text in chapters.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


# Search and its highlight, in the deck and in the UI: ё and case folding, every field
# (shown, reader text, notes), a hidden slide, an emoji before a match (UTF-16 offsets),
# tabs and runs of spaces, markup that must stay literal.
SEARCH_DECK = {
    "a.md": ("# Ёрико в Токио\n\nПервый абзац.\n\n"
             "::: reader\nПолный текст 😀 про Токио: ёлка, Ёлка и ЕЛКА.\n\n"
             "Второй абзац начинается так.\n\n"
             "::: notes\nЗаметка: ТОКИО.\n"
             "---\nhidden: true\n\n# Запасной\n\nТут тоже ёлка.\n"),
    "b.md": "# Про <b>x</b> и &amp;\n\nСлово\tи   слово. Текст с <i>тегом</i>.\n",
}


def load_search_deck(root: Path) -> Deck:
    """SEARCH_DECK written to `root` and loaded; it must load without a diagnostic."""
    deck, out = load_deck(write_deck(root, SEARCH_DECK))
    assert out == []
    return deck


def finished_grab(qtbot, view):
    """What a SlideView shows once its worker has rendered the current slide."""
    qtbot.waitUntil(view.frame_ready, timeout=10000)
    return view.grab().toImage()


def open_reader(qtbot, deck: Deck, size: tuple[int, int] = (1280, 720)):
    """A reader window on `deck` with fresh settings, shown at `size` and exposed."""
    from app.render.context import RenderContext
    from app.settings import Settings
    from app.ui.reader_window import ReaderWindow

    window = ReaderWindow(deck, RenderContext.for_deck(deck), Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    return window

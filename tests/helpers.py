"""Helpers shared by the tests: paths and small decks written on the fly."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_DECK = ROOT / "slides"
SHARED = ROOT.parent / "shared"
REPORT = SHARED / "article" / "report.txt"
FIDELITY = SHARED / "tools" / "fidelity.py"


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

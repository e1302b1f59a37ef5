"""Whatever a deck holds, loading it gives diagnostics, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.deck.diagnostics import Diagnostic
from app.deck.loader import load_deck
from app.deck.slides import parse_chapter_file

# Lines built from the syntax's own pieces, so the fuzzing reaches deep paths.
PIECES = st.sampled_from([
    "---", "kind: quote", "kind: dialogue", "kind: facts", "kind: build", "kind: photo",
    "kind: nonsense", "speaker: Я", "image: ../../etc/passwd", "image: http://x/y.png",
    "hidden: true", "hidden: maybe", "id: a b", "id: same", "::: reader", "::: notes",
    "::: wat", ":::", "# Заголовок", "- **А:** да", "- **1964** год", "- ![alt](media/x) шаг",
    "- просто", "> цитата", "```", "<script>alert(1)</script>", "", "текст **жирный",
    "![](javascript:alert(1))", "[ссылка](file:///etc/passwd)",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40))
def test_any_chapter_text_parses_without_raising(lines):
    out: list[Diagnostic] = []
    slides = parse_chapter_file(Path("x.md"), "\n".join(lines), out)
    for slide in slides:
        assert slide.step_count >= 1
        assert isinstance(slide.title, str)
    for diagnostic in out:
        assert diagnostic.line >= 1


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manifest=st.text(max_size=200))
def test_any_manifest_loads_without_raising(tmp_path, manifest):
    (tmp_path / "deck.toml").write_text(manifest, encoding="utf-8")
    deck, out = load_deck(tmp_path)
    assert isinstance(deck.chapters, list)
    assert all(d.line >= 1 for d in out)

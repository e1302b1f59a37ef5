"""Whatever a deck holds, loading it gives diagnostics, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.importer import ReportRefused, import_report, write_deck
from app.deck.loader import load_deck
from app.deck.slides import parse_chapter_file
from app.deck.source_check import deck_pieces, lost_sentences

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


# Report lines built from what the importer looks for: headings, credits, turns, quotes.
REPORT_PIECES = st.sampled_from([
    "Короткий заголовок", "# Заголовок", "## Подзаголовок главы", "Иван Петров",
    "Автор: Иван Петров", "Фото: агентство.", "By Jane Doe", "© Агентство / Имя",
    "Подпись к фото. © Агентство / Имя", "НУР-СУЛТАН, 2 мая — Sputnik.",
    "— Как дела?", "– Хорошо, – улыбается Петров.", "- пункт списка", "- Вопрос?",
    "Q: Why?", "A: Because.", "Вопрос: Зачем?",
    "«Мы начнём завтра утром и закончим к вечеру», – сказал Иван Петров.",
    '"Работа продолжится", - добавил глава государства.', "«Открыто", "кавычки»",
    "Абзац из двух предложений. Второе здесь.", "Она улыбается.", "", "***",
    "Kazakh: Қош келдіңіз!", "…", "«", '"',
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(REPORT_PIECES, st.text(max_size=60)), max_size=30))
def test_any_report_imports_to_a_deck_that_loses_nothing(tmp_path_factory, lines):
    text = "\n".join(lines)
    try:
        files = import_report(text)
    except ReportRefused:
        assert not any(ch.isalnum() for ch in text)
        return
    out = tmp_path_factory.mktemp("imported") / "deck"
    write_deck(files, out)
    deck, diagnostics = load_deck(out)
    assert [d.format() for d in diagnostics if d.severity is Severity.ERROR] == []
    _, lost = lost_sentences(text, deck_pieces(deck))
    assert [s.text for s in lost] == []

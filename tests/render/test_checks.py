"""Render diagnostics: media, glyphs and overflow, each at its slide's file and line."""

from __future__ import annotations

import pytest

from app.deck.diagnostics import Severity
from app.deck.loader import load_deck
from app.render import checks
from app.render.checks import render_diagnostics
from app.render.context import RenderContext
from tests.render.samples import one_slide_deck

LONG = "Астана внимательно присматривается к опыту огромного и сложного Токио. " * 120


def diagnose(tmp_path, markdown):
    deck, _ = load_deck(one_slide_deck(tmp_path / "deck", markdown))
    return deck, render_diagnostics(deck, RenderContext.for_deck(deck))


def test_a_clean_slide_has_no_diagnostics(qapp, tmp_path):
    _, out = diagnose(tmp_path, "kind: photo\nimage: edge\ncaption: Всё на месте\n")
    assert out == []


def test_missing_media_is_an_error_at_the_slide(qapp, tmp_path):
    deck, out = diagnose(tmp_path, "# Первый\n---\nkind: photo\nid: gone\nimage: nowhere\n")
    assert len(out) == 1
    problem = out[0]
    assert problem.severity is Severity.ERROR
    assert problem.file.name == "01.md"
    assert problem.line == 3
    assert "nowhere" in problem.message
    assert "файл не найден" in problem.message
    assert problem.format().endswith(f"01.md:3: error: {problem.message}")


def test_missing_build_step_image_points_at_its_item(qapp, tmp_path):
    _, out = diagnose(tmp_path, "kind: build\n\n- Первый шаг\n- ![нет](media/lost) Второй\n")
    assert [(d.line, d.severity) for d in out] == [(4, Severity.ERROR)]


def test_unreadable_and_unsafe_media_are_errors(qapp, tmp_path):
    root = one_slide_deck(tmp_path / "deck", "kind: photo\nimage: broken\n---\n"
                                             "kind: photo\nimage: ../outside\n")
    (root / "media" / "broken.png").write_bytes(b"\x89PNG not really")
    deck, _ = load_deck(root)
    out = render_diagnostics(deck, RenderContext.for_deck(deck))
    assert [(d.line, d.severity) for d in out] == [(1, Severity.ERROR), (4, Severity.ERROR)]
    assert "broken" in out[0].message
    assert "outside" in out[1].message


def test_characters_no_font_draws_are_named(qapp, tmp_path):
    _, out = diagnose(tmp_path, "# Заголовок\n\nСмайлик \U0001F600 и ሀ.\n")
    messages = sorted(d.message for d in out)
    assert len(out) == 2
    assert all(d.severity is Severity.WARNING for d in out)
    assert all(d.line == 3 for d in out)
    assert "U+1F600" in messages[0] or "U+1F600" in messages[1]
    assert any("U+1200" in m and "'ሀ'" in m for m in messages)


def test_text_that_cannot_fit_is_an_error(qapp, tmp_path):
    _, out = diagnose(tmp_path, f"# Заголовок\n\n{LONG}\n")
    assert len(out) == 1
    assert out[0].severity is Severity.ERROR
    assert "readable minimum" in out[0].message
    assert out[0].format().startswith(f"{out[0].file}:1: error: ")


def test_dialogue_lines_that_cannot_all_be_shown_are_an_error(qapp, tmp_path):
    turns = "\n".join(f"- **{'Корреспондент' if i % 2 == 0 else 'Министр'}:** {LONG[:900]}{i}"
                      for i in range(4))
    _, out = diagnose(tmp_path, f"# Первый\n---\nkind: dialogue\n\n{turns}\n")
    assert out
    assert all(d.severity is Severity.ERROR and d.line == 3 for d in out)
    assert any("earlier line(s) of the dialogue do not fit" in d.message for d in out)


@pytest.mark.parametrize("kind", ["photo\nimage: edge", "facts\n\n- **1964** монорельс",
                                  "build\n\n- Первый шаг",
                                  "dialogue\n\n- **Корреспондент:** Вопрос?"])
def test_body_text_a_kind_does_not_show_is_an_error(qapp, tmp_path, kind):
    _, out = diagnose(tmp_path, f"kind: {kind}\n\nАбзац, которого слайд не покажет.\n")
    assert [(d.severity, d.line) for d in out] == [(Severity.ERROR, 1)]
    assert "not shown on a" in out[0].message


def test_a_quote_shows_every_block_it_has(qapp, tmp_path):
    _, out = diagnose(tmp_path, "kind: quote\nspeaker: Кто-то\n\n> Слова.\n\n- и пункт\n")
    assert out == []


def test_checks_never_raise(qapp, tmp_path, monkeypatch):
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(checks, "layout_slide", broken)
    _, out = diagnose(tmp_path, "# Заголовок\n")
    assert len(out) == 1
    assert "boom" in out[0].message

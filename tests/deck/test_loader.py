"""Loading a deck folder: manifest problems, missing chapter files, duplicate ids."""

from __future__ import annotations

import pytest

from app.deck.diagnostics import Severity, exit_code
from app.deck.loader import NotADeckError, load_deck
from app.deck.model import ChapterRole
from tests.helpers import write_deck


def lines(out) -> list[str]:
    return [f"{d.file.name}:{d.line}:{d.severity}:{d.message}" for d in out]


def test_a_small_deck_loads_in_order(tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "# Один\n---\n# Два\n", "b.md": "# Три\n"})
    deck, out = load_deck(root)
    assert out == []
    assert deck.title == "Тестовая колода"
    assert [s.heading for s in deck.slides] == ["Один", "Два", "Три"]
    assert [s.index for s in deck.slides] == [0, 1, 2]
    assert [s.chapter for s in deck.slides] == [0, 0, 1]
    assert deck.duration_minutes == 10


def test_not_a_deck(tmp_path):
    with pytest.raises(NotADeckError):
        load_deck(tmp_path / "nowhere")
    with pytest.raises(NotADeckError):
        load_deck(tmp_path)


def test_bad_toml_names_the_line(tmp_path):
    root = write_deck(tmp_path, {}, manifest='title = "x"\n\nduration = = 3\n')
    _, out = load_deck(root)
    assert len(out) == 1
    assert out[0].severity is Severity.ERROR
    assert out[0].line == 3
    assert out[0].message.startswith("bad TOML")


def test_manifest_problems(tmp_path):
    manifest = (
        'titel = "x"\ntheme = "drak"\nduration = -5\n\n'
        '[[chapters]]\ntitle = "A"\nfile = "a.md"\nrole = "openning"\nbugdet = 2\n\n'
        '[[chapters]]\ntitle = "B"\nfile = "missing.md"\n\n'
        '[[chapters]]\ntitle = "C"\nfile = "../outside.md"\n'
    )
    root = write_deck(tmp_path / "d", {"a.md": "# A\n"}, manifest=manifest)
    deck, out = load_deck(root)
    assert lines(out) == [
        "deck.toml:1:warning:unknown manifest key 'titel' (did you mean 'title'?)",
        "deck.toml:1:error:the deck has no 'title'",
        "deck.toml:2:warning:unknown theme 'drak' (did you mean 'dark'?); using 'light'",
        "deck.toml:3:error:'duration' must be a positive number of minutes",
        "deck.toml:5:warning:unknown chapter key 'bugdet' (did you mean 'budget'?)",
        "deck.toml:5:error:unknown chapter role 'openning' (did you mean 'opening'?)",
        "deck.toml:15:error:chapter file '../outside.md' is outside the deck folder",
        "deck.toml:11:error:chapter file 'missing.md' does not exist",
    ]
    assert [c.title for c in deck.chapters] == ["A"]
    assert exit_code(out) == 2


def test_roles_and_budgets(tmp_path):
    manifest = (
        'title = "T"\n[[chapters]]\ntitle = "O"\nfile = "o.md"\nrole = "opening"\n'
        '[[chapters]]\ntitle = "A"\nfile = "a.md"\nbudget = 2.5\n'
        '[[chapters]]\ntitle = "Z"\nfile = "z.md"\nrole = "closing"\n'
    )
    root = write_deck(tmp_path, {"o.md": "# O\n", "a.md": "# A\n", "z.md": "# Z\n"}, manifest)
    deck, out = load_deck(root)
    assert out == []
    assert [c.role for c in deck.chapters] == [
        ChapterRole.OPENING, ChapterRole.CHAPTER, ChapterRole.CLOSING]
    assert [c.title for c in deck.main_chapters] == ["A"]
    assert deck.chapters[1].budget_minutes == 2.5


def test_duplicate_ids_across_files(tmp_path):
    root = write_deck(tmp_path, {"a.md": "id: same\n\n# A\n",
                                 "b.md": "# B\n---\nid: same\n\n# C\n"})
    deck, out = load_deck(root)
    assert lines(out) == ["b.md:3:error:duplicate slide id 'same' (first used at a.md:1)"]
    assert deck.slide_by_id("same").heading == "A"


def test_unreadable_chapter_file(tmp_path):
    root = write_deck(tmp_path, {"a.md": "# A\n"})
    (root / "a.md").write_bytes(b"\xff\xfe\x00bad")
    _, out = load_deck(root)
    assert out[0].severity is Severity.ERROR
    assert out[0].message.startswith("cannot read the chapter file")


def test_exit_codes(tmp_path):
    assert exit_code([]) == 0
    root = write_deck(tmp_path, {"a.md": "# A\n---\n\n---\n# B\n"})
    _, out = load_deck(root)
    assert exit_code(out) == 1

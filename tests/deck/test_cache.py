"""Chapters parsed once and kept: the same deck back, and a parse whenever anything differs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.deck import cache as cache_module
from app.deck.cache import ChapterCache, user_cache_folder
from app.deck.loader import load_deck
from tests.helpers import ROOT, SHIPPED_DECK, write_deck

# Every kind of slide and of problem the parser knows, so the kept copy must carry them all.
VARIED = {
    "a.md": "kind: title\n\n# Заголовок\n\nподзаголовок\n---\nkind: photo\nimage: p1\n"
            "caption: Подпись\ncredit: Фото\nalt: Описание\n\n# Фото\n---\n"
            "kind: quote\nspeaker: Кто-то\nrole: роль\n\n> «Слова» **жирно** *курсив* `код`\n"
            "---\nkind: dialogue\n\n**В:** Вопрос?\n\n**О:** Ответ.\n---\nkind: facts\n\n"
            "- **5** лет\n- **12** стран\n---\nkind: build\n\n# Шаги\n\n- один\n- два\n"
            "---\nhidden: true\nid: secret\n\n# Скрытый\n\n::: reader\nТекст читателя.\n"
            ":::\n\n::: notes\nЗаметки.\n:::\n",
    "b.md": "kind: nonsense\n\n# Непонятный\n---\n\n---\n# Без id\n",
}


@pytest.fixture
def kept(tmp_path):
    return ChapterCache(tmp_path / "kept")


def test_a_kept_parse_is_the_deck_parsed_again(tmp_path, kept):
    root = write_deck(tmp_path / "deck", VARIED)
    parsed = load_deck(root)
    assert parsed[1]  # the problems are kept too
    assert load_deck(root, kept) == parsed  # a miss: parsed, and kept
    assert load_deck(root, kept) == parsed  # a hit
    assert len(list(kept.folder.iterdir())) == 1


def test_the_shipped_deck_comes_back_whole(kept):
    parsed = load_deck(SHIPPED_DECK)
    load_deck(SHIPPED_DECK, kept)
    assert load_deck(SHIPPED_DECK, kept) == parsed


def test_a_start_from_a_kept_parse_never_imports_markdown_it(tmp_path, kept):
    root = write_deck(tmp_path / "deck", VARIED)
    load_deck(root, kept)
    probe = ("import sys; from pathlib import Path; from app.deck.cache import ChapterCache; "
             "from app.deck.loader import load_deck; "
             f"deck, _ = load_deck(Path({str(root)!r}), ChapterCache(Path({str(kept.folder)!r}))); "
             "print(len(deck.slides), 'markdown_it' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(load_deck(root)[0].slides)), "False"]


def test_an_edit_of_the_same_size_and_time_is_parsed(tmp_path, kept):
    root = write_deck(tmp_path / "deck", {"a.md": "# Старый\n"})
    load_deck(root, kept)
    stat = (root / "a.md").stat()
    (root / "a.md").write_text("# Новый\n", encoding="utf-8")
    os.utime(root / "a.md", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    deck, _ = load_deck(root, kept)
    assert deck.slides[0].heading == "Новый"


def test_a_new_chapter_file_name_is_parsed(tmp_path, kept):
    root = write_deck(tmp_path / "deck", {"a.md": "# A\n"})
    load_deck(root, kept)
    write_deck(root, {"b.md": "# A\n"})
    deck, _ = load_deck(root, kept)
    assert deck.slides[0].file.name == "b.md"


def test_another_parser_parses_again(tmp_path, kept, monkeypatch):
    root = write_deck(tmp_path / "deck", {"a.md": "# A\n"})
    load_deck(root, kept)
    parses = []
    real = cache_module.ChapterCache.put
    monkeypatch.setattr(cache_module.ChapterCache, "put",
                        lambda self, *args: parses.append(1) or real(self, *args))
    load_deck(root, kept)
    assert parses == []  # the same parser: the kept parse serves
    monkeypatch.setattr(cache_module, "_parser_stamps", lambda: ("slides.py:1:2",))
    load_deck(root, kept)
    assert parses == [1]


@pytest.mark.parametrize("content", [
    "",
    "{not json",
    '{"key": null}',
    "[1, 2]",
])
def test_a_damaged_file_is_parsed_again(tmp_path, kept, content):
    root = write_deck(tmp_path / "deck", {"a.md": "# A\n"})
    load_deck(root, kept)
    (kept_file,) = kept.folder.iterdir()
    kept_file.write_text(content, encoding="utf-8")
    deck, _ = load_deck(root, kept)
    assert deck.slides[0].heading == "A"


def test_only_the_models_classes_are_built_from_a_file(tmp_path, kept):
    root = write_deck(tmp_path / "deck", {"a.md": "# A\n"})
    load_deck(root, kept)
    (kept_file,) = kept.folder.iterdir()
    data = json.loads(kept_file.read_text(encoding="utf-8"))
    data["slides"][0][0] = {"@": "Popen", "=": [["touch", str(tmp_path / "pwned")]]}
    kept_file.write_text(json.dumps(data), encoding="utf-8")
    deck, _ = load_deck(root, kept)
    assert deck.slides[0].heading == "A"
    assert not (tmp_path / "pwned").exists()


def test_a_folder_that_cannot_be_written_only_costs_the_parse(tmp_path):
    root = write_deck(tmp_path / "deck", {"a.md": "# A\n"})
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    deck, _ = load_deck(root, ChapterCache(blocked / "kept"))
    assert deck.slides[0].heading == "A"


def test_nothing_is_written_in_the_deck_folder(tmp_path, kept):
    root = write_deck(tmp_path / "deck", VARIED)
    before = sorted(root.rglob("*"))
    load_deck(root, kept)
    assert sorted(root.rglob("*")) == before


def test_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert user_cache_folder() == tmp_path
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/not/allowed")
    assert user_cache_folder().is_absolute()

"""Loading a deck folder: manifest problems, missing chapter files, duplicate ids."""

from __future__ import annotations

import codecs

import pytest

from app.deck.diagnostics import Severity, exit_code
from app.deck.loader import NotADeckError, load_deck
from app.deck.manifest import read_manifest
from app.deck.model import ChapterRole, Deck, Kind, SlidePlaces
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
    assert [c.title for c in deck.chapters] == ["A", "B"]  # the missing file keeps its place
    assert deck.chapters[1].slides == []
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


def test_a_chapter_that_cannot_be_read_keeps_the_numbering(tmp_path):
    """«Глава N», Ctrl+N and budgets follow deck.toml even when a file is missing or bad."""
    manifest = (
        'title = "T"\n'
        '[[chapters]]\ntitle = "O"\nfile = "o.md"\nrole = "opening"\n'
        '[[chapters]]\ntitle = "A"\nfile = "a.md"\nbudget = 1\n'
        '[[chapters]]\ntitle = "B"\nfile = "b.md"\nbudget = 2\n'
        '[[chapters]]\ntitle = "C"\nfile = "c.md"\nbudget = 3\n'
        '[[chapters]]\ntitle = "Z"\nfile = "z.md"\nrole = "closing"\n'
    )
    root = write_deck(tmp_path / "d", {"o.md": "# O\n", "c.md": "# C\n", "z.md": "# Z\n"},
                      manifest)
    (root / "b.md").write_bytes(b"\xff\xfe\x00bad")  # not UTF-8
    deck, out = load_deck(root)
    assert lines(out) == [
        "deck.toml:6:error:chapter file 'a.md' does not exist",
        "b.md:1:error:cannot read the chapter file: "
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    ]
    assert [(c.title, c.role, c.budget_minutes) for c in deck.chapters] == [
        ("O", ChapterRole.OPENING, None), ("A", ChapterRole.CHAPTER, 1.0),
        ("B", ChapterRole.CHAPTER, 2.0), ("C", ChapterRole.CHAPTER, 3.0),
        ("Z", ChapterRole.CLOSING, None)]
    assert [c.title for c in deck.main_chapters] == ["A", "B", "C"]
    assert [(s.heading, s.chapter, s.index) for s in deck.slides] == [
        ("O", 0, 0), ("C", 3, 1), ("Z", 4, 2)]


def with_bom(path):
    """Prefix the file with a UTF-8 BOM, as Windows Notepad saves it."""
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())


def test_a_chapter_file_with_a_bom_keeps_its_attributes(tmp_path):
    root = write_deck(tmp_path, {"a.md": "kind: quote\nspeaker: Ёрико\n\n> Слова.\n"})
    with_bom(root / "a.md")
    deck, out = load_deck(root)
    assert out == []
    slide = deck.slides[0]
    assert (slide.kind, slide.speaker, slide.line) == (Kind.QUOTE, "Ёрико", 1)
    assert "\ufeff" not in slide.shown_text


def test_a_manifest_with_a_bom_loads(tmp_path):
    root = write_deck(tmp_path, {"a.md": "# A\n"})
    with_bom(root / "deck.toml")
    deck, out = load_deck(root)
    assert out == []
    assert deck.title == "Тестовая колода"
    assert [c.title for c in deck.chapters] == ["Глава 1"]


def test_the_manifest_fills_a_deck_with_empty_chapters(tmp_path):
    """Metadata is declared once, on Deck: the manifest parser fills one directly."""
    root = write_deck(tmp_path / "d", {"a.md": "# A\n"},
                      'title = "T"\nauthor = "Я"\ntheme = "dark"\nduration = 5\n'
                      '[[chapters]]\ntitle = "A"\nfile = "a.md"\nbudget = 2\n')
    deck, out = read_manifest(root)
    assert out == []
    assert isinstance(deck, Deck)
    assert (deck.root, deck.title, deck.author, deck.theme, deck.duration_minutes) == (
        root, "T", "Я", "dark", 5.0)
    assert [(c.title, c.file, c.budget_minutes, c.line, c.slides) for c in deck.chapters] == [
        ("A", root / "a.md", 2.0, 5, [])]


def test_a_deck_without_a_usable_title_is_named_after_its_folder(tmp_path):
    root = write_deck(tmp_path / "Токио", {}, manifest="title = = 1\n")
    deck, out = load_deck(root)
    assert [d.message.split(":")[0] for d in out] == ["bad TOML"]
    assert deck.title == "Токио"


CHAPTER = '\n[[chapters]]\ntitle = "A"\nfile = "a.md"\n'


def test_the_source_is_a_file_inside_the_deck(tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "# A\n"},
                      manifest=f'title = "x"\n\nsource = "source/report.txt"\n{CHAPTER}')
    deck, out = load_deck(root)
    assert out == []
    assert (deck.source, deck.source_line) == (root / "source" / "report.txt", 3)


@pytest.mark.parametrize(("value", "message"), [
    ('"../report.txt"', "source '../report.txt' is outside the deck folder"),
    ('"/etc/passwd"', "source '/etc/passwd' is outside the deck folder"),
    ("3", "'source' must be text"),
])
def test_a_source_outside_the_deck_is_never_read(tmp_path, value, message):
    root = write_deck(tmp_path / "d", {"a.md": "# A\n"},
                      manifest=f'title = "x"\nsource = {value}\n{CHAPTER}')
    deck, out = load_deck(root)
    assert lines(out) == [f"deck.toml:2:error:{message}"]
    assert deck.source is None


def test_a_place_in_a_chapter_file_is_on_the_slide_that_holds_it(tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "# Один\n\nтекст\n---\n# Два\n---\n# Три\n",
                                       "b.md": "# Четыре\n"})
    deck, _ = load_deck(root)
    places = SlidePlaces(deck)
    a, b = root / "a.md", root / "b.md"
    assert [places.slide_at(a, line).heading for line in (1, 3, 5, 6, 7, 99)] == \
        ["Один", "Один", "Два", "Два", "Три", "Три"]
    assert places.slide_at(b, 1).heading == "Четыре"
    assert places.slide_at(a, 0) is None
    assert places.slide_at(root / "deck.toml", 1) is None

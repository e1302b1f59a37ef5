"""is_inside: the one containment rule for chapter files and the timings file."""

from __future__ import annotations

from pathlib import Path

from app.deck.paths import is_inside


def test_the_folder_and_what_is_under_it_are_inside(tmp_path: Path) -> None:
    assert is_inside(tmp_path, tmp_path)
    assert is_inside(tmp_path, tmp_path / "a.md")
    assert is_inside(tmp_path, tmp_path / "sub" / ".." / "a.md")  # need not exist


def test_escapes_and_look_alikes_are_outside(tmp_path: Path) -> None:
    deck = tmp_path / "slides"
    deck.mkdir()
    assert not is_inside(deck, deck / ".." / "slides.timings.json")
    assert not is_inside(deck, tmp_path / "slides2" / "a.md")  # a shared prefix is not a parent
    assert not is_inside(deck / "a", deck)


def test_symlinks_are_followed(tmp_path: Path) -> None:
    deck, elsewhere = tmp_path / "deck", tmp_path / "elsewhere"
    deck.mkdir()
    elsewhere.mkdir()
    (deck / "out").symlink_to(elsewhere)
    (elsewhere / "in").symlink_to(deck)
    assert not is_inside(deck, deck / "out" / "a.md")
    assert is_inside(deck, elsewhere / "in" / "a.md")

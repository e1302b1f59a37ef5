"""Slot names resolve inside the deck's media folder and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.media.slots import (
    ABSOLUTE,
    EXTENSIONS,
    INVALID,
    NETWORK,
    OUTSIDE,
    UNREADABLE,
    SlotResult,
    resolve_slot,
    slot_folder,
)


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    root = tmp_path / "deck"
    (root / "media").mkdir(parents=True)
    return root


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def assert_found(result: SlotResult, path: Path, illustration: bool = False) -> None:
    assert result.error is None
    assert result.path == path.resolve()
    assert result.is_illustration is illustration


@pytest.mark.parametrize(
    "slot",
    [
        "monorail",
        "media/monorail",
        "./media/monorail",
        "monorail.jpg",
        "media/monorail.svg",
        "media\\monorail",
    ],
)
def test_spellings_of_a_slot_find_the_same_file(deck: Path, slot: str) -> None:
    photo = touch(deck / "media" / "monorail.jpg")

    assert_found(resolve_slot(deck, slot), photo)


@pytest.mark.parametrize("index", range(len(EXTENSIONS) - 1))
def test_extension_priority(deck: Path, index: int) -> None:
    for ext in EXTENSIONS[index:]:
        touch(deck / "media" / f"monorail{ext}")

    result = resolve_slot(deck, "monorail.svg")

    assert_found(result, deck / "media" / f"monorail{EXTENSIONS[index]}")


def test_photo_replaces_illustration(deck: Path) -> None:
    touch(deck / "media" / "monorail.svg")
    assert resolve_slot(deck, "monorail").is_illustration is True

    photo = touch(deck / "media" / "monorail.jpg")

    assert_found(resolve_slot(deck, "monorail"), photo)


def test_svg_alone_is_an_illustration(deck: Path) -> None:
    drawing = touch(deck / "media" / "tower.svg")

    assert_found(resolve_slot(deck, "tower"), drawing, illustration=True)


def test_extension_case_is_ignored(deck: Path) -> None:
    photo = touch(deck / "media" / "Koike.JPG")

    assert_found(resolve_slot(deck, "Koike.jpg"), photo)


def test_subfolder_of_media(deck: Path) -> None:
    photo = touch(deck / "media" / "tokyo" / "bay.webp")

    assert_found(resolve_slot(deck, "media/tokyo/bay"), photo)


def test_directory_with_image_name_is_skipped(deck: Path) -> None:
    (deck / "media" / "monorail.jpg").mkdir()
    drawing = touch(deck / "media" / "monorail.svg")

    assert_found(resolve_slot(deck, "monorail"), drawing, illustration=True)


def test_missing_slot_names_the_pattern(deck: Path) -> None:
    touch(deck / "media" / "other.jpg")

    result = resolve_slot(deck, "monorail")

    assert result == SlotResult(path=None, error="файл не найден: media/monorail.*")


def test_missing_media_folder(tmp_path: Path) -> None:
    result = resolve_slot(tmp_path / "no-deck", "monorail")

    assert result.path is None
    assert result.error == "файл не найден: media/monorail.*"


@pytest.mark.parametrize(
    ("slot", "reason"),
    [
        ("http://example.com/a.jpg", NETWORK),
        ("https://example.com/a", NETWORK),
        ("file:///etc/passwd", NETWORK),
        ("//server/share/a.jpg", NETWORK),
        ("\\\\server\\share\\a.jpg", NETWORK),
        ("/etc/passwd", ABSOLUTE),
        ("C:\\photos\\a.jpg", ABSOLUTE),
        ("C:a.jpg", ABSOLUTE),
        ("../x", OUTSIDE),
        ("media/../../x", OUTSIDE),
        ("..\\x", OUTSIDE),
        ("", INVALID),
        ("   ", INVALID),
        ("media", INVALID),
        ("mono\x00rail", INVALID),
    ],
)
def test_refused_names(deck: Path, slot: str, reason: str) -> None:
    touch(deck / "x.jpg")
    touch(deck / "media" / "x.jpg")

    assert resolve_slot(deck, slot) == SlotResult(path=None, error=reason)


def test_dot_dot_that_stays_inside_is_still_refused(deck: Path) -> None:
    touch(deck / "media" / "x.jpg")

    assert resolve_slot(deck, "media/../media/x").error == OUTSIDE


def test_symlink_out_of_the_deck_is_refused(deck: Path, tmp_path: Path) -> None:
    secret = touch(tmp_path / "secret.jpg")
    (deck / "media" / "evil.jpg").symlink_to(secret)

    result = resolve_slot(deck, "evil")

    assert result == SlotResult(path=None, error=OUTSIDE)


def test_symlinked_media_folder_out_of_the_deck_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    touch(elsewhere / "monorail.jpg")
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "media").symlink_to(elsewhere, target_is_directory=True)

    assert resolve_slot(deck, "monorail").error == OUTSIDE


def test_symlink_inside_the_deck_is_followed(deck: Path) -> None:
    original = touch(deck / "originals" / "tower.png")
    (deck / "media" / "tower.png").symlink_to(original)

    assert_found(resolve_slot(deck, "tower"), original)


def test_deck_reached_through_a_symlink(deck: Path, tmp_path: Path) -> None:
    photo = touch(deck / "media" / "monorail.jpg")
    alias = tmp_path / "alias"
    alias.symlink_to(deck, target_is_directory=True)

    assert_found(resolve_slot(alias, "monorail"), photo)


def test_broken_symlink_falls_through_to_next_extension(deck: Path) -> None:
    (deck / "media" / "monorail.jpg").symlink_to(deck / "gone.jpg")
    drawing = touch(deck / "media" / "monorail.svg")

    assert_found(resolve_slot(deck, "monorail"), drawing, illustration=True)


def test_symlink_loop_does_not_raise(deck: Path) -> None:
    loop = deck / "media" / "loop.jpg"
    loop.symlink_to(loop)

    result = resolve_slot(deck, "loop")

    assert result == SlotResult(path=None, error="файл не найден: media/loop.*")


def test_unreadable_media_folder(deck: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touch(deck / "media" / "monorail.jpg")

    def denied(path: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "iterdir", denied)

    assert resolve_slot(deck, "monorail") == SlotResult(path=None, error=UNREADABLE)


def test_a_theme_variant_of_a_drawing_is_taken_when_it_exists(deck):
    drawn = touch(deck / "media" / "city.svg")
    night = touch(deck / "media" / "city.dark.svg")
    assert_found(resolve_slot(deck, "city", "dark"), night, illustration=True)
    assert_found(resolve_slot(deck, "city"), drawn, illustration=True)
    assert_found(resolve_slot(deck, "city", "sepia"), drawn, illustration=True)


def test_a_real_photo_wins_over_every_drawing_variant(deck):
    touch(deck / "media" / "city.svg")
    touch(deck / "media" / "city.dark.svg")
    photo = touch(deck / "media" / "city.jpg")
    assert_found(resolve_slot(deck, "city", "dark"), photo)


def test_the_folder_a_slot_is_looked_up_in(tmp_path):
    assert slot_folder(tmp_path, "monorail") == tmp_path / "media"
    assert slot_folder(tmp_path, "media/city/tower.svg") == tmp_path / "media" / "city"
    assert slot_folder(tmp_path, "../outside") is None
    assert slot_folder(tmp_path, "http://example.com/x.jpg") is None

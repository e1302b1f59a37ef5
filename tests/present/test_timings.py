"""The timings file: beside the deck, atomic, fallback, corrupt files tolerated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.present.timings import Rehearsal, TimingsStore, timings_path

RUN = Rehearsal("Токио", "2024-12-20T09:00:00", 95.5, {"t0": 30.0, "a1": 65.5},
                {"Вступление": 30.0, "Токио не любит сюрпризов": 65.5})


@pytest.fixture
def deck_root(tmp_path: Path) -> Path:
    root = tmp_path / "slides"
    (root / "media").mkdir(parents=True)
    (root / "deck.toml").write_text('title = "Токио"\n', encoding="utf-8")
    (root / "media" / "photo.jpg").write_bytes(b"\xff\xd8")
    return root


def listing(root: Path) -> dict[str, int]:
    """Every path under and including the folder with its mtime in ns."""
    found = {".": root.stat().st_mtime_ns}
    found.update({str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")})
    return found


def test_path_is_the_deck_folders_sibling(tmp_path: Path) -> None:
    assert timings_path(tmp_path / "slides") == tmp_path / "slides.timings.json"
    assert timings_path(tmp_path / "slides/") == tmp_path / "slides.timings.json"


def test_round_trip_leaves_the_deck_folder_untouched(deck_root: Path) -> None:
    before = listing(deck_root)
    store = TimingsStore(deck_root)
    saved = store.save(RUN)
    assert saved.path == deck_root.parent / "slides.timings.json"
    assert store.load().rehearsal == RUN
    assert listing(deck_root) == before
    assert sorted(p.name for p in deck_root.parent.iterdir()) == ["slides", "slides.timings.json"]


def test_file_is_readable_json(deck_root: Path) -> None:
    TimingsStore(deck_root).save(RUN)
    data = json.loads((deck_root.parent / "slides.timings.json").read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["slides"] == {"t0": 30.0, "a1": 65.5}
    assert data["chapters"]["Вступление"] == 30.0


def test_missing_file_means_no_rehearsal(deck_root: Path) -> None:
    loaded = TimingsStore(deck_root).load()
    assert loaded.rehearsal is None
    assert loaded.message == "Репетиций ещё не было"


@pytest.mark.parametrize(
    "content",
    [b"not json", b"", b"[]", b'{"format": 1}', b'{"format": 2, "deck": "x"}',
     b'{"format": 1, "deck": "x", "recorded_at": "t", "total_seconds": -1, "slides": {},'
     b' "chapters": {}}',
     b'{"format": 1, "deck": "x", "recorded_at": "t", "total_seconds": NaN, "slides": {},'
     b' "chapters": {}}',
     b'{"format": 1, "deck": "x", "recorded_at": "t", "total_seconds": 1, "slides": [],'
     b' "chapters": {}}',
     b'{"format": 1, "deck": "x", "recorded_at": "t", "total_seconds": 1, "slides": {"a": "1"},'
     b' "chapters": {}}',
     b"\xff\xfe\x00garbage", b"[" * 100_000],
)
def test_corrupt_file_means_no_rehearsal_and_a_message(deck_root: Path, content: bytes) -> None:
    (deck_root.parent / "slides.timings.json").write_bytes(content)
    loaded = TimingsStore(deck_root).load()
    assert loaded.rehearsal is None
    assert "повреждён" in loaded.message


def test_unwritable_place_falls_back(deck_root: Path, tmp_path: Path) -> None:
    (deck_root.parent / "slides.timings.json").mkdir()  # os.replace cannot overwrite a folder
    fallback = tmp_path / "appdata" / "reportage" / "slides.timings.json"
    before = listing(deck_root)
    store = TimingsStore(deck_root, fallback)
    saved = store.save(RUN)
    assert saved.path == fallback
    assert store.load().rehearsal == RUN
    assert listing(deck_root) == before
    assert not list(deck_root.parent.glob(".slides.timings.json.*"))  # no temp left behind


def test_nowhere_to_write_is_a_message(deck_root: Path) -> None:
    (deck_root.parent / "slides.timings.json").mkdir()
    saved = TimingsStore(deck_root).save(RUN)
    assert saved.path is None
    assert saved.message.startswith("Не удалось сохранить")


def test_never_writes_inside_the_deck_folder(deck_root: Path) -> None:
    (deck_root.parent / "slides.timings.json").mkdir()
    before = listing(deck_root)
    saved = TimingsStore(deck_root, deck_root / "timings.json").save(RUN)
    assert saved.path is None
    assert "внутри папки презентации" in saved.message
    assert listing(deck_root) == before


def test_load_takes_the_most_recent_of_both_places(deck_root: Path, tmp_path: Path) -> None:
    fallback = tmp_path / "appdata" / "slides.timings.json"
    newer = Rehearsal("Токио", "2024-12-21T10:00:00", 1.0, {}, {})
    TimingsStore(deck_root).save(RUN)
    blocked = tmp_path / "elsewhere" / "slides.timings.json"
    blocked.mkdir(parents=True)
    assert TimingsStore(tmp_path / "elsewhere" / "slides", fallback).save(newer).path == fallback
    assert TimingsStore(deck_root, fallback).load().rehearsal == newer


def test_a_corrupt_file_does_not_hide_a_good_one(deck_root: Path, tmp_path: Path) -> None:
    fallback = tmp_path / "appdata" / "slides.timings.json"
    fallback.parent.mkdir()
    fallback.write_text("{", encoding="utf-8")
    TimingsStore(deck_root).save(RUN)
    loaded = TimingsStore(deck_root, fallback).load()
    assert loaded.rehearsal == RUN
    assert "повреждён" in loaded.message


def test_a_deck_inside_the_installed_package_saves_only_to_the_fallback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "app"
    monkeypatch.setattr("app.assets.PACKAGE", package)
    shipped = package / "slides"
    shipped.mkdir(parents=True)
    fallback = tmp_path / "data" / "shipped.timings.json"
    saved = TimingsStore(shipped, fallback).save(RUN)
    assert saved.path == fallback
    assert not list(package.parent.rglob("*.json"))
    assert TimingsStore(shipped, fallback).load().rehearsal == RUN
    beside = tmp_path / "mine" / "slides"
    assert TimingsStore(beside, fallback).primary == timings_path(beside)

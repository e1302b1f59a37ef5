"""Settings: declared once, typed, and a corrupt value never breaks the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.settings import OPTIONS, Settings, deck_key


@pytest.fixture
def store(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_defaults(store):
    settings = Settings(store)
    for key, option in OPTIONS.items():
        assert settings.get(key) == option.default


def test_round_trip_with_scope(store, tmp_path):
    settings = Settings(store)
    key = deck_key(tmp_path)
    settings.set("deck/position", "slide-3:2", key)
    settings.set("reader/show_text", False)
    settings.set("reader/text_zoom", 3)
    settings.sync()
    again = Settings(QSettings(store.fileName(), QSettings.Format.IniFormat))
    assert again.get("deck/position", key) == "slide-3:2"
    assert again.get("deck/position") == ""
    assert again.get("reader/show_text") is False
    assert again.get("reader/text_zoom") == 3


def test_corrupt_values_fall_back_to_defaults(store):
    store.setValue("reader/text_zoom", "lots")
    store.setValue("reader/show_text", "maybe")
    settings = Settings(store)
    assert settings.get("reader/text_zoom") == 0
    assert settings.get("reader/show_text") is True


def test_wrong_type_is_refused(store):
    with pytest.raises(TypeError):
        Settings(store).set("reader/text_zoom", "big")


def test_unknown_keys_are_a_programming_error(store):
    with pytest.raises(KeyError):
        Settings(store).get("no/such")


def test_deck_key_is_stable_and_distinct(tmp_path):
    assert deck_key(tmp_path / "a") == deck_key(tmp_path / "a")
    assert deck_key(tmp_path / "a") != deck_key(tmp_path / "b")

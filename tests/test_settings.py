"""Settings: declared once, plain data only; a hostile file never runs code or breaks the app."""

from __future__ import annotations

import logging
import os
import pickle
import re
import sys

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.deck.manifest import THEMES
from app.render.theme import theme_files
from app.settings import OPTIONS, Settings, deck_key, screen_ini, settings_path


@pytest.fixture
def path(tmp_path):
    return tmp_path / "Reportage.conf"


class _Marker:
    """A pickle that would create a file if anything ever unpickled it."""

    def __init__(self, target):
        self.target = str(target)

    def __reduce__(self):
        return (os.mkdir, (self.target,))


def _pickled_line(key: str, marker) -> str:
    """The line PySide6 itself writes for a Python object: a pickle inside @Variant(…)."""
    scratch = marker.parent / "scratch.ini"
    store = QSettings(str(scratch), QSettings.Format.IniFormat)
    store.setValue(key, _Marker(marker))
    store.sync()
    del store
    line = next(line for line in scratch.read_text().splitlines() if "@Variant(" in line)
    scratch.unlink()
    return line


def test_defaults(path):
    settings = Settings(path)
    for key, option in OPTIONS.items():
        assert settings.get(key) == option.default


def test_default_file_is_under_the_config_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "Reportage" / "Reportage.conf"


def test_round_trip_with_scope(path, tmp_path):
    settings = Settings(path)
    key = deck_key(tmp_path)
    settings.set("deck/position", "slide-3:2", key)
    settings.set("reader/show_text", False)
    settings.set("reader/text_zoom", 3)
    settings.set("reader/geometry", QByteArray(b"\x01\xd9@,=\x00x"))
    settings.set("present/duration", 12.5)
    settings.sync()
    again = Settings(path)
    assert again.get("deck/position", key) == "slide-3:2"
    assert again.get("deck/position") == ""
    assert again.get("reader/show_text") is False
    assert again.get("reader/text_zoom") == 3
    assert again.get("reader/geometry") == QByteArray(b"\x01\xd9@,=\x00x")
    assert again.get("present/duration") == 12.5


def test_the_file_holds_only_plain_text(path):
    settings = Settings(path)
    settings.set("reader/geometry", QByteArray(bytes(range(256))))
    settings.set("present/audience_screen", '{"@HDMI-1, Dell": "0"}')
    settings.sync()
    text = path.read_text(encoding="utf-8")
    assert "@Variant" not in text
    assert "@ByteArray" not in text
    kept, dropped = screen_ini(path.read_bytes())
    assert dropped == []  # the app's own file always passes its own screen


@pytest.mark.parametrize("key", ["reader/geometry", "zzz/unrelated"])
def test_a_pickled_value_never_runs(path, tmp_path, key, caplog):
    marker = tmp_path / "pwned"
    path.write_text(f"[reader]\ntext_zoom=2\n\n{_pickled_line(key, marker)}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="app.settings"):
        settings = Settings(path)
    assert "dropped" in caplog.text
    assert settings.get("reader/geometry") == QByteArray()
    assert settings.get("reader/text_zoom") == 2  # the plain values around it survive
    settings.set("reader/show_text", False)  # a write makes Qt parse every section
    settings.sync()
    settings._store.allKeys()
    assert not marker.exists()
    assert "@Variant(" not in path.read_text(encoding="utf-8")


def test_a_file_changed_while_running_is_screened_again(path, tmp_path):
    marker = tmp_path / "pwned"
    settings = Settings(path)
    settings.set("reader/text_zoom", 1)
    settings.sync()
    with path.open("a", encoding="utf-8") as file:
        file.write(f"[zzz]\n{_pickled_line('zzz/later', marker)}\n")
    settings.set("reader/text_zoom", 2)
    settings.sync()
    settings._store.allKeys()
    assert not marker.exists()


def test_a_truncated_pickle_is_dropped_not_raised(path, tmp_path):
    line = _pickled_line("reader/geometry", tmp_path / "pwned")
    path.write_text(line[: len(line) // 2] + ")\n", encoding="utf-8")
    settings = Settings(path)
    settings._store.allKeys()
    assert settings.get("reader/geometry") == QByteArray()


@pytest.mark.parametrize("value", [
    r'@Variant(\0\0\0\x7f)',
    r'"@Variant(\0\0\0\x7f)"',
    r'1, @Variant(\0)',
    r'@DateTime(\0)',
    r'\x40Variant(\0)',
    r'\100Variant(\0)',
    r'@\x56ariant(\0)',
    r'x \\' + '\n' + r'@Variant(\0)',
    r' @Variant(\0)',
    r'a;@Variant(\0)',
    '\x0c@Variant(\\0)',
])
def test_every_spelling_of_a_variant_is_dropped(value):
    kept, dropped = screen_ini(f"[a]\nb=1\nkey={value}\n".encode())
    assert b"Variant" not in kept
    assert b"DateTime" not in kept
    assert b"b=1" in kept
    assert dropped


@pytest.mark.parametrize("value", ["slide-3:2", "user@example", "Привет, мир", "12.5",
                                   r'"{\"a\": 1}"', "true"])
def test_plain_lines_are_kept(value):
    kept, dropped = screen_ini(f"[a]\nkey={value}\n".encode())
    assert dropped == []
    assert value.encode() in kept


@pytest.mark.parametrize(("key", "text"), [
    ("reader/text_zoom", "lots"),
    ("reader/text_zoom", "99"),
    ("reader/text_zoom", "1, 2"),
    ("reader/show_text", "maybe"),
    ("present/duration", "nan"),
    ("present/duration", "-4"),
    ("reader/geometry", "@Rect(1 2 3 4)"),
    ("reader/geometry", "not base64!"),
    ("ui/theme", "../../../../tmp/evil"),
    ("ui/theme", "/etc/passwd"),
    ("ui/theme", "solarized"),
    ("ui/language", "de"),
    ("deck/position", "x" * 600),
])
def test_invalid_values_fall_back_to_defaults_with_a_warning(path, key, text, caplog):
    section, name = key.split("/")
    path.write_text(f"[{section}]\n{name}={text}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="app.settings"):
        assert Settings(path).get(key) == OPTIONS[key].default
    assert name in caplog.text


def test_keys_are_one_section_deep():
    """Deeper keys would be written `a\\b=`, which the screen drops: they would never persist."""
    for key in OPTIONS:
        assert re.fullmatch(r"[a-z_]+/[a-z_]+", key), key


def test_theme_choices_are_the_shipped_themes():
    assert set(OPTIONS["ui/theme"].choices) == {"", *THEMES}
    assert set(theme_files()) == set(THEMES)


@pytest.mark.parametrize(("key", "value"), [
    ("reader/text_zoom", "big"), ("reader/text_zoom", True), ("reader/text_zoom", 50),
    ("reader/geometry", b"raw bytes"), ("reader/geometry", object()),
    ("ui/theme", "../evil"), ("present/duration", float("inf")),
])
def test_wrong_values_are_refused_on_write(path, key, value):
    with pytest.raises(TypeError):
        Settings(path).set(key, value)


@pytest.mark.parametrize("scope", ["a/b", "a\\b", "x" * 65, "a=b"])
def test_a_scope_is_a_plain_name(path, scope):
    with pytest.raises(ValueError, match="plain name"):
        Settings(path).set("deck/position", "s:1", scope)


def test_unknown_keys_are_a_programming_error(path):
    with pytest.raises(KeyError):
        Settings(path).get("no/such")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_settings_file_never_blocks(path):
    os.mkfifo(path)
    settings = Settings(path)  # would block forever if opened for reading
    assert settings.get("reader/text_zoom") == 0
    settings.set("reader/text_zoom", 1)
    settings.sync()


def test_an_oversized_file_is_set_aside(path):
    path.write_bytes(b"[reader]\ntext_zoom=2\n" + b";" * (2 << 20))
    assert Settings(path).get("reader/text_zoom") == 0


def test_deck_key_is_stable_and_distinct(tmp_path):
    assert deck_key(tmp_path / "a") == deck_key(tmp_path / "a")
    assert deck_key(tmp_path / "a") != deck_key(tmp_path / "b")


def test_the_marker_pickle_really_runs_when_unpickled(tmp_path):
    """The guard above would prove nothing if the payload were harmless."""
    marker = tmp_path / "pwned"
    pickle.loads(pickle.dumps(_Marker(marker)))
    assert marker.exists()

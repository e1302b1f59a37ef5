"""Themes as data: the two shipped themes load, share their type, and fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.render.theme import Theme, ThemeError


def test_light_and_dark_are_shipped():
    # an unknown name would fall back to the default theme, so the names tell
    assert [Theme.load(name).name for name in ("light", "dark")] == ["light", "dark"]


def test_light_theme_colours_and_sizes():
    theme = Theme.load("light")
    assert theme.colors.background.name().upper() == "#F4EFE6"
    assert theme.colors.ink.name().upper() == "#14213D"
    assert theme.colors.accent.name().upper() == "#00AFCA"
    assert theme.colors.gold.name().upper() == "#FEC50C"
    assert theme.colors.vermilion.name().upper() == "#D7261E"
    assert theme.margin >= 120
    assert theme.type.body.minimum >= 28
    assert theme.type.heading.font == "serif"
    assert theme.type.body.font == "sans"
    assert "Noto Serif CJK JP" in theme.fonts["serif"]


def test_dark_theme_inherits_type_and_changes_colours():
    light, dark = Theme.load("light"), Theme.load("dark")
    assert dark.colors.background.name().upper() == "#0F1A2B"
    assert dark.colors.ink.name().upper() == "#EDE8DF"
    assert dark.type == light.type
    assert dark.colors.accent == light.colors.accent


def test_unknown_theme_falls_back_to_light():
    assert Theme.load("no-such-theme").name == "light"
    assert Theme.load(None).name == "light"


def test_incomplete_theme_is_a_clear_error(tmp_path):
    (tmp_path / "broken.toml").write_text('name = "broken"\n[colors]\nink = "#000000"\n',
                                          encoding="utf-8")
    with pytest.raises(ThemeError, match="incomplete"):
        Theme.load("broken", tmp_path)


def test_a_theme_cannot_be_its_own_base(tmp_path):
    (tmp_path / "loop.toml").write_text('name = "loop"\nbase = "loop"\n', encoding="utf-8")
    with pytest.raises(ThemeError, match="own base"):
        Theme.load("loop", tmp_path)


def test_a_theme_name_is_never_a_path(tmp_path):
    """Names come from decks and settings: `../x` must not reach a file outside the themes."""
    outside = tmp_path / "evil.toml"
    outside.write_text('name = "evil"\n', encoding="utf-8")
    for name in ("../" * 12 + str(outside.with_suffix(""))[1:], str(outside.with_suffix("")),
                 "light/../light", "light.toml"):
        assert Theme.load(name).name == "light"


def test_a_base_must_be_a_theme_of_the_same_folder(tmp_path):
    (tmp_path / "evil.toml").write_text('name = "evil"\n', encoding="utf-8")
    folder = tmp_path / "themes"
    folder.mkdir()
    (folder / "child.toml").write_text('name = "child"\nbase = "../evil"\n', encoding="utf-8")
    with pytest.raises(ThemeError, match="not a theme"):
        Theme.load("child", folder)


def test_the_dark_theme_picks_the_drawings_night_variant():
    assert Theme.load("light").illustrations == ""
    assert Theme.load("dark").illustrations == "dark"


def test_a_drawings_variant_must_be_a_plain_word(tmp_path):
    (tmp_path / "odd.toml").write_text('base = "light"\nname = "odd"\nillustrations = "../x"\n',
                                       encoding="utf-8")
    (tmp_path / "light.toml").write_text(
        (Path(__file__).resolve().parents[2] / "resources" / "themes" / "light.toml")
        .read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ThemeError, match="plain lower-case word"):
        Theme.load("odd", tmp_path)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_letter_spacing_stays_under_a_word_gap(name):
    """PDF readers break a word at a gap over 0.1 em: spaced labels must stay one word."""
    theme = Theme.load(name)
    for role in vars(theme.type).values():
        assert role.tracking < 100

"""A checkout finds the bundled data through the package, as an installed wheel does."""

from __future__ import annotations

from app import assets
from app.render.fonts import FONTS_DIR
from app.render.theme import THEMES_DIR
from tests.helpers import ROOT, SHIPPED_DECK


def test_a_checkout_reads_the_top_level_folders_through_the_package():
    assert SHIPPED_DECK.resolve() == assets.SHIPPED_DECK
    assert (ROOT / "resources").resolve() == assets.RESOURCES
    assert (ROOT / "app" / "resources").is_symlink()
    assert (ROOT / "app" / "slides").is_symlink()


def test_the_renderer_and_the_cli_use_the_one_place():
    from app.cli.arguments import build_parser

    assert FONTS_DIR == assets.FONTS_DIR
    assert THEMES_DIR == assets.THEMES_DIR
    assert build_parser().parse_args(["check"]).deck == assets.SHIPPED_DECK


def test_every_bundled_folder_holds_what_the_app_needs():
    assert len(list(assets.FONTS_DIR.glob("*.ttf"))) >= 8
    assert (assets.FONTS_DIR / "OFL.txt").is_file()
    assert (assets.THEMES_DIR / "light.toml").is_file()
    assert {p.name for p in assets.TRANSLATIONS_DIR.glob("*.qm")} == {
        "reportage_ru.qm", "reportage_kk.qm", "reportage_en.qm"}
    assert (assets.SHIPPED_DECK / "deck.toml").is_file()

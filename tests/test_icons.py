"""Our own icon: an SVG, and PNGs at the standard sizes that still match it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.assets import ICONS_DIR
from tools.render_icons import SIZES, SOURCE, png_path, render


def test_the_svg_is_ours_and_square():
    text = SOURCE.read_text(encoding="utf-8")
    assert 'viewBox="0 0 256 256"' in text
    assert "<image" not in text  # drawn, not a pasted bitmap


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_at_its_size(qapp, size):
    saved = QImage(str(png_path(size)))
    assert (saved.width(), saved.height()) == (size, size)
    fresh = render(size).convertToFormat(QImage.Format.Format_ARGB32)
    assert saved.convertToFormat(QImage.Format.Format_ARGB32) == fresh, (
        "run python tools/render_icons.py")


def test_no_stray_icons():
    assert {p.name for p in ICONS_DIR.iterdir()} == {SOURCE.name} | {
        png_path(size).name for size in SIZES}

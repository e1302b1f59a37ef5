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
    saved = saved.convertToFormat(QImage.Format.Format_ARGB32)
    # Qt releases antialias edges a little differently; a stale PNG differs by far more.
    assert _largest_channel_difference(saved, fresh) <= 24, "run python tools/render_icons.py"


def _largest_channel_difference(a: QImage, b: QImage) -> int:
    """The largest difference of one colour channel of one pixel between two images."""
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            worst = max(worst, *(abs((pa >> s & 255) - (pb >> s & 255)) for s in (0, 8, 16, 24)))
    return worst


def test_no_stray_icons():
    assert {p.name for p in ICONS_DIR.iterdir()} == {SOURCE.name} | {
        png_path(size).name for size in SIZES}

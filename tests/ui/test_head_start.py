"""A talk's head start: its first photos decode before the windows' modules are imported."""

from __future__ import annotations

import os
import subprocess
import sys

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from app.deck.loader import load_deck
from app.ui.head_start import audience_size, decode_first_photos
from tests.helpers import ROOT, write_deck


def photo_deck(root):
    write_deck(root, {"a.md": "kind: photo\nimage: p0\ncaption: Фото\n"})
    (root / "media").mkdir()
    Image.new("RGB", (1600, 1200), (30, 90, 160)).save(root / "media" / "p0.jpg")
    deck, diagnostics = load_deck(root)
    assert diagnostics == []
    return deck


def test_the_first_slides_photo_decodes_for_the_audience_window(qtbot, tmp_path):
    deck = photo_deck(tmp_path / "deck")
    images = decode_first_photos(deck.root, deck.slides[0], None, (1280, 800))
    qtbot.waitUntil(lambda: images.bytes_used > 0, timeout=10000)
    raster = images.load("p0", QSize(1280, 720), cover=True).raster
    assert raster is not None
    assert images.bytes_used == raster.sizeInBytes()  # the one decoded ahead: none other


def test_the_audience_size_is_the_windows_16_9_part_or_the_screens(qapp):
    assert audience_size(None, (1280, 800)) == QSize(1280, 720)
    assert audience_size(None, (700, 900)) == QSize(700, 393)
    primary = QGuiApplication.primaryScreen()
    pixels = primary.size() * primary.devicePixelRatio()
    slide = audience_size(None, None)  # no window: the primary screen's 16:9 part
    assert slide.width() == pixels.width() or slide.height() == pixels.height()
    assert slide.width() <= pixels.width()
    assert slide.height() <= pixels.height()
    assert abs(slide.width() * 9 - slide.height() * 16) < 16


PROBE = """
import sys
from pathlib import Path
from app.deck.loader import load_deck
from app.startup import import_qt
import_qt()
from app.ui.head_start import decode_first_photos
deck, _ = load_deck(Path(sys.argv[1]))
decode_first_photos(deck.root, deck.slides[0], None, (640, 360))
print(sorted(m for m in ("app.ui.application", "app.ui.presentation", "app.render.painter",
                         "app.render.fonts", "app.ui.appearance") if m in sys.modules))
"""


def test_the_decode_starts_before_the_app_and_its_theme_are_imported(tmp_path):
    deck = photo_deck(tmp_path / "deck")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE, str(deck.root)], env=env, cwd=ROOT,
                          text=True, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"

"""The bundled fonts: registered once, and honest about what they cannot draw."""

from __future__ import annotations

import pytest

from app.render.fonts import ensure_fonts, missing_glyphs

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


@pytest.fixture
def families(qapp):
    return ensure_fonts()


def test_bundled_families_are_registered(families):
    assert families.serif == "Noto Serif"
    assert families.sans == "Noto Sans"
    assert families.japanese == "Noto Serif CJK JP"
    assert ensure_fonts() is families


@pytest.mark.usefixtures("families")
@pytest.mark.parametrize("char", ["\U0001F600", "ሀ", "ก"])
def test_characters_no_bundled_font_draws(char):
    assert missing_glyphs(f"Токио {char}") == {char}


@pytest.mark.usefixtures("families")
@pytest.mark.parametrize("text", [
    KAZAKH, "川口順子", "Қош келдіңіз!", "«Токио» — 14 млн, №1, €5",
    "пробел\u00a0неразрывный\tи\nперевод\u200b", "Ёжик ёлка",
])
def test_report_text_is_fully_covered(text):
    assert missing_glyphs(text) == set()



GLYPHS_ON_THREADS = """
import threading
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from app.render import fonts
fonts.ensure_fonts()
letters = [chr(c) for c in range(0x410, 0x450)] + list("0123456789ЁёҚқӘә")
wrong = []
def ask():
    wrong.extend(ch for ch in letters if not fonts._drawable(ch))
for _ in range(3):  # each round asks afresh, on new threads
    fonts._drawable.cache_clear()
    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
fonts._drawable.cache_clear()
ask()  # on this thread, after the threads that asked first are gone
print(len(wrong))
"""


def test_glyph_coverage_is_right_on_every_thread():
    """The prerender threads ask first: fonts made on a thread that ended said «no glyph»
    for Cyrillic, and the audience saw ⁇. A fresh process, so the first ask is a thread's."""
    import os
    import subprocess
    import sys

    from tests.helpers import ROOT

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", GLYPHS_ON_THREADS], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "0"

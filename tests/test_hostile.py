"""Issue 12's hostile decks, each generated here: a diagnostic with file and line, never a hang.

The settings cases live in tests/test_settings.py, the theme names in
tests/render/test_theme.py. Time and memory are measured by
tools/fuzz_decks.py and the commands in SECURITY.md, not asserted here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from app.cli import main
from app.deck.loader import load_deck
from app.deck.markdown import parse_blocks
from app.deck.slides import MAX_LINE
from app.media import svg
from app.media.images import load_raster
from app.media.slots import OUTSIDE, resolve_slot
from app.render.context import RenderContext
from app.render.typography import typeset
from tests.helpers import ROOT, write_deck
from tests.hostile import (
    SVG_NS,
    corrupt_exif_jpeg,
    inline_png_svg,
    nested_svg,
    nested_toml,
    one_slide_deck,
    png_header,
    use_fanout_svg,
)

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks are POSIX here")


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """In-process `check` would otherwise make a QGuiApplication later widget tests trip on."""
    return qapp


@contextmanager
def no_longer_than(seconds: int):
    """Turn a hang (a FIFO opened for reading) into a failure instead of a stuck run."""
    def expire(_signal, _frame):
        raise AssertionError(f"still running after {seconds} s: it blocked")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check(root: Path, capsys) -> tuple[int, str]:
    code = main(["check", str(root)])
    return code, capsys.readouterr().out


# -- 3, 4: SVG ---------------------------------------------------------------------------

@pytest.mark.parametrize(("make", "reason"), [
    (lambda: use_fanout_svg(8, 10), svg.TOO_MANY),  # 1.7 KB, 10⁸ shapes
    (lambda: inline_png_svg(24, 8000), svg.PICTURES_TOO_BIG),  # 24 × 64 MP inline
])
def test_costly_illustrations_are_refused_before_drawing(tmp_path, capsys, make, reason):
    root = one_slide_deck(tmp_path / "deck", "Текст", image=make())
    code, out = check(root, capsys)
    assert code == 2
    assert f"{root / 'a.md'}:2: error: image 'pic' cannot be shown: {reason}" in out


def test_a_fan_out_within_the_budget_still_draws():
    assert svg.svg_refusal(use_fanout_svg(2, 10)) is None  # 100 shapes


@pytest.mark.parametrize(("data", "reason"), [
    (nested_svg(5000), svg.TOO_DEEP),
    (f'<svg {SVG_NS}><use xlink:href="#a" id="a"/></svg>'.encode(), svg.LOOP),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><text>' + b"x" * 200_000 + b"</text></svg>",
     svg.TOO_MUCH_TEXT),
])
def test_svg_structures_over_budget_are_refused(data, reason):
    assert svg.svg_refusal(data) == reason


def test_a_chain_of_references_longer_than_the_stack_is_refused():
    links = "".join(f'<g id="g{i}"><use xlink:href="#g{i + 1}"/></g>' for i in range(5000))
    data = (f'<svg {SVG_NS}><defs>{links}<rect id="g5000"/></defs>'
            f'<use xlink:href="#g0"/></svg>').encode()
    assert svg.svg_refusal(data) == svg.TOO_DEEP


def test_markers_count_once_per_vertex():
    points = " ".join(f"{i},{i}" for i in range(2000))
    shapes = "".join("<rect/>" for _ in range(40))
    data = (f'<svg xmlns="http://www.w3.org/2000/svg"><defs><marker id="m">{shapes}</marker>'
            f'</defs><polyline points="{points}" marker-mid="url(#m)"/></svg>').encode()
    assert svg.svg_refusal(data) == svg.TOO_MANY


def test_many_unclosed_css_urls_are_refused_in_one_pass():
    data = b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="' + b"url(" * 100_000 \
        + b'"/></svg>'
    assert svg.svg_refusal(data).startswith(svg.EXTERNAL)


def test_small_inline_pictures_still_draw():
    assert svg.svg_refusal(inline_png_svg(2, 100)) is None


@pytest.mark.parametrize(("name", "data"), [
    ("big.png", png_header(10_000, 10_000)),  # 100 MP PNG: decoded whole, 1 GB and more
    ("bomb.png", png_header(12_000, 12_000)),  # over Pillow's own limit: its warning
])
def test_huge_pictures_are_refused_from_their_header(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    loaded = load_raster(path, (1920, 1080))
    assert loaded.image is None
    assert loaded.error == f"изображение слишком большое: {name}"


def test_webp_has_its_own_lower_limit(tmp_path, monkeypatch):
    from PIL import Image

    import app.media.images as images

    path = tmp_path / "pic.webp"
    Image.new("RGB", (40, 40)).save(path, "WEBP")
    assert load_raster(path, (100, 100)).image is not None
    monkeypatch.setattr(images, "MAX_WEBP_PIXELS", 1000)
    assert load_raster(path, (100, 100)).error == "изображение слишком большое: pic.webp"


# -- 5, 6: TOML and text -----------------------------------------------------------------

def test_deeply_nested_toml_is_a_diagnostic(tmp_path, capsys):
    root = one_slide_deck(tmp_path / "deck", "Текст")
    (root / "deck.toml").write_text(nested_toml(1000), encoding="utf-8")
    code, out = check(root, capsys)
    assert code == 2
    assert out.startswith(f"{root / 'deck.toml'}:1: error: bad TOML: values nested too deeply")


def test_a_line_of_emphasis_is_cut_with_a_diagnostic(tmp_path):
    deck, out = load_deck(one_slide_deck(tmp_path / "deck", "*a" * 40_000))
    assert [(d.line, d.message) for d in out] == [
        (3, f"line is 80000 characters long; only the first {MAX_LINE} are used")]
    assert len(deck.slides[0].shown_text) <= MAX_LINE


@pytest.mark.parametrize("piece", ["[", "![", "*a", "[a](", "_a"])
def test_a_paragraph_of_long_lines_of_markup_keeps_its_text(piece):
    """Found by the fuzz profile: link openers scan to the paragraph's end, and
    emphasis markers cost tens of microseconds each; past the budget the rest
    of the paragraph is text as typed."""
    line = piece * (MAX_LINE // len(piece))
    blocks = parse_blocks("\n".join([line] * 12), keep_breaks=True)
    text = "".join(span.text for block in blocks for span in block.spans)
    assert text.endswith(line)  # the last lines, past the budget, exactly as typed
    assert len(text) >= 6 * len(line)


def test_markup_within_the_budget_still_counts():
    blocks = parse_blocks("[ссылка](http://x) и **жирное**\n" + "слово " * 2000 + "\n*курсив*")
    spans = blocks[0].spans
    assert spans[0].text.startswith("ссылка и ")
    assert any(span.bold and span.text == "жирное" for span in spans)
    assert spans[-1].italic
    assert spans[-1].text == "курсив"


def test_too_much_text_on_one_slide_is_cut_with_a_diagnostic(tmp_path):
    body = "\n\n".join(["Абзац текста."] * 3000)
    deck, out = load_deck(one_slide_deck(tmp_path / "deck", body))
    assert [d.message for d in out] == [
        "too much text for one slide's body (over 10000 characters); the rest is left out"]
    assert len(deck.slides[0].shown_text) <= 10_000


def test_a_long_run_of_spaces_in_an_attribute_keeps_its_value(tmp_path):
    chapter = "---\ntitle: начало" + " " * 4000 + "конец\n\n# Слайд\n"
    deck, out = load_deck(write_deck(tmp_path / "deck", {"a.md": chapter}))
    assert out == []
    assert deck.slides[0].title.startswith("начало")


def test_typesetting_a_long_run_of_spaces_keeps_it():
    text = "слово" + " " * 40_000 + "б — в"
    assert typeset(text) == "слово" + " " * 40_000 + "б\u00a0— в"


def test_import_of_a_long_paragraph_of_short_sentences(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text("Заголовок\n\n" + "a. " * 350_000 + "\n", encoding="utf-8")
    main(["import", str(report), "--out", str(tmp_path / "out")])
    assert "slides in" in capsys.readouterr().err
    deck, out = load_deck(tmp_path / "out")
    assert not any("characters long" in d.message for d in out)  # split into lines that fit
    assert sum(slide.reader_text.count("a.") for slide in deck.slides) == 350_000


# -- 7: files ----------------------------------------------------------------------------

@POSIX
@pytest.mark.parametrize("target_exists", [True, False])
def test_deck_toml_linked_out_is_refused_alike(tmp_path, capsys, target_exists):
    outside = tmp_path / "outside.toml"
    if target_exists:
        outside.write_text('title = "Чужой"\n', encoding="utf-8")
    root = one_slide_deck(tmp_path / "deck", "Текст")
    (root / "deck.toml").unlink()
    (root / "deck.toml").symlink_to(outside)
    code, out = check(root, capsys)
    assert code == 2
    assert out == f"{root / 'deck.toml'}:1: error: cannot read the manifest: " \
                  "is outside the deck folder\n"


@POSIX
def test_a_fifo_chapter_never_blocks(tmp_path, capsys):
    root = one_slide_deck(tmp_path / "deck", "Текст")
    (root / "a.md").unlink()
    os.mkfifo(root / "a.md")
    with no_longer_than(20):
        code, out = check(root, capsys)
    assert code == 2
    assert f"{root / 'deck.toml'}:4: error: chapter file 'a.md' is not a regular file" in out


@POSIX
def test_a_fifo_deck_toml_never_blocks(tmp_path):
    root = one_slide_deck(tmp_path / "deck", "Текст")
    (root / "deck.toml").unlink()
    os.mkfifo(root / "deck.toml")
    with no_longer_than(20):
        _deck, out = load_deck(root)
    assert [d.message for d in out] == ["cannot read the manifest: is not a regular file"]


@POSIX
def test_a_fifo_picture_is_never_opened(tmp_path):
    root = one_slide_deck(tmp_path / "deck", "Текст")
    (root / "media").mkdir()
    os.mkfifo(root / "media" / "pic.jpg")
    with no_longer_than(20):
        found = resolve_slot(root, "pic")
        loaded = load_raster(root / "media" / "pic.jpg", (64, 64))
    assert found.path is None
    assert loaded.error == "не обычный файл: pic.jpg"


@POSIX
@pytest.mark.parametrize("target_exists", [True, False])
def test_media_links_out_tell_nothing_about_the_outside(tmp_path, target_exists):
    outside = tmp_path / "outside"
    if target_exists:
        outside.mkdir()
        (outside / "pic.jpg").write_bytes(corrupt_exif_jpeg())
    root = one_slide_deck(tmp_path / "deck", "Текст")
    (root / "media").mkdir()
    (root / "media" / "sub").symlink_to(outside, target_is_directory=True)
    (root / "media" / "pic.jpg").symlink_to(outside / "pic.jpg")
    assert resolve_slot(root, "media/sub/pic").error == OUTSIDE
    assert resolve_slot(root, "pic").error == OUTSIDE


# -- 8: library warnings -----------------------------------------------------------------

def test_pillow_warnings_never_reach_stderr_raw(tmp_path):
    root = one_slide_deck(tmp_path / "deck", "Текст", image=corrupt_exif_jpeg(),
                          image_name="pic.jpg")
    bomb = one_slide_deck(tmp_path / "bomb", "Текст", image=png_header(12_000, 12_000),
                          image_name="pic.png")
    for deck, code in ((root, 0), (bomb, 2)):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(deck)],
                                capture_output=True, text=True, check=False, timeout=120,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == code, result.stdout + result.stderr
        assert "Warning" not in result.stderr
        assert "warnings.warn" not in result.stderr


def test_a_placeholder_is_painted_for_a_refused_illustration(qapp, tmp_path):
    from app.render.painter import render_slide_image

    deck, _out = load_deck(one_slide_deck(tmp_path / "deck", "Текст", image=use_fanout_svg()))
    context = RenderContext.for_deck(deck)
    assert context.images.load("pic", QSize(64, 64)).error.startswith(svg.TOO_MANY)
    assert not render_slide_image(deck.slides[0], 0, QSize(320, 180), context).isNull()

"""Text fitting: shrink within readable limits, report what still does not fit, clip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.render.fonts import ensure_fonts
from app.render.textbox import VAlign, fit_text
from app.render.textdoc import Marker, Para
from app.render.theme import Theme
from tests.render.samples import to_pil

WORDS = "Астана внимательно присматривается к опыту четырнадцатимиллионного Токио. "


@pytest.fixture
def theme(qapp):
    ensure_fonts()
    return Theme.load("light")


def body(theme, text, **options):
    return Para.plain(text, theme.type.body, theme.colors.ink, **options)


def test_short_text_keeps_full_size(theme):
    box = fit_text(theme, [body(theme, "Коротко.")], QRectF(0, 0, 1200, 400))
    assert box.scale == 1.0
    assert not box.overflow
    assert box.height < 400


def test_long_text_shrinks_but_stays_readable(theme):
    paras = [body(theme, WORDS * 6)]
    box = fit_text(theme, paras, QRectF(0, 0, 1200, 500))
    assert not box.overflow
    assert box.scale < 1.0
    assert theme.type.body.px(box.scale) >= theme.type.body.minimum
    assert box.typeset.size().height() <= 500.5


def test_absurd_text_overflows_at_the_minimum(theme):
    box = fit_text(theme, [body(theme, WORDS * 200)], QRectF(0, 0, 1200, 500))
    assert box.overflow
    assert theme.type.body.px(box.scale) == pytest.approx(theme.type.body.minimum)


def test_small_roles_stop_at_their_minimum_while_big_ones_shrink(theme):
    quote = Para.plain(WORDS * 5, theme.type.quote, theme.colors.ink)
    name = Para.plain("Юрико Коикэ", theme.type.speaker_role, theme.colors.muted)
    box = fit_text(theme, [quote, name], QRectF(0, 0, 1400, 700))
    assert not box.overflow
    assert box.scale < theme.type.speaker_role.minimum / theme.type.speaker_role.size
    assert theme.type.speaker_role.px(box.scale) == theme.type.speaker_role.minimum


def test_max_scale_caps_the_size(theme):
    box = fit_text(theme, [body(theme, "Коротко.")], QRectF(0, 0, 1200, 400), max_scale=0.8)
    assert box.scale == pytest.approx(0.8)


def test_vertical_alignment(theme):
    rect = QRectF(0, 100, 1200, 600)
    top = fit_text(theme, [body(theme, "Строка")], rect, VAlign.TOP)
    middle = fit_text(theme, [body(theme, "Строка")], rect, VAlign.CENTER)
    bottom = fit_text(theme, [body(theme, "Строка")], rect, VAlign.BOTTOM)
    assert top.top == 100
    assert middle.top == pytest.approx(100 + (600 - middle.height) / 2)
    assert bottom.bottom == pytest.approx(700)


def test_overflowing_text_is_clipped_to_its_box(theme):
    rect = QRectF(100, 100, 600, 200)
    box = fit_text(theme, [body(theme, WORDS * 100)], rect)
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    box.paint(painter)
    painter.end()
    pixels = to_pil(image)
    inside = pixels.crop((100, 100, 700, 300)).getextrema()
    below = pixels.crop((0, 302, 900, 600)).getextrema()
    assert inside[0][0] < 100  # ink inside the box
    assert below == ((255, 255), (255, 255), (255, 255))  # nothing painted outside


def test_bullets_and_bars_are_painted_in_their_colour(theme):
    sky = theme.colors.accent
    paras = [Para.plain("пункт", theme.type.body, theme.colors.ink, marker=Marker.BULLET,
                        marker_color=sky)]
    box = fit_text(theme, paras, QRectF(0, 0, 800, 200))
    image = QImage(800, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    box.paint(painter)
    painter.end()
    left = to_pil(image).crop((0, 0, 40, 100))
    assert (sky.red(), sky.green(), sky.blue()) in {c for _, c in left.getcolors(10000)}


def test_right_alignment_is_honoured(theme):
    para = body(theme, "вправо", align=Qt.AlignmentFlag.AlignRight)
    box = fit_text(theme, [para], QRectF(0, 0, 1000, 100))
    assert box.block_rect(0).right() == pytest.approx(1000, abs=2)
    assert box.block_rect(0).left() > 600


def test_balanced_heading_has_no_lone_last_word(theme):
    text = "Городская среда – без общих рассуждений"  # a last word too long to glue
    plain = fit_text(theme, [Para.plain(text, theme.type.heading, theme.colors.ink)],
                     QRectF(0, 0, 1350, 400))
    balanced = fit_text(theme, [Para.plain(text, theme.type.heading, theme.colors.ink,
                                           balance=True)], QRectF(0, 0, 1350, 400))

    def widths(box):
        layout = box.typeset.layout(0)
        return [layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())]

    assert len(widths(plain)) == len(widths(balanced)) == 2
    assert widths(balanced)[1] > 0.7 * widths(balanced)[0]
    assert balanced.height == pytest.approx(plain.height)
    assert last_line(plain).split() != ["рассуждений"]  # no lone last word even unasked


def last_line(box, block=0):
    layout = box.typeset.layout(block)
    line = layout.lineAt(layout.lineCount() - 1)
    return layout.text()[line.textStart():line.textStart() + line.textLength()]


def test_a_caption_never_ends_on_a_lone_word_after_a_dash(theme):
    # a dash may end a line, so typesetting cannot glue the last word to it
    text = "состоится первый саммит диалога «Центральная Азия – Япония»"
    for width in range(600, 1100, 40):
        box = fit_text(theme, [body(theme, text)], QRectF(0, 0, width, 600))
        layout = box.typeset.layout(0)
        if layout.lineCount() > 1:
            assert len(last_line(box).split()) > 1, (width, last_line(box))


def test_an_opening_quote_mark_hangs_into_the_margin(theme):
    rect = QRectF(200, 0, 700, 600)
    quote = Para.plain("«Переговоры идут дружелюбно. Это, пожалуй, особенность культуры»",
                       theme.type.quote, theme.colors.ink, hang=True)
    after = body(theme, "Подпись")
    box = fit_text(theme, [quote, after], rect)
    assert box.left < rect.left()
    assert box.block_rect(0).left() == pytest.approx(box.left, abs=1)
    assert box.block_rect(1).left() == pytest.approx(rect.left(), abs=1)

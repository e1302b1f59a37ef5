"""The shortening label: its tooltip shows a deck title as words, never as markup."""

from __future__ import annotations

import html

from app.ui.fit import FitLabel


def test_the_tooltip_of_a_shortened_title_is_escaped(qtbot):
    label = FitLabel()
    qtbot.addWidget(label)
    title = "<img src='/etc/x.png'><b>жирный</b>"
    label.set_parts(title, " · 1/3")
    assert "<b>" not in label.toolTip()
    assert html.unescape(label.toolTip()) == title
    assert label.full_text() == title + " · 1/3"

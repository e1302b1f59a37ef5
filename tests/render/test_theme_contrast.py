"""Every text colour of every theme reads at WCAG AA on the ground it is set on.

AA asks 4.5:1 of body text and 3:1 of large text, large being at least 24 px,
or 18.66 px in bold, here at the slide's design size (the 1920×1080 canvas) and
at the smallest size a role may shrink to (`minimum`). The pairs below are the
ones the layouts draw (app/render/layouts/*); every colour of a theme is listed
as text, ground or decoration, so a new colour must be placed before it passes.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from app.render.theme import Colors, Theme, TypeRole, theme_files
from tests.contrast import BODY, LARGE, ratio, worst_over_any_photo

THEMES = sorted(theme_files())

# (text colour, ground colour, the roles set in it). A ground with its own alpha is
# a veil over a photo: the photo may be white or black, so the worse of the two counts.
TEXT_PAIRS = [
    ("ink", "background", ["title", "chapter_title", "heading", "body", "text_body",
                           "statement", "quote", "quote_short", "speaker", "figure_label",
                           "credits", "turn", "turn_speaker", "step", "caption", "lede"]),
    ("muted", "background", ["subtitle", "lede", "speaker_role", "overline", "folio", "credit",
                             "caption", "step", "turn", "turn_speaker"]),  # also earlier steps
    ("accent_ink", "background", ["overline", "speaker", "figure"]),  # chapter label, facts
    ("gold_ink", "background", ["figure"]),
    ("ink", "panel", ["turn", "turn_speaker"]),  # a dialogue card
    ("muted", "panel", ["turn", "turn_speaker", "caption"]),  # earlier turns, placeholders
    ("caption_ink", "caption_bar", ["caption", "quote", "turn"]),
    ("caption_muted", "caption_bar", ["overline", "turn_speaker", "folio", "credit"]),
]
BADGE_SCRIM = 0.72  # the «Иллюстрация» pill: on_scrim on the scrim colour at this alpha
GROUNDS = {"background", "panel", "caption_bar", "scrim"}
# Not text: rules, bullets, discs, bars, the cover's big quiet numeral (hairline) and
# nothing at all yet (faint). on_scrim's heading over a photo sits on a gradient whose
# legibility depends on the photo; only the badge's solid pill is measured.
DECORATION = {"accent", "gold", "vermilion", "hairline", "faint"}


def is_large(role: TypeRole) -> bool:
    size = min(role.size, role.minimum)
    return size >= 24 or (role.bold and size >= 18.66)


def required(theme: Theme, roles: list[str]) -> float:
    return LARGE if all(is_large(getattr(theme.type, name)) for name in roles) else BODY


def test_every_colour_is_text_ground_or_decoration():
    text = {fg for fg, _, _ in TEXT_PAIRS} | {"on_scrim"}
    assert {f.name for f in fields(Colors)} == text | GROUNDS | DECORATION


def test_the_themes_are_the_four_the_app_offers():
    from app.deck.manifest import THEMES as OFFERED

    assert set(THEMES) == set(OFFERED) == {"light", "dark", "sepia", "contrast"}


@pytest.mark.parametrize("name", THEMES)
def test_every_text_pair_meets_aa(name):
    theme = Theme.load(name)
    assert theme.name == name
    failures = []
    for fg, ground, roles in TEXT_PAIRS:
        text, under = getattr(theme.colors, fg), getattr(theme.colors, ground)
        measured = worst_over_any_photo(text, under) if under.alpha() < 255 \
            else ratio(text, under)
        if measured < required(theme, roles):
            failures.append(f"{fg} on {ground}: {measured:.2f}:1 < {required(theme, roles)}:1 "
                            f"({', '.join(roles)})")
    badge = worst_over_any_photo(theme.colors.on_scrim, theme.colors.scrim, BADGE_SCRIM)
    if badge < required(theme, ["badge"]):
        failures.append(f"on_scrim on the badge: {badge:.2f}:1")
    assert not failures, f"resources/themes/{name}.toml:\n" + "\n".join(failures)


def test_the_contrast_theme_reaches_aaa_for_its_main_text():
    colors = Theme.load("contrast").colors
    for fg, ground in (("ink", "background"), ("muted", "background"), ("ink", "panel"),
                       ("accent_ink", "background"), ("caption_ink", "caption_bar")):
        assert ratio(getattr(colors, fg), getattr(colors, ground)) >= 7.0, (fg, ground)
    assert colors.caption_bar.alpha() == 255  # no photo shows through behind a caption


def test_a_failing_pair_is_caught():
    """The check is real: the light theme's faint tone as text would fail it."""
    theme = Theme.load("light")
    assert ratio(theme.colors.faint, theme.colors.background) < required(theme, ["body"])
    assert required(theme, ["folio"]) == BODY
    assert required(theme, ["figure"]) == LARGE


@pytest.mark.parametrize(("name", "variant"), [("light", ""), ("sepia", ""), ("dark", "dark"),
                                               ("contrast", "dark")])
def test_each_theme_picks_the_drawings_for_its_ground(name, variant):
    assert Theme.load(name).illustrations == variant

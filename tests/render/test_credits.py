"""Credits that are true: a drawing is credited as an illustration, a photo as a photo.

The report's «Фото: пресс-служба Акорды» belongs to the report's photos; the
deck shows drawings in their place, so it may never stand under a drawing,
in a search hit, a screen reader's description or the text export.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image as PILImage

from app.deck.loader import load_deck
from app.deck.model import Image
from app.deck.search import search
from app.export.text import reader_text
from app.render.context import RenderContext
from app.render.layouts.common import ILLUSTRATION_CREDIT, credit_line, describe_picture
from tests.helpers import SHIPPED_DECK
from tests.render.samples import one_slide_deck

PRESS = "пресс-служба Акорды"


@pytest.fixture
def photo_deck(qapp, tmp_path):
    root = one_slide_deck(tmp_path / "deck", "kind: photo\nimage: edge\nalt: Край\n")
    deck = load_deck(root)[0]
    return root, deck, replace(RenderContext.for_deck(deck), photo_credit=PRESS)


def test_a_drawing_is_credited_as_an_illustration(photo_deck):
    _root, deck, context = photo_deck
    image = deck.slides[0].image
    found = context.images.resolve(image.slot)
    assert credit_line(context, image, found) == ILLUSTRATION_CREDIT
    assert credit_line(context, replace(image, credit="Фото: ТАСС"), found) == \
        ILLUSTRATION_CREDIT
    assert PRESS not in describe_picture(context, image)
    assert "Иллюстрация" in describe_picture(context, image)


def test_a_real_photo_carries_its_own_credit_or_the_decks(photo_deck):
    root, deck, context = photo_deck
    PILImage.new("RGB", (160, 90), (0, 0, 255)).save(root / "media" / "photo.jpg")
    image = Image(slot="photo")
    found = context.images.resolve("photo")
    assert credit_line(context, image, found) == f"Фото: {PRESS}"
    assert credit_line(context, replace(image, credit="Фото: ТАСС"), found) == "Фото: ТАСС"
    assert credit_line(context, replace(image, credit="ТАСС"), found) == "Фото: ТАСС"
    assert f"Фото: {PRESS}" in describe_picture(context, image)


@pytest.fixture(scope="module")
def shipped():
    return load_deck(SHIPPED_DECK)[0]


def test_the_press_credit_is_the_reports_credit_line_only(qapp, shipped):
    context = RenderContext.for_deck(shipped)
    credits = shipped.slides[-1]
    assert f"Фото: {PRESS}" in credits.shown_text
    assert "Иллюстрации" in credits.shown_text  # the drawings credited on their own
    hits = {hit.slide_index for hit in search(shipped, "Акорды")}
    assert hits == {credits.index}
    for slide in shipped.slides:
        for image in slide.images:
            assert PRESS not in describe_picture(context, image), slide.id
            assert image.alt.startswith("Иллюстрация"), slide.id


def test_the_text_export_credits_the_press_service_once_and_the_drawings_apart(shipped):
    text = reader_text(shipped)
    assert text.count(PRESS) == 1
    assert "Иллюстрации в презентации" in text

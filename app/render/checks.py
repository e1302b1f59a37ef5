"""What only the renderer can tell about a deck: media, glyphs and text that will not fit.

The deck parser checks syntax; these checks look at the deck the way the
audience will see it, and point at the slide's file and line like every
other diagnostic, so `check` can be run before a talk instead of discovering
a placeholder or a shrunken paragraph on stage.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSize

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.model import Deck, Slide
from app.media.images import displayed_size
from app.render.context import RenderContext
from app.render.fonts import REPLACEMENT, missing_glyphs
from app.render.painter import layout_slide

PROBE = QSize(64, 64)  # decode tiny: enough to know that a file is readable
# Source pixels decoded to show one slide, and the whole deck: each picture is within
# its own limit (app/media/limits.py), but many of them still take seconds to decode.
SLIDE_PIXELS = 150_000_000
DECK_PIXELS = 2_000_000_000


def render_diagnostics(deck: Deck, context: RenderContext) -> list[Diagnostic]:
    """Problems each slide would show when painted; never raises."""
    out: list[Diagnostic] = []
    budget = _PixelBudget()
    for slide in deck.slides:
        for check in (_media, _glyphs, _fit, budget.check):
            try:
                out.extend(check(slide, context))
            except Exception as exc:  # a checker must report, not crash the check command
                out.append(Diagnostic(slide.file, slide.line, Severity.ERROR,
                                      f"slide '{slide.id}' cannot be checked: {exc}"))
    return out


def _slots(slide: Slide) -> Iterator[tuple[str, int]]:
    """Every image slot the slide can show, with the line that names it."""
    if slide.image:
        yield slide.image.slot, slide.line
    for step in slide.steps:
        if step.image:
            yield step.image.slot, step.line
    for block in slide.blocks:
        if block.image:
            yield block.image.slot, block.line


def _media(slide: Slide, context: RenderContext) -> Iterator[Diagnostic]:
    seen = set()
    for slot, line in _slots(slide):
        if slot in seen:
            continue
        seen.add(slot)
        loaded = context.images.load(slot, PROBE)
        if loaded.error:
            yield Diagnostic(slide.file, line, Severity.ERROR,
                             f"image '{slot}' cannot be shown: {loaded.error}")


def _texts(slide: Slide) -> Iterator[tuple[str, int]]:
    """The slide's visible text, piece by piece, with the line each piece comes from."""
    yield slide.heading, slide.line
    for block in slide.blocks:
        yield block.text, block.line
    for turn in slide.turns:
        yield f"{turn.speaker} {turn.text}", turn.line
    for fact in slide.facts:
        yield f"{fact.value} {fact.label}", fact.line
    for step in slide.steps:
        yield step.text, step.line
    yield f"{slide.speaker} {slide.role}", slide.line
    if slide.image:
        yield f"{slide.image.caption} {slide.image.credit}", slide.line


def _glyphs(slide: Slide, context: RenderContext) -> Iterator[Diagnostic]:
    reported: set[str] = set()
    for text, line in _texts(slide):
        for char in sorted(missing_glyphs(text) - reported):
            reported.add(char)
            yield Diagnostic(slide.file, line, Severity.WARNING,
                             f"no bundled font can draw '{char}' (U+{ord(char):04X}); "
                             f"it will show as '{REPLACEMENT}'")


def _fit(slide: Slide, context: RenderContext) -> Iterator[Diagnostic]:
    reported: set[str] = set()
    for step in range(slide.step_count):
        for overflow in layout_slide(slide, step, context).overflows:
            if overflow in reported:
                continue
            reported.add(overflow)
            where = f" at step {step + 1}" if slide.step_count > 1 else ""
            yield Diagnostic(slide.file, slide.line, Severity.ERROR,
                             f"text would not all be shown{where}: "
                             f"{overflow}; shorten it or split the slide")


class _PixelBudget:
    """Source pixels of the rasters each slide shows, against a slide's and a deck's budget."""

    def __init__(self) -> None:
        self.total = 0
        self.reported_deck = False

    def check(self, slide: Slide, context: RenderContext) -> Iterator[Diagnostic]:
        pixels = 0
        for slot in {slot for slot, _line in _slots(slide)}:
            found = context.images.resolve(slot)
            size = displayed_size(found.path) if found.path and not found.is_illustration \
                else None
            pixels += size[0] * size[1] if size else 0
        self.total += pixels
        if pixels > SLIDE_PIXELS:
            yield Diagnostic(slide.file, slide.line, Severity.WARNING,
                             f"the slide's pictures hold {pixels // 1_000_000} megapixels, over "
                             f"the {SLIDE_PIXELS // 1_000_000} a slide should decode; it will "
                             "be slow to show: use smaller files")
        if self.total > DECK_PIXELS and not self.reported_deck:
            self.reported_deck = True
            yield Diagnostic(slide.file, slide.line, Severity.WARNING,
                             f"with this slide the deck's pictures pass "
                             f"{DECK_PIXELS // 1_000_000} megapixels; the deck will be slow "
                             "to page through: use smaller files")

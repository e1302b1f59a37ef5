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
from app.render.context import RenderContext
from app.render.fonts import missing_glyphs
from app.render.painter import layout_slide

PROBE = QSize(64, 64)  # decode tiny: enough to know that a file is readable


def render_diagnostics(deck: Deck, context: RenderContext) -> list[Diagnostic]:
    """Problems each slide would show when painted; never raises."""
    out: list[Diagnostic] = []
    for slide in deck.slides:
        for check in (_media, _glyphs, _fit):
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
                             "it will show in a fallback font or as a box")


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

"""One layout per slide kind; each turns a slide at a build step into a SlideLayout."""

from __future__ import annotations

from collections.abc import Callable

from app.deck.model import Kind, Slide
from app.render.context import RenderContext
from app.render.layouts.build import layout_build
from app.render.layouts.covers import layout_chapter, layout_title
from app.render.layouts.dialogue import layout_dialogue
from app.render.layouts.facts import layout_facts
from app.render.layouts.photo import layout_photo
from app.render.layouts.text import layout_credits, layout_quote, layout_text
from app.render.scene import SlideLayout

Layout = Callable[[Slide, int, RenderContext], SlideLayout]

LAYOUTS: dict[Kind, Layout] = {
    Kind.TITLE: layout_title,
    Kind.CHAPTER: layout_chapter,
    Kind.TEXT: layout_text,
    Kind.PHOTO: layout_photo,
    Kind.QUOTE: layout_quote,
    Kind.DIALOGUE: layout_dialogue,
    Kind.FACTS: layout_facts,
    Kind.BUILD: layout_build,
    Kind.CREDITS: layout_credits,
}

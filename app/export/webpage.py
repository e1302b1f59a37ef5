"""The report as one offline web page: DIR/index.html, nothing else needed.

The same book as the EPUB (app.export.book), in a single file: the style
sheet, the bundled fonts and every picture are inside it as data: URIs, so
the page can be mailed, opened from a USB stick or a phone's files, and read
without a network. A contents list at the top links to each chapter's anchor.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path

from app.assets import BOOK_CSS, FONTS_DIR
from app.deck.model import Deck, Image
from app.export.book import FONT_TYPES, BookWriter, Figure, colophon, language, text, xhtml_page
from app.export.figures import MEDIA_TYPE, Picture, render_pictures
from app.export.wording import wording
from app.render.context import RenderContext

PAGE = "index.html"
_FONT_URL = re.compile(r'url\("fonts/([^"/]+)"\)')


def data_uri(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def inline_css() -> str:
    """The book's style sheet with its fonts inside it."""
    def font(match: re.Match[str]) -> str:
        path = FONTS_DIR / match.group(1)
        return f'url("{data_uri(FONT_TYPES[path.suffix.lower()], path.read_bytes())}")'

    return _FONT_URL.sub(font, BOOK_CSS.read_text(encoding="utf-8"))


def page_body(deck: Deck, pictures: dict[str, Picture]) -> str:
    """Title, contents, every chapter with its anchor, and the colophon."""
    def figure(image: Image) -> Figure | None:
        picture = pictures.get(image.slot)
        if picture is None:
            return None
        return Figure(data_uri(MEDIA_TYPE, picture.data), picture.width, picture.height,
                      picture.credit)

    writer = BookWriter(deck, figure)
    label = text(wording(deck.language)["contents"])
    chapters = writer.chapters()
    contents = "\n".join(f'<li><a href="#{c.anchor}">{text(c.heading)}</a></li>'
                         for c in chapters)
    sections = "\n".join(f'<section class="chapter" id="{c.anchor}">\n{c.body}\n</section>'
                         for c in chapters)
    return (f'<header class="titlepage">\n{writer.title_page()}\n</header>\n'
            f'<nav id="toc" aria-label="{label}">\n<h2>{label}</h2>\n'
            f"<ol>\n{contents}\n</ol>\n</nav>\n"
            f"<main>\n{sections}\n</main>\n<footer>\n{colophon(deck)}\n</footer>")


def export_html(deck: Deck, folder: Path, context: RenderContext,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Write `folder`/index.html; the page's path. Raises OSError when it cannot be written."""
    pictures = render_pictures(deck, context, progress)
    head = (f'<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            f"<style>\n{inline_css()}\n"
            f"body {{ max-width: 40em; margin: 0 auto; padding: 0 1em; }}\n</style>")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PAGE
    path.write_bytes(xhtml_page(language(deck), deck.title, page_body(deck, pictures), head))
    return path

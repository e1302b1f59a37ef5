"""EPUB 3 export: the report to carry to a phone or an e-reader.

One XHTML file per chapter of the deck (opening, the report's chapters,
closing), listed in the navigation document (and in an NCX for older
readers), with the book's text and pictures from app.export.book and
app.export.figures and the bundled fonts (SIL OFL: embedding allowed, the
licence travels in the colophon). The package is reproducible: its
identifier comes from the deck's title and author, its date from the deck's
files, so the same deck gives the same bytes.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.assets import BOOK_CSS, FONTS_DIR
from app.deck.model import Deck, Image
from app.export.book import (
    FONT_TYPES,
    BookChapter,
    BookWriter,
    Figure,
    colophon,
    font_files,
    language,
    text,
    xhtml_page,
)
from app.export.figures import MEDIA_TYPE, Picture, render_pictures
from app.export.wording import wording
from app.render.context import RenderContext

MIMETYPE = "application/epub+zip"
ROOT = "EPUB"  # the folder in the zip that holds the publication
PACKAGE = f"{ROOT}/package.opf"
CONTAINER = f"""<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="{PACKAGE}" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


@dataclass(frozen=True)
class Item:
    """One file of the publication: its path under ROOT, media type and bytes."""

    href: str
    media_type: str
    data: bytes
    properties: str = ""

    @property
    def id(self) -> str:
        return "i-" + re.sub(r"[^A-Za-z0-9_-]", "-", self.href)


def identifier(deck: Deck) -> str:
    """The same book gets the same identifier: a name-based UUID of its title and author."""
    name = "\n".join(("reportage", deck.title, deck.author))
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def modified(deck: Deck) -> datetime:
    """When the deck's text last changed: its newest deck.toml or chapter file."""
    files = [deck.root / "deck.toml", *(chapter.file for chapter in deck.chapters)]
    times = []
    for file in files:
        try:
            times.append(file.stat().st_mtime)
        except OSError:
            continue
    stamp = datetime.fromtimestamp(max(times, default=0), UTC)
    return max(stamp, datetime(1980, 1, 1, tzinfo=UTC)).replace(microsecond=0)  # zip's floor


class EpubBuilder:
    """Collects the publication's files, then writes them as one EPUB."""

    def __init__(self, deck: Deck, pictures: dict[str, Picture]):
        self.deck, self.pictures = deck, pictures
        self.lang = language(deck)
        self.words = wording(deck.language)
        self.items: list[Item] = []  # the pictures, as the chapters ask for them
        self.spine: list[Item] = []  # the reading order, once built
        self._images: dict[str, str] = {}  # slot -> href

    def figure(self, image: Image) -> Figure | None:
        picture = self.pictures.get(image.slot)
        if picture is None:
            return None
        href = self._images.get(image.slot)
        if href is None:
            href = self._images[image.slot] = f"images/{len(self._images) + 1:03d}.jpg"
            cover = "cover-image" if len(self._images) == 1 and self._is_cover(image) else ""
            self.items.append(Item(href, MEDIA_TYPE, picture.data, cover))
        return Figure(href, picture.width, picture.height, picture.credit)

    def _is_cover(self, image: Image) -> bool:
        first = self.deck.slides[0] if self.deck.slides else None
        return first is not None and first.image is not None and first.image.slot == image.slot

    def build(self) -> list[Item]:
        """Every file under ROOT: pages, pictures, style sheet, fonts, navigation."""
        writer = BookWriter(self.deck, self.figure)
        chapters = writer.chapters()
        css = BOOK_CSS.read_text(encoding="utf-8")
        title = Item("title.xhtml", "application/xhtml+xml", xhtml_page(
            self.lang, self.deck.title,
            f'<section epub:type="titlepage" class="titlepage" id="title">\n'
            f"{writer.title_page()}\n</section>"))
        pages = [title]
        for chapter in chapters:
            pages.append(Item(f"{chapter.anchor}.xhtml", "application/xhtml+xml", xhtml_page(
                self.lang, chapter.heading,
                f'<section epub:type="chapter" role="doc-chapter" id="{chapter.anchor}">\n'
                f"{chapter.body}\n</section>")))
        pages.append(Item("colophon.xhtml", "application/xhtml+xml",
                          xhtml_page(self.lang, self.words["about"], colophon(self.deck))))
        fonts = [Item(name, FONT_TYPES[Path(name).suffix.lower()],
                      (FONTS_DIR / Path(name).name).read_bytes()) for name in font_files(css)]
        nav = Item("nav.xhtml", "application/xhtml+xml", self.nav(chapters), "nav")
        ncx = Item("toc.ncx", "application/x-dtbncx+xml", self.ncx(chapters))
        style = Item("book.css", "text/css", css.encode("utf-8"))
        self.spine = [title, nav, *pages[1:]]  # the contents page is read after the title
        return [nav, ncx, style, *pages, *self.items, *fonts]

    def nav(self, chapters: list[BookChapter]) -> bytes:
        entries = "\n".join(f'<li><a href="{c.anchor}.xhtml#{c.anchor}">{text(c.heading)}</a></li>'
                            for c in chapters)
        first = next((c for c in chapters if c.anchor.startswith("chapter-")), None)
        body_start = (f'<li><a epub:type="bodymatter" href="{first.anchor}.xhtml">'
                      f"{text(first.heading)}</a></li>\n") if first else ""
        contents = text(self.words["contents"])
        return xhtml_page(self.lang, self.words["contents"], (
            f'<nav epub:type="toc" role="doc-toc" id="toc">\n<h1>{contents}</h1>\n'
            f"<ol>\n{entries}\n</ol>\n</nav>\n"
            f'<nav epub:type="landmarks" hidden="hidden">\n'
            f'<h2>{text(self.words["landmarks"])}</h2>\n<ol>\n'
            f'<li><a epub:type="titlepage" href="title.xhtml">{text(self.deck.title)}</a></li>\n'
            f"{body_start}"
            f'<li><a epub:type="toc" href="nav.xhtml#toc">{contents}</a></li>\n</ol>\n</nav>'))

    def ncx(self, chapters: list[BookChapter]) -> bytes:
        points = "\n".join(
            f'<navPoint id="np-{n}" playOrder="{n}"><navLabel><text>{text(c.heading)}</text>'
            f'</navLabel><content src="{c.anchor}.xhtml"/></navPoint>'
            for n, c in enumerate(chapters, 1))
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" '
                f'xml:lang="{self.lang}">\n<head>\n'
                f'<meta name="dtb:uid" content="{identifier(self.deck)}"/>\n'
                f'<meta name="dtb:depth" content="1"/>\n'
                f'<meta name="dtb:totalPageCount" content="0"/>\n'
                f'<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n'
                f"<docTitle><text>{text(self.deck.title)}</text></docTitle>\n"
                f"<navMap>\n{points}\n</navMap>\n</ncx>\n").encode()

    def package(self, items: list[Item]) -> bytes:
        deck = self.deck
        meta = [f'<dc:identifier id="book-id">{identifier(deck)}</dc:identifier>',
                f"<dc:title>{text(deck.title)}</dc:title>",
                f"<dc:language>{self.lang}</dc:language>",
                f'<meta property="dcterms:modified">'
                f'{modified(deck).strftime("%Y-%m-%dT%H:%M:%SZ")}</meta>']
        if deck.author:
            meta.append(f"<dc:creator>{text(deck.author)}</dc:creator>")
        if deck.subtitle:
            meta.append(f"<dc:description>{text(deck.subtitle)}</dc:description>")
        if deck.photo_credit:
            meta.append(f"<dc:contributor>{text(deck.photo_credit)}</dc:contributor>")
        meta += [f'<meta property="schema:{name}">{value}</meta>' for name, value in (
            ("accessMode", "textual"), ("accessMode", "visual"),
            ("accessModeSufficient", "textual"),
            ("accessibilityFeature", "alternativeText"),
            ("accessibilityFeature", "structuralNavigation"),
            ("accessibilityFeature", "tableOfContents"),
            ("accessibilityFeature", "readingOrder"),
            ("accessibilityHazard", "none"),
            ("accessibilitySummary", text(self.words["summary"])))]
        manifest = "\n".join(
            f'<item id="{item.id}" href="{item.href}" media-type="{item.media_type}"'
            + (f' properties="{item.properties}"' if item.properties else "") + "/>"
            for item in items)
        ncx = next(item for item in items if item.href == "toc.ncx")
        spine = "\n".join(f'<itemref idref="{item.id}"/>' for item in self.spine)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
                f'unique-identifier="book-id" xml:lang="{self.lang}">\n'
                f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                + "\n".join(meta) + "\n</metadata>\n"
                f"<manifest>\n{manifest}\n</manifest>\n"
                f'<spine toc="{ncx.id}">\n{spine}\n</spine>\n</package>\n').encode("utf-8")


def export_epub(deck: Deck, path: Path, context: RenderContext,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Write the deck as an EPUB 3 at `path`; the number of chapters in its contents.

    Raises OSError when the file cannot be written.
    """
    builder = EpubBuilder(deck, render_pictures(deck, context, progress))
    items = builder.build()
    stamp = modified(deck).timetuple()[:6]
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as book:
        def add(name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = compress
            info.external_attr = 0o644 << 16
            book.writestr(info, data)

        add("mimetype", MIMETYPE.encode("ascii"), zipfile.ZIP_STORED)  # first, uncompressed
        add("META-INF/container.xml", CONTAINER.encode("utf-8"))
        add(PACKAGE, builder.package(items))
        for item in items:
            add(f"{ROOT}/{item.href}", item.data)
    return len(deck.chapters)

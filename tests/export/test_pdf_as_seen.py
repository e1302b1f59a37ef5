"""The PDF looks in poppler as the slides look on screen, and carries what a reader needs.

Every page of the shipped deck's PDF is rendered by poppler (`pdftoppm`, from
the Debian package poppler-utils) and compared with the PNG export of the same
slide at the same size. The comparison is made on local averages (both images
reduced 12×): text antialiasing differs a little between poppler and Qt and
averages out, while a wrong area — a glow printed as a solid disc, a missing
picture, a block in another place — does not.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import QSize

from app.deck.loader import load_deck
from app.export.pdf import export_pdf
from app.export.pdf_marks import subset_tag
from app.export.png import export_png
from app.render.context import RenderContext
from tests.helpers import SHIPPED_DECK, write_deck

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="poppler-utils is not installed")

SIZE = QSize(960, 540)  # pixels; a 720×405 pt page at 96 dpi
DPI = 96
REDUCE = 12  # compare 80×45 local averages
MEAN_LIMIT = 2.0  # mean difference of the averages, 0–255 per channel
CELL_LIMIT = 8  # an average this far off counts as a different cell …
CELLS_OFF = 0.08  # … and at most this share of cells may be
WORST_LIMIT = 40  # no single cell further off than this


@pytest.fixture(scope="module")
def shipped():
    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture(scope="module")
def exported(qapp, shipped, tmp_path_factory):
    """The shipped deck as a PDF and as PNGs, and poppler's rendering of the PDF."""
    folder = tmp_path_factory.mktemp("pdf")
    context = RenderContext.for_deck(shipped)
    pdf = folder / "deck.pdf"
    export_pdf(shipped, pdf, context)
    pngs = export_png(shipped, folder / "png", SIZE, context)
    return pdf, pngs


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float, int]:
    """(mean difference, share of cells off, worst cell) of the two images' local averages."""
    a = a.convert("RGB").reduce(REDUCE)
    b = b.convert("RGB").reduce(REDUCE)
    diff = ImageChops.difference(a, b)
    red, green, blue = diff.split()
    worst = ImageChops.lighter(ImageChops.lighter(red, green), blue).histogram()
    cells = sum(worst)
    off = sum(worst[CELL_LIMIT + 1:]) / cells
    return sum(ImageStat.Stat(diff).mean) / 3, off, max(i for i, n in enumerate(worst) if n)


def looks_the_same(a: Image.Image, b: Image.Image) -> bool:
    mean, off, worst = difference(a, b)
    return mean <= MEAN_LIMIT and off <= CELLS_OFF and worst <= WORST_LIMIT


def poppler_pages(pdf: Path, out: Path) -> list[Path]:
    out.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(out / "page")],
                   check=True, timeout=120)
    return sorted(out.glob("page-*.png"))


@needs_poppler
def test_every_pdf_page_in_poppler_looks_like_its_png(exported, tmp_path):
    pdf, pngs = exported
    pages = poppler_pages(pdf, tmp_path / "poppler")
    assert len(pages) == len(pngs) >= 25
    different = []
    for page, png in zip(pages, pngs, strict=True):
        seen, shown = Image.open(page), Image.open(png)
        assert seen.size == shown.size == (SIZE.width(), SIZE.height())
        if not looks_the_same(seen, shown):
            different.append((png.name, difference(seen, shown)))
    assert different == []
    # the comparison can fail: a neighbour's page is not this slide
    assert not looks_the_same(Image.open(pages[2]), Image.open(pngs[3]))


@needs_poppler
def test_a_glow_printed_as_a_disc_would_be_caught(exported, tmp_path):
    _pdf, pngs = exported
    shown = Image.open(next(p for p in pngs if "akasaka" in p.name)).convert("RGB")
    disc = shown.copy()
    disc.paste((254, 197, 12), (600, 40, 760, 200))  # a gold disc's worth of solid paint
    assert looks_the_same(shown, shown)
    assert not looks_the_same(disc, shown)


def test_bookmarks_list_the_chapters_and_their_slides(exported, shipped):
    pdf, _pngs = exported
    outline = PdfReader(pdf).outline
    chapters = [item.title for item in outline if not isinstance(item, list)]
    assert chapters == [c.title for c in shipped.chapters]
    slides = [item.title for sub in outline if isinstance(sub, list) for item in sub]
    assert slides == [s.title for s in shipped.exported_slides()]


def test_page_labels_are_the_slides_numbers(exported, shipped):
    reader = PdfReader(exported[0])
    labels = [reader.page_labels[i] for i in range(len(reader.pages))]
    assert labels == [str(n) for n in range(1, len(shipped.exported_slides()) + 1)]


def test_metadata_names_title_author_subject_and_language(exported, shipped):
    reader = PdfReader(exported[0])
    info = reader.metadata
    assert info.title == shipped.title
    assert info.author == "Айсултан Кульшманов"
    assert info.subject == shipped.subtitle
    assert reader.trailer["/Root"]["/Lang"] == "ru"


def test_fonts_are_embedded_as_tagged_subsets(exported):
    reader = PdfReader(exported[0])
    names = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"].get("/Font", {}).values()}
    assert names
    for name in names:
        tag, plus, family = name[1:].partition("+")
        assert plus, name
        assert tag == subset_tag(family), name


@needs_poppler
def test_letter_spaced_labels_extract_as_words(exported):
    text = subprocess.run(["pdftotext", str(exported[0]), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "ИЛЛЮСТРАЦИЯ" in text
    assert "ЁРИКО КАВАГУЧИ" in text
    assert "И Л Л" not in text


def test_the_pdf_is_small_enough_to_mail(exported):
    assert exported[0].stat().st_size < 8 * 1024 * 1024


def test_photos_are_downsampled_to_about_200_ppi(qapp, tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "kind: photo\nimage: big\ncredit: Фото: тест\n"})
    (root / "media").mkdir()
    Image.radial_gradient("L").resize((4000, 3000)).convert("RGB").save(root / "media" / "big.jpg")
    deck = load_deck(root)[0]
    pdf = tmp_path / "photo.pdf"
    export_pdf(deck, pdf, RenderContext.for_deck(deck))
    images = [image for page in PdfReader(pdf).pages for image in page.images]
    assert len(images) == 1
    width, height = images[0].image.size
    # a 10-inch-wide page: about 2000 px, never the camera's 4000
    assert 1800 <= max(width, height) <= 2600
    # libjpeg's exact half-size decode (rounding noise must not ask for 2001 pixels and
    # force a full decode and a resample), and of it only what the page shows: 2000×1125
    assert (width, height) == (2000, 1125)

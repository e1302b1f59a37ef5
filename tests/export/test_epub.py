"""EPUB export: a valid EPUB 3 package of the shipped deck, and nothing a deck says escapes."""

from __future__ import annotations

import posixpath
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from app.deck.loader import load_deck
from app.deck.source_check import lost_sentences
from app.export.epub import PACKAGE, export_epub
from app.render.context import RenderContext
from tests.export.book_checks import (
    HOSTILE_DECK,
    PIC_SVG,
    XHTML,
    assert_hostile_text_stays_text,
    images,
    parse,
    text_lines,
)
from tests.helpers import write_deck

OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
EPUBCHECK_JARS = (Path("/usr/share/java/epubcheck.jar"),)


@pytest.fixture(scope="module")
def book(qapp, shipped_deck, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("epub") / "report.epub"
    export_epub(shipped_deck, path, RenderContext.for_deck(shipped_deck))
    return path


@pytest.fixture(scope="module")
def package(book) -> tuple[zipfile.ZipFile, ET.Element]:
    archive = zipfile.ZipFile(book)
    return archive, parse(archive.read(PACKAGE))


def manifest(package_root: ET.Element) -> dict[str, ET.Element]:
    return {item.get("id"): item for item in package_root.iter(f"{OPF}item")}


def spine_documents(archive: zipfile.ZipFile, root: ET.Element) -> list[ET.Element]:
    items = manifest(root)
    base = posixpath.dirname(PACKAGE)
    return [parse(archive.read(posixpath.join(base, items[ref.get("idref")].get("href"))))
            for ref in root.iter(f"{OPF}itemref")]


def test_mimetype_comes_first_stored_and_the_container_names_the_package(package):
    archive, _ = package
    first = archive.infolist()[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED
    assert first.extra == b""
    assert archive.read("mimetype") == b"application/epub+zip"
    container = parse(archive.read("META-INF/container.xml"))
    paths = [r.get("full-path") for r in container.iter(f"{CONTAINER}rootfile")]
    assert paths == [PACKAGE]
    assert archive.testzip() is None


def test_the_manifest_lists_every_file_and_only_files_that_exist(package):
    archive, root = package
    base = posixpath.dirname(PACKAGE)
    listed = {posixpath.join(base, item.get("href")) for item in manifest(root).values()}
    present = {name for name in archive.namelist()
               if name != "mimetype" and not name.startswith("META-INF/") and name != PACKAGE}
    assert listed == present
    types = {item.get("media-type") for item in manifest(root).values()}
    assert {"application/xhtml+xml", "image/jpeg", "text/css", "font/ttf"} <= types
    nav = [item for item in manifest(root).values() if item.get("properties") == "nav"]
    assert len(nav) == 1
    refs = [ref.get("idref") for ref in root.iter(f"{OPF}itemref")]
    assert refs
    assert set(refs) <= set(manifest(root))


def test_the_navigation_is_the_decks_chapters_in_order(package, shipped_deck):
    archive, root = package
    nav_item = next(i for i in manifest(root).values() if i.get("properties") == "nav")
    nav = parse(archive.read(posixpath.join(posixpath.dirname(PACKAGE), nav_item.get("href"))))
    toc = next(n for n in nav.iter(f"{XHTML}nav")
               if n.get("{http://www.idpf.org/2007/ops}type") == "toc")
    entries = ["".join(a.itertext()) for a in toc.iter(f"{XHTML}a")]
    main = [c.title for c in shipped_deck.main_chapters]
    assert len(main) == 3
    assert len(entries) == len(shipped_deck.chapters)
    assert [e for e in entries if any(e.endswith(title) for title in main)] == \
           [f"Глава {n}. {title}" for n, title in enumerate(main, 1)]
    for link in toc.iter(f"{XHTML}a"):  # every entry lands on its chapter's heading
        href, _, anchor = link.get("href").partition("#")
        target = parse(archive.read(posixpath.join(posixpath.dirname(PACKAGE), href)))
        assert any(e.get("id") == anchor for e in target.iter())


def test_every_picture_has_alt_text_and_its_file(package):
    archive, root = package
    documents = spine_documents(archive, root)
    pictures = [img for doc in documents for img in images(doc)]
    assert len(pictures) >= 10
    for img in pictures:
        assert img.get("alt", "").strip(), img.get("src")
        assert posixpath.join(posixpath.dirname(PACKAGE), img.get("src")) in archive.namelist()
    credits = [line for doc in documents for line in text_lines(doc)
               if "Иллюстрация" in line]
    assert credits  # every drawing is credited as one


def test_title_language_author_and_a_stable_identifier(package, shipped_deck, book, tmp_path):
    _, root = package
    metadata = root.find(f"{OPF}metadata")
    assert metadata.findtext(f"{DC}title") == shipped_deck.title
    assert metadata.findtext(f"{DC}language") == shipped_deck.language
    assert metadata.findtext(f"{DC}creator") == shipped_deck.author
    assert metadata.findtext(f"{DC}identifier").startswith("urn:uuid:")
    modified = [m.text for m in metadata.iter(f"{OPF}meta")
                if m.get("property") == "dcterms:modified"]
    assert len(modified) == 1
    assert modified[0].endswith("Z")
    again = tmp_path / "again.epub"  # the same deck gives the same bytes
    export_epub(shipped_deck, again, RenderContext.for_deck(shipped_deck))
    assert again.read_bytes() == book.read_bytes()


def test_the_book_carries_every_sentence_of_the_report(package, shipped_deck):
    archive, root = package
    lines = [line for doc in spine_documents(archive, root) for line in text_lines(doc)]
    total, lost = lost_sentences(shipped_deck.source.read_text(encoding="utf-8"),
                                 ["\n".join(lines)])
    assert total > 100
    assert [s.text for s in lost] == []


def test_a_hostile_deck_stays_text(qapp, tmp_path):
    root = write_deck(tmp_path / "deck", HOSTILE_DECK,
                      'title = "Колода <b>&</b>"\nlanguage = "ru\\"><x"\n\n'
                      '[[chapters]]\ntitle = "Глава <i>"\nfile = "a.md"\n')
    (root / "media").mkdir()
    (root / "media" / "pic.svg").write_text(PIC_SVG, encoding="utf-8")
    deck, _ = load_deck(root)
    path = tmp_path / "book.epub"
    export_epub(deck, path, RenderContext.for_deck(deck))
    archive = zipfile.ZipFile(path)
    package_root = parse(archive.read(PACKAGE))
    assert package_root.find(f"{OPF}metadata").findtext(f"{DC}title") == "Колода <b>&</b>"
    assert package_root.find(f"{OPF}metadata").findtext(f"{DC}language") == "und"
    chapter = spine_documents(archive, package_root)[2]  # title page, contents, chapter
    assert_hostile_text_stays_text(chapter)


@pytest.mark.skipif(shutil.which("java") is None or not any(p.is_file() for p in EPUBCHECK_JARS),
                    reason="epubcheck (Debian package `epubcheck`) is not installed")
def test_epubcheck_finds_nothing_wrong(book):
    jar = next(p for p in EPUBCHECK_JARS if p.is_file())
    result = subprocess.run(["java", "-jar", str(jar), str(book)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors / 0 warnings" in result.stdout


@pytest.mark.parametrize(("language", "heading", "contents"), [
    ("en", "Chapter 1. City", "Contents"),
    ("kk", "1-тарау. City", "Мазмұны"),
])
def test_the_book_speaks_the_decks_language(qapp, tmp_path, language, heading, contents):
    root = write_deck(tmp_path / "deck", {"a.md": "# City\n\nWords.\n"},
                      f'title = "Book"\nlanguage = "{language}"\n\n'
                      '[[chapters]]\ntitle = "City"\nfile = "a.md"\n')
    deck, _ = load_deck(root)
    path = tmp_path / "book.epub"
    export_epub(deck, path, RenderContext.for_deck(deck))
    archive = zipfile.ZipFile(path)
    package_root = parse(archive.read(PACKAGE))
    assert package_root.find(f"{OPF}metadata").findtext(f"{DC}language") == language
    nav = parse(archive.read("EPUB/nav.xhtml"))
    assert nav.findtext(f".//{XHTML}h1") == contents
    assert [a.text for a in nav.iter(f"{XHTML}a")][0] == heading
    assert nav.get("lang") == language


def test_a_photo_goes_in_upright_at_a_reading_size_with_its_credit(qapp, tmp_path):
    from PIL import Image as PilImage

    root = write_deck(tmp_path / "deck", {
        "a.md": "kind: photo\nimage: shot\ncaption: Встреча.\nalt: Двое у стола\n"},
        'title = "Фото"\nphoto_credit = "пресс-служба"\n\n'
        '[[chapters]]\ntitle = "Глава"\nfile = "a.md"\n')
    (root / "media").mkdir()
    PilImage.new("RGB", (3000, 2000), (200, 30, 30)).save(root / "media" / "shot.jpg")
    deck, _ = load_deck(root)
    path = tmp_path / "book.epub"
    export_epub(deck, path, RenderContext.for_deck(deck))
    archive = zipfile.ZipFile(path)
    package_root = parse(archive.read(PACKAGE))
    chapter = spine_documents(archive, package_root)[2]
    (img,) = images(chapter)
    assert (img.get("width"), img.get("height")) == ("1400", "933")
    assert img.get("alt") == "Двое у стола"
    caption = "".join(chapter.find(f".//{XHTML}figcaption").itertext())
    assert caption == "Встреча. Фото: пресс-служба"
    with PilImage.open(archive.open(f"EPUB/{img.get('src')}")) as picture:
        assert picture.format == "JPEG"
        assert picture.size == (1400, 933)

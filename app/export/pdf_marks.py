"""What Qt's PDF writer cannot add: bookmarks, page labels and the document's description.

QPdfWriter writes a title and a creator and embeds subsets of the fonts.
A reader of the PDF also wants an outline by chapter and slide, page numbers
that are the slides' numbers, the author, subject and language, and fonts
named as the subsets they are (a tag before the name, as the PDF standard
asks). pypdf (pure Python, no Qt) adds them to the file Qt has written.
"""

from __future__ import annotations

import hashlib
import os
import string
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

PRODUCER = "Reportage (Qt, pypdf)"


@dataclass(frozen=True)
class PageMark:
    """What one page is: its chapter, its slide's title, and the label a viewer shows."""

    chapter: str
    title: str
    label: str  # the slide's number as the talk counts it, «12» or «12.3» for a build step
    first_of_slide: bool = True  # the slide's first page (its later build steps are not)


@dataclass(frozen=True)
class Description:
    """The document's metadata."""

    title: str
    author: str = ""
    subject: str = ""
    language: str = ""


def finish_pdf(path: Path, marks: list[PageMark], description: Description) -> None:
    """Add the outline, page labels and metadata to the PDF at `path`, in place.

    Raises OSError when the file cannot be read or written back.
    """
    try:
        writer = PdfWriter(clone_from=PdfReader(path))
    except Exception as exc:  # pypdf's own errors: the file Qt wrote is not a PDF
        raise OSError(f"cannot read back {path}: {exc}") from exc
    if len(writer.pages) != len(marks):
        raise OSError(f"{path} has {len(writer.pages)} pages, expected {len(marks)}")
    _outline(writer, marks)
    for index, mark in enumerate(marks):
        writer.set_page_label(index, index, prefix=mark.label)
    _describe(writer, description)
    _tag_subsets(writer)
    partial = path.with_name(path.name + ".part")
    with partial.open("wb") as out:
        writer.write(out)
    os.replace(partial, path)


def _outline(writer: PdfWriter, marks: list[PageMark]) -> None:
    """One bookmark per chapter, and under it one per slide, in page order."""
    chapter, parent = None, None
    for index, mark in enumerate(marks):
        if mark.chapter != chapter:
            chapter = mark.chapter
            parent = writer.add_outline_item(title=mark.chapter, page_number=index)
        if mark.first_of_slide:
            writer.add_outline_item(title=mark.title, page_number=index, parent=parent)
    writer.page_mode = "/UseOutlines"


def _describe(writer: PdfWriter, description: Description) -> None:
    """Title, author, subject and language in the document information and the catalogue.

    Qt's XMP packet is dropped: it holds only the title, and a viewer that
    prefers it would show no author.
    """
    info = {"/Title": description.title, "/Creator": "Reportage", "/Producer": PRODUCER}
    if description.author:
        info["/Author"] = description.author
    if description.subject:
        info["/Subject"] = description.subject
    writer.add_metadata(info)
    root = writer._root_object  # the catalogue: pypdf has no setter for /Lang
    root.pop(NameObject("/Metadata"), None)
    if description.language:
        root[NameObject("/Lang")] = TextStringObject(description.language)
    root[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): NameObject("/true")})


def subset_tag(name: str) -> str:
    """Six capital letters made from the font's name: the same font, the same tag."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return "".join(string.ascii_uppercase[byte % 26] for byte in digest[:6])


def _tag_subsets(writer: PdfWriter) -> None:
    """«NotoSans-Bold» → «ABCDEF+NotoSans-Bold» on every embedded (subset) font."""
    done: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if id(font) in done:
                continue
            done.add(id(font))
            parts = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            descriptors = [p["/FontDescriptor"].get_object() for p in parts
                           if "/FontDescriptor" in p]
            embedded = any(key in d for d in descriptors
                           for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            name = str(font.get("/BaseFont", ""))[1:]
            if not embedded or not name or "+" in name:
                continue
            tagged = NameObject(f"/{subset_tag(name)}+{name}")
            for part in parts:
                part[NameObject("/BaseFont")] = tagged
            for descriptor in descriptors:
                descriptor[NameObject("/FontName")] = tagged

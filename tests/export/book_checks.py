"""What the EPUB and the offline page tests both read: XHTML parsed, text and images found."""

from __future__ import annotations

import xml.etree.ElementTree as ET

XHTML = "{http://www.w3.org/1999/xhtml}"
TEXT_BLOCKS = {f"{XHTML}{tag}" for tag in ("p", "li", "h1", "h2", "h3", "figcaption", "pre")}

# Deck text a hostile author might type: markup, entities, a CDATA end, a control
# character (not allowed in XML at all), quotes that would end an attribute.
HOSTILE = '<script>alert(1)</script> & ]]> \x01 " \' &amp; <img src=x onerror=y>'
HOSTILE_DECK = {
    "a.md": (f"# Заголовок {HOSTILE}\n\nТекст {HOSTILE}\n\n"
             f"::: reader\nЧитать {HOSTILE}\n"
             f"---\nkind: photo\nimage: pic\ncaption: Подпись {HOSTILE}\n"
             f"alt: Описание {HOSTILE}\n\n::: reader\nФото.\n"
             f"---\nkind: quote\nspeaker: Автор {HOSTILE}\n\n> Цитата {HOSTILE}\n"),
}
PIC_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">'
           '<rect width="160" height="90" fill="#00AFCA"/></svg>')


def parse(data: bytes) -> ET.Element:
    """The document's root; raises if it is not well-formed XML."""
    return ET.fromstring(data)


def text_lines(root: ET.Element) -> list[str]:
    """Every paragraph-level text of a document, one line each."""
    return ["".join(element.itertext()) for element in root.iter() if element.tag in TEXT_BLOCKS]


def images(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{XHTML}img"))


def assert_hostile_text_stays_text(root: ET.Element) -> None:
    """No element the deck did not ask for; the deck's markup reads as typed."""
    tags = {element.tag.removeprefix(XHTML) for element in root.iter()}
    assert "script" not in tags
    assert not any(img.get("onerror") for img in images(root))
    lines = "\n".join(text_lines(root)).replace("\u00a0", " ")  # typeset spaces
    assert "<script>alert(1)</script>" in lines
    assert "<img src=x onerror=y>" in lines
    assert "\x01" not in lines
    assert all(img.get("alt", "").startswith("Описание <script>") for img in images(root))

"""Hostile inputs, generated on the fly: each one once hung, exhausted or crashed the app.

Shared by the regression tests and tools/fuzz_decks.py; nothing here is stored
as a file in the repository.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image

from tests.helpers import write_deck

SVG_NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def use_fanout_svg(levels: int = 8, fanout: int = 10) -> bytes:
    """`<use>` ×fanout nested `levels` deep: a tiny file that expands to fanout**levels shapes."""
    parts = [f'<svg {SVG_NS} width="100" height="100"><defs>',
             '<rect id="l0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use xlink:href="#l{level - 1}" x="{i % 3}"/>' for i in range(fanout))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#l{levels}"/></svg>')
    return "".join(parts).encode()


def nested_svg(depth: int = 5000) -> bytes:
    """Groups nested `depth` deep."""
    return f'<svg {SVG_NS} width="10" height="10">{"<g>" * depth}{"</g>" * depth}</svg>'.encode()


def png_bytes(width: int, height: int) -> bytes:
    """A one-colour PNG: a few kilobytes that decode to width×height pixels."""
    buffer = io.BytesIO()
    Image.new("L", (width, height)).save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def inline_png_svg(count: int = 24, side: int = 8000) -> bytes:
    """An SVG carrying `count` embedded side×side PNGs as data: URIs."""
    data = base64.b64encode(png_bytes(side, side)).decode()
    images = "".join(f'<image width="10" height="10" xlink:href="data:image/png;base64,{data}"/>'
                     for _ in range(count))
    return f'<svg {SVG_NS} width="100" height="100">{images}</svg>'.encode()


def nested_toml(depth: int = 1000) -> str:
    """A value nested `depth` arrays deep."""
    return f'title = "x"\nvalue = {"[" * depth}{"]" * depth}\n'


def one_slide_deck(root: Path, body: str, *, image: bytes | None = None,
                   image_name: str = "pic.svg") -> Path:
    """A deck of one slide whose Markdown is `body`, or a photo slide with `body` as reader text."""
    chapter = f"# Слайд\n\n{body}\n" if image is None else \
        f"---\nkind: photo\nimage: {Path(image_name).stem}\n\n# Слайд\n\n::: reader\n{body}\n"
    write_deck(root, {"a.md": chapter})
    if image is not None:
        (root / "media").mkdir(exist_ok=True)
        (root / "media" / image_name).write_bytes(image)
    return root


def png_header(width: int, height: int) -> bytes:
    """A PNG signature and header claiming width×height, with one tiny compressed row."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + \
        chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def corrupt_exif_jpeg() -> bytes:
    """A small JPEG whose EXIF tag claims 1000 bytes the block does not hold."""
    entry = struct.pack("<HHII", 0x010E, 2, 1000, 26)  # ImageDescription, ASCII, at offset 26
    exif = b"Exif\0\0II*\0" + struct.pack("<I", 8) + struct.pack("<H", 1) + entry + b"\0" * 8
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


# -- random decks, for tools/fuzz_decks.py ---------------------------------------------------

LINE_PIECES = (
    "---", "kind: quote", "kind: dialogue", "kind: facts", "kind: build", "kind: photo",
    "kind: cover", "kind: credits", "kind: nonsense", "speaker: Я", "image: pic",
    "image: ../../etc/passwd", "image: http://x/y.png", "image: media/sub/pic", "hidden: true",
    "id: same", "::: reader", "::: notes", ":::", "# Заголовок", "- **А:** да", "- **1964** год",
    "- ![alt](media/pic) шаг", "- просто", "> цитата", "```", "<script>alert(1)</script>", "",
    "текст **жирный", "![](javascript:alert(1))", "[ссылка](file:///etc/passwd)",
    "caption: Подпись", "title: Заголовок", "fit: contain", "&amp; &#0; &#x110000;", "1. a\n2. b",
)
REPEATED = ("*a", "**a*", "_a", "[", "[a](", "`", "<", "> ", "- ", "  ", "\t", " ", "a ",
            "\u00a0", "—", "в ", "1 ", "![](x)", "&amp;", "\\", "a. ", "A. ", "а", "а-")


def random_chapter(rng: random.Random) -> str:
    """Chapter text from the syntax's own pieces, long repeats, deep nesting and noise."""
    lines = []
    for _ in range(rng.randint(1, 30)):
        roll = rng.random()
        if roll < 0.6:
            lines.append(rng.choice(LINE_PIECES))
        elif roll < 0.75:
            lines.append(rng.choice(REPEATED) * rng.choice((10, 100, 1000, 20000, 60000)))
        elif roll < 0.8:
            depth = rng.choice((10, 100, 1000, 5000))
            lines.append(rng.choice(("> ", "- ", "  - ", "* ", "1. ", "[", "(")) * depth + "a")
        elif roll < 0.85:  # one paragraph of many long lines: markup across all of them
            lines.extend([rng.choice(REPEATED) * rng.choice((500, 2500))] * rng.randint(2, 24))
        else:
            lines.append("".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 60))))
    return "\n".join(lines)


def random_manifest(rng: random.Random, chapters: list[str]) -> str:
    """deck.toml, valid or mutated: deep nesting, odd keys and themes, cut short."""
    entries = "".join(f'[[chapters]]\ntitle = "Глава"\nfile = "{name}"\n' for name in chapters)
    theme = rng.choice(("light", "dark", "../../../etc/evil", "/etc/passwd", "x" * 5000))
    text = f'title = "Колода"\ntheme = "{theme}"\nduration = 10\n\n{entries}'
    roll = rng.random()
    if roll < 0.1:
        text = nested_toml(rng.choice((50, 500, 3000))) + entries
    elif roll < 0.2:
        cut = rng.randint(0, len(text))
        noise = rng.choice(("[", "{", "\"", "[[", "=", "\x00", "a" * 50000))
        text = text[:cut] + noise + text[cut:]
    elif roll < 0.25:
        text += "".join(f"k{i} = {i}\n" for i in range(rng.choice((100, 5000))))
    return text


def random_svg(rng: random.Random) -> bytes:
    """An SVG built from structures that once cost too much, with random sizes."""
    roll = rng.random()
    if roll < 0.25:
        return use_fanout_svg(rng.randint(1, 9), rng.randint(1, 12))
    if roll < 0.35:
        return nested_svg(rng.choice((10, 63, 65, 1000, 20000)))
    if roll < 0.45:
        return inline_png_svg(rng.randint(1, 3), rng.choice((10, 100, 3000, 6000)))
    if roll < 0.55:
        count = rng.choice((10, 1000, 60000))
        return f'<svg {SVG_NS} width="9" height="9">{"<rect/>" * count}</svg>'.encode()
    if roll < 0.65:  # patterns and markers that refer to each other
        hops = rng.randint(1, 8)
        defs = "".join(f'<pattern id="p{i}" width="1" height="1"><rect fill="url(#p{i + 1})" '
                       f'width="1" height="1"/><rect fill="url(#p{i + 1})"/></pattern>'
                       for i in range(hops))
        points = " ".join(f"{i},{i}" for i in range(rng.choice((3, 3000))))
        return (f'<svg {SVG_NS} width="9" height="9"><defs>{defs}<marker id="m">'
                f'<rect fill="url(#p0)"/></marker></defs><polyline points="{points}" '
                f'marker-mid="url(#m)"/></svg>').encode()
    if roll < 0.7:
        return f'<svg {SVG_NS}><use xlink:href="#a" id="a"/></svg>'.encode()
    if roll < 0.8:
        text = "x" * rng.choice((10, 200_000))
        return f'<svg {SVG_NS} width="9" height="9"><text>{text}</text></svg>'.encode()
    if roll < 0.85:
        return f'<svg {SVG_NS}><rect style="{"url(" * 50000}"/></svg>'.encode()
    data = bytearray(use_fanout_svg(3, 3))
    for _ in range(rng.randint(1, 5)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def random_raster(rng: random.Random) -> tuple[str, bytes]:
    """A raster file name and bytes: tiny, a bomb's header, corrupt EXIF or cut short."""
    roll = rng.random()
    if roll < 0.3:
        return "pic.png", png_header(rng.choice((10, 9000, 60000)), rng.choice((10, 9000, 60000)))
    if roll < 0.5:
        return "pic.jpg", corrupt_exif_jpeg()
    if roll < 0.7:
        data = png_bytes(rng.randint(1, 300), rng.randint(1, 300))
        return "pic.png", data[: rng.randint(8, len(data))]
    buffer = io.BytesIO()
    Image.new("RGB", (rng.randint(1, 200), rng.randint(1, 200))).save(buffer, "WEBP")
    return "pic.webp", buffer.getvalue()


def random_deck(root: Path, rng: random.Random) -> Path:
    """A one- or two-chapter deck with a picture, hostile in random ways."""
    names = [f"{n:02}.md" for n in range(rng.randint(1, 2))]
    root.mkdir(parents=True)
    (root / "deck.toml").write_text(random_manifest(rng, names), encoding="utf-8")
    for name in names:
        (root / name).write_text(random_chapter(rng), encoding="utf-8", errors="replace")
    media = root / "media"
    media.mkdir()
    if rng.random() < 0.6:
        (media / "pic.svg").write_bytes(random_svg(rng))
    else:
        name, data = random_raster(rng)
        (media / name).write_bytes(data)
    return root

"""Hostile inputs, generated on the fly: each one once hung, exhausted or crashed the app.

Shared by the regression tests and tools/fuzz_decks.py; nothing here is stored
as a file in the repository.
"""

from __future__ import annotations

import base64
import io
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
    """A deck of one slide whose Markdown is `body`, optionally with one media file."""
    chapter = f"# Слайд\n\n{body}\n" if image is None else \
        f"---\nkind: photo\nimage: {Path(image_name).stem}\n\n# Слайд\n\n{body}\n"
    write_deck(root, {"a.md": chapter})
    if image is not None:
        (root / "media").mkdir(exist_ok=True)
        (root / "media" / image_name).write_bytes(image)
    return root

"""Which illustration bytes may reach Qt's SVG renderer: self-contained ones only.

QSvgRenderer inflates gzip, honours the declared encoding and follows an
<image> href to any file or data URI, and a data URI may hold another SVG
that does the same. A deck is untrusted, so an SVG is drawn only when a real
XML parse of exactly the bytes Qt will get finds nothing that points outside
it: no DOCTYPE (so no entities), every href a #fragment of the same document
or an inline PNG, JPEG or WebP whose bytes really are one, every CSS url() a
#fragment.

It is also drawn only within a budget checked on that parse, before Qt sees
a byte: a few kilobytes of `<use>` referring to groups of `<use>` expand to
billions of shapes, deep nesting exhausts the renderer's stack, and an inline
PNG of a few kilobytes decodes to gigabytes. So the shapes a drawing expands
to (every reference followed), its nesting through references, its text and
the pixels of its inline pictures are all counted against fixed limits.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import xml.etree.ElementTree as ET

from PIL import Image

from app.media.limits import MAX_FULL_DECODE_PIXELS

GZIPPED = "сжатые иллюстрации (svgz) не читаются"
NOT_UTF8 = "иллюстрация не в кодировке UTF-8"
DECLARATIONS = "иллюстрация объявляет DOCTYPE или сущности"
EXTERNAL = "иллюстрация ссылается на внешние файлы"
BROKEN = "файл иллюстрации повреждён"
TOO_MANY = "в иллюстрации слишком много элементов"
TOO_DEEP = "иллюстрация вложена слишком глубоко"
TOO_MUCH_TEXT = "в иллюстрации слишком много текста"
PICTURES_TOO_BIG = "встроенные изображения иллюстрации слишком большие"
LOOP = "иллюстрация ссылается сама на себя"

MAX_ELEMENTS = 50_000  # shapes after every <use>, pattern and marker is expanded
MAX_DEPTH = 64  # nesting, counting the hops through references
MAX_TEXT = 100_000  # characters of text

GZIP_MAGIC = b"\x1f\x8b"
SHOWN_REFERENCE = 40  # characters of a refused reference quoted in the reason
REFERENCE_ATTRIBUTES = ("href", "src")  # in any namespace: xlink:href, href, …
_DECLARED_ENCODING = re.compile(
    r"\A\ufeff?\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']")
_FRAGMENT = re.compile(r"\A#[^\W\d][\w.:-]*\Z")  # a part of this document, by id
_CSS_URL_START = re.compile(r"url\(", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
_URL_FRAGMENT = re.compile(r"""url\(\s*["']?#([^"')\s]+)""", re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MARKERS = ("marker-start", "marker-mid", "marker-end", "marker")
_INLINE_RASTER = re.compile(r"\Adata:(image/(?:png|jpeg|webp));base64,(.*)\Z",
                            re.IGNORECASE | re.DOTALL)
# Only alphabet characters and end padding: Python and Qt then decode the same bytes.
_BASE64 = re.compile(r"\A[A-Za-z0-9+/]*={0,2}\Z")
_MAGIC = {
    "image/png": lambda data: data.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": lambda data: data.startswith(b"\xff\xd8\xff"),
    "image/webp": lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
}


class _Refused(Exception):
    """Stops the parse at the first thing that makes the file unsafe to draw."""


class _Builder(ET.TreeBuilder):
    """A tree builder that refuses a DOCTYPE before its entities are declared or expanded."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise _Refused(DECLARATIONS)

    def pi(self, target: str, text: str | None = None) -> None:
        raise _Refused(_external(f"<?{target}"))  # xml-stylesheet and the like


def svg_refusal(data: bytes) -> str | None:
    """Why these SVG bytes must not be drawn, or None when they are self-contained."""
    if data.startswith(GZIP_MAGIC):
        return GZIPPED
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8
    declared = _DECLARED_ENCODING.match(text)
    if "\x00" in text or (declared and declared.group(1).lower() not in ("utf-8", "utf8")):
        return NOT_UTF8  # UTF-16 without a BOM, or a declaration Qt would decode by
    parser = ET.XMLParser(target=_Builder())
    try:
        parser.feed(data)  # the bytes, as Qt reads them, not our decoded text
        root = parser.close()
        _check_depth(root)
        _check_tree(root)
        _Budget(root).check()
    except _Refused as refused:
        return str(refused)
    except ET.ParseError:
        return BROKEN
    return None


def _check_depth(root: ET.Element) -> None:
    """Nesting within the tree itself, counted without recursion (it may be very deep)."""
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _Refused(TOO_DEEP)
        stack.extend((child, depth + 1) for child in element)


class _Budget:
    """What drawing the tree costs once every reference is followed, within fixed limits.

    An element costs itself, its children, whatever it refers to by `href` or
    `url(#…)` (a `<use>`, a pattern, a clip, a mask, a filter), and its marker
    once per vertex. Costs are memoised per element, so a shared definition is
    counted at every place it is drawn but computed once.
    """

    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self.ids = {element.get("id"): element for element in root.iter() if element.get("id")}
        self.cost: dict[int, tuple[int, int]] = {}  # id(element) -> (shapes, depth below)
        self.active: set[int] = set()

    def check(self) -> None:
        shapes, _depth = self._measure(self.root, 1)
        if shapes > MAX_ELEMENTS:
            raise _Refused(TOO_MANY)
        text = sum(len(element.text or "") + len(element.tail or "")
                   for element in self.root.iter())
        if text > MAX_TEXT:
            raise _Refused(TOO_MUCH_TEXT)
        pixels = sum(_inline_pixels(element) for element in self.root.iter())
        if pixels > MAX_FULL_DECODE_PIXELS:
            raise _Refused(PICTURES_TOO_BIG)

    def _measure(self, element: ET.Element, depth: int) -> tuple[int, int]:
        """(shapes, depth below) of `element` drawn at nesting `depth`."""
        if depth > MAX_DEPTH:  # before recursing: a chain of references may be long
            raise _Refused(TOO_DEEP)
        key = id(element)
        known = self.cost.get(key)
        if known is None:
            if key in self.active:
                raise _Refused(LOOP)
            self.active.add(key)
            known = self._compute(element, depth)
            self.active.discard(key)
            self.cost[key] = known
        if depth + known[1] > MAX_DEPTH:
            raise _Refused(TOO_DEEP)
        return known

    def _compute(self, element: ET.Element, depth: int) -> tuple[int, int]:
        shapes, below = 1, 0
        parts = [(child, 1) for child in element]
        parts += [(target, 1) for target in self._references(element)]
        parts += [(marker, _vertices(element)) for marker in self._markers(element)]
        for part, times in parts:
            cost, part_below = self._measure(part, depth + 1)
            shapes += cost * times
            below = max(below, part_below + 1)
            if shapes > MAX_ELEMENTS:
                raise _Refused(TOO_MANY)
        return shapes, below

    def _references(self, element: ET.Element) -> list[ET.Element]:
        names: list[str] = []
        for name, value in element.attrib.items():
            if _local(name).lower() in REFERENCE_ATTRIBUTES and value.strip().startswith("#"):
                names.append(value.strip()[1:])
            elif _local(name) not in _MARKERS:
                names += _URL_FRAGMENT.findall(value)
        return [self.ids[name] for name in names if name in self.ids]

    def _markers(self, element: ET.Element) -> list[ET.Element]:
        names = [found for name, value in element.attrib.items() if _local(name) in _MARKERS
                 for found in _URL_FRAGMENT.findall(value)]
        style = element.get("style", "")
        names += [found for rule in style.split(";") if rule.split(":")[0].strip() in _MARKERS
                  for found in _URL_FRAGMENT.findall(rule)]
        return [self.ids[name] for name in names if name in self.ids]


def _vertices(element: ET.Element) -> int:
    """How many times a marker may be drawn on `element`: its coordinate pairs, at least 1."""
    numbers = sum(len(_NUMBER.findall(element.get(name, ""))) for name in ("d", "points"))
    return max(1, numbers // 2 + 1)


def _inline_pixels(element: ET.Element) -> int:
    """Pixels Qt would decode for the inline pictures `element` carries (from their headers)."""
    total = 0
    for name, value in element.attrib.items():
        if _local(name).lower() not in REFERENCE_ATTRIBUTES:
            continue
        data = _inline_raster(value.strip())
        if data is None:
            continue
        try:
            with Image.open(io.BytesIO(data)) as picture:
                width, height = picture.size
        except Exception:  # a header Pillow cannot read: Qt draws nothing of it either
            raise _Refused(BROKEN) from None
        total += width * height
    return total


def _check_tree(root: ET.Element) -> None:
    for element in root.iter():
        for name, value in element.attrib.items():
            if _local(name).lower() in REFERENCE_ATTRIBUTES:
                _check_reference(value)
            _check_css(value)
        if _local(element.tag) == "style":
            css = element.text or ""
            if _CSS_IMPORT.search(css):
                raise _Refused(_external("@import"))
            _check_css(css)


def _local(name: str) -> str:
    """`href` of `{http://www.w3.org/1999/xlink}href`."""
    return name.rpartition("}")[2]


def _check_reference(value: str) -> None:
    """An href may name a part of this document or carry a raster inline; nothing else."""
    reference = value.strip()
    if _FRAGMENT.match(reference) or _is_inline_raster(reference):
        return
    raise _Refused(_external(reference))


def _check_css(text: str) -> None:
    for target in _css_urls(text):
        if not _FRAGMENT.match(target):
            raise _Refused(_external(target))


def _css_urls(text: str) -> list[str]:
    """What every `url(…)` in CSS text points at, quotes stripped; an unclosed one too.

    Found with `find`, in one pass: a regular expression with a lazy group
    takes quadratic time on many `url(` and no `)`.
    """
    targets, position = [], 0
    while (found := _CSS_URL_START.search(text, position)) is not None:
        end = text.find(")", found.end())
        inner = text[found.end():] if end < 0 else text[found.end():end]
        targets.append(inner.strip().strip("\"'").strip())
        if end < 0:
            break
        position = end + 1
    return targets


def _is_inline_raster(reference: str) -> bool:
    """A data: URI whose base64 payload is the PNG, JPEG or WebP it claims to be.

    Qt picks the decoder by the bytes, not by the claimed type, so an SVG
    labelled image/png would be drawn as an SVG, with references of its own.
    """
    return _inline_raster(reference) is not None


def _inline_raster(reference: str) -> bytes | None:
    """The bytes of an inline PNG, JPEG or WebP that really is one, else None."""
    match = _INLINE_RASTER.match(reference)
    if match is None:
        return None
    payload = "".join(match.group(2).split())
    if not _BASE64.match(payload):
        return None
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if _MAGIC[match.group(1).lower()](data) else None


def _external(reference: str) -> str:
    shown = reference if len(reference) <= SHOWN_REFERENCE else reference[:SHOWN_REFERENCE] + "…"
    return f"{EXTERNAL} («{shown}»)"
